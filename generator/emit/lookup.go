package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/phash"
)

// genLookup emits the function from a wire string (or byte slice) to the
// value's index in the enum's value array, and the table it reads. It is
// the only emitter that decides how the lookup works; every caller relies
// on the signature
//
//	func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool)
//
// so that Parse, IsKnown and the decoding methods share one function that
// allocates for no argument type. The body is a perfect hash computed now,
// at generation time (package phash), or a switch when none is found.
//
// The lookup compares the input with the wire strings of table: the value
// array itself for a string enum, the wire table of a closed enum (whose
// index is also its value).
func genLookup(e *model.Enum, closed bool) (jen.Code, error) {
	h := e.Helpers
	if h.LookupData != h.Lookup+"Slots" {
		return nil, fmt.Errorf("enum %s: lookup table must be named %sSlots, the model reserved %s", e.Name, h.Lookup, h.LookupData)
	}
	tb, err := lookupTable(e)
	if err != nil {
		return nil, err
	}
	table := h.ValuesVar
	if closed {
		table = wiresVar(e)
	}
	if caseless(e) {
		return jen.Add(genFoldLookup(e)).Line().Line().Add(tb.Func(exactLookup(e), jen.Id(table))), nil
	}
	return tb.Func(h.Lookup, jen.Id(table)), nil
}

// caseless reports whether e's lookup folds ASCII case (spec
// case_insensitive: the wire values are lower case).
func caseless(e *model.Enum) bool { return e.Spec != nil && e.Spec.CaseInsensitive }

// exactLookup is the name of the case-sensitive lookup of a caseless enum;
// its table is named after it, which the model does not reserve: the name
// starts with the reserved lookup name and no spec name starts in lower case.
func exactLookup(e *model.Enum) string { return e.Helpers.Lookup + "Exact" }

// genFoldLookup emits the lookup of a case-insensitive enum: the exact
// lookup first (the common case), then the input folded to lower case in a
// stack buffer as long as the longest wire value, so that it allocates
// nothing:
//
//	func lookupState[S ~string | ~[]byte](s S) (int, bool) {
//		if i, ok := lookupStateExact(s); ok {
//			return i, true
//		}
//		var buf [12]byte
//		if len(s) > len(buf) {
//			return 0, false
//		}
//		for i := 0; i < len(s); i++ {
//			c := s[i]
//			if 'A' <= c && c <= 'Z' {
//				c += 'a' - 'A'
//			}
//			buf[i] = c
//		}
//		return lookupStateExact(buf[:len(s)])
//	}
func genFoldLookup(e *model.Enum) jen.Code {
	longest := 0
	for _, v := range e.Values {
		longest = max(longest, len(v.Wire))
	}
	s, c, i := jen.Id("s"), jen.Id("c"), jen.Id("i")
	exact := exactLookup(e)
	return doc(fmt.Sprintf("%s returns the index in %s of the value whose wire string is s in any ASCII case "+
		"(the spec marks %s case_insensitive): %s first, then s folded to lower case in a stack buffer. It allocates nothing.",
		e.Helpers.Lookup, e.Helpers.ValuesVar, e.Name, exact)).
		Func().Id(e.Helpers.Lookup).Types(jen.Id("S").Op("~").String().Op("|").Op("~").Index().Byte()).
		Params(s.Clone().Id("S")).Params(jen.Int(), jen.Bool()).Block(
		jen.If(jen.List(i.Clone(), jen.Id("ok")).Op(":=").Id(exact).Call(s.Clone()), jen.Id("ok")).Block(jen.Return(i.Clone(), jen.True())),
		jen.Var().Id("buf").Index(jen.Lit(longest)).Byte(),
		jen.If(jen.Len(s.Clone()).Op(">").Len(jen.Id("buf"))).Block(jen.Return(jen.Lit(0), jen.False())),
		jen.For(i.Clone().Op(":=").Lit(0), i.Clone().Op("<").Len(s.Clone()), i.Clone().Op("++")).Block(
			c.Clone().Op(":=").Add(s.Clone()).Index(i.Clone()),
			jen.If(jen.LitRune('A').Op("<=").Add(c.Clone()).Op("&&").Add(c.Clone()).Op("<=").LitRune('Z')).Block(
				c.Clone().Op("+=").LitRune('a').Op("-").LitRune('A'),
			),
			jen.Id("buf").Index(i.Clone()).Op("=").Add(c.Clone()),
		),
		jen.Return(jen.Id(exact).Call(jen.Id("buf").Index(jen.Empty(), jen.Len(s.Clone())))),
	)
}

// lookupTable builds the perfect hash of e's wire strings. It is
// deterministic, so genParse and genLookup, which both need it, agree.
func lookupTable(e *model.Enum) (*phash.Table, error) {
	wires := make([]string, len(e.Values))
	for i, v := range e.Values {
		wires[i] = v.Wire
	}
	tb, err := phash.Build(wires)
	if err != nil {
		return nil, fmt.Errorf("enum %s: %w", e.Name, err)
	}
	return tb, nil
}
