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
var nones = constDecls(append([]string{""}, model.Nones...), model.NoneName, map[string]string{
	"":                 "is the zero value: the value has a canonical meaning, or the spec does not list it (see Status.IsKnown).",
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
		genTextType(),
		genConstType(model.ConfidenceType, confidences, "Confidence is how sure the mapping of a vendor value onto the canonical model is, as the spec marks it. "+
			"It is a uint8 whose order is the rank (ConfidenceUnknown lowest); String and MarshalText give the spec's word (\"high\").",
			"The confidence values, lowest first."),
		genConfidenceRank(),
		genConstType(model.NoneType, nones, "None says why a vendor value has no canonical meaning on purpose. "+
			"The zero value NoneUnknown (\"\") is a value that has one, or one the spec does not list (see Status.IsKnown). "+
			"It is a uint8; String and MarshalText give the spec's word (\"not_a_status\").",
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
//		Text, DetailText *Text
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
		doc("Text holds the free texts of the mapping of Raw (Lossy, Note); nil when it has none. "+
			"It points to a static record of the generated code: read it, do not modify it. Note and Lossy read it safely.").
			Id(model.TextField).Op("*").Id(model.TextType),
		doc("DetailText is the Text of Detail, set when the detail was applied. "+
			"It is kept apart from the state's texts so that combining allocates nothing; DetailNote and DetailLossy read it.").
			Id(model.DetailTextField).Op("*").Id(model.TextType),
	)
	return doc(
		"Status is the canonical meaning of a vendor value, or of a vendor's state and detail values combined by a resolver. "+
			"Every enum of a vendor package has a Canonical method returning one, and every resolver returns one.",
		"A value the spec does not list gives a Status whose dimensions are all Unknown, with Vendor and Raw set: "+
			"Unknown is never terminal, so code must not read it as ended.",
		"A Status is a small plain value (80 bytes on 64-bit platforms): its dimensions, Confidence and None are uint8 enums, "+
			"its free texts are behind a pointer to a static Text, every string in it is a constant of the generated code "+
			"or the vendor value itself, and copying, combining or settling it allocates nothing.",
	).Type().Id(model.StatusType).Struct(fields...)
}

// genConstType emits a uint8 type numbered like a closed enum, its
// constants, and its text form:
//
//	type Confidence uint8
//
//	const (
//		ConfidenceUnknown Confidence = iota
//		...
//	)
//
//	var wiresConfidence = [...]string{"", "low", ...}
//
//	func (c Confidence) String() string { ... }
//	func (c Confidence) MarshalText() ([]byte, error) { ... }
//	func (c *Confidence) UnmarshalText(b []byte) error { ... }
func genConstType(name string, consts []constDecl, typeDoc, constDoc string) jen.Code {
	wires := "wires" + name
	c := jen.Id("c")
	unknown := func(v jen.Code) jen.Code {
		return jen.Op("&").Id("UnknownValueError").Values(jen.Id("Type").Op(":").Lit(name), jen.Id("Value").Op(":").Add(v))
	}
	return doc(typeDoc).Type().Id(name).Uint8().Line().Line().
		Add(doc(constDoc)).Const().DefsFunc(func(d *jen.Group) {
		for i, k := range consts {
			if i == 0 {
				d.Add(doc(k.doc).Id(k.name).Id(name).Op("=").Iota())
				continue
			}
			d.Add(doc(k.doc).Id(k.name))
		}
	}).Line().Line().
		Add(doc(fmt.Sprintf("%s holds the spec's word for each %s, indexed by value.", wires, name))).
		Var().Id(wires).Op("=").Index(jen.Op("...")).String().ValuesFunc(func(g *jen.Group) {
		for _, k := range consts {
			g.Lit(k.wire)
		}
	}).Line().Line().
		Add(doc(fmt.Sprintf("String returns the spec's word (\"\" for %s), or %s(n) for a number that is no value.", consts[0].name, name))).
		Func().Params(c.Clone().Id(name)).Id("String").Params().String().Block(
		jen.If(jen.Int().Call(c).Op("<").Len(jen.Id(wires))).Block(jen.Return(jen.Id(wires).Index(c))),
		jen.Return(jen.Lit(name+"(").Op("+").Qual(pkgStrconv, "Itoa").Call(jen.Int().Call(c)).Op("+").Lit(")")),
	).Line().Line().
		Add(doc("MarshalText implements encoding.TextMarshaler: the spec's word; a number that is no value is an *UnknownValueError.")).
		Func().Params(c.Clone().Id(name)).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Int().Call(c).Op(">=").Len(jen.Id(wires))).Block(jen.Return(jen.Nil(), unknown(c.Clone().Dot("String").Call()))),
		jen.Return(jen.Index().Byte().Call(jen.Id(wires).Index(c)), jen.Nil()),
	).Line().Line().
		Add(doc("UnmarshalText implements encoding.TextUnmarshaler; a word the spec does not use is an *UnknownValueError and leaves c unchanged.")).
		Func().Params(c.Clone().Op("*").Id(name)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.For(jen.List(jen.Id("i"), jen.Id("w")).Op(":=").Range().Id(wires)).Block(
			jen.If(jen.Id("w").Op("==").String().Call(jen.Id("b"))).Block(
				jen.Op("*").Add(c).Op("=").Id(name).Call(jen.Id("i")),
				jen.Return(jen.Nil()),
			),
		),
		jen.Return(unknown(jen.String().Call(jen.Id("b")))),
	)
}

// genTextType emits the free texts of a mapping and the nil-safe readers
// of Status:
//
//	type Text struct {
//		Lossy string
//		Note  string
//	}
//
//	func (s Status) Note() string {
//		if s.Text == nil {
//			return ""
//		}
//		return s.Text.Note
//	}
//	... Lossy, DetailNote, DetailLossy
func genTextType() jen.Code {
	code := doc("Text holds the free texts of a mapping, as the spec writes them. "+
		"The generated tables point to static Texts, so that a Status stays small and copying it copies no strings; "+
		"read them through Status.Note, Lossy, DetailNote and DetailLossy, which accept a nil Text.").
		Type().Id(model.TextType).Struct(
		doc("Lossy names the distinction the mapping drops; \"\" when it drops none.").Id("Lossy").String(),
		doc("Note justifies the mapping.").Id("Note").String(),
	)
	for _, m := range []struct{ method, field, text, what string }{
		{"Lossy", model.TextField, "Lossy", "the distinction the mapping of Raw drops; \"\" when it drops none"},
		{"Note", model.TextField, "Note", "the note that justifies the mapping of Raw"},
		{"DetailLossy", model.DetailTextField, "Lossy", "the Lossy of Detail, set when the detail was applied"},
		{"DetailNote", model.DetailTextField, "Note", "the Note of Detail, set when the detail was applied"},
	} {
		t := jen.Id("s").Dot(m.field)
		code.Line().Line().
			Add(doc(fmt.Sprintf("%s returns %s (from %s; \"\" when it is nil).", m.method, m.what, m.field))).
			Func().Params(statusRecv()).Id(m.method).Params().String().Block(
			jen.If(t.Clone().Op("==").Nil()).Block(jen.Return(jen.Lit(""))),
			jen.Return(t.Clone().Dot(m.text)),
		)
	}
	return code
}

// genConfidenceRank emits the order of confidences, which is the order of
// their values:
//
//	func (c Confidence) AtLeast(min Confidence) bool { return c >= min }
//
//	func (c Confidence) lower(d Confidence) Confidence { ... }
func genConfidenceRank() jen.Code {
	c, d := jen.Id("c"), jen.Id("d")
	recv := jen.Id("c").Id(model.ConfidenceType)
	return doc("AtLeast reports whether c is min or higher; every confidence is at least ConfidenceUnknown.").
		Func().Params(recv.Clone()).Id("AtLeast").Params(jen.Id("min").Id(model.ConfidenceType)).Bool().Block(
		jen.Return(c.Clone().Op(">=").Id("min")),
	).Line().Line().
		Add(doc("lower returns the lower of c and d; an unknown confidence does not count.")).
		Func().Params(recv.Clone()).Id("lower").Params(jen.Id("d").Id(model.ConfidenceType)).Id(model.ConfidenceType).Block(
		jen.If(
			c.Clone().Op("==").Id(confidences[0].name).Op("||").
				Parens(d.Clone().Op("!=").Id(confidences[0].name).Op("&&").Add(d).Op("<").Add(c)),
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
		jen.Return(jen.Id("s").Dot("Confidence").Op("!=").Id(confidences[0].name).Op("||").Id("s").Dot("None").Op("!=").Id(nones[0].name)),
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
//		s.DetailText = detail.Text
//		if detail.None == NoneUnknown {
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
		"The state's Text stays; the detail's goes to DetailText (read by DetailLossy and DetailNote). Combine allocates nothing.",
	).Func().Params(statusRecv()).Id("Combine").Params(jen.Id("detail").Id(model.StatusType)).Id(model.StatusType).Block(
		jen.If(d.Clone().Dot("Raw").Op("==").Lit("")).Block(jen.Return(s)),
		jen.If(s.Clone().Dot("Vendor").Op("==").Lit("")).Block(s.Clone().Dot("Vendor").Op("=").Add(d).Dot("Vendor")),
		jen.If(s.Clone().Dot("Raw").Op("==").Lit("")).Block(jen.Return(d.Clone().Dot("asDetail").Call(s.Clone().Dot("Vendor")))),
		s.Clone().Dot("Detail").Op("=").Add(d).Dot("Raw"),
		jen.If(jen.Op("!").Add(s).Dot("takesDetail").Call()).Block(jen.Return(s)),
		s.Clone().Dot(model.DetailTextField).Op("=").Add(d).Dot(model.TextField),
		jen.If(d.Clone().Dot("None").Op("==").Id(nones[0].name)).Block(s.Clone().Dot("overlay").Call(d)),
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
		s.Clone().Dot("None").Op("=").Id(nones[0].name),
		s.Clone().Dot("Confidence").Op("=").Add(s).Dot("Confidence").Dot("lower").Call(d.Clone().Dot("Confidence")),
	)
	return doc("overlay applies a detail that has a canonical meaning to s (mapping.CombineRule).").
		Func().Params(jen.Id("s").Op("*").Id(model.StatusType)).Id("overlay").Params(jen.Id("d").Id(model.StatusType)).Block(body...)
}

// genAsDetail emits the result of a resolver given no state:
//
//	func (s Status) asDetail(vendor string) Status {
//		s.Vendor = vendor
//		s.Raw, s.Detail = "", s.Raw
//		s.Text, s.DetailText = nil, s.Text
//		return s
//	}
func genAsDetail() jen.Code {
	s := jen.Id("s")
	swap := func(from, to string) jen.Code {
		zero := jen.Lit("")
		if from == model.TextField {
			zero = jen.Nil()
		}
		return jen.List(s.Clone().Dot(from), s.Clone().Dot(to)).Op("=").List(zero, s.Clone().Dot(from))
	}
	return doc("asDetail is a detail standing alone, its state absent: its own meaning, with its value and texts in the Detail fields.").
		Func().Params(statusRecv()).Id("asDetail").Params(jen.Id("vendor").String()).Id(model.StatusType).Block(
		s.Clone().Dot("Vendor").Op("=").Id("vendor"),
		swap("Raw", "Detail"),
		swap(model.TextField, model.DetailTextField),
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
