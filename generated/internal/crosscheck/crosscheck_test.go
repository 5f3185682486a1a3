package crosscheck

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/pipeline"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// undocumented is a wire value no spec lists.
const undocumented = "SURELY_NOT_DOCUMENTED"

var loadOnce = sync.OnceValues(func() (*mapping.Tables, error) {
	checked, errs := pipeline.CheckDir(specsDir, "")
	tables := checked.Mapping
	if errs.HasErrors() {
		return nil, errs.Err()
	}
	return tables, nil
})

// shipped returns the mapping tables of the shipped specs.
func shipped(t *testing.T) *mapping.Tables {
	t.Helper()
	tables, err := loadOnce()
	require.NoError(t, err)
	return tables
}

// meaning is what a Status and a Record must agree on, in one struct so a
// mismatch prints as one diff.
type meaning struct {
	Phase, Outcome, Leg, Direction, EndedBy, AnsweredBy string
	Confidence, None                                    string
	NeedsAnswer                                         bool
	Q850, SIP                                           int
}

func recordMeaning(r mapping.Record) meaning {
	return meaning{
		Phase: r.Phase, Outcome: r.Outcome, Leg: r.Leg, Direction: r.Direction, EndedBy: r.EndedBy, AnsweredBy: r.AnsweredBy,
		Confidence: r.Confidence, None: r.None, NeedsAnswer: r.NeedsAnswer, Q850: r.Q850, SIP: r.SIP,
	}
}

func statusMeaning(s callstatus.Status) meaning {
	return meaning{
		Phase: s.Phase.String(), Outcome: s.Outcome.String(), Leg: s.Leg.String(), Direction: s.Direction.String(),
		EndedBy: s.EndedBy.String(), AnsweredBy: s.AnsweredBy.String(),
		Confidence: s.Confidence.String(), None: s.None.String(), NeedsAnswer: s.NeedsAnswer, Q850: s.Q850(), SIP: s.SIP(),
	}
}

// TestRegistryCoversTables checks that the registries docenum generates
// (registry_gen_test.go) list every enum and resolver of the tables.
func TestRegistryCoversTables(t *testing.T) {
	tables := shipped(t)
	var want, got []string
	for _, v := range tables.Vendors {
		for _, name := range v.EnumNames() {
			want = append(want, v.Name+"."+name)
		}
	}
	for _, e := range enums {
		got = append(got, e.vendor+"."+e.name)
	}
	assert.ElementsMatch(t, want, got, "registry_gen_test.go: enums")
	want, got = nil, nil
	for _, v := range tables.Vendors {
		for _, r := range v.Resolvers {
			want = append(want, v.Name+"."+r.Name)
		}
	}
	for k := range resolvers {
		got = append(got, k[0]+"."+k[1])
	}
	assert.ElementsMatch(t, want, got, "registry_gen_test.go: resolvers")
}

// TestCanonicalMatchesTables checks every value of every vendor enum: its
// Canonical status is its record, and settling it settles the record.
func TestCanonicalMatchesTables(t *testing.T) {
	tables := shipped(t)
	for _, e := range enums {
		me := tables.Vendor(e.vendor).Enum(e.name)
		require.NotNil(t, me, "%s.%s", e.vendor, e.name)
		assert.Equal(t, me.Wires(), e.wires(), "%s.%s: values in spec order", e.vendor, e.name)
		for _, v := range me.Values {
			where := fmt.Sprintf("%s.%s %q", e.vendor, e.name, v.Spec.Wire)
			rec, got := v.Record, e.canonical(v.Spec.Wire)
			assert.Equal(t, recordMeaning(rec), statusMeaning(got), where)
			assert.Equal(t, statusTexts{Vendor: rec.Vendor, Raw: v.Spec.Wire, Lossy: rec.Lossy, Note: rec.Note},
				texts(got), where)
			assert.True(t, got.IsKnown(), where)
			for _, answered := range []bool{false, true} {
				assert.Equal(t, recordMeaning(tables.Settle(rec, answered)), statusMeaning(got.Settle(answered)),
					"%s settled, answered %t", where, answered)
			}
		}
	}
}

// statusTexts is a status's identity and texts.
type statusTexts struct {
	Vendor, Raw, Detail, Lossy, Note, DetailLossy, DetailNote string
}

// texts keeps a status's identity and texts, dropping its meaning.
func texts(s callstatus.Status) statusTexts {
	return statusTexts{
		Vendor: s.Vendor, Raw: s.Raw, Detail: s.Detail,
		Lossy: s.Lossy(), Note: s.Note(), DetailLossy: s.DetailLossy(), DetailNote: s.DetailNote(),
	}
}

// TestResolversMatchTables checks every resolver on every (state, detail)
// pair of its enums, an absent ("") and an undocumented value on each
// side, answered or not, against Tables.Resolve.
func TestResolversMatchTables(t *testing.T) {
	tables := shipped(t)
	for _, v := range tables.Vendors {
		for _, r := range v.Resolvers {
			resolve := resolvers[[2]string{v.Name, r.Name}]
			require.NotNil(t, resolve, "%s.%s is not in registry_gen_test.go", v.Name, r.Name)
			n := 0
			for _, state := range slotValues(v, r.State) {
				for _, detail := range slotValues(v, r.Detail) {
					for _, answered := range []bool{false, true} {
						want := tables.Resolve(record(v, r.State, state), record(v, r.Detail, detail), answered)
						got := resolve(state, detail, answered)
						checkResolved(t, fmt.Sprintf("%s.%s(%q, %q, %t)", v.Name, r.Name, state, detail, answered), want, got, state, detail)
						n++
					}
				}
			}
			t.Logf("%s.%s: %d cases", v.Name, r.Name, n)
		}
	}
}

// slotValues are the values a resolver argument is tried with.
func slotValues(v *mapping.Vendor, enum string) []string {
	if enum == "" {
		return []string{""}
	}
	return append(v.Enum(enum).Wires(), "", undocumented)
}

// record is the mapping's record of a resolver argument: the value's own,
// none for an absent field, and an empty one (Unknown everywhere) for a
// value the spec does not list.
func record(v *mapping.Vendor, enum, wire string) mapping.Record {
	if wire == "" {
		return mapping.Record{Vendor: v.Name}
	}
	if val := v.Enum(enum).Value(wire); val != nil {
		return val.Record
	}
	return mapping.Record{Vendor: v.Name, Raw: []string{wire}}
}

func checkResolved(t *testing.T, where string, want mapping.Record, got callstatus.Status, state, detail string) {
	t.Helper()
	assert.Equal(t, recordMeaning(want), statusMeaning(got), where)
	assert.Equal(t, want.Vendor, got.Vendor, where)
	assert.Equal(t, state, got.Raw, where)
	assert.Equal(t, detail, got.Detail, where)
	assert.Equal(t, nonEmpty(state, detail), append([]string{}, want.Raw...), where)
	// The mapping joins the texts, labelled; the generated status keeps
	// them apart so that it allocates nothing. Nothing may be lost.
	for _, s := range []string{got.Note(), got.DetailNote()} {
		assert.Contains(t, want.Note, s, "%s: note", where)
	}
	for _, s := range []string{got.Lossy(), got.DetailLossy()} {
		assert.Contains(t, want.Lossy, s, "%s: lossy", where)
	}
	if strings.Contains(want.Note, " ignored: ") {
		assert.Empty(t, got.DetailNote(), "%s: an ignored detail has no say", where)
	}
}

func nonEmpty(ss ...string) []string {
	out := []string{}
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// TestReverseMatchesTables checks every <Enum>For against Tables.Reverse:
// the values of the enum whose own record has the outcome, by confidence
// then spec order; for a leg, those on the leg, then those that name none.
func TestReverseMatchesTables(t *testing.T) {
	tables := shipped(t)
	for _, e := range enums {
		for _, outcome := range callstatus.OutcomeValues() {
			if outcome == callstatus.OutcomeUnknown {
				if e.reverse != nil {
					assert.Nil(t, e.reverse(outcome, callstatus.LegUnknown), "%s.%s: Unknown outcome", e.vendor, e.name)
				}
				continue
			}
			var entries []mapping.Entry
			for _, en := range tables.Reverse(mapping.DimOutcome, outcome.String()) {
				if en.Vendor.Name == e.vendor && en.Enum.Spec.Name == e.name {
					entries = append(entries, en)
				}
			}
			for _, leg := range callstatus.LegValues() {
				want := onLeg(entries, leg.String())
				where := fmt.Sprintf("%s.%sFor(%q, %q)", e.vendor, e.name, outcome, leg)
				if e.reverse == nil {
					assert.Empty(t, want, "%s: values express the outcome, but the enum has no For function", where)
					continue
				}
				got := e.reverse(outcome, leg)
				assert.Equal(t, len(want), len(got), where)
				if len(want) > 0 {
					assert.Equal(t, want, got, where)
				}
			}
			if e.reverse != nil {
				assert.Nil(t, e.reverse(outcome, callstatus.Leg(len(callstatus.LegValues()))), "%s.%s: a leg the model does not list", e.vendor, e.name)
			}
		}
	}
}

// onLeg is the For rule on top of Tables.Reverse.
func onLeg(entries []mapping.Entry, leg string) []string {
	var exact, unnamed []string
	for _, en := range entries {
		switch rec := en.Value.Record; {
		case leg == "" || rec.Leg == leg:
			exact = append(exact, en.Value.Spec.Wire)
		case rec.Leg == "":
			unnamed = append(unnamed, en.Value.Spec.Wire)
		}
	}
	return append(exact, unnamed...)
}

// TestUnknownValues: a value the spec does not list maps to Unknown
// everywhere, keeps its raw string and names its vendor.
func TestUnknownValues(t *testing.T) {
	for _, e := range enums {
		got := e.canonical(undocumented)
		assert.Equal(t, callstatus.Status{Vendor: e.vendor, Raw: undocumented}, got, "%s.%s", e.vendor, e.name)
		assert.False(t, got.IsKnown())
		assert.Equal(t, callstatus.Status{Vendor: e.vendor}, e.canonical(""), "%s.%s: the zero value", e.vendor, e.name)
	}
	for k, resolve := range resolvers {
		got := resolve(undocumented, undocumented, false)
		want := callstatus.Status{Vendor: k[0], Raw: undocumented, Detail: undocumented}
		if stateOnly[k] {
			want.Detail = ""
		}
		assert.Equal(t, want, got, "%s.%s", k[0], k[1])
		assert.Equal(t, callstatus.Status{Vendor: k[0]}, resolve("", "", true), "%s.%s: nothing given", k[0], k[1])
	}
}

// TestInvariants checks the rules of the canonical model on every
// generated status: an outcome implies phase ended; a status that needs
// the answer has no outcome yet and ended; a value with no meaning on
// purpose sets no dimension; settling leaves nothing to settle.
func TestInvariants(t *testing.T) {
	tables := shipped(t)
	check := func(where string, s callstatus.Status) {
		if s.Outcome != callstatus.OutcomeUnknown {
			assert.Equal(t, callstatus.PhaseEnded, s.Phase, "%s: an outcome implies phase ended", where)
		}
		if s.NeedsAnswer {
			assert.Equal(t, callstatus.OutcomeUnknown, s.Outcome, where)
			assert.Equal(t, callstatus.PhaseEnded, s.Phase, where)
		}
		for _, answered := range []bool{false, true} {
			assert.False(t, s.Settle(answered).NeedsAnswer, where)
		}
	}
	for _, e := range enums {
		for _, w := range e.wires() {
			s := e.canonical(w)
			where := fmt.Sprintf("%s.%s %q", e.vendor, e.name, w)
			check(where, s)
			if s.None != callstatus.NoneUnknown {
				assert.Equal(t, callstatus.Status{}, dims(s), "%s: a none sets no dimension", where)
			}
		}
	}
	for _, v := range tables.Vendors {
		for _, r := range v.Resolvers {
			resolve := resolvers[[2]string{v.Name, r.Name}]
			for _, state := range slotValues(v, r.State) {
				for _, detail := range slotValues(v, r.Detail) {
					check(fmt.Sprintf("%s.%s(%q, %q)", v.Name, r.Name, state, detail), resolve(state, detail, false))
				}
			}
		}
	}
}

// dims keeps a status's dimensions.
func dims(s callstatus.Status) callstatus.Status {
	return callstatus.Status{
		Phase: s.Phase, Outcome: s.Outcome, Leg: s.Leg, Direction: s.Direction,
		EndedBy: s.EndedBy, AnsweredBy: s.AnsweredBy, NeedsAnswer: s.NeedsAnswer,
	}
}
