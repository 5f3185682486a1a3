package model

import (
	"fmt"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/naming"
)

// Names the mapping code declares in the canonical package (the types of a
// canonical status) and on every vendor enum (the Canonical method).
const (
	StatusType     = "Status"
	ConfidenceType = "Confidence"
	NoneType       = "None"
	TextType       = "Text"
	// TextField and DetailTextField are the fields of Status that point to
	// the free texts (Lossy, Note) of the value and of the applied detail.
	TextField       = "Text"
	DetailTextField = "DetailText"
	CanonicalMethod = "Canonical"
)

// Confidences are the wires of the Confidence constants, lowest rank
// first ("" is unknown): the rank of each is its index.
var Confidences = []string{"", mapping.Low, mapping.Medium, mapping.High}

// Nones are the wires of the None constants.
var Nones = []string{mapping.NotAStatus, mapping.Unmappable}

// ConfidenceName is the constant of a confidence: ConfidenceHigh, and
// ConfidenceUnknown for "".
func ConfidenceName(wire string) string { return constName(ConfidenceType, wire) }

// NoneName is the constant of a none: NoneNotAStatus, and NoneUnknown for
// "" (the zero value: the value has a meaning, or is not listed).
func NoneName(wire string) string { return constName(NoneType, wire) }

func constName(typ, wire string) string {
	if wire == "" {
		return typ + "Unknown"
	}
	return naming.ValueName(typ, wire, "")
}

// declareCanonical declares the names the mapping code adds to the
// canonical package.
func (ns *namespace) declareCanonical(p *Package, errs *diag.List) {
	what := "type %s of the canonical status"
	for _, t := range []string{StatusType, ConfidenceType, NoneType, TextType} {
		ns.declare(t, fmt.Sprintf(what, t), p.Pos, "rename the enum", errs)
	}
	for _, w := range Confidences {
		ns.declare(ConfidenceName(w), "constant "+ConfidenceName(w), p.Pos, "rename the enum", errs)
	}
	for _, w := range append([]string{""}, Nones...) {
		ns.declare(NoneName(w), "constant "+NoneName(w), p.Pos, "rename the enum", errs)
	}
}
