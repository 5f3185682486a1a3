package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
)

// genVendorPackage emits a vendor package's part of the mapping: for every
// enum its Canonical table and method and its reverse table, then the
// resolvers.
func (g *mappingGen) genVendorPackage(f *jen.File) {
	for _, e := range g.p.Enums {
		f.Add(g.genCanonicalTable(e))
		f.Line()
		f.Add(g.genCanonical(e))
		f.Line()
		if groups := g.reverseGroups(e); len(groups) > 0 {
			f.Add(g.genReverse(e, groups))
			f.Line()
		}
	}
	for _, r := range g.p.Resolvers {
		f.Add(g.genResolver(r))
		f.Line()
	}
}

// genCanonicalTable emits the status of every value, in the order of the
// enum's value array, so that the index its lookup returns selects it:
//
//	var canonicalCallStatus = [...]callstatus.Status{
//		{
//			Vendor: "kaleyraio",
//			Raw:    "BUSY",
//			Phase:  callstatus.PhaseEnded,
//			...
//		},
//	}
func (g *mappingGen) genCanonicalTable(e *model.Enum) jen.Code {
	recs := g.records(e)
	return doc(fmt.Sprintf("%s holds the canonical status of each %s value, in the order of %s, as the spec maps it.",
		e.Helpers.CanonicalVar, e.Name, e.Helpers.ValuesVar)).
		Var().Id(e.Helpers.CanonicalVar).Op("=").Index(jen.Op("...")).Add(g.canonical(model.StatusType)).ValuesFunc(func(vals *jen.Group) {
		for i, v := range e.Values {
			if i < len(recs) {
				vals.Line().Add(g.statusLit(recs[i], v.Wire))
			}
		}
		vals.Line()
	})
}

// statusLit is the composite literal of one value's record, with only the
// fields that are set.
func (g *mappingGen) statusLit(rec mapping.Record, wire string) jen.Code {
	field := func(name string, value jen.Code) jen.Code { return jen.Line().Id(name).Op(":").Add(value) }
	items := []jen.Code{field("Vendor", jen.Lit(g.p.Name)), field("Raw", jen.Lit(wire))}
	for _, d := range mapping.Dims() {
		if w := rec.Get(d); w != "" {
			items = append(items, field(d.Enum(), g.dimConst(d, w)))
		}
	}
	if rec.Confidence != "" {
		items = append(items, field("Confidence", g.constOf(confidences, rec.Confidence)))
	}
	if rec.NeedsAnswer {
		items = append(items, field("NeedsAnswer", jen.True()))
	}
	if rec.None != "" {
		items = append(items, field("None", g.constOf(nones, rec.None)))
	}
	if rec.Lossy != "" || rec.Note != "" {
		items = append(items, field(model.TextField, g.textLit(rec.Lossy, rec.Note)))
	}
	return jen.Values(append(items, jen.Line())...)
}

// textLit is a pointer to a static Text holding a mapping's free texts:
//
//	&callstatus.Text{Lossy: "...", Note: "..."}
//
// In a package-level table the compiler lays it out statically: reading it
// neither allocates nor copies the strings.
func (g *mappingGen) textLit(lossy, note string) jen.Code {
	var items []jen.Code
	if lossy != "" {
		items = append(items, jen.Id("Lossy").Op(":").Lit(lossy))
	}
	if note != "" {
		items = append(items, jen.Id("Note").Op(":").Lit(note))
	}
	return jen.Op("&").Add(g.canonical(model.TextType)).Values(items...)
}

// constOf is the canonical constant of Confidence or None with this wire.
func (g *mappingGen) constOf(consts []constDecl, wire string) jen.Code {
	for _, c := range consts {
		if c.wire == wire {
			return g.canonical(c.name)
		}
	}
	g.fail("no constant for %q among %s", wire, consts[0].name)
	return jen.Lit(wire)
}

// genCanonical emits the Canonical method:
//
//	func (x CallStatus) Canonical() callstatus.Status {
//		if i, ok := lookupCallStatus(x); ok {
//			return canonicalCallStatus[i]
//		}
//		return callstatus.Status{Vendor: "kaleyraio", Raw: string(x)}
//	}
func (g *mappingGen) genCanonical(e *model.Enum) jen.Code {
	return doc(
		fmt.Sprintf("Canonical returns the meaning of x in the canonical call-status model (package %s), as the spec maps it: "+
			"its dimensions, confidence and notes, with Vendor %q and Raw the wire string.", g.canon.Name, g.p.Name),
		"A value the spec does not list maps to Unknown in every dimension and keeps its raw string; "+
			"Status.IsKnown reports false for it. Canonical allocates nothing.",
	).Func().Params(recv(e)).Id(model.CanonicalMethod).Params().Add(g.canonical(model.StatusType)).Block(
		jen.If(jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(e.Helpers.Lookup).Call(jen.Id("x")), jen.Id("ok")).Block(
			jen.Return(jen.Id(e.Helpers.CanonicalVar).Index(jen.Id("i"))),
		),
		jen.Return(g.canonical(model.StatusType).Values(
			jen.Id("Vendor").Op(":").Lit(g.p.Name),
			jen.Id("Raw").Op(":").String().Call(jen.Id("x")),
		)),
	)
}

// genResolver emits one resolver of the spec:
//
//	func ResolveCallStatus(state CallStatusInfoCode, detail CallStatusInfoReason, answered bool) callstatus.Status {
//		return state.Canonical().Combine(detail.Canonical()).Settle(answered)
//	}
//
// A resolver without a detail enum leaves out Combine; one without the
// answered input leaves out Settle, and the caller settles.
func (g *mappingGen) genResolver(r *model.Resolver) jen.Code {
	state, detail := r.State, r.Detail
	params := []jen.Code{jen.Id("state").Id(state.Name)}
	body := jen.Id("state").Dot(model.CanonicalMethod).Call()
	if detail != nil {
		params = append(params, jen.Id("detail").Id(detail.Name))
		body.Dot("Combine").Call(jen.Id("detail").Dot(model.CanonicalMethod).Call())
	}
	if r.Answered {
		params = append(params, jen.Id("answered").Bool())
		body.Dot("Settle").Call(jen.Id("answered"))
	}
	return doc(r.Doc, resolverDoc(r)).
		Func().Id(r.Name).Params(params...).Add(g.canonical(model.StatusType)).Block(jen.Return(body))
}

// resolverDoc says what a resolver computes, in terms of the Status
// methods that hold the rules.
func resolverDoc(r *model.Resolver) string {
	var s string
	switch {
	case r.Detail != nil && r.Answered:
		s = "It returns state.Canonical().Combine(detail.Canonical()).Settle(answered): see Status.Combine and Status.Settle. " +
			"An empty state or detail (\"\") is an absent field."
	case r.Detail != nil:
		s = "It returns state.Canonical().Combine(detail.Canonical()) (see Status.Combine); an empty state or detail (\"\") is an absent field. " +
			"A result that still needs the answer (NeedsAnswer) is settled by the caller with Status.Settle."
	case r.Answered:
		s = "It returns state.Canonical().Settle(answered): see Status.Settle."
	default:
		s = "It returns state.Canonical()."
	}
	return s + " It allocates nothing."
}
