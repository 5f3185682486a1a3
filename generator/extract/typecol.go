package extract

import (
	"strings"
)

// API references often give a field's values in its Type column rather
// than in prose:
//
//	enum: answered, hangup          enum (a, b)           Enum<a|b>
//	string (inbound | outbound)     "inbound" | "outbound"
//
// typeValues reads such a cell. A list needs an announcing type word (enum,
// string) with a colon or brackets around it, or else every item quoted
// and joined by "|", so a plain type ("string", "integer", "object") or a
// union of types ("string | null") gives nothing. A null among quoted items
// is the field's absence, not a value.
func typeValues(cell string) ([]string, bool) {
	s := strings.TrimSpace(cell)
	if body, ok := typeListBody(s); ok {
		return typeItems(body, false)
	}
	if strings.Contains(s, "|") {
		return typeItems(s, true)
	}
	return nil, false
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
		if quoted && strings.EqualFold(p, "null") {
			continue
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
	return values, len(values) > 0 && (!quoted || len(values) >= 2)
}
