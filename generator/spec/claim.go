package spec

import (
	"strings"
	"unicode"
)

// ClaimRow reports whether a curated value of f stands for a row of the
// document that the extractor could not name. text is the row's text or a
// warning quoting it; line is the row's current line. A curated value (or
// a value of a curated enum) claims the row when its description appears
// in text as a whole, not inside a longer word; the longest such
// description wins. The claiming value's Line becomes line, so the spec
// follows the document.
func (f *File) ClaimRow(line int, text string) bool {
	var best *Value
	for _, e := range f.Enums {
		for _, v := range e.Values {
			if e.keeps(v) && quotes(text, v.Description) &&
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
