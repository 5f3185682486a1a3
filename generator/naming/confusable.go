package naming

import (
	"fmt"
	"strings"
	"unicode"
)

// Skeleton returns the key under which two names look the same: Cyrillic
// and Greek letters that look like Latin ones become those, full-width
// forms become ASCII (as NFKC does), then case is folded as by Fold. Go
// keeps Busy and Вusy (Cyrillic В) apart, a reader cannot; the model warns
// when two names share a skeleton but not a Fold.
func Skeleton(name string) string {
	return strings.Map(func(r rune) rune { return unicode.ToLower(latin(r)) }, name)
}

// Lookalike describes the first rune where a and b differ though they look
// alike: `"Вusy" has Cyrillic В (U+0412) where "Busy" has Latin B (U+0042)`.
// It returns "" when a and b do not share a skeleton.
func Lookalike(a, b string) string {
	ra, rb := []rune(a), []rune(b)
	if Skeleton(a) != Skeleton(b) || len(ra) != len(rb) {
		return ""
	}
	for i := range ra {
		if unicode.ToLower(ra[i]) != unicode.ToLower(rb[i]) {
			return fmt.Sprintf("%q has %s where %q has %s", a, describeRune(ra[i]), b, describeRune(rb[i]))
		}
	}
	return ""
}

// describeRune names r's script and code point: Cyrillic В (U+0412).
func describeRune(r rune) string {
	script := "Latin"
	switch {
	case isFullWidth(r):
		script = "full-width"
	case unicode.Is(unicode.Cyrillic, r):
		script = "Cyrillic"
	case unicode.Is(unicode.Greek, r):
		script = "Greek"
	case r >= 0x80:
		script = "non-ASCII"
	}
	return fmt.Sprintf("%s %c (U+%04X)", script, r, r)
}

// latin maps r to the ASCII letter or digit it looks like, if any.
func latin(r rune) rune {
	if isFullWidth(r) {
		return r - 0xFF01 + '!'
	}
	if l, ok := lookalikes[r]; ok {
		return l
	}
	return r
}

// isFullWidth reports whether r is a full-width form of printable ASCII.
func isFullWidth(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }

// lookalikes are the Cyrillic and Greek letters that most fonts draw as a
// Latin letter, the common part of Unicode's confusables list for
// identifiers. Letters that only resemble one (Cyrillic и, Greek β) are left
// out: they do not fool a reader.
var lookalikes = map[rune]rune{
	// Cyrillic capitals and small letters.
	'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O',
	'Р': 'P', 'С': 'C', 'Т': 'T', 'Х': 'X', 'У': 'Y', 'Ү': 'Y', 'Ѕ': 'S',
	'І': 'I', 'Ӏ': 'I', 'Ј': 'J', 'Ԛ': 'Q', 'Ԝ': 'W',
	'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'х': 'x', 'у': 'y',
	'ѕ': 's', 'і': 'i', 'ј': 'j', 'ԛ': 'q', 'ԝ': 'w', 'һ': 'h', 'ӏ': 'l',
	'ԁ': 'd', 'к': 'k',
	// Greek capitals and small letters.
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K',
	'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X',
	'ο': 'o', 'ν': 'v', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'υ': 'u', 'α': 'a',
}
