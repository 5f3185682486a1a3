package model

import (
	"strings"
	"unicode"

	"github.com/docenum/docenum/generator/naming"
)

// FieldName returns the Go field name for a JSON name: the words of the
// name (split as for constants: at non-alphanumerics and lower-to-upper
// changes), each capitalised, with Go's initialisms upper-cased as golint
// and gopls spell them.
//
//	eventType  -> EventType
//	callId     -> CallID
//	callUrl    -> CallURL
//	from       -> From
//	error_info -> ErrorInfo
//
// Unlike constant names, which follow the vendor's wire strings, field
// names follow Go conventions: they are read next to the standard library's
// (ID, URL), not next to a vendor's list. The result is always an exported
// identifier; name: in the spec overrides it.
func FieldName(wire string) string {
	var b strings.Builder
	for _, w := range naming.Words(wire) {
		if up := strings.ToUpper(w); initialisms[up] {
			b.WriteString(up)
			continue
		}
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return naming.Exported("", b.String())
}

// initialisms are the words Go names spell in capitals (the common subset of
// golint's list that shows up in telephony payloads).
var initialisms = map[string]bool{
	"API": true, "DTMF": true, "HTTP": true, "HTTPS": true, "ID": true, "IP": true, "JSON": true,
	"SIP": true, "SMS": true, "TTL": true, "UID": true, "URI": true, "URL": true, "UUID": true,
}
