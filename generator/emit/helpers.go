package emit

import (
	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// genUnknownValueError emits the error type the Parse functions return:
//
//	type UnknownValueError struct {
//		Type  string // the enum type, e.g. "CallStatus"
//		Value string // the value as given
//	}
//
//	func (e *UnknownValueError) Error() string {
//		return "acme: unknown " + e.Type + " value " + strconv.Quote(e.Value)
//	}
func genUnknownValueError(p *model.Package) jen.Code {
	example := "CallStatus"
	if len(p.Enums) > 0 {
		example = p.Enums[0].Name
	}
	return doc("UnknownValueError is the error the Parse functions return for a value the spec does not list. "+
		"The value returned with it is still usable as a raw value.").
		Type().Id("UnknownValueError").Struct(
		jen.Id("Type").String().Comment("the enum type, e.g. \""+example+"\""),
		jen.Id("Value").String().Comment("the value as given"),
	).Line().Line().
		Add(doc("Error implements error.")).
		Func().Params(jen.Id("e").Op("*").Id("UnknownValueError")).Id("Error").Params().String().Block(
		jen.Return(jen.Lit(p.Name+": unknown ").Op("+").Id("e").Dot("Type").Op("+").Lit(" value ").
			Op("+").Qual(pkgStrconv, "Quote").Call(jen.Id("e").Dot("Value"))),
	)
}

// genUnquoteJSON emits the fast path of UnmarshalJSON: the content of a
// JSON string that needs no unescaping, as a sub-slice of b. Anything else
// (escapes, control characters, invalid UTF-8, not a string) returns false
// and is left to encoding/json, which also reports syntax errors.
//
//	func unquoteJSON(b []byte) ([]byte, bool) {
//		if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
//			return nil, false
//		}
//		b = b[1 : len(b)-1]
//		ascii := true
//		for _, c := range b {
//			if c < 0x20 || c == '"' || c == '\\' {
//				return nil, false
//			}
//			if c >= utf8.RuneSelf {
//				ascii = false
//			}
//		}
//		return b, ascii || utf8.Valid(b)
//	}
func genUnquoteJSON(_ *model.Package) jen.Code {
	b, c := jen.Id("b"), jen.Id("c")
	return doc("unquoteJSON returns the content of the JSON string b when it needs no unescaping, "+
		"and false for anything else, which encoding/json then decodes or rejects.").
		Func().Id("unquoteJSON").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Bool()).Block(
		jen.If(
			jen.Len(b).Op("<").Lit(2).Op("||").Add(b).Index(jen.Lit(0)).Op("!=").LitRune('"').
				Op("||").Add(b).Index(jen.Len(b).Op("-").Lit(1)).Op("!=").LitRune('"'),
		).Block(jen.Return(jen.Nil(), jen.False())),
		jen.Id("b").Op("=").Add(b).Index(jen.Lit(1), jen.Len(b).Op("-").Lit(1)),
		jen.Id("ascii").Op(":=").True(),
		jen.For(jen.List(jen.Id("_"), jen.Id("c")).Op(":=").Range().Add(b)).Block(
			jen.If(c.Clone().Op("<").Lit(0x20).Op("||").Add(c).Op("==").LitRune('"').Op("||").Add(c).Op("==").LitRune('\\')).Block(
				jen.Return(jen.Nil(), jen.False()),
			),
			jen.If(c.Clone().Op(">=").Qual(pkgUTF8, "RuneSelf")).Block(jen.Id("ascii").Op("=").False()),
		),
		jen.Return(b, jen.Id("ascii").Op("||").Qual(pkgUTF8, "Valid").Call(b)),
	)
}
