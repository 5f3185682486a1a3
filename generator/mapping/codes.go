package mapping

import (
	"fmt"
	"slices"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// The code spaces the canonical spec's code tables must cover.
const (
	Q850Min, Q850Max = 1, 127   // ITU-T Q.850 cause values
	SIPMin, SIPMax   = 200, 699 // SIP final responses (RFC 3261 section 21)
)

// CodeTable is one checked code table: every code of its space resolves to
// an entry, a code listed alone before a range that holds it.
type CodeTable struct {
	// Singles are the codes listed one by one, in spec order.
	Singles []*spec.Code
	// Ranges are the ranges, in spec order.
	Ranges []*spec.Code
	// Min and Max bound the code space.
	Min, Max int
}

// Lookup returns the entry of code, nil outside the space.
func (t *CodeTable) Lookup(code int) *spec.Code {
	if code < t.Min || code > t.Max {
		return nil
	}
	for _, c := range t.Singles {
		if c.Code == code {
			return c
		}
	}
	for _, c := range t.Ranges {
		if code >= c.Code && code <= c.To {
			return c
		}
	}
	return nil
}

// Record is the canonical record a code stands for: phase ended, the
// entry's outcome or needs_answer, its confidence and note.
func (t *CodeTable) Record(c *Canonical, code *spec.Code) Record {
	rec := Record{Phase: PhaseEnded, Outcome: code.Outcome, NeedsAnswer: code.NeedsAnswer, Confidence: code.Confidence, Note: code.Note}
	codes := c.Codes(rec.Outcome)
	rec.Q850, rec.SIP, rec.Answered = codes.Q850, codes.SIP, codes.Answered
	return rec
}

// buildCodes checks the canonical spec's code tables: known outcomes and
// confidences, codes inside their space, no code listed twice, and every
// code of the space covered. A canonical spec without codes: (a test's
// small model) has no tables, and no FromQ850 and FromSIP are generated.
func (c *Canonical) buildCodes(f *spec.File, errs *diag.List) {
	if f.Codes == nil {
		return
	}
	c.Q850 = c.codeTable("q850", f.Codes.Q850, Q850Min, Q850Max, f.Codes.At, errs)
	c.SIP = c.codeTable("sip", f.Codes.SIP, SIPMin, SIPMax, f.Codes.At, errs)
}

func (c *Canonical) codeTable(name string, entries []*spec.Code, lo, hi int, at diag.Pos, errs *diag.List) *CodeTable {
	t := &CodeTable{Min: lo, Max: hi}
	seen := map[int]bool{}
	for _, e := range entries {
		if e == nil {
			continue
		}
		c.checkCode(name, e, lo, hi, errs)
		if e.To == 0 {
			if seen[e.Code] {
				errs.Errorf(e.At, "codes %s: %d is listed twice", name, e.Code)
			}
			seen[e.Code] = true
			t.Singles = append(t.Singles, e)
		} else {
			t.Ranges = append(t.Ranges, e)
		}
	}
	var missing []int
	for code := lo; code <= hi; code++ {
		if t.Lookup(code) == nil {
			missing = append(missing, code)
		}
	}
	if len(missing) > 0 {
		errs.Errorf(at, "codes %s: %d codes are not covered (first %d); every code %d-%d needs an entry or a range", name, len(missing), missing[0], lo, hi)
	}
	slices.SortStableFunc(t.Singles, func(a, b *spec.Code) int { return a.Code - b.Code })
	return t
}

func (c *Canonical) checkCode(name string, e *spec.Code, lo, hi int, errs *diag.List) {
	subject := fmt.Sprintf("codes %s %d", name, e.Code)
	switch {
	case e.Code < lo || e.Code > hi:
		errs.Errorf(e.At, "%s: outside %d-%d", subject, lo, hi)
	case e.To != 0 && (e.To < e.Code || e.To > hi):
		errs.Errorf(e.At, "%s: range end %d is not between %d and %d", subject, e.To, e.Code, hi)
	}
	if e.Outcome != "" && !c.Known(DimOutcome, e.Outcome) {
		errs.Errorf(e.At, "%s: unknown outcome %q (known: %s)", subject, e.Outcome, join(nonEmpty(c.Wires(DimOutcome))))
	}
	if e.Outcome != "" && e.NeedsAnswer {
		errs.Errorf(e.At, "%s: needs_answer cannot go with outcome %s", subject, e.Outcome)
	}
	if confidenceRank(e.Confidence) == 0 {
		errs.Errorf(e.At, "%s: confidence %q is not %s, %s or %s", subject, e.Confidence, High, Medium, Low)
	}
}
