// Package naming decides Go identifiers for vendor wire strings.
//
// Every generated name goes through this package, so the rules live in one
// place and one table test pins them:
//
//   - Ident turns a wire string into an identifier part: split into words,
//     capitalize each word, lower the rest, and spell the words that are Go
//     initialisms in capitals (IVR-ANSWER -> IVRAnswer, call_id -> CallID).
//   - Exported joins a prefix and a part into an identifier that is always a
//     valid exported Go name, whatever the vendor wrote (empty strings,
//     leading digits, letters with no upper case, punctuation only).
//   - ValueName is the one function the model calls for a constant name.
//
// Two names that differ only in case (Noanswer and NoAnswer) are legal Go but
// unreadable; Fold gives the key under which the model detects them.
package naming

import (
	"fmt"
	"go/token"
	"regexp"
	"strings"
	"unicode"
)

// Ident returns the exported identifier part for a wire string: the string is
// split into words at every character that is not a letter or digit and
// where a lower-case letter is followed by an upper-case one; a word that is
// an initialism (see Initialism) is written in capitals, any other word gets
// an upper-case first letter and lower-case rest.
//
//	IVR-ANSWER        -> IVRAnswer
//	answered_by_ivr   -> AnsweredByIVR
//	call_id           -> CallID
//	idle              -> Idle
//	transfer.noanswer -> TransferNoanswer
//	BUSY_CHANNEL1     -> BusyChannel1
//	TargetBusy        -> TargetBusy
//
// The result may start with a digit or a letter that has no upper case, or
// be empty; callers put a prefix before it (see Exported).
func Ident(wire string) string {
	var b strings.Builder
	for _, w := range Words(wire) {
		if up := strings.ToUpper(w); Initialism(up) {
			b.WriteString(up)
			continue
		}
		rs := []rune(w)
		b.WriteRune(unicode.ToUpper(rs[0]))
		for _, r := range rs[1:] {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Initialism reports whether word, in any case, is one that Go names spell
// in capitals: a whole word only (ID is, IDLE is not).
func Initialism(word string) bool { return initialisms[strings.ToUpper(word)] }

// initialisms are the words Go names spell in capitals: the common list of
// golint and gopls, and the telephony terms vendor documents use.
var initialisms = map[string]bool{
	// Go's common initialisms.
	"ACL": true, "API": true, "ASCII": true, "CPU": true, "CSS": true, "DNS": true,
	"EOF": true, "GUID": true, "HTML": true, "HTTP": true, "HTTPS": true, "ID": true,
	"IP": true, "JSON": true, "LHS": true, "QPS": true, "RAM": true, "RHS": true,
	"RPC": true, "SLA": true, "SMTP": true, "SQL": true, "SSH": true, "TCP": true,
	"TLS": true, "TTL": true, "UDP": true, "UI": true, "UID": true, "UUID": true,
	"URI": true, "URL": true, "UTF8": true, "VM": true, "XML": true, "XMPP": true,
	"XSRF": true, "XSS": true,
	// Telephony.
	"ACD": true, "AMD": true, "ASR": true, "CDR": true, "CLI": true, "CTI": true,
	"DND": true, "DTMF": true, "IVR": true, "PBX": true, "PSTN": true, "RTP": true,
	"SIP": true, "SIT": true, "SMS": true, "TTS": true,
}

// Words splits s at non-alphanumerics, at lower-to-upper case changes,
// and after an initialism that runs into a capitalised word (RTCSdpType is
// RTC, Sdp, Type; CDRs stays one word).
func Words(s string) []string {
	words := caseWords(s)
	for i := 0; i < len(words); i++ {
		if m := initialismRun.FindStringSubmatch(words[i]); m != nil {
			words = append(words[:i+1], words[i:]...)
			words[i], words[i+1] = m[1], m[2]
		}
	}
	return words
}

// initialismRun matches an initialism run into a capitalised word of two
// lower-case letters or more: RTCSdp, HTTPServer.
var initialismRun = regexp.MustCompile(`^(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,}.*)$`)

// caseWords splits s at non-alphanumerics and at lower-to-upper case
// changes.
func caseWords(s string) []string {
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

// ValueName returns the Go constant name of a wire value: prefix followed by
// name when the spec gives one, else by Ident(wire). A wire string with no
// letter or digit is spelled out by its symbols (-- -> DashDash); the empty
// wire string becomes Empty.
func ValueName(prefix, wire, name string) string {
	part := name
	if part == "" {
		part = Ident(wire)
	}
	if part == "" {
		part = symbols(wire)
	}
	return Exported(prefix, part)
}

// Exported joins prefix and part into a valid exported Go identifier.
//
// Runes that Go does not allow in identifiers are dropped; an empty part
// becomes "Empty". The first letters of prefix and part are upper-cased
// (code + busy -> CodeBusy). When the result still does not start with an
// upper-case letter it gets an "X" in front: a digit (3way -> X3way), an
// underscore, or a letter with no upper case (已接听 -> X已接听). Keywords
// and predeclared names (type, nil) are lower-case, so an exported name never
// clashes with them.
func Exported(prefix, part string) string {
	part = clean(part)
	if part == "" {
		part = "Empty"
	}
	s := upperFirst(clean(prefix)) + upperFirst(part)
	if first := []rune(s)[0]; !unicode.IsUpper(first) {
		return "X" + s
	}
	return s
}

// upperFirst upper-cases the first rune of s when it is a letter that has an
// upper case.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	first := []rune(s)[0]
	if up := unicode.ToUpper(first); unicode.IsUpper(up) {
		return string(up) + s[len(string(first)):]
	}
	return s
}

// clean drops the runes Go does not allow in an identifier.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// symbolNames spells out the punctuation a wire string may consist of.
var symbolNames = map[rune]string{
	' ': "Space", '!': "Bang", '"': "Quote", '#': "Hash", '$': "Dollar",
	'%': "Percent", '&': "And", '\'': "Apostrophe", '(': "LParen",
	')': "RParen", '*': "Star", '+': "Plus", ',': "Comma", '-': "Dash",
	'.': "Dot", '/': "Slash", ':': "Colon", ';': "Semicolon", '<': "Less",
	'=': "Equals", '>': "Greater", '?': "Question", '@': "At",
	'[': "LBracket", '\\': "Backslash", ']': "RBracket", '^': "Caret",
	'_': "Underscore", '`': "Backtick", '{': "LBrace", '|': "Pipe",
	'}': "RBrace", '~': "Tilde",
}

// symbols spells s out rune by rune: named punctuation (-- -> DashDash) and
// U+XXXX for anything else. It names wire strings that have no letter or
// digit for Ident to use.
func symbols(s string) string {
	var b strings.Builder
	for _, r := range s {
		if name, ok := symbolNames[r]; ok {
			b.WriteString(name)
		} else {
			fmt.Fprintf(&b, "U%04X", r)
		}
	}
	return b.String()
}

// Fold returns the key under which two names count as the same: names that
// differ only in case (Noanswer, NoAnswer) are a collision for a reader even
// when the compiler accepts them.
func Fold(name string) string { return strings.ToLower(name) }

// IsExported reports whether s is a valid exported Go identifier.
func IsExported(s string) bool { return token.IsIdentifier(s) && token.IsExported(s) }

// IsPart reports whether s can follow a prefix in an identifier: letters,
// digits and underscores only (it may be empty).
func IsPart(s string) bool { return clean(s) == s }

// IsPackageName reports whether s can name a generated package (see
// CheckPackage).
func IsPackageName(s string) bool { return CheckPackage(s) == nil }

// PackageName suggests a package name for a display name: Lowered,
// without leading digits (Kaleyra.io -> kaleyraio). A name CheckPackage
// refuses for what it means rather than how it is spelled gets an x in
// front (func -> xfunc, con -> xcon), as Exported puts an X. It returns ""
// when nothing usable is left.
func PackageName(s string) string {
	name := strings.TrimLeft(Lowered(s), "0123456789")
	if name != "" && !IsPackageName(name) {
		name = "x" + name
	}
	if !IsPackageName(name) {
		return ""
	}
	return name
}

// Lowered keeps the ASCII letters and digits of s, lower-cased: the
// spelling a package name may have (Kaleyra.io -> kaleyraio).
func Lowered(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}
