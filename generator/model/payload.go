package model

import (
	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// Payload is a payload model of the spec (a webhook body), generated as a
// Go struct: one field per spec field, enum fields typed with the package's
// enums, timestamps as time.Time, and a Status method when the spec wires
// the model to a resolver.
//
// Every decision about the Go side is taken here, once: field names, Go
// types, which optional fields are pointers and which JSON tag option
// omits them.
//
//   - An optional field whose zero value is itself an answer (bool false, a
//     number 0) is a pointer, so that "absent" and "false" differ and
//     re-encoding omits what was absent: *bool, *int64, *float64.
//   - An optional field whose zero value cannot be a real value is a value
//     (string "", an enum "", a time.Time at year 1, a nil slice or raw
//     message): absent and null both leave it zero, and re-encoding omits
//     it (omitempty; omitzero for time.Time, which omitempty never omits).
//   - A required field is always a value, without an omit option: it is
//     encoded even when zero.
type Payload struct {
	// Name is the Go type name.
	Name string
	// Doc is the curated doc, else the vendor's description; may be empty.
	Doc string
	// SourceLine is the model's line in the vendor document; 0 if unknown.
	SourceLine int
	// Fields are in spec order.
	Fields []*Field
	// Status wires the payload to a resolver; nil when it has none.
	Status *PayloadStatus

	Spec *spec.Model
	Pos  diag.Pos
}

// Field returns the field with JSON name wire, or nil.
func (p *Payload) Field(wire string) *Field {
	for _, f := range p.Fields {
		if f.Wire == wire {
			return f
		}
	}
	return nil
}

// FieldType is the Go type family of a payload field.
type FieldType int

// Field types. FieldRaw is a value this package has no spec for (another
// model of the vendor, a list of them, an object): it is kept as the raw
// JSON for the caller to decode.
const (
	FieldString FieldType = iota + 1
	FieldBool
	FieldInt
	FieldFloat
	FieldTime
	FieldEnum
	FieldRaw
	// FieldModel is another payload of the package, nested as an object
	// (data.payload.state in the document).
	FieldModel
)

// Field is one field of a payload struct.
type Field struct {
	// Name is the Go field name (CallID for callId).
	Name string
	// Wire is the JSON key.
	Wire string
	// Type is the Go type family; List makes it a slice of it (only for
	// strings, bools and numbers).
	Type FieldType
	List bool
	// Enum is the field's enum when Type is FieldEnum.
	Enum *Enum
	// Model is the Go type name of the nested payload when Type is
	// FieldModel.
	Model string
	// SourceType is the type as the vendor document names it (str,
	// list[Segment]); the doc comment of a raw field quotes it.
	SourceType string
	// Optional marks a field the payload may leave out.
	Optional bool
	// Pointer makes the Go type a pointer (see Payload for the rule).
	Pointer bool
	// Omit is the JSON tag option that leaves the field out when it is
	// empty: "omitempty", "omitzero" or "" for a required field.
	Omit string
	// Doc is the curated doc, else the vendor's description; may be empty.
	Doc string
	// Removed marks a field the vendor's document no longer lists; it is
	// kept so that older payloads still decode.
	Removed bool
	// SourceLine is the field's line in the vendor document; 0 if unknown.
	SourceLine int

	Spec *spec.Field
	Pos  diag.Pos
}

// Tag is the field's JSON struct tag value: eventType,omitempty.
func (f *Field) Tag() string {
	if f.Omit == "" {
		return f.Wire
	}
	return f.Wire + "," + f.Omit
}

// NamesItself reports whether decoding the field through encoding/json
// alone could fail with an error that does not name the field: timestamps
// (time.Time reports a parse error only) and enums (their UnmarshalJSON
// reports the enum type only). The generated UnmarshalJSON decodes these
// through a wrapper that adds the field's JSON name.
func (f *Field) NamesItself() bool {
	return f.List || (f.Type != FieldTime && f.Type != FieldEnum)
}

// PayloadStatus is the wiring of a payload's Status method: the resolver it
// calls and the fields it passes.
type PayloadStatus struct {
	// Resolver is the Go name of the resolver function.
	Resolver string
	// State is the field holding the resolver's state enum.
	State *Field
	// Detail is the field holding the detail enum; nil when the resolver
	// takes none or the model has no such field (the zero value is passed).
	Detail *Field
	// Answered is the field whose being set means the call was answered;
	// nil passes false.
	Answered *Field
	// Direction is the field holding the vendor's explicit direction (an
	// enum mapped onto canonical directions); nil for none.
	Direction *Field
	// Held are the bool fields that put a connected call on hold.
	Held []*Field
	// Q850 and SIP are the fields carrying a Q.850 cause and a SIP response
	// code (an integer or a string of digits); nil for none.
	Q850, SIP *Field
	// TakesDetail and TakesAnswered tell which of the parameters after the
	// state the resolver has: ResolveEvent(state, detail, answered).
	TakesDetail, TakesAnswered bool

	Pos diag.Pos
}

// PayloadMethods are the methods of every payload struct. A field may not
// take one of their names (Go forbids a field and a method of one name).
// Status exists only on payloads wired to a resolver.
var PayloadMethods = []string{"UnmarshalJSON", "Status"}

// PayloadHelpers are the package-level names a package with payloads
// declares once (emitted with the payloads).
var PayloadHelpers = []string{
	"payloadField", // decodes a timestamp or enum field, so that its errors name it
	"describeJSON", // describes a bad value in such an error
	"payloadError", // names the payload in encoding/json's type errors
	"codeText",     // reads a Q.850 cause or SIP code sent as a string of digits
	"codeNumber",   // reads one sent as a number
}
