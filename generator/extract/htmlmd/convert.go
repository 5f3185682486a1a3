package htmlmd

import (
	"bytes"
)

// Convert translates an HTML document or fragment into Markdown. lines[i] is the 1-based line
// of src that output line i+1 came from (len(lines) == number of lines in md, counting a
// final line without newline).
func Convert(src []byte) (md []byte, lines []int, err error) {
	b := parse(src)
	r := &renderer{}
	blocks := r.container(b.root, nil)
	if !r.hasH1 {
		if t := collapse(b.title); t != "" {
			blocks = append([]block{titleBlock(t, b.titleLine)}, blocks...)
		}
	}
	return write(blocks, sourceLines(src))
}

// titleBlock is the heading made of the page's <title>.
func titleBlock(title string, line int) block {
	in := &inline{flat: true}
	in.text(title, line, line)
	return block{kind: otherBlock, lines: []outLine{{"# " + escapeClosingHashes(in.flatString()), line}}}
}

// write joins blocks with blank lines; source lines are clamped to
// 1..last.
func write(blocks []block, last int) ([]byte, []int, error) {
	var md bytes.Buffer
	var lines []int
	add := func(text string, line int) {
		md.WriteString(text)
		md.WriteByte('\n')
		lines = append(lines, max(1, min(line, last)))
	}
	for i, b := range blocks {
		if i > 0 {
			add("", lines[len(lines)-1])
		}
		for _, l := range b.lines {
			add(l.text, l.line)
		}
	}
	return md.Bytes(), lines, nil
}

// sourceLines counts the lines of src, a final line without newline
// included.
func sourceLines(src []byte) int {
	n := bytes.Count(src, []byte{'\n'})
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}
