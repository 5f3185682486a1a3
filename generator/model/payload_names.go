package model

import (
	"github.com/docenum/docenum/generator/naming"
)

// FieldName returns the Go field name for a JSON name: the identifier part
// naming.Ident gives (words split at non-alphanumerics and lower-to-upper
// changes, each capitalised, Go's initialisms in capitals), made exported.
//
//	eventType  -> EventType
//	callId     -> CallID
//	callUrl    -> CallURL
//	from       -> From
//	error_info -> ErrorInfo
//
// The result is always an exported identifier; name: in the spec overrides
// it.
func FieldName(wire string) string {
	return naming.Exported("", naming.Ident(wire))
}
