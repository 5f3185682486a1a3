package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxWire bounds the length of a wire value; longer tokens are prose or
// payloads, not enum values.
const maxWire = 100

// maxWords bounds the words of a value written with spaces ("NO ANSWER").
const maxWords = 4

// wireValue cleans a candidate wire value (quotes removed) and reports
// whether it can be one: a token of letters, digits and joiners
// (_ - . : / + @ #). A value marked as code or quoted may hold a few words
// ("NO ANSWER"), a string literal in quotes commas and brackets too ("User
// alerting, no answer"); unmarked text with spaces is prose, as is
// unmarked Han, Kana or Hangul, written without spaces. A star may start a
// keyword (*prepaid), a lower-case letter right after it. An empty XML
// element alone (<busy/>) is its element's name. Placeholders (<OTHER>,
// {id}, ...), JSON, null, empty cells, IP addresses and options or CSS
// variables (--vbot-primary) are not values; why says what the candidate is
// instead.
func wireValue(s string, code bool) (wire string, why string) {
	return wireWithin(s, code, maxWords, "")
}

// labelWire cleans a label that a code numbers ("31. normal, nao
// especificado"): the code marks it as a value of a list of codes, which
// may run to maxCodedItemWords words and hold commas.
func labelWire(s string) (wire string, why string) {
	return wireWithin(s, true, maxCodedItemWords, ",")
}

// wireWithin is wireValue for a value of up to words words, which may hold
// marks besides the joiners.
func wireWithin(s string, code bool, words int, marks string) (wire string, why string) {
	s = strings.TrimSpace(s)
	if u := unquote(s); u != s {
		if s[0] == '"' || s[0] == '\'' {
			marks += ",()'" // a string literal in quotes: "User alerting, no answer"
		}
		s, code = u, true
	}
	if m := emptyElement.FindStringSubmatch(s); m != nil {
		s = m[1] // <busy/>: an XML vocabulary's condition, named by its element
	}
	switch {
	case s == "":
		return "", "is empty"
	case isPlaceholder(s):
		return "", "is a placeholder"
	case s == "null":
		return "", "is no string but null in JSON"
	case len(s) > maxWire:
		return "", "is too long for a value"
	case !utf8.ValidString(s):
		return "", "is not valid UTF-8"
	case strings.ContainsFunc(s, unicode.IsSpace) && (!code || wordCount(s) > words):
		return "", "is text, not a value"
	case !code && strings.ContainsFunc(s, isCJK):
		// Japanese and Chinese put no spaces between words: unmarked, a
		// run of them is text (a label, a title), whatever its length.
		return "", "is text, not a value"
	}
	if code && isOperator(s) {
		return s, "" // a filter's operator, written as code: `>=`, `!%`
	}
	for i, r := range s {
		if i == 0 && r == '*' && len(s) > 1 && textLowerByte(s[1]) {
			continue // *attributes, *prepaid: a star marks a switch's keywords
		}
		// Written as code, & joins states: `InUse&Ringing`.
		if !isWireRune(r) && r != ' ' && !(code && r == '&') && !strings.ContainsRune(marks, r) {
			return "", "has " + string(r) + ", which no value has"
		}
	}
	if !strings.ContainsFunc(s, isAlnum) {
		return "", "has no letter or digit"
	}
	if strings.HasPrefix(s, "--") {
		return "", "is a command-line option or a CSS variable (--x), no value"
	}
	if ipv4.MatchString(s) {
		return "", "is an IP address, no value"
	}
	if strings.Contains(s, "://") {
		return "", "is a URL, no value"
	}
	if strings.Contains(s, "::") {
		return "", "is a qualified name in code (a::b), no value"
	}
	return s, ""
}

// ipv4 matches an IPv4 address, which an example gives, never an enum.
var ipv4 = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,3}){3}$`)

// isOperator reports a comparison or match operator a query language
// takes as a value (`>=`, `!=`, `><`, `%`): up to three of its marks.
func isOperator(s string) bool {
	return len(s) <= 3 && strings.Trim(s, "<>=!?%~") == ""
}

// emptyElement matches an empty XML element alone: <busy/>, <tie-break/>.
var emptyElement = regexp.MustCompile(`^<([A-Za-z][\w.-]*)\s*/>$`)

// wordCount counts the words of s, a dash or other mark standing alone
// between them aside ("Answered - No Key Pressed" has four).
func wordCount(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.ContainsFunc(f, isAlnum) {
			n++
		}
	}
	return n
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func isWireRune(r rune) bool {
	return isAlnum(r) || strings.ContainsRune("_-.:/+@#", r)
}

// quotePairs are the quotes unquote strips.
var quotePairs = [...][2]string{{`"`, `"`}, {`'`, `'`}, {"`", "`"}, {"“", "”"}, {"‘", "’"}}

// unquote strips one pair of matching quotes or backticks.
func unquote(s string) string {
	for _, q := range quotePairs {
		if len(s) >= len(q[0])+len(q[1]) && strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) {
			return strings.TrimSpace(s[len(q[0]) : len(s)-len(q[1])])
		}
	}
	return s
}

// isQuoted reports whether s is one quoted literal ("Setup", 'Setup').
func isQuoted(s string) bool {
	s = strings.TrimSpace(s)
	u := unquote(s)
	return u != s && u != "" && !strings.ContainsAny(u, `"“”`) && !strings.HasPrefix(s, "`")
}

// isPlaceholder reports a stand-in for a value: <OTHER>, {id}, [name],
// ..., etc., a part of a date format (YYYY, MM).
func isPlaceholder(s string) bool {
	if len(s) <= len("etc.") { // the longest placeholder word: no lower-casing of longer values
		switch strings.ToLower(s) {
		case "...", "…", "etc", "etc.", "n/a", "tbd", "-", "—":
			return true
		}
	}
	for _, p := range [][2]string{{"<", ">"}, {"{", "}"}, {"[", "]"}, {"$", ""}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			return true
		}
	}
	return dateField(s)
}

// dateField reports a part of a date format, one letter repeated: YYYY,
// MM, DD, hh, mm, ss.
func dateField(s string) bool {
	if len(s) < 2 || len(s) > 4 || !strings.ContainsRune("YMDhHms", rune(s[0])) {
		return false
	}
	return strings.Count(s, s[:1]) == len(s) && (s[0] == 'Y' || len(s) == 2)
}

// shape is how strongly a token, found without any markup around it, looks
// like a constant rather than a word of prose.
type shape int

const (
	// shapeWord is an ordinary word: "busy", "Answered", "Note".
	shapeWord shape = iota
	// shapeConst is written like a constant: BUSY, NO_ANSWER, no-answer,
	// transfer.noanswer, NoAnswer, noAnswer, busy2.
	shapeConst
)

// tokenShape classifies a token that passed wireValue.
func tokenShape(s string) shape {
	letters, upper, lowerToUpper, digits := 0, 0, false, false
	var prev rune
	for _, r := range s {
		switch {
		case strings.ContainsRune("_-.:/+@#", r):
			return shapeConst
		case unicode.IsDigit(r):
			digits = true
		case unicode.IsUpper(r):
			letters++
			upper++
			lowerToUpper = lowerToUpper || unicode.IsLower(prev)
		default:
			letters++
		}
		prev = r
	}
	if lowerToUpper || digits || letters >= 2 && upper == letters {
		return shapeConst
	}
	return shapeWord
}
