package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
)

// codeSpace is one code table of the canonical spec and the names the
// canonical package declares for it.
type codeSpace struct {
	table  *mapping.CodeTable
	from   string // FromQ850
	with   string // WithQ850
	lookup string // q850Entry
	field  string // Q850Cause
	typ    string // uint8
	what   string // "ITU-T Q.850 cause"
	doc    string
}

// codeSpaces are the canonical spec's code tables, or none when it has no
// codes: (then nothing is emitted).
func (g *mappingGen) codeSpaces() []codeSpace {
	c := g.tables.Canonical
	if c.Q850 == nil || c.SIP == nil {
		return nil
	}
	return []codeSpace{
		{c.Q850, "FromQ850", "WithQ850", "q850Entry", "Q850Cause", "uint8", "ITU-T Q.850 cause",
			"Every cause 1-127 maps: the causes Q.850 defines one by one, the others as the \"unspecified\" cause of their class, " +
				"as Q.850 tells a receiver to treat a cause it does not know (low confidence). " +
				"Causes 16 normal call clearing and 31 normal, unspecified only say the call ended: the status needs the answer (Settle). " +
				"Causes 52 and 54 (outgoing and incoming calls barred) come from Q.931 (1993) and are no longer in the current Q.850 list, " +
				"but switches still send them; they map to Restricted. The note of each status says what its cause means, and the SIP response RFC 3398 maps it to."},
		{c.SIP, "FromSIP", "WithSIP", "sipEntry", "SIPCode", "uint16", "SIP final response",
			"Every final response 200-699 maps: the codes RFC 3261 section 21 and its extensions (RFC 5079 433, RFC 8197 607, RFC 8688 608) define one by one, " +
				"and any other as the x00 of its class, as RFC 3261 section 8.1.3.2 tells a client to treat a response it does not know (low confidence). " +
				"402 Payment Required is reserved in RFC 3261 and maps to LimitExceeded at low confidence; 403 Forbidden is ambiguous (RFC 3398 maps it to cause 21). " +
				"480 maps to Unavailable: received after 180 Ringing it is a NoAnswer, which the code alone does not tell. " +
				"The note of each status says what the code means and the Q.850 cause RFC 3398 maps it to."},
	}
}

// genCodes emits the code fields' helpers: codeEntry, and per code table
// its lookup (a switch rendered from the spec's table), From and With.
func (g *mappingGen) genCodes(f *jen.File) {
	spaces := g.codeSpaces()
	if spaces == nil {
		return
	}
	f.Add(genCodeEntry(g))
	f.Line()
	for _, cs := range spaces {
		f.Add(g.genCodeLookup(cs))
		f.Line()
		f.Add(g.genFromCode(cs))
		f.Line()
		f.Add(g.genWithCode(cs))
		f.Line()
	}
	f.Add(g.genExplainedBy())
	f.Line()
}

// genCodeEntry emits the row type of the code tables and its status:
//
//	type codeEntry struct {
//		outcome     Outcome
//		answered    Answered
//		needsAnswer bool
//		confidence  Confidence
//		text        *Text
//	}
func genCodeEntry(g *mappingGen) jen.Code {
	e := jen.Id("e")
	return doc("codeEntry is one row of a code table (FromQ850, FromSIP).").
		Type().Id("codeEntry").Struct(
		jen.Id("outcome").Id(mapping.DimOutcome.Enum()),
		jen.Id("answered").Id(mapping.DimAnswered.Enum()),
		jen.Id("needsAnswer").Bool(),
		jen.Id("confidence").Id(model.ConfidenceType),
		jen.Id("text").Op("*").Id(model.TextType),
	).Line().Line().
		Add(doc("status is the canonical status of a code: the call ended, with the row's outcome.")).
		Func().Params(e.Clone().Id("codeEntry")).Id("status").Params().Id(model.StatusType).Block(
		jen.Return(jen.Id(model.StatusType).Values(
			jen.Id("Phase").Op(":").Add(g.dimConst(mapping.DimPhase, mapping.PhaseEnded)),
			jen.Id("Outcome").Op(":").Add(e.Clone()).Dot("outcome"),
			jen.Id("Answered").Op(":").Add(e.Clone()).Dot("answered"),
			jen.Id("NeedsAnswer").Op(":").Add(e.Clone()).Dot("needsAnswer"),
			jen.Id("Confidence").Op(":").Add(e.Clone()).Dot("confidence"),
			jen.Id(model.TextField).Op(":").Add(e.Clone()).Dot("text"),
		)),
	)
}

// genCodeLookup emits the table of one code space as a switch over the
// codes listed alone, then the ranges:
//
//	var q850EntryTexts = [...]Text{{Note: "Q.850 cause 17 ..."}, ...}
//
//	func q850Entry(code int) (codeEntry, bool) {
//		switch code {
//		case 17:
//			return codeEntry{outcome: OutcomeBusy, ..., text: &q850EntryTexts[0]}, true
//		}
//		switch {
//		case code >= 32 && code <= 47:
//			return codeEntry{...}, true
//		}
//		return codeEntry{}, false
//	}
func (g *mappingGen) genCodeLookup(cs codeSpace) jen.Code {
	code := jen.Id("code")
	var singles, ranges, texts []jen.Code
	textsVar := cs.lookup + "Texts"
	text := func(e *spec.Code) jen.Code {
		texts = append(texts, jen.Line().Values(jen.Id("Note").Op(":").Lit(codeNote(cs, e))))
		return jen.Op("&").Id(textsVar).Index(jen.Lit(len(texts) - 1))
	}
	for _, e := range cs.table.Singles {
		singles = append(singles, jen.Case(jen.Lit(e.Code)).Block(jen.Return(g.codeEntryLit(cs, e, text(e)), jen.True())))
	}
	for _, e := range cs.table.Ranges {
		ranges = append(ranges, jen.Case(code.Clone().Op(">=").Lit(e.Code).Op("&&").Add(code.Clone()).Op("<=").Lit(e.To)).
			Block(jen.Return(g.codeEntryLit(cs, e, text(e)), jen.True())))
	}
	return doc(fmt.Sprintf("%s holds the notes of the rows of %s, each naming its code; the rows point into it.", textsVar, cs.lookup)).
		Var().Id(textsVar).Op("=").Index(jen.Op("...")).Id(model.TextType).Values(append(texts, jen.Line())...).Line().Line().
		Add(doc(fmt.Sprintf("%s is the table of %s: the row of code, rendered from the codes: %s table of specs/callstatus.yaml; "+
			"false outside %d-%d.", cs.lookup, cs.from, codeKey(cs), cs.table.Min, cs.table.Max))).
		Func().Id(cs.lookup).Params(code.Clone().Int()).Params(jen.Id("codeEntry"), jen.Bool()).Block(
		jen.Switch(code.Clone()).Block(singles...),
		jen.Switch().Block(ranges...),
		jen.Return(jen.Id("codeEntry").Values(), jen.False()),
	)
}

func codeKey(cs codeSpace) string {
	if cs.field == "SIPCode" {
		return "sip"
	}
	return "q850"
}

// codeEntryLit is the row of one entry of a code table; text points to its
// note.
func (g *mappingGen) codeEntryLit(cs codeSpace, e *spec.Code, text jen.Code) jen.Code {
	rec := cs.table.Record(g.tables.Canonical, e)
	items := []jen.Code{}
	if rec.Outcome != "" {
		items = append(items, jen.Id("outcome").Op(":").Add(g.dimConst(mapping.DimOutcome, rec.Outcome)))
	}
	if rec.Answered != "" {
		items = append(items, jen.Id("answered").Op(":").Add(g.dimConst(mapping.DimAnswered, rec.Answered)))
	}
	if rec.NeedsAnswer {
		items = append(items, jen.Id("needsAnswer").Op(":").True())
	}
	items = append(items,
		jen.Id("confidence").Op(":").Add(g.constOf(confidences, rec.Confidence)),
		jen.Id("text").Op(":").Add(text),
	)
	return jen.Id("codeEntry").Values(items...)
}

// codeNote names the code and says what it means.
func codeNote(cs codeSpace, e *spec.Code) string {
	name := fmt.Sprintf("%s %d %s", cs.what, e.Code, e.Name)
	if e.To != 0 {
		name = fmt.Sprintf("%s %d-%d, %s", cs.what, e.Code, e.To, e.Name)
	}
	if e.Note == "" {
		return name + "."
	}
	return name + ": " + e.Note
}

// genFromCode emits FromQ850 or FromSIP:
//
//	func FromQ850(cause int) Status {
//		e, ok := q850Entry(cause)
//		if !ok {
//			return Status{}
//		}
//		s := e.status()
//		s.Q850Cause = uint8(cause)
//		return s
//	}
func (g *mappingGen) genFromCode(cs codeSpace) jen.Code {
	s := jen.Id("s")
	return doc(
		fmt.Sprintf("%s returns the canonical status of a %s: phase Ended, the outcome the code stands for "+
			"(or NeedsAnswer), its confidence and a note naming the code, with %s set to the code. "+
			"A code outside %d-%d gives the zero Status (IsKnown false).", cs.from, cs.what, cs.field, cs.table.Min, cs.table.Max),
		cs.doc,
		"It allocates nothing.",
	).Func().Id(cs.from).Params(jen.Id("code").Int()).Id(model.StatusType).Block(
		jen.List(jen.Id("e"), jen.Id("ok")).Op(":=").Id(cs.lookup).Call(jen.Id("code")),
		jen.If(jen.Op("!").Id("ok")).Block(jen.Return(jen.Id(model.StatusType).Values())),
		s.Clone().Op(":=").Id("e").Dot("status").Call(),
		s.Clone().Dot(cs.field).Op("=").Id(cs.typ).Call(jen.Id("code")),
		jen.Return(s),
	)
}

// genWithCode emits WithQ850 or WithSIP:
//
//	func (s Status) WithQ850(cause int) Status {
//		c := FromQ850(cause)
//		if !c.IsKnown() {
//			return s
//		}
//		s.Q850Cause = c.Q850Cause
//		return s.explainedBy(c)
//	}
func (g *mappingGen) genWithCode(cs codeSpace) jen.Code {
	s, c := jen.Id("s"), jen.Id("c")
	return doc(
		fmt.Sprintf("%s records the %s a vendor reported with s (%s, kept as it is) and lets it explain an end "+
			"the vendor's values leave open: when s ended, or says nothing about the phase, and has no Outcome, "+
			"the code's status (%s) applies as a resolver's detail does (see Combine), so a cause that only says the call "+
			"ended still needs the answer. A code outside %d-%d changes nothing.", cs.with, cs.what, cs.field, cs.from, cs.table.Min, cs.table.Max),
		"Resolvers call it for payloads that carry codes; it allocates nothing.",
	).Func().Params(statusRecv()).Id(cs.with).Params(jen.Id("code").Int()).Id(model.StatusType).Block(
		c.Clone().Op(":=").Id(cs.from).Call(jen.Id("code")),
		jen.If(jen.Op("!").Add(c.Clone()).Dot("IsKnown").Call()).Block(jen.Return(s)),
		s.Clone().Dot(cs.field).Op("=").Add(c.Clone()).Dot(cs.field),
		jen.Return(s.Clone().Dot("explainedBy").Call(c)),
	)
}

// genExplainedBy emits the rule WithQ850 and WithSIP share:
//
//	func (s Status) explainedBy(c Status) Status {
//		if s.Outcome != OutcomeUnknown || !s.takesDetail() {
//			return s
//		}
//		s.overlay(c)
//		s.DetailText = c.Text
//		return s
//	}
func (g *mappingGen) genExplainedBy() jen.Code {
	s := jen.Id("s")
	return doc("explainedBy lets a code's status c explain the end of s when s has no outcome and takes a detail (the combination rule).").
		Func().Params(statusRecv()).Id("explainedBy").Params(jen.Id("c").Id(model.StatusType)).Id(model.StatusType).Block(
		jen.If(s.Clone().Dot("Outcome").Op("!=").Add(g.dimConst(mapping.DimOutcome, "")).Op("||").Op("!").Add(s.Clone()).Dot("takesDetail").Call()).
			Block(jen.Return(s)),
		s.Clone().Dot("overlay").Call(jen.Id("c")),
		s.Clone().Dot(model.DetailTextField).Op("=").Id("c").Dot(model.TextField),
		jen.Return(s),
	)
}
