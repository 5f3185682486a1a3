package report

import (
	"strconv"
	"strings"

	"github.com/docenum/docenum/generator/mapping"
)

// mappingPage is what mapping.md.tmpl prints.
type mappingPage struct {
	CanonicalSpec       string
	MarkMedium, MarkLow string
	Vendors             []vendorColumn
	Outcomes            []matrixRow
	NeedsAnswer         []string
	Phases, Legs        []matrixRow
	Resolvers           []resolverRow
	Nones               []noneRow
	Lossy               []lossyRow
}

type vendorColumn struct{ Name, Title string }

// matrixRow is one canonical value with, per vendor, the values that
// express it.
type matrixRow struct {
	Wire      string
	Q850, SIP string
	Cells     []string
}

type resolverRow struct {
	Vendor, Name, State, Detail string
	Answered                    bool
}

type noneRow struct{ Vendor, Enum, Value, Why, Note string }

type lossyRow struct{ Vendor, Enum, Value, MapsTo, Lost string }

func mappingView(t *mapping.Tables) mappingPage {
	p := mappingPage{
		CanonicalSpec: specPath(t.Canonical.File),
		MarkMedium:    markMedium, MarkLow: markLow,
	}
	for _, v := range t.Vendors {
		p.Vendors = append(p.Vendors, vendorColumn{Name: v.Name, Title: text(v.Title())})
		p.Resolvers = append(p.Resolvers, resolverRows(v)...)
	}
	p.Outcomes = outcomeRows(t)
	p.NeedsAnswer = cells(t, t.Filter(func(r mapping.Record) bool { return r.NeedsAnswer }))
	p.Phases = dimRows(t, mapping.DimPhase, func(r mapping.Record) bool { return r.Outcome == "" && !r.NeedsAnswer })
	p.Legs = dimRows(t, mapping.DimLeg, func(mapping.Record) bool { return true })
	p.Nones = noneRows(t)
	p.Lossy = lossyRows(t)
	return p
}

func outcomeRows(t *mapping.Tables) []matrixRow {
	var rows []matrixRow
	for _, w := range t.Canonical.Wires(mapping.DimOutcome) {
		if w == "" {
			continue
		}
		codes := t.Canonical.Codes(w)
		rows = append(rows, matrixRow{
			Wire: w, Q850: showCode(codes.Q850), SIP: showCode(codes.SIP),
			Cells: cells(t, t.Reverse(mapping.DimOutcome, w)),
		})
	}
	return rows
}

// dimRows is one row per known value of d, listing the values that set it
// and pass keep.
func dimRows(t *mapping.Tables, d mapping.Dim, keep func(mapping.Record) bool) []matrixRow {
	var rows []matrixRow
	for _, w := range t.Canonical.Wires(d) {
		if w == "" {
			continue
		}
		var entries []mapping.Entry
		for _, e := range t.Reverse(d, w) {
			if keep(e.Value.Record) {
				entries = append(entries, e)
			}
		}
		rows = append(rows, matrixRow{Wire: w, Cells: cells(t, entries)})
	}
	return rows
}

// cells groups entries by vendor, one cell per vendor column.
func cells(t *mapping.Tables, entries []mapping.Entry) []string {
	out := make([]string, len(t.Vendors))
	for i, v := range t.Vendors {
		var vals []string
		for _, e := range entries {
			if e.Vendor == v {
				vals = append(vals, valueRef(e)+mark(e.Value.Record.Confidence))
			}
		}
		out[i] = strings.Join(vals, "<br>")
	}
	return out
}

// valueRef writes a vendor value as inline code, as Enum=value when the wire
// is in several enums of its vendor (the form docenum explain accepts).
func valueRef(e mapping.Entry) string {
	w := e.Value.Spec.Wire
	if len(e.Vendor.Holding(w)) > 1 {
		return code(e.Enum.Spec.Name + "=" + w)
	}
	return code(w)
}

func resolverRows(v *mapping.Vendor) []resolverRow {
	var rows []resolverRow
	for _, r := range v.Resolvers {
		rows = append(rows, resolverRow{Vendor: text(v.Title()), Name: r.Name, State: r.State, Detail: r.Detail, Answered: r.Answered})
	}
	return rows
}

func noneRows(t *mapping.Tables) []noneRow {
	var rows []noneRow
	for _, e := range t.Filter(func(r mapping.Record) bool { return r.None != "" }) {
		rec := e.Value.Record
		rows = append(rows, noneRow{
			Vendor: text(e.Vendor.Title()), Enum: e.Enum.Spec.Name, Value: code(e.Value.Spec.Wire),
			Why: strings.ReplaceAll(rec.None, "_", " "), Note: text(rec.Note),
		})
	}
	return rows
}

func lossyRows(t *mapping.Tables) []lossyRow {
	var rows []lossyRow
	for _, e := range t.Filter(func(r mapping.Record) bool { return r.Lossy != "" }) {
		rec := e.Value.Record
		rows = append(rows, lossyRow{
			Vendor: text(e.Vendor.Title()), Enum: e.Enum.Spec.Name, Value: code(e.Value.Spec.Wire),
			MapsTo: text(summary(rec)), Lost: text(rec.Lossy),
		})
	}
	return rows
}

// showCode prints a representative code, "—" for none.
func showCode(n int) string {
	if n == 0 {
		return "—"
	}
	return strconv.Itoa(n)
}
