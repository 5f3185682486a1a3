package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
)

// constDecl is one constant of Confidence or None: its name (decided by
// the model), wire and doc.
type constDecl struct {
	name, wire, doc string
}

// confidences are the Confidence constants, lowest rank first: the rank
// of each is its index.
var confidences = constDecls(model.Confidences, model.ConfidenceName, map[string]string{
	"":             "is the zero value: the status maps nothing (a value the spec does not list, or usually one with no canonical meaning).",
	mapping.Low:    "is a plausible reading that the vendor's documentation does not state.",
	mapping.Medium: "is a reading the documentation supports without spelling it out.",
	mapping.High:   "is a mapping the vendor's documentation states.",
})

// nones are the None constants.
var nones = constDecls(model.Nones, model.NoneName, map[string]string{
	mapping.NotAStatus: "is a value that is not a call status by design, such as a DTMF or recording event.",
	mapping.Unmappable: "is a value whose meaning the vendor does not document.",
})

// constDecls pairs the wires with their model names and docs.
func constDecls(wires []string, name func(string) string, docs map[string]string) []constDecl {
	out := make([]constDecl, len(wires))
	for i, w := range wires {
		out[i] = constDecl{name: name(w), wire: w, doc: name(w) + " " + docs[w]}
	}
	return out
}

// genCanonicalPackage emits the canonical package's part of the mapping.
func (g *mappingGen) genCanonicalPackage(f *jen.File) {
	for _, c := range []jen.Code{
		g.genStatus(),
		genConstType(model.ConfidenceType, confidences, "Confidence is how sure the mapping of a vendor value onto the canonical model is, as the spec marks it.",
			"The confidence values, lowest first."),
		genConfidenceRank(),
		genConstType(model.NoneType, nones, "None says why a vendor value has no canonical meaning on purpose. "+
			"The zero value \"\" is a value that has one, or one the spec does not list (see Status.IsKnown).",
			"The reasons a value has no canonical meaning."),
		g.genStatusIsKnown(),
		g.genStatusCodes(),
		g.genSettle(),
		g.genCombine(),
		g.genTakesDetail(),
		g.genOverlay(),
		genAsDetail(),
		g.genWithDirection(),
		g.genWithHold(),
	} {
		f.Add(c)
		f.Line()
	}
	g.genCodes(f)
}

// dimFields are the dimensions of Status: field name and type are the
// canonical enum's name.
func dimFields() []string {
	var names []string
	for _, d := range mapping.Dims() {
		names = append(names, d.Enum())
	}
	return names
}

// genStatus emits the Status struct:
//
//	type Status struct {
//		Vendor string
//		Raw    string
//		Detail string
//		Phase  Phase
//		...
//		Confidence  Confidence
//		NeedsAnswer bool
//		None        None
//		Lossy, Note string
//		DetailLossy, DetailNote string
//	}
func (g *mappingGen) genStatus() jen.Code {
	fields := []jen.Code{
		doc("Vendor is the package name of the vendor the value comes from (ringcentral).").Id("Vendor").String(),
		doc("Raw is the vendor's wire value; for a resolver, the state's. It is \"\" when a resolver was given no state.").Id("Raw").String(),
		doc("Detail is the wire value of a resolver's detail (a RingCentral reason, a Bandwidth cause); \"\" for a single value and for an absent detail. " +
			"It is set even when the state makes the detail irrelevant.").Id("Detail").String(),
		jen.Line(),
		jen.Comment("The dimensions; each is Unknown (\"\") when the value does not say."),
	}
	for _, name := range dimFields() {
		fields = append(fields, jen.Id(name).Id(name))
	}
	fields = append(fields,
		jen.Line(),
		doc("Confidence is the spec's confidence in the mapping; for a resolver, the lower of the state's and the applied detail's.").
			Id("Confidence").Id(model.ConfidenceType),
		doc("NeedsAnswer marks a status that only says the call ended: Settle decides its outcome from whether the call was answered.").
			Id("NeedsAnswer").Bool(),
		doc("Q850Cause is the ITU-T Q.850 cause (1-127) a vendor reported with the status, kept as it is; 0 when none was given (see WithQ850 and FromQ850).").
			Id("Q850Cause").Uint8(),
		doc("SIPCode is the SIP final response (200-699) a vendor reported with the status, kept as it is; 0 when none was given (see WithSIP and FromSIP).").
			Id("SIPCode").Uint16(),
		doc("None says why the value has no canonical meaning, when it has none on purpose.").Id("None").Id(model.NoneType),
		doc("Lossy names the distinction the mapping of Raw drops; \"\" when it drops none.").Id("Lossy").String(),
		doc("Note justifies the mapping of Raw.").Id("Note").String(),
		doc("DetailLossy and DetailNote are the Lossy and Note of Detail, set when the detail was applied. "+
			"They are kept apart from the state's texts so that combining allocates nothing; join them for display.").
			Id("DetailLossy").String(),
		jen.Id("DetailNote").String(),
	)
	return doc(
		"Status is the canonical meaning of a vendor value, or of a vendor's state and detail values combined by a resolver. "+
			"Every enum of a vendor package has a Canonical method returning one, and every resolver returns one.",
		"A value the spec does not list gives a Status whose dimensions are all Unknown, with Vendor and Raw set: "+
			"Unknown is never terminal, so code must not read it as ended.",
		"A Status is a plain value: it holds no pointers to mutable data, every string in it is a constant of the generated code "+
			"or the vendor value itself, and copying, combining or settling it allocates nothing.",
	).Type().Id(model.StatusType).Struct(fields...)
}

// genConstType emits a string type and its constants:
//
//	type Confidence string
//
//	const (
//		ConfidenceUnknown Confidence = ""
//		...
//	)
func genConstType(name string, consts []constDecl, typeDoc, constDoc string) jen.Code {
	return doc(typeDoc).Type().Id(name).String().Line().Line().
		Add(doc(constDoc)).Const().DefsFunc(func(d *jen.Group) {
		for _, c := range consts {
			d.Add(doc(c.doc).Id(c.name).Id(name).Op("=").Lit(c.wire))
		}
	})
}

// genConfidenceRank emits the order of confidences:
//
//	func (c Confidence) rank() int {
//		switch c {
//		case ConfidenceLow:
//			return 1
//		...
//		}
//		return 0
//	}
//
//	func (c Confidence) AtLeast(min Confidence) bool { return c.rank() >= min.rank() }
//
//	func (c Confidence) lower(d Confidence) Confidence { ... }
func genConfidenceRank() jen.Code {
	var cases []jen.Code
	for rank, c := range confidences[1:] {
		cases = append(cases, jen.Case(jen.Id(c.name)).Block(jen.Return(jen.Lit(rank+1))))
	}
	c, d := jen.Id("c"), jen.Id("d")
	recv := jen.Id("c").Id(model.ConfidenceType)
	return doc("rank orders the confidences: 0 for ConfidenceUnknown, then low, medium and high.").
		Func().Params(recv.Clone()).Id("rank").Params().Int().Block(
		jen.Switch(c).Block(cases...),
		jen.Return(jen.Lit(0)),
	).Line().Line().
		Add(doc("AtLeast reports whether c is min or higher; every confidence is at least ConfidenceUnknown.")).
		Func().Params(recv.Clone()).Id("AtLeast").Params(jen.Id("min").Id(model.ConfidenceType)).Bool().Block(
		jen.Return(c.Clone().Dot("rank").Call().Op(">=").Id("min").Dot("rank").Call()),
	).Line().Line().
		Add(doc("lower returns the lower of c and d; an unknown confidence does not count.")).
		Func().Params(recv.Clone()).Id("lower").Params(jen.Id("d").Id(model.ConfidenceType)).Id(model.ConfidenceType).Block(
		jen.If(
			c.Clone().Op("==").Id(confidences[0].name).Op("||").
				Parens(d.Clone().Op("!=").Id(confidences[0].name).Op("&&").Add(d).Dot("rank").Call().Op("<").Add(c).Dot("rank").Call()),
		).Block(jen.Return(d)),
		jen.Return(c),
	)
}

// statusRecv is the receiver of the Status methods.
func statusRecv() *jen.Statement { return jen.Id("s").Id(model.StatusType) }

// genStatusIsKnown emits IsKnown: a mapped value has a confidence, a value
// with no meaning on purpose a None.
func (g *mappingGen) genStatusIsKnown() jen.Code {
	return doc("IsKnown reports whether the spec maps the value the status was made from (for a resolver, the state or the applied detail). " +
		"It is false for a value the spec does not list, whose dimensions are all Unknown.").
		Func().Params(statusRecv()).Id("IsKnown").Params().Bool().Block(
		jen.Return(jen.Id("s").Dot("Confidence").Op("!=").Id(confidences[0].name).Op("||").Id("s").Dot("None").Op("!=").Lit("")),
	)
}

// genStatusCodes emits Q850 and SIP, read from the Outcome columns:
//
//	func (s Status) Q850() int {
//		n, _ := s.Outcome.Q850()
//		return n
//	}
func (g *mappingGen) genStatusCodes() jen.Code {
	outcome := mapping.DimOutcome.Enum()
	code := jen.Null()
	for i, col := range []struct{ column, method, what string }{
		{mapping.ColumnQ850, "Q850", "ITU-T Q.850 cause"},
		{mapping.ColumnSIP, "SIP", "SIP response code"},
	} {
		colMethod := g.columnMethod(outcome, col.column)
		if i > 0 {
			code.Line().Line()
		}
		code.Add(doc(fmt.Sprintf("%s returns the representative %s of the status's Outcome, or 0 when the outcome has none (Unknown included).", col.method, col.what))).
			Func().Params(statusRecv()).Id(col.method).Params().Int().Block(
			jen.List(jen.Id("n"), jen.Id("_")).Op(":=").Id("s").Dot(outcome).Dot(colMethod).Call(),
			jen.Return(jen.Id("n")),
		)
	}
	return code
}

// columnMethod is the Go method of a column of a canonical enum.
func (g *mappingGen) columnMethod(enum, column string) string {
	if e := g.canon.Enum(enum); e != nil {
		for _, c := range e.Columns {
			if c.Name == column {
				return c.Method
			}
		}
	}
	g.fail("canonical enum %s has no column %s", enum, column)
	return column
}

// genSettle emits the answer rule, from mapping.AnswerRule:
//
//	func (s Status) Settle(answered bool) Status {
//		if s.Answered == AnsweredUnknown && (s.NeedsAnswer || s.Phase == PhaseEnded) {
//			s.Answered = answeredOf(answered)
//		}
//		if !s.NeedsAnswer {
//			return s
//		}
//		s.NeedsAnswer = false
//		s.Phase = PhaseEnded
//		switch {
//		case answered:
//			s.Outcome = OutcomeCompleted
//		case s.EndedBy == EndedByCaller:
//			s.Outcome = OutcomeCanceled
//		case (s.EndedBy == EndedBySelf || s.EndedBy == EndedByAgent) && s.Direction == DirectionOutbound:
//			s.Outcome = OutcomeCanceled
//		...
//		default:
//			s.Outcome = OutcomeUnknown
//		}
//		return s
//	}
func (g *mappingGen) genSettle() jen.Code {
	s := jen.Id("s")
	setOutcome := func(wire string) jen.Code {
		return s.Clone().Dot("Outcome").Op("=").Add(g.dimConst(mapping.DimOutcome, wire))
	}
	cases := []jen.Code{jen.Case(jen.Id("answered")).Block(setOutcome(mapping.OutcomeCompleted))}
	for _, r := range mapping.AnswerRule {
		cases = append(cases, jen.Case(g.answerCase(r)).Block(setOutcome(r.Outcome)))
	}
	cases = append(cases, jen.Default().Block(setOutcome("")))
	return doc(
		"Settle applies the answer rule to a status that needs the answer (NeedsAnswer): "+
			"its outcome is Completed if the call was answered; otherwise it follows from who ended the call and its direction: "+
			"Canceled if the caller ended it, Rejected if the callee did; "+
			"a party (Self) or Agent on an outbound call canceled it, and on an inbound one declined it (Rejected; Self in any other direction too); "+
			"a Customer or Peer on an inbound call abandoned it (Abandoned: it hung up while waiting or while an agent was alerted), "+
			"and on an outbound one declined it (Rejected); anyone else gives Unknown.",
		"Settle also records the answer in Answered when the status ended or needs the answer and does not say already: "+
			"AnsweredYes or AnsweredNo, so that a failure or transfer after answer is told from one before it. Other statuses are returned unchanged.",
		"This is the one implementation of the rule in generated code, emitted from the data of package mapping (mapping.AnswerRule): every resolver calls it. "+
			"The settled status keeps its Note; unlike package mapping, Settle adds no text, so it allocates nothing.",
	).Func().Params(statusRecv()).Id("Settle").Params(jen.Id("answered").Bool()).Id(model.StatusType).Block(
		jen.If(s.Clone().Dot("Answered").Op("==").Add(g.dimConst(mapping.DimAnswered, "")).Op("&&").
			Parens(s.Clone().Dot("NeedsAnswer").Op("||").Add(s.Clone().Dot("Phase").Op("==").Add(g.dimConst(mapping.DimPhase, mapping.PhaseEnded))))).Block(
			s.Clone().Dot("Answered").Op("=").Add(g.dimConst(mapping.DimAnswered, mapping.AnsweredNo)),
			jen.If(jen.Id("answered")).Block(s.Clone().Dot("Answered").Op("=").Add(g.dimConst(mapping.DimAnswered, mapping.AnsweredYes))),
		),
		jen.If(jen.Op("!").Add(s).Dot("NeedsAnswer")).Block(jen.Return(s)),
		s.Clone().Dot("NeedsAnswer").Op("=").False(),
		s.Clone().Dot("Phase").Op("=").Add(g.dimConst(mapping.DimPhase, mapping.PhaseEnded)),
		jen.Switch().Block(cases...),
		jen.Return(s),
	)
}

// answerCase is the condition of one row of the answer rule:
//
//	(s.EndedBy == EndedBySelf || s.EndedBy == EndedByAgent) && s.Direction == DirectionOutbound
func (g *mappingGen) answerCase(r mapping.AnswerCase) jen.Code {
	cond := g.anyOf(mapping.DimEndedBy, "EndedBy", r.EndedBy)
	if len(r.Direction) == 0 {
		return cond
	}
	return jen.Parens(cond).Op("&&").Parens(g.anyOf(mapping.DimDirection, "Direction", r.Direction))
}

// anyOf is s.<field> == <one of the wires>, joined with ||.
func (g *mappingGen) anyOf(d mapping.Dim, field string, wires []string) *jen.Statement {
	cond := jen.Null()
	for i, w := range wires {
		if i > 0 {
			cond.Op("||")
		}
		cond.Id("s").Dot(field).Op("==").Add(g.dimConst(d, w))
	}
	return cond
}

// genCombine emits the combination rule:
//
//	func (s Status) Combine(detail Status) Status {
//		if detail.Raw == "" {
//			return s
//		}
//		if s.Vendor == "" {
//			s.Vendor = detail.Vendor
//		}
//		if s.Raw == "" {
//			return detail.asDetail(s.Vendor)
//		}
//		s.Detail = detail.Raw
//		if !s.takesDetail() {
//			return s
//		}
//		s.DetailNote = detail.Note
//		if detail.None == "" {
//			s.overlay(detail)
//		}
//		return s
//	}
func (g *mappingGen) genCombine() jen.Code {
	s, d := jen.Id("s"), jen.Id("detail")
	return doc(
		"Combine merges s, the status of a resolver's state, with the status of its detail, "+
			"by the combination rule of the canonical mapping.",
		"The detail explains an end. It applies when s is Ended, or when s says nothing about the phase "+
			"(a value the spec does not list, or one that is unmappable) and is a call status. "+
			"It is ignored when s is in a live phase (a reason sent with an answered party is stale) "+
			"or is not a call status (NoneNotAStatus); Detail still records it.",
		"When the detail applies, every dimension it sets wins over the state's and the others keep the state's. "+
			"If the detail speaks about the outcome (sets one, or NeedsAnswer), its Outcome and NeedsAnswer replace the state's. "+
			"The confidence is the lower of the two. A detail with no canonical meaning (a None) changes no dimension.",
		"A detail whose Raw is \"\" is an absent field and changes nothing. A state whose Raw is \"\" is an absent "+
			"field: the result is the detail's own status, with its value and texts in the Detail fields.",
		"The state's Lossy and Note stay; the detail's go to DetailLossy and DetailNote. Combine allocates nothing.",
	).Func().Params(statusRecv()).Id("Combine").Params(jen.Id("detail").Id(model.StatusType)).Id(model.StatusType).Block(
		jen.If(d.Clone().Dot("Raw").Op("==").Lit("")).Block(jen.Return(s)),
		jen.If(s.Clone().Dot("Vendor").Op("==").Lit("")).Block(s.Clone().Dot("Vendor").Op("=").Add(d).Dot("Vendor")),
		jen.If(s.Clone().Dot("Raw").Op("==").Lit("")).Block(jen.Return(d.Clone().Dot("asDetail").Call(s.Clone().Dot("Vendor")))),
		s.Clone().Dot("Detail").Op("=").Add(d).Dot("Raw"),
		jen.If(jen.Op("!").Add(s).Dot("takesDetail").Call()).Block(jen.Return(s)),
		s.Clone().Dot("DetailNote").Op("=").Add(d).Dot("Note"),
		jen.If(d.Clone().Dot("None").Op("==").Lit("")).Block(s.Clone().Dot("overlay").Call(d)),
		jen.Return(s),
	)
}

// genTakesDetail emits the test of whether a state lets its detail apply,
// from mapping.CombineRule:
//
//	func (s Status) takesDetail() bool {
//		return s.Phase == PhaseEnded || (s.Phase == PhaseUnknown && s.None != NoneNotAStatus)
//	}
func (g *mappingGen) genTakesDetail() jen.Code {
	phase := jen.Id("s").Dot("Phase")
	cond := jen.Null()
	for i, p := range mapping.CombineRule.StatePhases {
		if i > 0 {
			cond.Op("||")
		}
		test := phase.Clone().Op("==").Add(g.dimConst(mapping.DimPhase, p))
		if p == "" {
			test = jen.Parens(test.Op("&&").Id("s").Dot("None").Op("!=").Add(g.constOf(nones, mapping.CombineRule.NotAStatus)))
		}
		cond.Add(test)
	}
	return doc("takesDetail reports whether a state lets its detail explain an end: it ended, " +
		"or it says nothing about the phase and is a call status (mapping.CombineRule).").
		Func().Params(statusRecv()).Id("takesDetail").Params().Bool().Block(jen.Return(cond))
}

// genOverlay emits the application of a detail, from mapping.CombineRule:
//
//	func (s *Status) overlay(d Status) {
//		if d.Phase != PhaseUnknown {
//			s.Phase = d.Phase
//		}
//		... every overlaid dimension ...
//		if d.Outcome != OutcomeUnknown || d.NeedsAnswer {
//			s.Outcome, s.NeedsAnswer = d.Outcome, d.NeedsAnswer
//		}
//		s.None = NoneUnknown
//		s.Confidence = s.Confidence.lower(d.Confidence)
//		s.detail = d.info
//	}
func (g *mappingGen) genOverlay() jen.Code {
	s, d := jen.Id("s"), jen.Id("d")
	var body []jen.Code
	for _, dim := range mapping.CombineRule.Overlaid {
		f := dim.Enum()
		body = append(body, jen.If(d.Clone().Dot(f).Op("!=").Add(g.dimConst(dim, ""))).Block(s.Clone().Dot(f).Op("=").Add(d).Dot(f)))
	}
	gf := mapping.CombineRule.Grouped.Enum()
	body = append(body,
		jen.If(d.Clone().Dot(gf).Op("!=").Add(g.dimConst(mapping.CombineRule.Grouped, "")).Op("||").Add(d).Dot("NeedsAnswer")).Block(
			jen.List(s.Clone().Dot(gf), s.Clone().Dot("NeedsAnswer")).Op("=").List(d.Clone().Dot(gf), d.Clone().Dot("NeedsAnswer")),
		),
		s.Clone().Dot("None").Op("=").Lit(""),
		s.Clone().Dot("Confidence").Op("=").Add(s).Dot("Confidence").Dot("lower").Call(d.Clone().Dot("Confidence")),
		s.Clone().Dot("DetailLossy").Op("=").Add(d).Dot("Lossy"),
	)
	return doc("overlay applies a detail that has a canonical meaning to s (mapping.CombineRule).").
		Func().Params(jen.Id("s").Op("*").Id(model.StatusType)).Id("overlay").Params(jen.Id("d").Id(model.StatusType)).Block(body...)
}

// genAsDetail emits the result of a resolver given no state:
//
//	func (s Status) asDetail(vendor string) Status {
//		s.Vendor = vendor
//		s.Raw, s.Detail = "", s.Raw
//		s.Lossy, s.DetailLossy = "", s.Lossy
//		s.Note, s.DetailNote = "", s.Note
//		return s
//	}
func genAsDetail() jen.Code {
	s := jen.Id("s")
	swap := func(from, to string) jen.Code {
		return jen.List(s.Clone().Dot(from), s.Clone().Dot(to)).Op("=").List(jen.Lit(""), s.Clone().Dot(from))
	}
	return doc("asDetail is a detail standing alone, its state absent: its own meaning, with its value and texts in the Detail fields.").
		Func().Params(statusRecv()).Id("asDetail").Params(jen.Id("vendor").String()).Id(model.StatusType).Block(
		s.Clone().Dot("Vendor").Op("=").Id("vendor"),
		swap("Raw", "Detail"),
		swap("Lossy", "DetailLossy"),
		swap("Note", "DetailNote"),
		jen.Return(s),
	)
}

// genWithDirection emits the rule that a vendor's explicit direction wins:
//
//	func (s Status) WithDirection(d Direction) Status {
//		if d != DirectionUnknown {
//			s.Direction = d
//		}
//		return s
//	}
func (g *mappingGen) genWithDirection() jen.Code {
	d := mapping.DimDirection.Enum()
	return doc("WithDirection returns s with the direction a vendor states explicitly in its payload (Bandwidth direction, Genesys direction), "+
		"which wins over the one the status's values imply; DirectionUnknown changes nothing. "+
		"Apply it before Settle: the answer rule reads the direction.").
		Func().Params(statusRecv()).Id("WithDirection").Params(jen.Id("d").Id(d)).Id(model.StatusType).Block(
		jen.If(jen.Id("d").Op("!=").Add(g.dimConst(mapping.DimDirection, ""))).Block(jen.Id("s").Dot(d).Op("=").Id("d")),
		jen.Return(jen.Id("s")),
	)
}

// genWithHold emits the hold rule:
//
//	func (s Status) WithHold(held bool) Status {
//		if held && s.Phase == PhaseConnected {
//			s.Phase = PhaseHeld
//		}
//		return s
//	}
func (g *mappingGen) genWithHold() jen.Code {
	phase := jen.Id("s").Dot("Phase")
	return doc("WithHold returns s in phase Held when held is true and s is connected: a payload flag that says the call is on hold "+
		"(Genesys held or confined; SIP re-INVITE with a=sendonly or a=inactive, RFC 3264 section 8.4). Other statuses are returned unchanged.").
		Func().Params(statusRecv()).Id("WithHold").Params(jen.Id("held").Bool()).Id(model.StatusType).Block(
		jen.If(jen.Id("held").Op("&&").Add(phase.Clone()).Op("==").Add(g.dimConst(mapping.DimPhase, "connected"))).
			Block(phase.Clone().Op("=").Add(g.dimConst(mapping.DimPhase, "held"))),
		jen.Return(jen.Id("s")),
	)
}
