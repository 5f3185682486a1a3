package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// genLookup emits the function from a wire string (or byte slice) to the
// value's index in the enum's value array. It is the only emitter that
// decides how the lookup works; every caller uses the signature
//
//	func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool)
//
// so that Parse, IsKnown and the decoding methods share one function that
// allocates for neither argument type.
func genLookup(_ *model.Package, e *model.Enum) jen.Code {
	return switchLookup(e)
}

// switchLookup emits the lookup as a switch, which the compiler turns into
// a search by length and content; switching on string(s) does not allocate
// for a []byte.
//
//	func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool) {
//		switch string(s) {
//		case "BUSY":
//			return 0, true
//		}
//		return 0, false
//	}
func switchLookup(e *model.Enum) jen.Code {
	h := e.Helpers
	cases := make([]jen.Code, len(e.Values))
	for i, v := range e.Values {
		cases[i] = jen.Case(jen.Lit(v.Wire)).Block(jen.Return(jen.Lit(i), jen.True()))
	}
	return doc(fmt.Sprintf("%s returns the index in %s of the value whose wire string is s, and "+
		"whether there is one. It allocates nothing, for a string or a []byte.", h.Lookup, h.ValuesVar)).
		Func().Id(h.Lookup).Types(lookupTypeParam()).Params(jen.Id("s").Id("S")).Params(jen.Int(), jen.Bool()).Block(
		jen.Switch(jen.String().Call(jen.Id("s"))).Block(cases...),
		jen.Return(jen.Lit(0), jen.False()),
	)
}

// lookupTypeParam is S ~string | ~[]byte.
func lookupTypeParam() jen.Code {
	return jen.Id("S").Union(jen.Op("~").String(), jen.Op("~").Index().Byte())
}
