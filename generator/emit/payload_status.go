package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// canonicalPath is the import path of the canonical package, or "" when
// the packages are generated without the mapping (then no payload has a
// Status method: the resolvers it calls are mapping code).
func canonicalPath(opts Options) string {
	if opts.Mapping == nil {
		return ""
	}
	if path := opts.Mapping.Canonical.File.ImportPath; path != "" {
		return path
	}
	return opts.PackagePath(opts.Mapping.Canonical.File.Vendor)
}

// genPayloadStatus emits the Status method of a payload wired to a
// resolver; nil for one that is not, or without the mapping:
//
//	func (x *DisconnectCallback) Status() callstatus.Status {
//		return ResolveEvent(x.EventType, x.Cause, !x.AnswerTime.IsZero())
//	}
//
// A payload with no answered field, for a resolver that takes one, is not
// settled: Status returns what the fields say, NeedsAnswer included, for the
// caller to settle with what it knows (see unsettledStatus).
func genPayloadStatus(_ *model.Package, pl *model.Payload, opts Options) jen.Code {
	st, path := pl.Status, canonicalPath(opts)
	if st == nil || path == "" {
		return nil
	}
	var body jen.Code
	switch {
	case st.TakesAnswered && st.Answered == nil:
		body = unsettledStatus(st)
	case st.Direction != nil || len(st.Held) > 0 || st.Q850 != nil || st.SIP != nil:
		body = resolverChain(st)
	default:
		body = resolverCall(st)
	}
	return doc(statusDoc(pl)...).
		Func().Params(jen.Id("x").Op("*").Id(pl.Name)).Id("Status").Params().Qual(path, model.StatusType).Block(
		jen.Return(body),
	)
}

// resolverCall calls the resolver with the state field, the detail field
// (or none) and whether the call was answered:
//
//	ResolveEvent(x.EventType, x.Cause, !x.AnswerTime.IsZero())
func resolverCall(st *model.PayloadStatus) jen.Code {
	args := []jen.Code{jen.Id("x").Dot(st.State.Name)}
	if st.TakesDetail {
		args = append(args, fieldOrZero(st.Detail))
	}
	if st.TakesAnswered {
		args = append(args, answeredExpr(st.Answered))
	}
	return jen.Id(st.Resolver).Call(args...)
}

// unsettledStatus is what the resolver computes before it settles, with
// the payload's explicit direction and hold applied:
//
//	x.Code.Canonical().Combine(x.Reason.Canonical())
func unsettledStatus(st *model.PayloadStatus) jen.Code {
	s := jen.Id("x").Dot(st.State.Name).Dot(model.CanonicalMethod).Call()
	if st.TakesDetail && st.Detail != nil {
		s.Dot("Combine").Call(jen.Id("x").Dot(st.Detail.Name).Dot(model.CanonicalMethod).Call())
	}
	return withPayloadFacts(s, st)
}

// resolverChain is the resolver spelled out, so that the payload's explicit
// direction and hold apply before the answer rule, which reads the
// direction:
//
//	x.EventType.Canonical().Combine(x.Cause.Canonical()).WithDirection(x.Direction.Canonical().Direction).Settle(!x.AnswerTime.IsZero())
func resolverChain(st *model.PayloadStatus) jen.Code {
	s := unsettledStatus(st)
	if st.TakesAnswered {
		s = jen.Add(s).Dot("Settle").Call(answeredExpr(st.Answered))
	}
	return s
}

// withPayloadFacts applies the payload's codes, direction and hold fields
// to s. The codes come first, so that they explain the end before the
// answer rule; the Q.850 cause before the SIP code.
func withPayloadFacts(s jen.Code, st *model.PayloadStatus) jen.Code {
	out := jen.Add(s)
	if st.Q850 != nil {
		out.Dot("WithQ850").Call(codeExpr(st.Q850))
	}
	if st.SIP != nil {
		out.Dot("WithSIP").Call(codeExpr(st.SIP))
	}
	if st.Direction != nil {
		out.Dot("WithDirection").Call(jen.Id("x").Dot(st.Direction.Name).Dot(model.CanonicalMethod).Call().Dot("Direction"))
	}
	if len(st.Held) > 0 {
		var held jen.Code
		for i, fl := range st.Held {
			e := jen.Parens(answeredExpr(fl))
			if i == 0 {
				held = e
			} else {
				held = jen.Add(held).Op("||").Add(e)
			}
		}
		out.Dot("WithHold").Call(held)
	}
	return out
}

// statusDoc says what Status computes from which fields.
func statusDoc(pl *model.Payload) []string {
	st := pl.Status
	fields := st.State.Wire
	if st.Detail != nil {
		fields += " and " + st.Detail.Wire
	}
	first := fmt.Sprintf("Status is the payload's canonical call status: %s of its %s.", st.Resolver, fields)
	if st.Direction != nil {
		first += fmt.Sprintf(" Its %s, when set, wins over the direction the values imply, before the answer rule reads it.", st.Direction.Wire)
	}
	if len(st.Held) > 0 {
		var ws []string
		for _, fl := range st.Held {
			ws = append(ws, fl.Wire)
		}
		first += fmt.Sprintf(" A connected call with %s true is held.", strings.Join(ws, " or "))
	}
	var paras []string
	if codes := codesDoc(st); codes != "" {
		paras = append(paras, codes)
	}
	switch {
	case st.Answered != nil:
		first += fmt.Sprintf(" The call counts as answered when %s is set.", st.Answered.Wire)
	case st.TakesAnswered:
		first = fmt.Sprintf("Status is the payload's canonical call status, from its %s, as %s computes it before it settles.", fields, st.Resolver)
		paras = append(paras, fmt.Sprintf("%s does not say whether the call was answered, so a status that only says "+
			"the call ended is left unsettled: NeedsAnswer is true and the outcome Unknown. "+
			"Settle it with what you know, Status().Settle(answered), for instance from an earlier event of the same call.", pl.Name))
	}
	if st.TakesDetail && st.Detail == nil {
		paras = append(paras, fmt.Sprintf("%s has no field for the resolver's detail, so Status passes none.", pl.Name))
	}
	return append([]string{first}, paras...)
}

// codesDoc says what Status does with the payload's Q.850 and SIP fields;
// "" when it has none.
func codesDoc(st *model.PayloadStatus) string {
	var parts, fns []string
	if st.Q850 != nil {
		parts = append(parts, fmt.Sprintf("the Q.850 cause in %s (Q850Cause)", st.Q850.Wire))
		fns = append(fns, "FromQ850")
	}
	if st.SIP != nil {
		parts = append(parts, fmt.Sprintf("the SIP response code in %s (SIPCode)", st.SIP.Wire))
		fns = append(fns, "FromSIP")
	}
	if len(parts) == 0 {
		return ""
	}
	var order string
	if len(parts) == 2 {
		order = ", the Q.850 cause before the SIP code"
	}
	return fmt.Sprintf("The status keeps %s as reported. The vendor's values win: "+
		"only when they leave the end open (no outcome, or one the answer rule must settle) "+
		"does the code's status (%s) decide the outcome%s, before the answer rule. "+
		"A value that is not a code (empty, out of range, not digits) is none.",
		strings.Join(parts, " and "), strings.Join(fns, ", "), order)
}

// codeExpr reads a Q.850 or SIP code from its field: an integer through
// codeNumber, a string of digits through codeText (both emitted by
// genCodeHelpers).
func codeExpr(fl *model.Field) jen.Code {
	f := jen.Id("x").Dot(fl.Name)
	if fl.Type == model.FieldInt {
		if !fl.Pointer {
			f = jen.Op("&").Add(f)
		}
		return jen.Id("codeNumber").Call(f)
	}
	return jen.Id("codeText").Call(f)
}

// genCodeHelpers emits the readers codeExpr calls, each only when a
// payload of p with a Status method uses it (nil for none):
//
//	func codeText(s string) int     // "603" -> 603; "unspecified" -> 0
//	func codeNumber(n *int64) int   // nil or outside 0-999 -> 0
func genCodeHelpers(p *model.Package, opts Options) jen.Code {
	if canonicalPath(opts) == "" {
		return nil
	}
	var text, number bool
	for _, pl := range p.Payloads {
		if pl.Status == nil {
			continue
		}
		for _, fl := range []*model.Field{pl.Status.Q850, pl.Status.SIP} {
			switch {
			case fl == nil:
			case fl.Type == model.FieldInt:
				number = true
			default:
				text = true
			}
		}
	}
	out := jen.Null()
	if text {
		s, c, n := jen.Id("s"), jen.Id("c"), jen.Id("n")
		out.Add(doc("codeText returns the Q.850 cause or SIP response code s holds when it is a string of one to three ASCII digits, "+
			"and 0, no code, for anything else (empty, \"unspecified\"). It allocates nothing.")).
			Func().Id("codeText").Params(jen.Id("s").String()).Int().Block(
			jen.If(jen.Len(s).Op("==").Lit(0).Op("||").Len(s).Op(">").Lit(3)).Block(jen.Return(jen.Lit(0))),
			jen.Id("n").Op(":=").Lit(0),
			jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Len(s), jen.Id("i").Op("++")).Block(
				jen.Id("c").Op(":=").Add(s).Index(jen.Id("i")),
				jen.If(c.Clone().Op("<").LitRune('0').Op("||").Add(c).Op(">").LitRune('9')).Block(jen.Return(jen.Lit(0))),
				jen.Id("n").Op("=").Add(n).Op("*").Lit(10).Op("+").Int().Call(c.Clone().Op("-").LitRune('0')),
			),
			jen.Return(n),
		).Line().Line()
	}
	if number {
		n := jen.Op("*").Id("n")
		out.Add(doc("codeNumber returns the Q.850 cause or SIP response code *n holds, "+
			"and 0, no code, for nil or a number outside 0-999.")).
			Func().Id("codeNumber").Params(jen.Id("n").Op("*").Int64()).Int().Block(
			jen.If(jen.Id("n").Op("==").Nil().Op("||").Add(n).Op("<").Lit(0).Op("||").Add(n.Clone()).Op(">").Lit(999)).Block(jen.Return(jen.Lit(0))),
			jen.Return(jen.Int().Call(n.Clone())),
		).Line().Line()
	}
	if !text && !number {
		return nil
	}
	return out
}

// fieldOrZero is x's field, or the empty enum value when there is none.
func fieldOrZero(fl *model.Field) jen.Code {
	if fl == nil {
		return jen.Lit("")
	}
	return jen.Id("x").Dot(fl.Name)
}

// answeredExpr tells from the answered field whether the call was
// answered: a timestamp that is set, a bool that is true, a string that is
// not empty.
func answeredExpr(fl *model.Field) jen.Code {
	f := jen.Id("x").Dot(fl.Name)
	switch {
	case fl.Type == model.FieldTime:
		return jen.Op("!").Add(f).Dot("IsZero").Call()
	case fl.Type == model.FieldBool && fl.Pointer:
		return f.Clone().Op("!=").Nil().Op("&&").Op("*").Add(f)
	case fl.Type == model.FieldBool:
		return f
	}
	return f.Op("!=").Lit("")
}
