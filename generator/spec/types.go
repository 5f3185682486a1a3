package spec

import "github.com/docenum/docenum/generator/diag"

// File is one spec file: one vendor's enums (and payload models) as they were
// extracted from its documentation and curated by hand.
//
// The keys vendor, enums, enums[].name, enums[].values and
// enums[].values[].wire are a contract other tools rely on; keep them stable.
type File struct {
	// Vendor is the Go package name of the generated package (e.g. kaleyraio).
	Vendor string `yaml:"vendor"`
	// Kind is "vendor" (the default) or "canonical" for the one spec that
	// defines the canonical call-status model every vendor maps onto.
	Kind string `yaml:"kind,omitempty"`
	// Title is the vendor's display name (e.g. "Kaleyra.io").
	Title string `yaml:"title,omitempty"`
	// Source is the vendor document the spec was extracted from, relative to
	// the spec file's directory (e.g. sources/kaleyraio.txt).
	Source string `yaml:"source,omitempty"`
	// Format forces the extractor's document format instead of detecting it.
	Format string `yaml:"format,omitempty"`
	// Select is the selection of an OpenAPI or Swagger document: the
	// patterns "docenum extract -select" was given (schema or Go name globs,
	// or #/ JSON pointer prefixes), so that extracting again keeps the same
	// enums and models. Empty: everything the document holds.
	Select []string `yaml:"select,omitempty"`
	// Doc is curated package documentation, added to the generated package doc.
	Doc string `yaml:"doc,omitempty"`
	// FieldNaming is how the source document spells field names relative to
	// the wire (JSON) names: "" (as on the wire) or "snake" (a Python SDK doc
	// showing event_type for eventType).
	FieldNaming string `yaml:"field_naming,omitempty"`
	// Mapping is "complete" when every value must map onto the canonical
	// model (a value without canonical: is an error), "" or "partial" when
	// unmapped values may resolve to Unknown (generate lists them as
	// warnings). Every shipped vendor spec is complete.
	Mapping string `yaml:"mapping,omitempty"`

	Enums     []*Enum     `yaml:"enums"`
	Models    []*Model    `yaml:"models,omitempty"`
	Resolvers []*Resolver `yaml:"resolvers,omitempty"`
	// Codes are the canonical spec's tables from ITU-T Q.850 causes and SIP
	// responses onto the canonical model; only the canonical spec has them.
	Codes *Codes `yaml:"codes,omitempty"`

	// Path is the file the spec was loaded from, as given to Load.
	Path string `yaml:"-"`
	// ImportPath, set for the canonical spec docenum ships (see package
	// github.com/docenum/docenum/specs) when a specs directory has no
	// canonical spec of its own, is the import path of the package already
	// generated from it: it is imported from there, not generated again.
	ImportPath string `yaml:"-"`
	// At is the position of the document's top-level mapping.
	At diag.Pos `yaml:"-"`
}

// Enum is one vendor enum: a set of wire strings carried by one field.
type Enum struct {
	// Name is the Go type name (e.g. CallStatus).
	Name string `yaml:"name"`
	// Doc is a curated doc comment; it replaces Description when set.
	Doc string `yaml:"doc,omitempty"`
	// Description is the vendor's text about the enum, as extracted.
	Description string `yaml:"description,omitempty"`
	// Line is the line of the enum's heading or field in the source document.
	Line int `yaml:"line,omitempty"`
	// Count is the number of values the document says exist, when it says so.
	Count int `yaml:"count,omitempty"`
	// Origin is "extracted" (the default) or "curated" (added by hand).
	Origin string `yaml:"origin,omitempty"`
	// Reason and Ref explain a curated enum: why it was added and where its
	// facts come from.
	Reason string `yaml:"reason,omitempty"`
	Ref    string `yaml:"ref,omitempty"`
	// Prefix starts the Go name of every constant of the enum. When unset
	// it is the enum's Name (CallStatusBusy); "" gives bare names (Busy).
	Prefix *string `yaml:"prefix,omitempty"`
	// Columns declares extra per-value data, emitted as methods (the
	// canonical Outcome's Q.850 cause and SIP response are two columns).
	Columns []*Column `yaml:"columns,omitempty"`
	// CaseInsensitive says the vendor sends the wire values in any ASCII
	// case (Genesys "DISCONNECTED" for "disconnected"): the generated lookup
	// folds the case of its input. The wire values must be lower case.
	CaseInsensitive bool `yaml:"case_insensitive,omitempty"`
	// Ignore, when set, says why the enum is not generated (the extractor
	// got it wrong). It stays in the spec so that extracting again does
	// not add it back.
	Ignore string `yaml:"ignore,omitempty"`

	Values []*Value `yaml:"values"`

	At diag.Pos `yaml:"-"`
}

// Column is a typed datum every value of an enum may carry.
type Column struct {
	// Name is the key used in Value.Data and, converted, the method name.
	Name string `yaml:"name"`
	// Type is "int" or "string".
	Type string `yaml:"type"`
	Doc  string `yaml:"doc,omitempty"`

	At diag.Pos `yaml:"-"`
}

// Value is one wire string of an enum: what the document says of it,
// then what people and re-extraction added (Curation). A spec may hold
// hundreds of thousands of values, so the rarely set curation sits behind
// a pointer: an extracted value costs half as much.
type Value struct {
	// Wire is the exact string on the wire. The key is required, "" only
	// when written so (a canonical enum's Unknown): a forgotten wire must
	// not become the value "".
	Wire string `yaml:"wire" load:"required"`
	// Name overrides the Go identifier derived from Wire.
	Name string `yaml:"name,omitempty"`
	// Doc is a curated doc comment; it replaces Description when set.
	Doc string `yaml:"doc,omitempty"`
	// Description is the vendor's text, as extracted.
	Description string `yaml:"description,omitempty"`
	// Line is the value's line in the source document (provenance).
	Line int `yaml:"line,omitempty"`
	// Curation is nil until a key of it is set; read it with Notes, set it
	// with Curate.
	Curation *Curation `yaml:",inline"`
	// Data holds the enum's declared columns for this value; a null entry is
	// an explicit "none".
	Data map[string]*Datum `yaml:"data,omitempty"`
	// Canonical is the value's mapping onto the canonical model.
	Canonical *Canonical `yaml:"canonical,omitempty"`

	// At is where the value is in the spec, nil for a value not read from
	// one (an extracted value): a pointer, as the other types' At is not,
	// because a spec may hold hundreds of thousands of values. Read it
	// with Pos.
	At *diag.Pos `yaml:"-"`
}

// Curation is the rarely set part of what a value carries beyond the
// document's words (Name and Doc are the common part): written by hand, or
// by Merge (Removed). Its keys sit in the value's mapping.
type Curation struct {
	// Origin is "extracted" (the default) or "curated" (added by hand, e.g.
	// a row whose name was lost in the vendor's page, or a value only
	// another document lists).
	Origin string `yaml:"origin,omitempty"`
	// Reason says why a curated value exists; Ref where its facts come from.
	Reason string `yaml:"reason,omitempty"`
	Ref    string `yaml:"ref,omitempty"`
	// Deprecated, when set, says why the value should no longer be used.
	Deprecated string `yaml:"deprecated,omitempty"`
	// Removed marks a value the vendor's document no longer lists. It is kept
	// so old payloads still decode.
	Removed bool `yaml:"removed,omitempty"`
	// Ignore, when set, says why the value is not generated (see
	// Enum.Ignore).
	Ignore string `yaml:"ignore,omitempty"`
}

// Pos is where the value is in the spec; the zero Pos when it was not
// read from one.
func (v *Value) Pos() diag.Pos {
	if v.At == nil {
		return diag.Pos{}
	}
	return *v.At
}

// Notes is the value's curation, the zero Curation when it has none.
func (v *Value) Notes() Curation {
	if v.Curation == nil {
		return Curation{}
	}
	return *v.Curation
}

// Curate returns the value's curation to set keys of, creating it. A
// copied Value shares its Curation: use amend to change a copy.
func (v *Value) Curate() *Curation {
	if v.Curation == nil {
		v.Curation = new(Curation)
	}
	return v.Curation
}

// amend changes a copy of v's curation, so that a Value copied from
// another (Merge copies the old spec's) never changes the original's. A
// curation left empty is dropped.
func (v *Value) amend(change func(*Curation)) {
	c := v.Notes()
	change(&c)
	if c == (Curation{}) {
		v.Curation = nil
		return
	}
	v.Curation = &c
}

// Datum is one column value; it keeps the raw scalar text and its position.
type Datum struct {
	Text string
	At   diag.Pos
}

// Canonical maps a vendor value onto the canonical call-status model. The
// dimension fields hold wire strings of the canonical enums (lower_snake:
// "ended", "no_answer", "b").
type Canonical struct {
	Direction  string `yaml:"direction,omitempty"`
	Phase      string `yaml:"phase,omitempty"`
	Outcome    string `yaml:"outcome,omitempty"`
	Answered   string `yaml:"answered,omitempty"`
	Leg        string `yaml:"leg,omitempty"`
	EndedBy    string `yaml:"ended_by,omitempty"`
	AnsweredBy string `yaml:"answered_by,omitempty"`
	// Confidence is high, medium or low.
	Confidence string `yaml:"confidence,omitempty"`
	// NeedsAnswer marks a value that only says "ended": the outcome depends
	// on whether the call was ever answered.
	NeedsAnswer bool `yaml:"needs_answer,omitempty"`
	// Lossy names the distinction the mapping drops.
	Lossy string `yaml:"lossy,omitempty"`
	// None says the value has no canonical meaning on purpose:
	// "not_a_status" (e.g. a DTMF event) or "unmappable" (undocumented).
	None string `yaml:"none,omitempty"`
	// Note justifies the mapping (or the None).
	Note string `yaml:"note,omitempty"`

	At diag.Pos `yaml:"-"`
}

// Model is a payload object (a webhook body) described by the vendor. It
// becomes a Go struct whose enum fields have the package's enum types.
type Model struct {
	Name        string `yaml:"name"`
	Doc         string `yaml:"doc,omitempty"`
	Description string `yaml:"description,omitempty"`
	Line        int    `yaml:"line,omitempty"`
	Origin      string `yaml:"origin,omitempty"`
	// Status wires the model to one of the spec's resolvers (curated): the
	// generated struct then has a Status method. Nil: no Status method.
	Status *ModelStatus `yaml:"status,omitempty"`
	// Ignore, when set, says why the model is not generated (see
	// Enum.Ignore).
	Ignore string   `yaml:"ignore,omitempty"`
	Fields []*Field `yaml:"fields"`

	At diag.Pos `yaml:"-"`
}

// ModelStatus names the fields of a model that feed a resolver. Fields are
// named by their wire (JSON) names.
type ModelStatus struct {
	// Resolver is the name of one of the spec's resolvers.
	Resolver string `yaml:"resolver"`
	// State is the field holding the resolver's state enum.
	State string `yaml:"state"`
	// Detail is the field holding the resolver's detail enum. Unset, the
	// resolver gets no detail (the zero value).
	Detail string `yaml:"detail,omitempty"`
	// Answered is a field whose being set means the call was answered (a
	// timestamp such as answerTime, a bool, or a string). Unset, the
	// resolver is told the call was not answered.
	Answered string `yaml:"answered,omitempty"`
	// Direction is a field holding an enum whose values map to a canonical
	// direction (Bandwidth direction): the vendor's explicit direction wins
	// over the one the state and detail imply, and the answer rule reads it.
	Direction string `yaml:"direction,omitempty"`
	// Held are bool fields any of which, true, puts a connected call in
	// phase held (Genesys held and confined).
	Held []string `yaml:"held,omitempty"`
	// Q850 is a field carrying the ITU-T Q.850 cause the vendor reported
	// (an integer, or a string of digits): Status keeps it
	// (callstatus.Status.Q850Cause) and lets it explain an end the enum
	// mapping leaves open (Status.WithQ850).
	Q850 string `yaml:"q850,omitempty"`
	// SIP is a field carrying the SIP final response code the vendor
	// reported (an integer, or a string of digits; Telnyx sip_hangup_cause),
	// used as Q850 is (Status.WithSIP).
	SIP string `yaml:"sip,omitempty"`

	At diag.Pos `yaml:"-"`
}

// Field is one field of a Model.
type Field struct {
	// Wire is the JSON key.
	Wire string `yaml:"wire"`
	// SourceName is the name the document shows when it differs from Wire
	// (a Python attribute such as var_from for the wire field from).
	SourceName string `yaml:"source_name,omitempty"`
	// Name overrides the Go field name derived from Wire.
	Name string `yaml:"name,omitempty"`
	// Type is the field's type as the document names it (str, datetime,
	// bool, int, CallStatusInfoCode, list[Segment], ...).
	Type string `yaml:"type,omitempty"`
	// Enum names the spec enum the field holds, when it holds one.
	Enum        string `yaml:"enum,omitempty"`
	Optional    bool   `yaml:"optional,omitempty"`
	Doc         string `yaml:"doc,omitempty"`
	Description string `yaml:"description,omitempty"`
	Line        int    `yaml:"line,omitempty"`
	Origin      string `yaml:"origin,omitempty"`
	Reason      string `yaml:"reason,omitempty"`
	Removed     bool   `yaml:"removed,omitempty"`
	// GoType, curated, overrides the Go type Type gives: one of the type
	// names of the model table (string, datetime, bool, int, float,
	// list[X], raw) or an enum of the spec. Extraction keeps it.
	GoType string `yaml:"go_type,omitempty"`
	// Ignore, when set, says why the field is not generated (see
	// Enum.Ignore).
	Ignore string `yaml:"ignore,omitempty"`

	At diag.Pos `yaml:"-"`
}

// Resolver combines several enums of one vendor into one canonical status,
// for vendors that split meaning across fields (RingCentral code + reason).
type Resolver struct {
	// Name is the Go function name (e.g. ResolveCallStatus).
	Name string `yaml:"name"`
	Doc  string `yaml:"doc,omitempty"`
	// State is the enum that gives the phase.
	State string `yaml:"state"`
	// Detail is the enum whose mapping applies once State says the call ended.
	Detail string `yaml:"detail,omitempty"`
	// Answered tells whether the resolver takes a "was the call answered"
	// input for values marked needs_answer.
	Answered bool `yaml:"answered,omitempty"`

	At diag.Pos `yaml:"-"`
}

// Origin values.
const (
	OriginExtracted = "extracted"
	OriginCurated   = "curated"
)

// Mapping values.
const (
	MappingComplete = "complete"
	MappingPartial  = "partial"
)

// Kind values.
const (
	KindVendor    = "vendor"
	KindCanonical = "canonical"
)

// IsCurated reports whether the value was added by hand.
func (v *Value) IsCurated() bool { return v.Notes().Origin == OriginCurated }

// IsMappingComplete reports whether every value of the spec must map onto
// the canonical model.
func (f *File) IsMappingComplete() bool { return f.Mapping == MappingComplete }

// Active returns f without what curators ignored (enums, values, models and
// fields with ignore: set): what is generated. A field linked to an ignored
// enum loses the link. It is f itself when nothing
// is ignored; otherwise a copy that shares everything else with f.
func (f *File) Active() *File {
	if f == nil || !f.hasIgnored() {
		return f
	}
	out := *f
	out.Enums = nil
	for _, e := range f.Enums {
		if e == nil {
			out.Enums = append(out.Enums, e)
			continue
		}
		if e.Ignore != "" {
			continue
		}
		ce := *e
		ce.Values = nil
		for _, v := range e.Values {
			if v == nil || v.Notes().Ignore == "" {
				ce.Values = append(ce.Values, v)
			}
		}
		out.Enums = append(out.Enums, &ce)
	}
	ignored := map[string]bool{}
	for _, e := range f.Enums {
		if e != nil && e.Ignore != "" {
			ignored[e.Name] = true
		}
	}
	out.Models = nil
	for _, m := range f.Models {
		if m == nil {
			out.Models = append(out.Models, m)
			continue
		}
		if m.Ignore != "" {
			continue
		}
		cm := *m
		cm.Fields = nil
		for _, fl := range m.Fields {
			switch {
			case fl != nil && fl.Ignore != "":
			case fl != nil && ignored[fl.Enum]:
				// a field holding an ignored enum holds what its type
				// (or go_type) says
				cf := *fl
				cf.Enum = ""
				cm.Fields = append(cm.Fields, &cf)
			default:
				cm.Fields = append(cm.Fields, fl)
			}
		}
		out.Models = append(out.Models, &cm)
	}
	return &out
}

func (f *File) hasIgnored() bool {
	for _, e := range f.Enums {
		if e == nil {
			continue
		}
		if e.Ignore != "" {
			return true
		}
		for _, v := range e.Values {
			if v != nil && v.Notes().Ignore != "" {
				return true
			}
		}
	}
	for _, m := range f.Models {
		if m == nil {
			continue
		}
		if m.Ignore != "" {
			return true
		}
		for _, fl := range m.Fields {
			if fl != nil && fl.Ignore != "" {
				return true
			}
		}
	}
	return false
}
