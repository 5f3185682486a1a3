package mapping

import (
	"github.com/docenum/docenum/generator/spec"
)

// Tables are the checked mappings of every vendor onto the canonical model.
type Tables struct {
	// Canonical is the canonical model.
	Canonical *Canonical
	// Vendors are the vendor specs, sorted by vendor name.
	Vendors []*Vendor
}

// Vendor is one vendor spec with the record of each of its values.
type Vendor struct {
	// Name is the vendor's package name.
	Name string
	// File is the vendor's spec.
	File *spec.File
	// Enums are the vendor's enums in spec order.
	Enums []*Enum
	// Resolvers are the vendor's resolvers in spec order.
	Resolvers []*spec.Resolver
}

// Enum is one vendor enum.
type Enum struct {
	Spec   *spec.Enum
	Values []*Value
}

// Value is one vendor value and its canonical record (Raw is the wire).
type Value struct {
	Spec   *spec.Value
	Record Record
}

// Vendor returns the vendor named name, or nil.
func (t *Tables) Vendor(name string) *Vendor {
	for _, v := range t.Vendors {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// VendorNames lists the vendor names in order.
func (t *Tables) VendorNames() []string {
	names := make([]string, len(t.Vendors))
	for i, v := range t.Vendors {
		names[i] = v.Name
	}
	return names
}

// Title is the vendor's display name: the spec's title, or its name.
func (v *Vendor) Title() string {
	if v.File.Title != "" {
		return v.File.Title
	}
	return v.Name
}

// Enum returns the vendor's enum named name, or nil.
func (v *Vendor) Enum(name string) *Enum {
	for _, e := range v.Enums {
		if e.Spec.Name == name {
			return e
		}
	}
	return nil
}

// EnumNames lists the vendor's enum names in spec order.
func (v *Vendor) EnumNames() []string {
	names := make([]string, len(v.Enums))
	for i, e := range v.Enums {
		names[i] = e.Spec.Name
	}
	return names
}

// Holding returns the vendor's enums that have a value with this wire.
func (v *Vendor) Holding(wire string) []*Enum {
	var out []*Enum
	for _, e := range v.Enums {
		if e.Value(wire) != nil {
			out = append(out, e)
		}
	}
	return out
}

// Value returns the enum's value with this wire, or nil.
func (e *Enum) Value(wire string) *Value {
	for _, v := range e.Values {
		if v.Spec.Wire == wire {
			return v
		}
	}
	return nil
}

// Wires lists the enum's wire values in spec order.
func (e *Enum) Wires() []string {
	wires := make([]string, len(e.Values))
	for i, v := range e.Values {
		wires[i] = v.Spec.Wire
	}
	return wires
}
