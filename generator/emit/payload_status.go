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
	case st.Direction != nil || len(st.Held) > 0:
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

// withPayloadFacts applies the payload's direction and hold fields to s.
func withPayloadFacts(s jen.Code, st *model.PayloadStatus) jen.Code {
	out := jen.Add(s)
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
