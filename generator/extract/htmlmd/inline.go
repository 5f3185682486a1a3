package htmlmd

import (
	"strings"
	"unicode/utf8"
)

// inline collects the inline content of a paragraph, heading or cell as
// Markdown lines, collapsing white space as HTML does.
type inline struct {
	lines  []inLine
	pend   bool // a collapsible space is pending
	brk    bool // a cell's <br> is pending: written before what follows it
	lead   bool // white space came before any content
	flat   bool // one line: <br> and blocks are spaces (cells, headings)
	table  bool // in a table cell: escape | in code spans too
	strong int  // open strong elements: nested ones add no marks
	em     int
}

// inLine is one output line of inline content.
type inLine struct {
	b    []byte
	line int
	text bool // starts with text (not markup): may need a line-start escape
}

func (in *inline) cur() *inLine {
	if len(in.lines) == 0 {
		in.lines = append(in.lines, inLine{})
	}
	return &in.lines[len(in.lines)-1]
}

func (in *inline) empty() bool {
	for _, l := range in.lines {
		if len(l.b) > 0 {
			return false
		}
	}
	return true
}

// space records collapsible white space.
func (in *inline) space() {
	if len(in.cur().b) > 0 {
		in.pend = true
	} else if in.empty() {
		in.lead = true
	}
}

// br ends the current line; in flat content it is a space.
func (in *inline) br() {
	if in.flat && in.table {
		// A pipe table's cell keeps its breaks as Markdown writes them
		// (a cell's lines may be its values, one to a line), when text
		// comes before and after them.
		in.brk = len(in.cur().b) > 0
		in.space()
		return
	}
	if in.flat {
		in.space()
		return
	}
	if len(in.cur().b) > 0 {
		in.lines = append(in.lines, inLine{})
	}
	in.pend = false
}

// begin prepares to write content from source line line.
func (in *inline) begin(line int, text bool) *inLine {
	l := in.cur()
	if len(l.b) == 0 {
		l.line, l.text = line, text
	} else if in.brk {
		l.b = append(l.b, " <br> "...)
	} else if in.pend {
		l.b = append(l.b, ' ')
	}
	in.pend, in.brk = false, false
	return l
}

// markup writes Markdown syntax (a code span, emphasis) verbatim.
func (in *inline) markup(s string, line int) {
	l := in.begin(line, false)
	l.b = append(l.b, s...)
}

// text writes the text s, which starts on source line line and whose token
// ends on line end, escaping what Markdown would read as markup.
func (in *inline) text(s string, line, end int) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			line = min(line+1, max(end, line))
			in.space()
			i++
		case c <= ' ' || c == 0x7f:
			in.space()
			i++
		case c < utf8.RuneSelf:
			l := in.begin(line, true)
			l.b = appendEscaped(l.b, s, i)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '\u00a0':
				in.space()
			case '\u200b', '\ufeff':
			default:
				l := in.begin(line, true)
				l.b = append(l.b, s[i:i+size]...)
			}
			i += size
		}
	}
}

// appendEscaped appends the ASCII byte s[i], backslash-escaped when
// Markdown would read it as markup.
func appendEscaped(b []byte, s string, i int) []byte {
	c := s[i]
	switch c {
	case '\\', '*', '_', '`', '<', '[', ']', '|':
		b = append(b, '\\')
	case '&':
		if entityAt(s[i+1:]) {
			b = append(b, '\\')
		}
	}
	return append(b, c)
}

// entityAt reports whether s starts like the rest of an entity reference
// ("amp;", "#39;").
func entityAt(s string) bool {
	n := 0
	for n < len(s) && n < 32 && (isAlnum(s[n]) || (n == 0 && s[n] == '#')) {
		n++
	}
	return n > 0 && n < len(s) && s[n] == ';'
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// code writes s as a code span.
func (in *inline) code(s string, line int) {
	lead := len(s) > 0 && isSpaceByte(s[0])
	trail := len(s) > 0 && isSpaceByte(s[len(s)-1])
	s = collapse(s)
	if s == "" {
		if lead || trail {
			in.space()
		}
		return
	}
	if lead {
		in.space()
	}
	if in.table {
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	in.markup(codeSpan(s), line)
	if trail {
		in.space()
	}
}

// codeSpan returns s in a backtick fence longer than any run of backticks
// in s.
func codeSpan(s string) string {
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	if s[0] == '`' || s[len(s)-1] == '`' {
		s = " " + s + " "
	}
	return fence + s + fence
}

func longestRun(s string, c byte) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// wrap writes the flat Markdown of sub between marks (** or *).
func (in *inline) wrap(sub *inline, mark string) {
	if sub.lead {
		in.space()
	}
	if s := sub.flatString(); s != "" {
		in.markup(mark+s+mark, sub.lines[0].line)
	}
	if sub.pend {
		in.space()
	}
}

// sub returns an empty flat buffer with in's settings, for the content of
// an emphasis.
func (in *inline) sub() *inline {
	return &inline{flat: true, table: in.table, strong: in.strong, em: in.em}
}

// flatString returns the content on one line.
func (in *inline) flatString() string {
	var parts []string
	for _, l := range in.lines {
		if len(l.b) > 0 {
			parts = append(parts, string(l.b))
		}
	}
	return strings.Join(parts, " ")
}

// paragraph returns the non-empty lines, each escaped so that it cannot
// start a block other than a paragraph.
func (in *inline) paragraph() []outLine {
	var out []outLine
	for _, l := range in.lines {
		if len(l.b) == 0 {
			continue
		}
		s := string(l.b)
		if l.text {
			s = escapeLineStart(s)
		}
		out = append(out, outLine{text: s, line: l.line})
	}
	return out
}

// escapeLineStart escapes what would make a paragraph line a heading,
// list item, block quote, thematic break or setext underline.
func escapeLineStart(s string) string {
	switch s[0] {
	case '#', '-', '+', '=', '>', '~':
		return `\` + s
	}
	n := 0
	for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < 10 && n < len(s) && (s[n] == '.' || s[n] == ')') &&
		(n+1 == len(s) || s[n+1] == ' ' || s[n+1] == '\t') {
		return s[:n] + `\` + s[n:]
	}
	return s
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// collapse trims s and collapses its runs of white space (including
// no-break spaces) to one space, dropping zero-width spaces.
func collapse(s string) string {
	var b strings.Builder
	pend := false
	for _, r := range s {
		switch {
		case r <= ' ' || r == 0x7f || r == '\u00a0':
			pend = b.Len() > 0
		case r == '\u200b' || r == '\ufeff':
		default:
			if pend {
				b.WriteByte(' ')
				pend = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
