// Package model is the typed model between the spec and the emitters.
//
// Build takes loaded spec files, validates everything a generated package
// depends on, reports every problem at once as file:line:col diagnostics,
// and decides every Go name once: package names, type names, constant names,
// column method names and the names of the generated helpers. Emitters read
// only this model; they never derive a name or look at YAML.
//
// The canonical mapping of each value (spec.Canonical) is carried through
// untouched: package mapping validates it. The names the mapping code
// declares are decided here too (Helpers, mapping_names.go), and so are the
// resolvers (Package.Resolvers) and the payload models (Package.Payloads),
// whose status wiring is checked against the resolvers it names.
package model

import (
	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// Set is every package one run generates, sorted by package name.
type Set struct {
	Packages []*Package
}

// Package returns the package named name, or nil.
func (s *Set) Package(name string) *Package {
	for _, p := range s.Packages {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// Canonical returns the canonical call-status package, or nil.
func (s *Set) Canonical() *Package {
	for _, p := range s.Packages {
		if p.IsCanonical() {
			return p
		}
	}
	return nil
}

// Package is one generated Go package: one spec file.
type Package struct {
	// Name is the Go package name (the spec's vendor).
	Name string
	// Kind is spec.KindVendor or spec.KindCanonical.
	Kind string
	// Title is the vendor's display name; Name when the spec has none.
	Title string
	// SpecPath is the spec file as given to spec.Load (specs/kaleyra.yaml).
	SpecPath string
	// SourcePath is the vendor document, relative to the same root as
	// SpecPath (specs/sources/kaleyra.txt); "" when the spec names none.
	SourcePath string
	// Doc is curated package documentation; may be empty.
	Doc string
	// Enums are in spec order.
	Enums []*Enum
	// Payloads are the spec's models as Go structs, in spec order (see
	// payload.go).
	Payloads []*Payload
	// Resolvers are in spec order (see resolver.go).
	Resolvers []*Resolver
	// ImportPath is set for a package that is imported, not generated: the
	// canonical package docenum ships, used when the specs have no
	// canonical spec of their own (spec.File.ImportPath).
	ImportPath string

	Pos diag.Pos
}

// Enum returns the enum whose Go type is named name, or nil.
func (p *Package) Enum(name string) *Enum {
	for _, e := range p.Enums {
		if e.Name == name {
			return e
		}
	}
	return nil
}

// IsImported reports whether p is imported from ImportPath, not generated.
func (p *Package) IsImported() bool { return p.ImportPath != "" }

// IsCanonical reports whether p is the canonical call-status package.
func (p *Package) IsCanonical() bool { return p.Kind == spec.KindCanonical }

// Enum is one enum type: string-based in a vendor package, a uint8 closed
// set in the canonical package (see package emit).
type Enum struct {
	// Name is the Go type name.
	Name string
	// Prefix starts every constant name (already resolved: the enum name
	// when the spec leaves it unset).
	Prefix string
	// Doc is the curated doc, else the vendor's description; may be empty.
	Doc string
	// SourceLine is the enum's line in the vendor document; 0 if unknown.
	SourceLine int
	// Curated marks an enum added by hand; Reason and Ref explain it.
	Curated     bool
	Reason, Ref string

	// Columns are the typed per-value data, in spec order.
	Columns []*Column
	// Values are in spec order; Value.Index is the position here.
	Values []*Value

	// Helpers are the names of the package-level functions and variables
	// generated for this enum.
	Helpers Helpers

	Spec *spec.Enum
	Pos  diag.Pos
}

// Value returns the value with wire string wire, or nil.
func (e *Enum) Value(wire string) *Value {
	for _, v := range e.Values {
		if v.Wire == wire {
			return v
		}
	}
	return nil
}

// Helpers names what is generated for an enum besides its type, constants
// and methods. The names are decided here so that the emitter and the
// collision check agree.
type Helpers struct {
	Parse     string // ParseCallStatus: strict parse
	Values    string // CallStatusValues: known values in spec order
	ValuesVar string // valuesCallStatus: the array Values copies
	// Lookup is the function from a wire string or byte slice to the
	// value's index in ValuesVar; LookupData is the variable its tables may
	// live in.
	Lookup     string // lookupCallStatus
	LookupData string // lookupCallStatusSlots
	// The mapping code's: the table behind the Canonical method, and the
	// function from a canonical outcome to values with the array it slices.
	CanonicalVar string // canonicalCallStatus
	For          string // CallStatusFor
	ForVar       string // forCallStatus
}

// all lists the helper names with whether each is a function.
func (h Helpers) all() []struct {
	name string
	fn   bool
} {
	return []struct {
		name string
		fn   bool
	}{
		{h.Parse, true}, {h.Values, true}, {h.Lookup, true}, {h.For, true},
		{h.ValuesVar, false}, {h.LookupData, false}, {h.CanonicalVar, false}, {h.ForVar, false},
	}
}

// Value is one wire string of an enum and its Go constant.
type Value struct {
	// Wire is the exact string on the wire.
	Wire string
	// Name is the Go constant name.
	Name string
	// Index is the value's position in Enum.Values.
	Index int
	// Doc is the curated doc, else the vendor's description; may be empty.
	Doc string
	// Deprecated says why the value should no longer be used; "" if it
	// may.
	Deprecated string
	// Removed marks a value the vendor's document no longer lists.
	Removed bool
	// Curated marks a value added by hand; Reason and Ref explain it.
	Curated     bool
	Reason, Ref string
	// SourceLine is the value's line in the vendor document; 0 if unknown.
	SourceLine int
	// Data holds one datum per Enum.Columns entry, in the same order.
	Data []Datum
	// Canonical is the value's canonical mapping as written in the spec,
	// not validated here (see package mapping); nil when the spec has none.
	Canonical *spec.Canonical

	Spec *spec.Value
	Pos  diag.Pos
}

// ColumnType is the Go type of a column.
type ColumnType int

// Column types.
const (
	ColumnInt ColumnType = iota + 1
	ColumnString
)

// GoType returns the Go type name: int or string.
func (t ColumnType) GoType() string {
	if t == ColumnInt {
		return "int"
	}
	return "string"
}

// Column is typed data every value of an enum carries, emitted as a method.
type Column struct {
	// Name is the key in the spec's value data (q850).
	Name string
	// Method is the Go method name (Q850).
	Method string
	Type   ColumnType
	Doc    string
	Pos    diag.Pos
}

// Datum is one value's entry for one column. Valid is false for an explicit
// none (null in the spec).
type Datum struct {
	Valid  bool
	Int    int
	String string
}
