// Package adocmd translates AsciiDoc into the Markdown the extractor
// reads: section titles (== Calls) become headings, tables between |===
// lines become pipe tables, listing blocks (----) become fenced code,
// lists keep their items, a description list's terms (Status:: text,
// Incoming::: text below it) become bold items nested as deep, and *bold*
// becomes **bold**. Attribute lines
// ([cols=",",options="header"], :toc:) are blanked. Every other line is
// kept as it is. A map gives each output line the source line it came
// from.
package adocmd

import (
	"bytes"
	"regexp"
	"strings"
)

var (
	titleLine = regexp.MustCompile(`^(={1,6})\s+(\S.*)$`)
	tableLine = regexp.MustCompile(`^\|={3,}\s*$`)
	attrLine  = regexp.MustCompile(`^\[[^\]]*\]\s*$`)
	docAttr   = regexp.MustCompile(`^:[A-Za-z][\w-]*:`)
	fenceLine = regexp.MustCompile(`^(-{4,}|\.{4,})\s*$`)
	listItem  = regexp.MustCompile(`^(\*{1,5}|\.{1,5})\s+(\S.*)$`)
	blockName = regexp.MustCompile(`^\.([A-Za-z0-9].*)$`)
	// termLine is an item of a description list: a term, then :: (:::
	// and :::: nest it deeper, ;; too) and a space or the line's end;
	// ifdef::x[] and image::x[] are no terms.
	termLine = regexp.MustCompile(`^(\S[^:;]*?)(:{2,4}|;;)(?:\s+(.*))?$`)
	boldSpan = regexp.MustCompile(`(^|[^*\w])\*([^*\s][^*\n]*?)\*([^*\w]|$)`)
	colsAttr = regexp.MustCompile(`cols="([^"]*)"`)
)

// Sniff reports whether src reads as AsciiDoc: two signals at least (a
// section title "== Name", a table delimiter |===, a block attribute line
// [cols=...], a document attribute :name:), one of them a title or a
// table, and no Markdown heading (# Name).
func Sniff(src []byte) bool {
	titles, tables, attrs := 0, 0, 0
	for rest := src; len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		line = bytes.TrimRight(line, "\r")
		if len(line) == 0 || !bytes.ContainsAny(line[:1], "#=|[:") {
			continue // the common line: no signal starts so
		}
		switch {
		case bytes.HasPrefix(line, []byte("# ")), bytes.HasPrefix(line, []byte("## ")):
			return false
		case titleLine.Match(line):
			titles++
		case tableLine.Match(line):
			tables++
		case attrLine.Match(line), docAttr.Match(line):
			attrs++
		}
	}
	return titles+tables+attrs >= 2 && (titles > 0 || tables > 0)
}

// Convert translates src. lines[i] is the 1-based line of src that output
// line i+1 came from (len(lines) is the number of lines in md, each
// ending in a newline).
func Convert(src []byte) (md []byte, lines []int) {
	text := strings.TrimSuffix(string(src), "\n")
	if text == "" {
		return nil, nil
	}
	in := strings.Split(text, "\n")
	c := converter{}
	for i := 0; i < len(in); i++ {
		line := strings.TrimRight(in[i], "\r")
		n := i + 1
		switch {
		case c.fence != "":
			if strings.TrimSpace(line) == c.fence {
				c.emit("```", n)
				c.fence = ""
			} else {
				c.emit(line, n)
			}
		case fenceLine.MatchString(line):
			c.fence = strings.TrimSpace(line)
			c.emit("```", n)
		case tableLine.MatchString(line):
			i = c.table(in, i)
		case attrLine.MatchString(line):
			c.attr = line
			c.emit("", n)
		case docAttr.MatchString(line), strings.TrimSpace(line) == "+":
			c.emit("", n)
		case titleLine.MatchString(line):
			m := titleLine.FindStringSubmatch(line)
			c.emit(strings.Repeat("#", len(m[1]))+" "+inline(m[2]), n)
		case listItem.MatchString(line):
			m := listItem.FindStringSubmatch(line)
			marker := "- "
			if m[1][0] == '.' {
				marker = "1. "
			}
			c.emit(strings.Repeat("  ", len(m[1])-1)+marker+inline(m[2]), n)
		case (strings.Contains(line, "::") || strings.Contains(line, ";;")) && termLine.MatchString(line):
			m := termLine.FindStringSubmatch(line)
			depth := len(m[2]) - 2 // :: at the margin, ::: below it
			if m[2] == ";;" {
				depth = 2
			}
			item := strings.Repeat("  ", depth) + "- **" + strings.TrimSpace(m[1]) + "**"
			if desc := strings.TrimSpace(m[3]); desc != "" {
				item += ": " + inline(desc)
			}
			c.emit(item, n)
		case blockName.MatchString(line) && !strings.HasPrefix(line, ".."):
			c.emit("**"+blockName.FindStringSubmatch(line)[1]+"**", n)
		default:
			c.emit(inline(line), n)
		}
	}
	return []byte(c.out.String()), c.lines
}

// converter holds the output and the state between lines.
type converter struct {
	out   strings.Builder
	lines []int
	fence string // the delimiter of the listing block open, or ""
	attr  string // the last block attribute line, for the table below it
}

func (c *converter) emit(text string, n int) {
	c.out.WriteString(text)
	c.out.WriteByte('\n')
	c.lines = append(c.lines, n)
}

// cell is a table cell and the line it starts on.
type cell struct {
	text string
	line int
}

// table reads the table whose delimiter is in[i], emits it as a pipe
// table, and returns the index of its closing delimiter (or of the last
// line).
func (c *converter) table(in []string, i int) int {
	var cells []cell
	width := columns(c.attr)
	j := i + 1
	for ; j < len(in); j++ {
		line := strings.TrimRight(in[j], "\r")
		if tableLine.MatchString(line) {
			break
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "|") {
			if len(cells) > 0 {
				cells[len(cells)-1].text += " " + t // a cell goes on over lines
			}
			continue
		}
		parts := splitCells(t[1:])
		if width == 0 && len(cells) == 0 {
			width = len(parts) // the first row's cells give the width
		}
		for _, p := range parts {
			cells = append(cells, cell{text: strings.TrimSpace(p), line: j + 1})
		}
	}
	c.attr = ""
	c.emit("", i+1)
	if width > 0 {
		for k := 0; k < len(cells); k += width {
			row := cells[k:min(k+width, len(cells))]
			texts := make([]string, len(row))
			for x, cl := range row {
				texts[x] = strings.ReplaceAll(inline(cl.text), "|", `\|`)
			}
			c.emit("| "+strings.Join(texts, " | ")+" |", row[0].line)
			if k == 0 {
				c.emit("|"+strings.Repeat("---|", width), row[0].line)
			}
		}
	}
	if j < len(in) {
		c.emit("", j+1)
	}
	return j
}

// columns is the number of columns a [cols="..."] attribute gives, 0
// when it gives none: "1,3" is two, "3*" three.
func columns(attr string) int {
	m := colsAttr.FindStringSubmatch(attr)
	if m == nil {
		return 0
	}
	spec := strings.TrimSpace(m[1])
	if n, ok := strings.CutSuffix(spec, "*"); ok {
		k := 0
		for _, r := range n {
			if r < '0' || r > '9' {
				return 0
			}
			k = k*10 + int(r-'0')
			if k > 64 {
				return 0
			}
		}
		return k
	}
	return strings.Count(spec, ",") + 1
}

// splitCells splits the cells of a row line, "a |b |c", at bars not
// escaped.
func splitCells(s string) []string {
	var out []string
	start := 0
	for k := 0; k < len(s); k++ {
		if s[k] == '\\' {
			k++
			continue
		}
		if s[k] == '|' {
			out = append(out, s[start:k])
			start = k + 1
		}
	}
	return append(out, s[start:])
}

// inline rewrites AsciiDoc's inline marks as Markdown's: *bold* is
// **bold**.
func inline(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	return boldSpan.ReplaceAllString(s, "$1**$2**$3")
}
