package emit

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"
)

// commentWidth is where doc comment text is wrapped (after the "// ").
const commentWidth = 76

// paragraphBreak separates paragraphs in spec text: a blank line.
var paragraphBreak = regexp.MustCompile(`\n[ \t]*\n`)

// doc returns a doc comment made of paragraphs: each is split further at
// blank lines, its words are reflowed to commentWidth, and empty ones are
// dropped. Vendor text is free prose, so it is normalised rather than
// trusted to be valid doc comment syntax.
func doc(paragraphs ...string) *jen.Statement {
	lines := docLines(paragraphs...)
	if len(lines) == 0 {
		return jen.Null()
	}
	// A comment starting with "//" is written as it is by jen.
	return jen.Comment(strings.Join(lines, "\n")).Line()
}

// docLines returns the lines of doc's comment, each starting with "//".
func docLines(paragraphs ...string) []string {
	var lines []string
	for _, para := range paragraphs {
		for _, p := range paragraphBreak.Split(clean(para), -1) {
			wrapped := wrap(p, commentWidth)
			if len(wrapped) == 0 {
				continue
			}
			if len(wrapped) == 1 && !strings.HasPrefix(wrapped[0], "# ") {
				wrapped[0] = notHeading(wrapped[0])
			}
			if len(lines) > 0 {
				lines = append(lines, "//")
			}
			for _, l := range wrapped {
				lines = append(lines, "// "+l)
			}
		}
	}
	return lines
}

// notHeading ends a one-line paragraph with a period when it has no final
// punctuation: Go doc would otherwise read a short vendor sentence such as
// "The event type" as a section heading.
func notHeading(line string) string {
	r, _ := utf8.DecodeLastRuneInString(line)
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return line + "."
	}
	return line
}

// clean drops control characters other than newlines and turns tabs and
// carriage returns into spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r) || r == unicode.ReplacementChar:
			return -1
		}
		return r
	}, s)
}

// wrap reflows the words of s into lines of at most width runes; a longer
// word gets a line of its own.
func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		wn := len([]rune(w))
		if n > 0 && n+1+wn > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += wn
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
