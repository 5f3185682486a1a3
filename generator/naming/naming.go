// Package naming decides Go identifiers for vendor wire strings.
//
// One function, Ident, turns any wire string into an exported Go identifier
// part, so every generated name is decided in one place and pinned by one
// table test.
package naming

import (
	"strings"
	"unicode"
)

// Ident returns the exported identifier part for a wire string: the string is
// split into words at every character that is not a letter or digit and
// where a lower-case letter is followed by an upper-case one; each word gets
// an upper-case first letter and lower-case rest.
//
//	IVR-ANSWER        -> IvrAnswer
//	transfer.noanswer -> TransferNoanswer
//	BUSY_CHANNEL1     -> BusyChannel1
//	TargetBusy        -> TargetBusy
//
// The result may start with a digit or a letter that has no upper case, or
// be empty; callers put a prefix before it (see Exported).
func Ident(wire string) string {
	var b strings.Builder
	for _, w := range Words(wire) {
		rs := []rune(w)
		b.WriteRune(unicode.ToUpper(rs[0]))
		for _, r := range rs[1:] {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Words splits s at non-alphanumerics and at lower-to-upper case changes.
func Words(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) && len(cur) > 0:
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return words
}
