package extract

import (
	"regexp"
	"strings"
)

// API references often give a field's values in its Type column rather
// than in prose:
//
//	enum: answered, hangup          enum (a, b)           Enum<a|b>
//	string (inbound | outbound)     "inbound" | "outbound"
//	`created_at` or `updated_at`
//	ENUM STATUS ringing<br>active<br>no answer
//
// typeValues reads such a cell. A list needs an announcing type word (enum,
// string) with a colon or brackets around it, or else every item quoted
// and joined by "|", so a plain type ("string", "integer", "object") or a
// union of types ("string | null") gives nothing. A null among quoted items
// is the field's absence, not a value.
func typeValues(cell string) ([]string, bool) {
	s := strings.TrimSpace(cell)
	if inner, ok := strings.CutPrefix(s, "`"); ok && strings.HasSuffix(inner, "`") && !strings.Contains(inner[:len(inner)-1], "`") {
		s = strings.TrimSpace(inner[:len(inner)-1]) // the whole type written as code
	}
	if inner, ok := strings.CutPrefix(s, "["); ok && strings.HasSuffix(inner, "]") {
		s = strings.TrimSpace(strings.TrimSuffix(inner, "]")) // a list of them: [ "a" | "b" ]
	}
	if values, ok := enumLines(s); ok {
		return values, true
	}
	if strings.Contains(s, "（") {
		s = fullWidthBrackets.Replace(s) // string（callback）
	}
	if body, ok := typeListBody(s); ok {
		if inner, ok := typeListBody(body); ok {
			body = inner // string (enum: a, b)
		}
		if fieldQualifiers[strings.ToLower(strings.TrimSpace(body))] {
			return nil, false // string(optional): a word about the field
		}
		return typeItems(body, false) // string(a, b); string(call), the one value the field holds in this table
	}
	if values, ok := codeAlternatives(s); ok {
		return values, true
	}
	if strings.Contains(s, "|") {
		return typeItems(s, true)
	}
	return nil, false
}

// codeAlternatives reads a cell of code spans and nothing else, two at
// least, joined by "or", commas or slashes: "`created_at` or
// `updated_at`", the values a Format column allows.
func codeAlternatives(s string) ([]string, bool) {
	if !strings.HasPrefix(s, "`") || !strings.HasSuffix(s, "`") || !codeAlternation.MatchString(s) {
		return nil, false
	}
	var values []string
	for _, m := range codeSpan.FindAllStringSubmatch(s, -1) {
		wire, why := wireValue(m[1], true)
		if why != "" {
			return nil, false
		}
		values = append(values, wire)
	}
	return values, distinct(values) == len(values)
}

// codeAlternation matches code spans joined by "or", commas or slashes;
// codeSpan one code span.
var (
	codeAlternation = regexp.MustCompile("^`[^`]+`(?:(?:\\s*,\\s*|\\s*/\\s*|,?\\s+or\\s+)`[^`]+`)+$")
	codeSpan        = regexp.MustCompile("`([^`]+)`")
)

// fieldQualifiers say something of a field in brackets after its type.
var fieldQualifiers = map[string]bool{
	"optional": true, "required": true, "nullable": true, "readonly": true, "enum": true,
	"mandatory": true, "deprecated": true,
}

// enumLines reads a cell that lists values a line each after the word
// enum and perhaps the enum's name in capitals, as a table whose cells hold
// line breaks does: "ENUM STATUS ringing", "active", "no answer".
func enumLines(s string) ([]string, bool) {
	first, rest, ok := strings.Cut(s, "\n")
	words := strings.Fields(first)
	if !ok || len(words) < 2 || !strings.EqualFold(words[0], "enum") {
		return nil, false
	}
	words = words[1:]
	if len(words) > 1 && strings.ToUpper(words[0]) == words[0] && isIdentifier(words[0]) {
		words = words[1:] // the enum's name
	}
	var values []string
	for _, l := range append([]string{strings.Join(words, " ")}, strings.Split(rest, "\n")...) {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		wire, why := wireValue(l, true)
		if why != "" {
			return nil, false
		}
		values = append(values, wire)
	}
	return values, len(values) >= 2
}

// typeWords announce a list in a type cell.
var typeWords = []string{"enum", "string", "str", "text", "one of"}

// typeListBody returns what follows "enum:" or sits inside "enum (...)",
// "Enum<...>", "string (...)".
func typeListBody(s string) (string, bool) {
	lower := strings.ToLower(s)
	for _, w := range typeWords {
		rest, ok := strings.CutPrefix(lower, w)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		off := len(s) - len(rest)
		switch {
		case strings.HasPrefix(rest, ":"):
			return strings.TrimSpace(s[off+1:]), true
		case strings.HasPrefix(rest, "("):
			return closed(s[off+1:], ')')
		case strings.HasPrefix(rest, "<"):
			return closed(s[off+1:], '>')
		}
	}
	return "", false
}

// closed returns s up to its closing bracket, which must end the cell.
func closed(s string, bracket byte) (string, bool) {
	i := strings.LastIndexByte(s, bracket)
	if i < 0 || strings.TrimSpace(s[i+1:]) != "" {
		return "", false
	}
	return s[:i], true
}

// typeItems splits a list on commas or bars. quoted requires every item to
// be quoted (a union of literals).
func typeItems(body string, quoted bool) ([]string, bool) {
	parts := strings.FieldsFunc(body, func(r rune) bool { return r == ',' || r == '|' })
	var values []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if quoted && (strings.EqualFold(p, "null") || isTypeName(p)) {
			continue // "speech" | "music" | AudioSendSettings: the type is no value
		}
		u := unquote(p)
		if quoted && u == p {
			return nil, false
		}
		wire, why := wireValue(u, true)
		if why != "" || strings.HasPrefix(u, "...") {
			return nil, false
		}
		values = append(values, wire)
	}
	if len(values) == 1 && !quoted {
		if alts, ok := slashTokens(values[0]); ok {
			return alts, true // enum: `inbound/outbound`: one item that names two
		}
	}
	return values, len(values) > 0 && (!quoted || len(values) >= 2)
}

// slashTokens splits "inbound/outbound" into its words: two words at least,
// each of letters, digits and "_" or "-" (a MIME type, audio/mpeg, is the
// price: an enum of one value is rarer).
func slashTokens(s string) ([]string, bool) {
	parts := strings.Split(s, "/")
	if len(parts) < 2 {
		return nil, false
	}
	for _, p := range parts {
		if p == "" || strings.ContainsFunc(p, func(r rune) bool { return !isAlnum(r) && r != '_' && r != '-' }) {
			return nil, false
		}
	}
	return parts, true
}

// typeWordSet holds the names of primitive types in the languages API
// references are written for.
var typeWordSet = map[string]bool{
	"bool": true, "boolean": true, "string": true, "str": true, "number": true,
	"int": true, "integer": true, "int32": true, "int64": true, "long": true,
	"float": true, "double": true, "decimal": true, "object": true, "array": true,
	"any": true, "null": true, "none": true, "list": true, "dict": true, "map": true,
	"undefined": true, "date": true, "datetime": true, "timestamp": true, "uuid": true,
}

// isTypeName reports a type rather than a literal: a primitive type
// (string, bool), a type named in PascalCase (AudioSendSettings), or an
// array of either ([ MediaDeviceInfo ], string[]).
func isTypeName(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "[] ")
	s = strings.TrimSuffix(s, "[]")
	if typeWordSet[strings.ToLower(s)] {
		return true
	}
	if s == "" || s[0] < 'A' || s[0] > 'Z' || strings.ToUpper(s) == s {
		return false
	}
	for _, r := range s {
		if !isAlnum(r) {
			return false
		}
	}
	return tokenShape(s) == shapeConst // an inner capital: AudioSendSettings
}

// typeLike reports whether a cell holds a type expression: a type name,
// or a union of types and literals.
func typeLike(cell string) bool {
	if isTypeName(cell) {
		return true
	}
	if strings.Contains(cell, " or ") && !strings.Contains(cell, "|") {
		cell = strings.ReplaceAll(cell, " or ", "|") // CameraSettings or CustomTrackSettings
	}
	if !strings.Contains(cell, "|") {
		return false
	}
	for _, p := range strings.Split(cell, "|") {
		p = strings.TrimSpace(p)
		if !isTypeName(p) && unquote(p) == p {
			return false
		}
	}
	return true
}
