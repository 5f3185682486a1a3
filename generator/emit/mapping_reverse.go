package emit

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
)

// reverseGroup is the values of an enum that express one canonical
// outcome, listed once per canonical leg (in the canonical spec's order):
// for Unknown every such value, for a leg the values on that leg followed
// by the values that name no leg. Each list is ordered by confidence, high
// first, then in spec order, as mapping.Tables.Reverse orders.
type reverseGroup struct {
	outcome string
	legs    [][]*model.Value
}

// reverseGroups lists the groups of e's values, by canonical outcome in
// the canonical spec's order; outcomes no value expresses are left out.
func (g *mappingGen) reverseGroups(e *model.Enum) []reverseGroup {
	recs := g.records(e)
	if len(recs) != len(e.Values) {
		return nil
	}
	var groups []reverseGroup
	for _, outcome := range g.canonWires(mapping.DimOutcome) {
		hits := valuesWith(e, recs, func(r mapping.Record) bool { return outcome != "" && r.Outcome == outcome })
		if len(hits) == 0 {
			continue
		}
		grp := reverseGroup{outcome: outcome}
		for _, leg := range g.canonWires(mapping.DimLeg) {
			grp.legs = append(grp.legs, onLeg(hits, recs, leg))
		}
		groups = append(groups, grp)
	}
	return groups
}

// canonWires lists the wire values of a canonical dimension in spec order,
// "" (Unknown) included.
func (g *mappingGen) canonWires(d mapping.Dim) []string {
	e := g.canon.Enum(d.Enum())
	if e == nil {
		g.fail("the canonical package has no enum %s", d.Enum())
		return nil
	}
	wires := make([]string, len(e.Values))
	for i, v := range e.Values {
		wires[i] = v.Wire
	}
	return wires
}

// valuesWith lists the values whose record satisfies keep, by confidence,
// high first, then in spec order.
func valuesWith(e *model.Enum, recs []mapping.Record, keep func(mapping.Record) bool) []*model.Value {
	var out []*model.Value
	for i, v := range e.Values {
		if keep(recs[i]) {
			out = append(out, v)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return confidenceRank(recs[out[i].Index].Confidence) > confidenceRank(recs[out[j].Index].Confidence)
	})
	return out
}

// onLeg selects from vals, kept in order, those on leg, then those that
// name no leg; for leg Unknown, all of them.
func onLeg(vals []*model.Value, recs []mapping.Record, leg string) []*model.Value {
	if leg == "" {
		return vals
	}
	var exact, unnamed []*model.Value
	for _, v := range vals {
		switch recs[v.Index].Leg {
		case leg:
			exact = append(exact, v)
		case "":
			unnamed = append(unnamed, v)
		}
	}
	return append(exact, unnamed...)
}

// confidenceRank is a confidence's index in model.Confidences: 0 for
// unknown.
func confidenceRank(wire string) int {
	for i, c := range model.Confidences {
		if c == wire {
			return i
		}
	}
	return 0
}

// genReverse emits the reverse table of e and the function reading it:
//
//	var forCallStatus = [...]CallStatus{
//		// busy, any leg
//		Busy, BusyChannel2,
//		// busy, leg b
//		BusyChannel2, Busy,
//		...
//	}
//
//	func CallStatusFor(outcome callstatus.Outcome, leg callstatus.Leg) []CallStatus {
//		var spans [3][2]uint8
//		switch outcome {
//		case callstatus.OutcomeBusy:
//			spans = [3][2]uint8{{0, 2}, {2, 3}, {3, 5}}
//		default:
//			return nil
//		}
//		var span [2]uint8
//		switch leg {
//		case callstatus.LegUnknown:
//			span = spans[0]
//		...
//		default:
//			return nil
//		}
//		return forCallStatus[span[0]:span[1]:span[1]]
//	}
func (g *mappingGen) genReverse(e *model.Enum, groups []reverseGroup) jen.Code {
	legs := g.canonWires(mapping.DimLeg)
	items, spans := reverseItems(groups, legs)
	idx := indexType(len(items))
	spanType := func() *jen.Statement { return jen.Index(jen.Lit(len(legs))).Index(jen.Lit(2)).Add(idx.Clone()) }
	var outcomeCases []jen.Code
	for i, grp := range groups {
		var lit []jen.Code
		for _, s := range spans[i] {
			lit = append(lit, jen.Values(jen.Lit(s[0]), jen.Lit(s[1])))
		}
		outcomeCases = append(outcomeCases, jen.Case(g.dimConst(mapping.DimOutcome, grp.outcome)).Block(
			jen.Id("spans").Op("=").Add(spanType()).Values(lit...),
		))
	}
	outcomeCases = append(outcomeCases, jen.Default().Block(jen.Return(jen.Nil())))
	var legCases []jen.Code
	for i, leg := range legs {
		legCases = append(legCases, jen.Case(g.dimConst(mapping.DimLeg, leg)).Block(
			jen.Id("span").Op("=").Id("spans").Index(jen.Lit(i)),
		))
	}
	legCases = append(legCases, jen.Default().Block(jen.Return(jen.Nil())))
	span := func(i int) jen.Code { return jen.Id("span").Index(jen.Lit(i)) }
	return doc(fmt.Sprintf("%s lists the %s values by the canonical outcome they express, for each outcome once per leg; "+
		"%s returns sub-slices of it.", e.Helpers.ForVar, e.Name, e.Helpers.For)).
		Var().Id(e.Helpers.ForVar).Op("=").Index(jen.Op("...")).Id(e.Name).Values(items...).Line().Line().
		Add(doc(
			fmt.Sprintf("%s returns the %s values whose own mapping has this outcome: the values that express it, "+
				"for translating another vendor's status into this enum. They are ordered by confidence, high first, then in spec order.", e.Helpers.For, e.Name),
			fmt.Sprintf("Leg %s means any leg. Another leg selects the values on that leg, then the values that name no leg; "+
				"values on another leg are left out. An Unknown outcome, an outcome no value expresses and a leg the canonical model "+
				"does not list give nil.", g.legUnknownName()),
			"The result is a read-only view of a table shared by every caller, returned without allocating: do not modify its elements. "+
				"Its capacity ends with it, so appending to it copies.",
		)).
		Func().Id(e.Helpers.For).Params(
		jen.Id("outcome").Add(g.canonical(mapping.DimOutcome.Enum())),
		jen.Id("leg").Add(g.canonical(mapping.DimLeg.Enum())),
	).Index().Id(e.Name).Block(
		jen.Var().Id("spans").Add(spanType()),
		jen.Switch(jen.Id("outcome")).Block(outcomeCases...),
		jen.Var().Id("span").Index(jen.Lit(2)).Add(idx.Clone()),
		jen.Switch(jen.Id("leg")).Block(legCases...),
		jen.Return(jen.Id(e.Helpers.ForVar).Index(span(0), span(1), span(1))),
	)
}

// legUnknownName is the Go name of the canonical Leg's Unknown value.
func (g *mappingGen) legUnknownName() string {
	if e := g.canon.Enum(mapping.DimLeg.Enum()); e != nil {
		if v := e.Value(""); v != nil {
			return g.canon.Name + "." + v.Name
		}
	}
	return "Unknown"
}

// reverseItems lays the groups out in one array and returns the
// [start, end) span of every list. A list equal to an earlier one of its
// group (a vendor that names no legs has the same list for every leg)
// shares that one's span. Each list starts with a comment naming the
// outcome and the legs it serves.
func reverseItems(groups []reverseGroup, legs []string) ([]jen.Code, [][][2]int) {
	var items []jen.Code
	spans := make([][][2]int, len(groups))
	for i, grp := range groups {
		for l, vals := range grp.legs {
			if j := sameList(grp.legs[:l], vals); j >= 0 {
				spans[i] = append(spans[i], spans[i][j])
				continue
			}
			start := len(items)
			for k, v := range vals {
				item := jen.Line()
				if k == 0 {
					item.Comment(fmt.Sprintf("%s: %s", grp.outcome, legLabels(grp.legs, l, legs))).Line()
				}
				items = append(items, item.Id(v.Name))
			}
			spans[i] = append(spans[i], [2]int{start, len(items)})
		}
	}
	return append(items, jen.Line()), spans
}

// sameList returns the index of the list among lists equal to vals, or -1.
func sameList(lists [][]*model.Value, vals []*model.Value) int {
	for j, other := range lists {
		if slices.Equal(other, vals) {
			return j
		}
	}
	return -1
}

// legLabels names the legs whose list is lists[l]: leg l and the later
// legs that share it.
func legLabels(lists [][]*model.Value, l int, legs []string) string {
	labels := []string{legLabel(legs[l])}
	for m := l + 1; m < len(lists); m++ {
		if sameList(lists[l:l+1], lists[m]) == 0 {
			labels = append(labels, legLabel(legs[m]))
		}
	}
	return strings.Join(labels, ", ")
}

// legLabel names a leg in the table's comments.
func legLabel(leg string) string {
	if leg == "" {
		return "any leg"
	}
	return "leg " + leg
}

// indexType is the smallest unsigned type that indexes n entries.
func indexType(n int) *jen.Statement {
	switch {
	case n <= 1<<8-1:
		return jen.Uint8()
	case n <= 1<<16-1:
		return jen.Uint16()
	}
	return jen.Int()
}
