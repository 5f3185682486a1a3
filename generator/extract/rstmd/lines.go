package rstmd

import (
	"strings"
	"unicode/utf8"
)

// srcLine is one source line relative to its container: tabs expanded,
// trailing spaces trimmed, the container's indentation removed.
type srcLine struct {
	text string
	num  int // 1-based line in the source
}

func (l srcLine) blank() bool { return l.text == "" }

// indent returns the number of leading spaces.
func (l srcLine) indent() int {
	return len(l.text) - len(strings.TrimLeft(l.text, " "))
}

// splitLines splits src into sanitized lines: valid UTF-8, no control
// characters but newlines, tabs expanded to 8-column stops.
func splitLines(src []byte) []srcLine {
	if len(src) == 0 {
		return nil
	}
	parts := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
	ls := make([]srcLine, len(parts))
	for i, p := range parts {
		ls[i] = srcLine{text: cleanLine(p), num: i + 1}
	}
	return ls
}

// cleanLine sanitizes one line.
func cleanLine(p string) string {
	p = strings.TrimSuffix(p, "\r")
	if !needsCleaning(p) {
		return strings.TrimRight(p, " ")
	}
	p = strings.ToValidUTF8(p, "\uFFFD")
	var b strings.Builder
	col := 0
	for _, r := range p {
		switch {
		case r == '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
			col++
		default:
			b.WriteRune(r)
			col += runeWidth(r)
		}
	}
	return strings.TrimRight(b.String(), " ")
}

// needsCleaning reports whether p has tabs, control characters, invalid
// UTF-8 or Unicode line separators.
func needsCleaning(p string) bool {
	for i := 0; i < len(p); i++ {
		if p[i] < 0x20 || p[i] == 0x7f {
			return true
		}
	}
	return !utf8.ValidString(p) || strings.ContainsAny(p, "\u0085\u2028\u2029")
}

// dedent removes the common indentation of the non-blank lines.
func dedent(ls []srcLine) []srcLine {
	return dedentBy(ls, minIndent(ls))
}

// minIndent returns the least indentation of the non-blank lines.
func minIndent(ls []srcLine) int {
	n := -1
	for _, l := range ls {
		if !l.blank() && (n < 0 || l.indent() < n) {
			n = l.indent()
		}
	}
	return max(n, 0)
}

// dedentBy removes n columns of indentation from the non-blank lines,
// which are indented by n or more.
func dedentBy(ls []srcLine, n int) []srcLine {
	out := make([]srcLine, len(ls))
	for i, l := range ls {
		out[i] = l
		if !l.blank() {
			out[i].text = l.text[n:]
		}
	}
	return out
}

// trimBlank drops leading and trailing blank lines.
func trimBlank(ls []srcLine) []srcLine {
	for len(ls) > 0 && ls[0].blank() {
		ls = ls[1:]
	}
	for len(ls) > 0 && ls[len(ls)-1].blank() {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// indentedEnd returns the end of the indented block starting at i: the
// first non-blank line with no indentation.
func indentedEnd(ls []srcLine, i int) int {
	for i < len(ls) && (ls[i].blank() || ls[i].indent() > 0) {
		i++
	}
	return i
}

// isPunct reports whether c is an ASCII punctuation character, one that
// may adorn a section title.
func isPunct(c byte) bool {
	return c > ' ' && c < 0x7f && !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// isAdornment reports whether s is a line of one repeated punctuation
// character.
func isAdornment(s string) bool {
	if s == "" || !isPunct(s[0]) {
		return false
	}
	return strings.Count(s, s[:1]) == len(s)
}
