package htmlmd

import "strings"

// preText collects the verbatim lines of a pre element.
type preText struct {
	lines []outLine
	cur   strings.Builder
	line  int // source line of the current output line
	begun bool
}

func (p *preText) write(s string, line, end int) {
	if !p.begun {
		p.begun, p.line = true, line
	}
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			p.cur.WriteString(s)
			return
		}
		p.cur.WriteString(s[:i])
		p.newline()
		line = min(line+1, max(end, line))
		p.line = line
		s = s[i+1:]
	}
}

func (p *preText) newline() {
	p.lines = append(p.lines, outLine{p.cur.String(), p.line})
	p.cur.Reset()
}

func (p *preText) walk(n *node) {
	for _, k := range n.kids {
		switch {
		case k.isText():
			p.write(k.text, k.line, k.endLine)
		case k.tag == "br":
			p.write("\n", k.line, k.line)
		case skip(k):
		default:
			p.walk(k)
		}
	}
}

// pre renders a pre element as a fenced code block.
func (r *renderer) pre(n *node, out []block) []block {
	p := &preText{line: n.line}
	p.walk(n)
	p.newline()
	lines := trimBlank(p.lines)
	if len(lines) == 0 {
		return out
	}
	longest := 0
	for i := range lines {
		lines[i].text = strings.TrimRight(lines[i].text, "\r")
		longest = max(longest, longestRun(lines[i].text, '`'))
	}
	fence := strings.Repeat("`", max(3, longest+1))
	code := make([]outLine, 0, len(lines)+2)
	code = append(code, outLine{fence + codeLang(n), n.line})
	code = append(code, lines...)
	code = append(code, outLine{fence, lines[len(lines)-1].line})
	return append(out, block{kind: otherBlock, lines: code})
}

// trimBlank drops the blank lines at both ends.
func trimBlank(lines []outLine) []outLine {
	for len(lines) > 0 && strings.TrimSpace(lines[0].text) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1].text) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// codeLang returns the language a pre (or its only code child) names in a
// class "lang-x" or "language-x", or "".
func codeLang(n *node) string {
	if l := langOf(n.attr.class); l != "" {
		return l
	}
	for _, k := range n.kids {
		if k.tag == "code" {
			return langOf(k.attr.class)
		}
	}
	return ""
}

func langOf(class string) string {
	for _, c := range strings.Fields(class) {
		for _, p := range []string{"language-", "lang-"} {
			if l, ok := strings.CutPrefix(c, p); ok && validLang(l) {
				return l
			}
		}
	}
	return ""
}

func validLang(l string) bool {
	if l == "" || len(l) > 32 {
		return false
	}
	for i := 0; i < len(l); i++ {
		if !isAlnum(l[i]) && !strings.ContainsRune("+#-_.", rune(l[i])) {
			return false
		}
	}
	return true
}
