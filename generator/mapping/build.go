package mapping

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// Build checks the canonical blocks of every vendor spec against the
// canonical spec (the one file with kind: canonical) and returns the tables.
// All problems are reported at once, sorted, each at its file:line:col; the
// tables are nil when there is an error. Empty list items (a bare "-") are
// reported and dropped from the files. What makes a spec generate Go (names,
// resolvers naming enums of their spec) is package model's to check: the
// pipeline builds the model first.
func Build(files []*spec.File) (*Tables, diag.List) {
	var errs diag.List
	canon, vendors := splitFiles(files, &errs)
	if canon == nil {
		errs.Sort()
		return nil, errs
	}
	t := &Tables{Canonical: buildCanonical(canon, &errs)}
	seen := map[string]*spec.File{}
	for _, f := range vendors {
		if prev := seen[f.Vendor]; prev != nil {
			errs.Errorf(f.At, "vendor %s is also declared in %s", f.Vendor, prev.Path)
			continue
		}
		seen[f.Vendor] = f
		t.Vendors = append(t.Vendors, buildVendor(f, t.Canonical, &errs))
	}
	sort.SliceStable(t.Vendors, func(i, j int) bool { return t.Vendors[i].Name < t.Vendors[j].Name })
	errs.Sort()
	if errs.HasErrors() {
		return nil, errs
	}
	return t, errs
}

// splitFiles finds the one canonical spec and the vendor specs.
func splitFiles(files []*spec.File, errs *diag.List) (*spec.File, []*spec.File) {
	var canon *spec.File
	var vendors []*spec.File
	for _, f := range files {
		if f == nil {
			continue
		}
		prune(f, errs)
		switch f.Kind {
		case spec.KindCanonical:
			if canon != nil {
				errs.Errorf(f.At, "a second canonical spec; %s is already the canonical one", canon.Path)
				continue
			}
			canon = f
		case "", spec.KindVendor:
			vendors = append(vendors, f)
		default:
			errs.Errorf(f.At, "unknown kind %q (known: %s, %s)", f.Kind, spec.KindVendor, spec.KindCanonical)
		}
	}
	if canon == nil {
		errs.Errorf(diag.Pos{}, "no canonical spec among the specs; one spec needs kind: canonical")
	}
	return canon, vendors
}

// buildVendor checks and records every value of one vendor spec.
// Values curators ignored are not generated and not mapped. Unless the
// spec declares its mapping complete, a value without a canonical block
// maps to Unknown in every dimension, and one warning per enum lists them.
func buildVendor(f *spec.File, c *Canonical, errs *diag.List) *Vendor {
	f = f.Active()
	v := &Vendor{Name: f.Vendor, File: f, Resolvers: f.Resolvers}
	for _, e := range f.Enums {
		me := &Enum{Spec: e}
		var unmapped []string
		for _, val := range e.Values {
			var rec Record
			if val.Canonical == nil && !f.IsMappingComplete() {
				rec = Record{Vendor: f.Vendor, Raw: []string{val.Wire}}
				unmapped = append(unmapped, showWire(val.Wire))
			} else {
				rec = c.record(f.Vendor, e, val, errs)
			}
			me.Values = append(me.Values, &Value{Spec: val, Record: rec})
		}
		if len(unmapped) > 0 {
			errs.Warnf(e.At, "%s: %d of %d values have no canonical mapping and resolve to Unknown: %s (add canonical: blocks, or mapping: %s to require them)",
				e.Name, len(unmapped), len(e.Values), join(unmapped), spec.MappingComplete)
		}
		v.Enums = append(v.Enums, me)
	}
	return v
}

// record checks one value's canonical block and turns it into a Record.
func (c *Canonical) record(vendor string, e *spec.Enum, v *spec.Value, errs *diag.List) Record {
	subject := fmt.Sprintf("%s value %s", e.Name, showWire(v.Wire))
	m := v.Canonical
	if m == nil {
		errs.Errorf(v.Pos(), "%s has no canonical mapping and the spec says mapping: %s; add canonical: or canonical: {none: ...}", subject, spec.MappingComplete)
		return Record{Vendor: vendor, Raw: []string{v.Wire}}
	}
	rec := Record{
		Vendor: vendor, Raw: []string{v.Wire},
		Direction: m.Direction, Phase: m.Phase, Outcome: m.Outcome, Answered: m.Answered, Leg: m.Leg,
		EndedBy: m.EndedBy, AnsweredBy: m.AnsweredBy,
		Confidence: m.Confidence, NeedsAnswer: m.NeedsAnswer,
		Lossy: m.Lossy, None: m.None, Note: m.Note,
	}
	c.checkDims(rec, m.At, subject, errs)
	checkConfidence(rec, m.At, subject, errs)
	if rec.None != "" {
		checkNone(rec, m.At, subject, errs)
	} else {
		checkMeaning(rec, m.At, subject, errs)
	}
	codes := c.Codes(rec.Outcome)
	rec.Q850, rec.SIP = codes.Q850, codes.SIP
	c.checkAnswered(&rec, m.At, subject, errs)
	return rec
}

// checkAnswered fills in the Answered value the outcome implies (the
// Outcome column answered) and reports a spec that says the opposite.
func (c *Canonical) checkAnswered(rec *Record, at diag.Pos, subject string, errs *diag.List) {
	implied := c.Codes(rec.Outcome).Answered
	switch {
	case implied == "":
	case rec.Answered == "":
		rec.Answered = implied
	case rec.Answered != implied:
		errs.Errorf(at, "%s: answered %s contradicts outcome %s, which implies answered %s", subject, rec.Answered, rec.Outcome, implied)
	}
}

func (c *Canonical) checkDims(rec Record, at diag.Pos, subject string, errs *diag.List) {
	for _, d := range Dims() {
		w := rec.Get(d)
		if w == "" || c.enums[d] == nil || c.Known(d, w) {
			continue
		}
		hint := ""
		if w == Unknown {
			hint = "; leave the key out for Unknown"
		}
		errs.Errorf(at, "%s: unknown %s %q (known: %s%s)", subject, d, w, join(nonEmpty(c.Wires(d))), hint)
	}
}

func checkConfidence(rec Record, at diag.Pos, subject string, errs *diag.List) {
	switch {
	case rec.Confidence == "" && rec.None == "":
		errs.Errorf(at, "%s: confidence is required (%s, %s or %s)", subject, High, Medium, Low)
	case rec.Confidence != "" && confidenceRank(rec.Confidence) == 0:
		errs.Errorf(at, "%s: unknown confidence %q (known: %s, %s, %s)", subject, rec.Confidence, High, Medium, Low)
	}
}

// checkNone checks a value that has no canonical meaning on purpose.
func checkNone(rec Record, at diag.Pos, subject string, errs *diag.List) {
	if rec.None != NotAStatus && rec.None != Unmappable {
		errs.Errorf(at, "%s: unknown none %q (known: %s, %s)", subject, rec.None, NotAStatus, Unmappable)
	}
	var set []string
	for _, d := range Dims() {
		if rec.Get(d) != "" {
			set = append(set, string(d))
		}
	}
	if rec.NeedsAnswer {
		set = append(set, "needs_answer")
	}
	if len(set) > 0 {
		errs.Errorf(at, "%s: none: %s cannot go with %s; a value either maps or says why it does not", subject, rec.None, strings.Join(set, ", "))
	}
}

// checkMeaning checks the invariants of a mapped value.
func checkMeaning(rec Record, at diag.Pos, subject string, errs *diag.List) {
	switch {
	case rec.IsEmpty():
		errs.Errorf(at, "%s maps to nothing; set a dimension or needs_answer, or write none: %s or none: %s", subject, NotAStatus, Unmappable)
	case rec.Outcome != "" && rec.Phase != PhaseEnded:
		errs.Errorf(at, "%s: outcome %s needs phase: %s (an outcome only exists once the call ended), found phase %s", subject, rec.Outcome, PhaseEnded, Show(rec.Phase))
	case rec.NeedsAnswer && rec.Outcome != "":
		errs.Errorf(at, "%s: needs_answer cannot go with outcome %s; the answer rule decides the outcome", subject, rec.Outcome)
	case rec.NeedsAnswer && rec.Phase != PhaseEnded:
		errs.Errorf(at, "%s: needs_answer needs phase: %s, found phase %s", subject, PhaseEnded, Show(rec.Phase))
	}
}

// showWire prints a wire value in messages; the empty wire is quoted.
func showWire(w string) string {
	if w == "" || strings.ContainsAny(w, " \t") {
		return strconv.Quote(w)
	}
	return w
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func join(ss []string) string { return strings.Join(ss, ", ") }
