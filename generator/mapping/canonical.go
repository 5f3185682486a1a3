package mapping

import (
	"strconv"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// Canonical is the canonical model: the enum behind each dimension and the
// representative codes of each outcome.
type Canonical struct {
	// File is the canonical spec.
	File  *spec.File
	enums map[Dim]*spec.Enum
	codes map[string]Codes
	// Q850 and SIP are the code tables: what each Q.850 cause and SIP final
	// response means.
	Q850, SIP *CodeTable
}

// Codes are an outcome's representative Q.850 cause and SIP response (0
// means the outcome has none) and the Answered value it implies ("" for
// none).
type Codes struct {
	Q850     int
	SIP      int
	Answered string
}

// The Outcome columns holding the codes.
const (
	ColumnQ850 = "q850"
	ColumnSIP  = "sip"
	// ColumnAnswered holds the Answered wire value an outcome implies.
	ColumnAnswered = "answered"
)

// Enum returns the canonical enum behind dimension d.
func (c *Canonical) Enum(d Dim) *spec.Enum { return c.enums[d] }

// Wires lists the values of dimension d in spec order, "" (Unknown) included.
func (c *Canonical) Wires(d Dim) []string {
	var wires []string
	for _, v := range c.enums[d].Values {
		wires = append(wires, v.Wire)
	}
	return wires
}

// Known reports whether wire is a value of dimension d.
func (c *Canonical) Known(d Dim, wire string) bool {
	e := c.enums[d]
	return e != nil && findValue(e, wire) != nil
}

// Codes returns the representative codes of an outcome.
func (c *Canonical) Codes(outcome string) Codes { return c.codes[outcome] }

func findValue(e *spec.Enum, wire string) *spec.Value {
	for _, v := range e.Values {
		if v.Wire == wire {
			return v
		}
	}
	return nil
}

// requiredWires are the canonical values the rules of this package use.
var requiredWires = map[Dim][]string{
	DimPhase:    {PhaseEnded},
	DimOutcome:  {OutcomeCompleted, OutcomeCanceled, OutcomeRejected},
	DimEndedBy:  {EndedByCaller, EndedByCallee, EndedBySelf},
	DimAnswered: {AnsweredYes, AnsweredNo},
}

// buildCanonical checks the canonical spec and indexes it.
func buildCanonical(f *spec.File, errs *diag.List) *Canonical {
	c := &Canonical{File: f, enums: map[Dim]*spec.Enum{}, codes: map[string]Codes{}}
	byName := map[string]Dim{}
	for _, d := range Dims() {
		byName[d.Enum()] = d
	}
	for _, e := range f.Enums {
		d, ok := byName[e.Name]
		if !ok {
			errs.Errorf(e.At, "canonical enum %s is not a dimension of the model (dimensions: %s)", e.Name, dimEnumList())
			continue
		}
		c.enums[d] = e
		checkCanonicalEnum(e, d, errs)
	}
	for _, d := range Dims() {
		if c.enums[d] == nil {
			errs.Errorf(f.At, "canonical spec has no enum %s", d.Enum())
		}
	}
	for _, r := range f.Resolvers {
		errs.Errorf(r.At, "resolver %s: the canonical spec has no resolvers; declare them in a vendor spec", r.Name)
	}
	if e := c.enums[DimOutcome]; e != nil {
		c.readCodes(e, errs)
		c.readAnswered(e, errs)
	}
	c.buildCodes(f, errs)
	return c
}

func dimEnumList() string {
	var names []string
	for _, d := range Dims() {
		names = append(names, d.Enum())
	}
	return join(names)
}

func checkCanonicalEnum(e *spec.Enum, d Dim, errs *diag.List) {
	if findValue(e, "") == nil {
		errs.Errorf(e.At, "canonical enum %s has no Unknown value; add {wire: \"\", name: Unknown} as its zero value", e.Name)
	}
	for _, v := range e.Values {
		if v.Wire == Unknown {
			errs.Errorf(v.Pos(), "canonical enum %s: the wire %q is reserved for printing the empty Unknown value", e.Name, Unknown)
		}
		if v.Canonical != nil {
			errs.Errorf(v.Canonical.At, "canonical enum %s value %s: canonical values do not map onto themselves; remove canonical:", e.Name, showWire(v.Wire))
		}
	}
	for _, w := range requiredWires[d] {
		if findValue(e, w) == nil {
			errs.Errorf(e.At, "canonical enum %s has no value %q, which the rules of the mapping use", e.Name, w)
		}
	}
}

// readCodes reads the q850 and sip columns of Outcome.
func (c *Canonical) readCodes(e *spec.Enum, errs *diag.List) {
	for _, name := range []string{ColumnQ850, ColumnSIP} {
		col := findColumn(e, name)
		switch {
		case col == nil:
			errs.Errorf(e.At, "canonical enum Outcome has no column %s; declare columns: [{name: %s, type: int}]", name, name)
		case col.Type != "int":
			errs.Errorf(col.At, "canonical enum Outcome column %s has type %q; it must be int", name, col.Type)
		}
	}
	for _, v := range e.Values {
		c.codes[v.Wire] = Codes{
			Q850: readIntDatum(e, v, ColumnQ850, errs),
			SIP:  readIntDatum(e, v, ColumnSIP, errs),
		}
	}
}

// readAnswered reads the answered column of Outcome: the Answered value
// each outcome implies, a wire of the Answered enum or null.
func (c *Canonical) readAnswered(e *spec.Enum, errs *diag.List) {
	col := findColumn(e, ColumnAnswered)
	if col == nil || col.Type != "string" {
		errs.Errorf(e.At, "canonical enum Outcome needs a column %s of type string: the Answered value each outcome implies", ColumnAnswered)
		return
	}
	for _, v := range e.Values {
		d, ok := v.Data[ColumnAnswered]
		if !ok || d == nil || d.Text == "" {
			continue
		}
		if c.enums[DimAnswered] != nil && !c.Known(DimAnswered, d.Text) {
			errs.Errorf(d.At, "Outcome value %s: answered %q is not a value of Answered (known: %s)", showWire(v.Wire), d.Text, join(nonEmpty(c.Wires(DimAnswered))))
			continue
		}
		codes := c.codes[v.Wire]
		codes.Answered = d.Text
		c.codes[v.Wire] = codes
	}
}

func findColumn(e *spec.Enum, name string) *spec.Column {
	for _, c := range e.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// readIntDatum reads one int column of v; a null datum is an explicit none
// (0), a missing one an error.
func readIntDatum(e *spec.Enum, v *spec.Value, col string, errs *diag.List) int {
	d, ok := v.Data[col]
	if !ok {
		errs.Errorf(v.Pos(), "%s value %s has no %s; write %s: null for an explicit none", e.Name, showWire(v.Wire), col, col)
		return 0
	}
	if d == nil || d.Text == "" {
		return 0
	}
	n, err := strconv.Atoi(d.Text)
	if err != nil || n <= 0 {
		errs.Errorf(d.At, "%s value %s: %s %q is not a positive whole number (write null for none)", e.Name, showWire(v.Wire), col, d.Text)
		return 0
	}
	return n
}
