package rstmd

import (
	"bytes"
	"strings"
)

// Sniff reports whether src looks like reStructuredText rather than
// Markdown. It counts signals: section titles underlined (and optionally
// overlined) with a repeated punctuation character at least as long as the
// title, explicit markup (".. name::", ".. _label:", ".. [1]", ".. |sub|"),
// grid table borders, simple table borders, field list markers and
// :role:`text` roles. A title underlined with "=" or "-" alone is also a
// Markdown setext heading, so those count once in all. Two signals are
// needed, and no Markdown ATX heading ("# x") or pipe table.
func Sniff(src []byte) bool {
	var s sniffer
	lines := bytes.Split(src, []byte("\n"))
	for i := range lines {
		if !s.line(lines, i) {
			return false
		}
	}
	return s.signals+min(s.setext, 1) >= 2
}

type sniffer struct {
	signals int
	setext  int
}

// line looks at line i; it returns false on Markdown.
func (s *sniffer) line(lines [][]byte, i int) bool {
	l := strings.TrimRight(string(lines[i]), " \t\r")
	switch {
	case isATX(l), isPipeDelimiter(l) && i > 0 && strings.Contains(string(lines[i-1]), "|"):
		return false
	case strings.HasPrefix(l, ".. ") && isExplicitSignal(l[3:]),
		isGridBorder(l) && (i == 0 || !bytes.HasPrefix(lines[i-1], []byte("+"))),
		len(simpleColumns(l)) >= 2,
		fieldWidth(strings.TrimLeft(l, " ")) > 0,
		strings.Contains(l, ":`") && hasRole(l):
		s.signals++
	case i > 0 && isAdornment(l):
		s.title(strings.TrimRight(string(lines[i-1]), " \t\r"), l, i > 1 && isAdornment(strings.TrimRight(string(lines[i-2]), " \t\r")))
	}
	return true
}

// title counts an underline below prev.
func (s *sniffer) title(prev, under string, over bool) {
	t := strings.TrimSpace(prev)
	if t == "" || isAdornment(t) || displayWidth(t) > len(under) {
		return
	}
	if !over && (under[0] == '=' || under[0] == '-') {
		s.setext++
		return
	}
	s.signals++
}

// isATX reports a Markdown ATX heading: 1 to 6 "#" and a space.
func isATX(l string) bool {
	n := 0
	for n < len(l) && l[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n < len(l) && l[n] == ' '
}

// isPipeDelimiter reports a pipe table delimiter row: "| --- | :-: |".
func isPipeDelimiter(l string) bool {
	if !strings.Contains(l, "-") || !strings.Contains(l, "|") {
		return false
	}
	return strings.Trim(l, "|-: ") == ""
}

// isExplicitSignal reports the text after ".. " of a directive, target,
// footnote or substitution definition.
func isExplicitSignal(s string) bool {
	if _, _, ok := directiveName(s); ok {
		return true
	}
	return strings.HasPrefix(s, "_") && strings.Contains(s, ":") ||
		strings.HasPrefix(s, "[") || strings.HasPrefix(s, "|")
}

// hasRole reports a :role:`text` in l.
func hasRole(l string) bool {
	for i := strings.IndexByte(l, ':'); i >= 0 && i < len(l); {
		if n := roleLen(l, i); n > 0 && i+n < len(l) && l[i+n] == '`' {
			return true
		}
		k := strings.IndexByte(l[i+1:], ':')
		if k < 0 {
			return false
		}
		i += k + 1
	}
	return false
}
