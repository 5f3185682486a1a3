package edge

import (
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests are written by hand; the mapping golden test of
// generator/emit runs them against the generated files beside them.

func tables(t *testing.T) *mapping.Tables {
	t.Helper()
	var files []*spec.File
	for _, p := range []string{"../../../../specs/callstatus.yaml", "../spec.yaml"} {
		f, errs := spec.LoadFile(p)
		require.False(t, errs.HasErrors(), "%v", errs)
		files = append(files, f)
	}
	tb, errs := mapping.Build(files)
	require.False(t, errs.HasErrors(), "%v", errs)
	return tb
}

type meaning struct {
	Phase, Outcome, Leg, Direction, EndedBy, AnsweredBy, Confidence, None string
	NeedsAnswer                                                           bool
}

func ofRecord(r mapping.Record) meaning {
	return meaning{r.Phase, r.Outcome, r.Leg, r.Direction, r.EndedBy, r.AnsweredBy, r.Confidence, r.None, r.NeedsAnswer}
}

func ofStatus(s callstatus.Status) meaning {
	return meaning{s.Phase.String(), s.Outcome.String(), s.Leg.String(), s.Direction.String(), s.EndedBy.String(),
		s.AnsweredBy.String(), s.Confidence.String(), s.None.String(), s.NeedsAnswer}
}

func TestCanonical(t *testing.T) {
	v := tables(t).Vendor("edge")
	check := func(e string, canonical func(string) callstatus.Status) {
		for _, val := range v.Enum(e).Values {
			got := canonical(val.Spec.Wire)
			assert.Equal(t, ofRecord(val.Record), ofStatus(got), val.Spec.Wire)
			assert.Equal(t, val.Record.Note, got.Note())
			assert.Equal(t, val.Record.Lossy, got.Lossy())
			assert.Equal(t, "edge", got.Vendor)
			assert.Equal(t, val.Spec.Wire, got.Raw)
		}
		assert.Equal(t, callstatus.Status{Vendor: "edge", Raw: "new"}, canonical("new"))
	}
	check("State", func(w string) callstatus.Status { return State(w).Canonical() })
	check("Reason", func(w string) callstatus.Status { return Reason(w).Canonical() })
	check("Kind", func(w string) callstatus.Status { return Kind(w).Canonical() })
}

// The three resolver shapes against the mapping: Resolve is Tables.Resolve,
// Combine is Tables.Combine (left unsettled), ResolveState settles the
// state alone.
func TestResolvers(t *testing.T) {
	tb := tables(t)
	v := tb.Vendor("edge")
	record := func(e, w string) mapping.Record {
		if w == "" {
			return mapping.Record{Vendor: "edge"}
		}
		if val := v.Enum(e).Value(w); val != nil {
			return val.Record
		}
		return mapping.Record{Vendor: "edge", Raw: []string{w}}
	}
	states := append(v.Enum("State").Wires(), "", "new")
	reasons := append(v.Enum("Reason").Wires(), "", "new")
	for _, s := range states {
		for _, r := range reasons {
			combined := tb.Combine(record("State", s), record("Reason", r))
			assert.Equal(t, ofRecord(combined), ofStatus(Combine(State(s), Reason(r))), "Combine(%q, %q)", s, r)
			for _, answered := range []bool{false, true} {
				want := tb.Settle(combined, answered)
				assert.Equal(t, ofRecord(want), ofStatus(Resolve(State(s), Reason(r), answered)), "Resolve(%q, %q, %t)", s, r, answered)
			}
		}
		for _, answered := range []bool{false, true} {
			want := tb.Settle(record("State", s), answered)
			assert.Equal(t, ofRecord(want), ofStatus(ResolveState(State(s), answered)), "ResolveState(%q, %t)", s, answered)
		}
	}
}

func TestReverse(t *testing.T) {
	assert.Equal(t, []Reason{ReasonBusy, ReasonBusyB, ReasonBusyA}, ReasonFor(callstatus.OutcomeBusy, callstatus.LegUnknown))
	assert.Equal(t, []Reason{ReasonBusyB, ReasonBusy}, ReasonFor(callstatus.OutcomeBusy, callstatus.LegB))
	assert.Equal(t, []Reason{ReasonBusyA, ReasonBusy}, ReasonFor(callstatus.OutcomeBusy, callstatus.LegA))
	assert.Equal(t, []Reason{ReasonTimeout}, ReasonFor(callstatus.OutcomeNoAnswer, callstatus.LegA))
	assert.Equal(t, []State{StateMoved}, StateFor(callstatus.OutcomeTransferred, callstatus.LegB))
	assert.Empty(t, StateFor(callstatus.OutcomeTransferred, callstatus.LegA), "moved is on leg b")
	assert.Nil(t, ReasonFor(callstatus.OutcomeCompleted, callstatus.LegUnknown))
	assert.Nil(t, ReasonFor(callstatus.OutcomeBusy, callstatus.Leg(len(callstatus.LegValues()))))

	got := ReasonFor(callstatus.OutcomeBusy, callstatus.LegB)
	_ = append(got, ReasonLost)
	assert.Equal(t, []Reason{ReasonBusyB, ReasonBusy}, ReasonFor(callstatus.OutcomeBusy, callstatus.LegB), "appending copies")
	assert.Equal(t, []Reason{ReasonBusy, ReasonBusyB, ReasonBusyA}, ReasonFor(callstatus.OutcomeBusy, callstatus.LegUnknown), "appending copies")
}

func TestAllocations(t *testing.T) {
	var sink callstatus.Status
	var reasons []Reason
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = Resolve(StateEnded, ReasonBusyB, false) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = State("new").Canonical() }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { reasons = ReasonFor(callstatus.OutcomeBusy, callstatus.LegA) }))
	_, _ = sink, reasons
}
