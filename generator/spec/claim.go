package spec

import (
	"strconv"
	"strings"
	"unicode"
)

// ClaimRow reports whether a curated value of f stands for a row of the
// document that the extractor could not name. text is the row's text or a
// warning quoting it; line is the row's current line. A curated value (or
// a value of a curated enum) claims the row when its description appears
// in text as a whole, not inside a longer word, or when text holds a Go
// string literal that is the description or, ending in "...", starts it
// (a long row cut short). The longest such description wins. The claiming
// value's Line becomes line, so the spec follows the document.
func (f *File) ClaimRow(line int, text string) bool {
	quoted := literals(text)
	var best *Value
	for _, e := range f.Enums {
		for _, v := range e.Values {
			if e.keeps(v) && describes(v.Description, text, quoted) &&
				(best == nil || len(v.Description) > len(best.Description)) {
				best = v
			}
		}
	}
	if best == nil {
		return false
	}
	best.Line = line
	return true
}

// describes reports whether a warning's text, or one of the string
// literals it quotes, is about the row described by desc.
func describes(desc, text string, quoted []string) bool {
	if quotes(text, desc) {
		return true
	}
	for _, q := range quoted {
		cut, short := strings.CutSuffix(q, "...")
		if q == desc || short && len(cut) >= minCut && strings.HasPrefix(desc, cut) {
			return true
		}
	}
	return false
}

// minCut is the shortest start of a cut-short row that may stand for it.
const minCut = 20

// literals returns the Go string literals quoted in s, unquoted.
func literals(s string) []string {
	var out []string
	for i := strings.IndexByte(s, '"'); i >= 0; {
		lit, err := strconv.QuotedPrefix(s[i:])
		if err != nil {
			lit = `"`
		} else if u, err := strconv.Unquote(lit); err == nil {
			out = append(out, u)
		}
		next := strings.IndexByte(s[i+len(lit):], '"')
		if next < 0 {
			break
		}
		i += len(lit) + next
	}
	return out
}

// quotes reports whether s holds sub with no letter or digit touching it.
func quotes(s, sub string) bool {
	if strings.TrimSpace(sub) == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(sub)
		if !wordRune(lastRune(s[:start])) && !wordRune(firstRune(s[end:])) {
			return true
		}
		i = start + 1
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return ' '
}

func lastRune(s string) rune {
	r := ' '
	for _, c := range s {
		r = c
	}
	return r
}
