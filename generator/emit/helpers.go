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

// genAppendJSONString emits the JSON string encoder behind MarshalJSON. It
// copies runs of plain bytes and escapes like encoding/json: quote,
// backslash and control characters, invalid UTF-8 as \ufffd, and U+2028 and
// U+2029, which JavaScript does not accept raw.
//
//	func appendJSONString(b []byte, s string) []byte {
//		b = append(b, '"')
//		start := 0
//		for i := 0; i < len(s); {
//			c := s[i]
//			if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
//				i++
//				continue
//			}
//			if c < utf8.RuneSelf {
//				b = append(b, s[start:i]...)
//				b = appendJSONEscape(b, c)   // inlined as a switch
//				i++
//				start = i
//				continue
//			}
//			r, size := utf8.DecodeRuneInString(s[i:])
//			if r == utf8.RuneError && size == 1 {
//				b = append(b, s[start:i]...)
//				b = append(b, `\ufffd`...)
//				i += size
//				start = i
//				continue
//			}
//			if r == '\u2028' || r == '\u2029' {
//				b = append(b, s[start:i]...)
//				b = append(b, `\u202`...)
//				b = append(b, hex[r&0xf])
//				i += size
//				start = i
//				continue
//			}
//			i += size
//		}
//		b = append(b, s[start:]...)
//		return append(b, '"')
//	}
func genAppendJSONString(_ *model.Package) jen.Code {
	b, s, i, c, start := jen.Id("b"), jen.Id("s"), jen.Id("i"), jen.Id("c"), jen.Id("start")
	flush := func() jen.Code { return jen.Id("b").Op("=").Append(b, s.Clone().Index(start, i).Op("...")) }
	advance := func(step jen.Code) []jen.Code {
		return []jen.Code{step, jen.Id("start").Op("=").Id("i"), jen.Continue()}
	}
	return doc("appendJSONString appends s to b as a JSON string, escaped as encoding/json escapes it; "+
		"runs of bytes that need no escaping are copied at once.").
		Func().Id("appendJSONString").Params(jen.Id("b").Index().Byte(), jen.Id("s").String()).Index().Byte().Block(
		jen.Id("b").Op("=").Append(b, jen.LitRune('"')),
		jen.Id("start").Op(":=").Lit(0),
		jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Len(s), jen.Empty()).Block(
			jen.Id("c").Op(":=").Add(s).Index(i),
			jen.If(
				c.Clone().Op(">=").Lit(0x20).Op("&&").Add(c).Op("!=").LitRune('"').
					Op("&&").Add(c).Op("!=").LitRune('\\').Op("&&").Add(c).Op("<").Qual(pkgUTF8, "RuneSelf"),
			).Block(jen.Id("i").Op("++"), jen.Continue()),
			jen.If(c.Clone().Op("<").Qual(pkgUTF8, "RuneSelf")).Block(
				append([]jen.Code{flush(), jsonEscapeSwitch()}, advance(jen.Id("i").Op("++"))...)...,
			),
			jen.List(jen.Id("r"), jen.Id("size")).Op(":=").Qual(pkgUTF8, "DecodeRuneInString").Call(s.Clone().Index(i, jen.Empty())),
			jen.If(jen.Id("r").Op("==").Qual(pkgUTF8, "RuneError").Op("&&").Id("size").Op("==").Lit(1)).Block(
				append([]jen.Code{flush(), jen.Id("b").Op("=").Append(b, jen.Lit(`\ufffd`).Op("..."))}, advance(jen.Id("i").Op("+=").Id("size"))...)...,
			),
			jen.If(jen.Id("r").Op("==").LitRune('\u2028').Op("||").Id("r").Op("==").LitRune('\u2029')).Block(
				append([]jen.Code{
					flush(),
					jen.Id("b").Op("=").Append(b, jen.Lit(`\u202`).Op("...")),
					jen.Id("b").Op("=").Append(b, jen.Lit("0123456789abcdef").Index(jen.Id("r").Op("&").Lit(0xf))),
				}, advance(jen.Id("i").Op("+=").Id("size"))...)...,
			),
			jen.Id("i").Op("+=").Id("size"),
		),
		jen.Id("b").Op("=").Append(b, s.Clone().Index(start, jen.Empty()).Op("...")),
		jen.Return(jen.Append(b, jen.LitRune('"'))),
	)
}

// jsonEscapeSwitch appends the escape of the ASCII byte c:
//
//	switch c {
//	case '"', '\\':
//		b = append(b, '\\', c)
//	case '\b':
//		b = append(b, '\\', 'b')
//	...
//	default:
//		b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
//	}
func jsonEscapeSwitch() jen.Code {
	b := jen.Id("b")
	short := []struct {
		c    rune
		name rune
	}{{'\b', 'b'}, {'\f', 'f'}, {'\n', 'n'}, {'\r', 'r'}, {'\t', 't'}}
	cases := []jen.Code{
		jen.Case(jen.LitRune('"'), jen.LitRune('\\')).Block(
			jen.Id("b").Op("=").Append(b, jen.LitRune('\\'), jen.Id("c")),
		),
	}
	for _, e := range short {
		cases = append(cases, jen.Case(jen.LitRune(e.c)).Block(
			jen.Id("b").Op("=").Append(b, jen.LitRune('\\'), jen.LitRune(e.name)),
		))
	}
	hex := jen.Lit("0123456789abcdef")
	cases = append(cases, jen.Default().Block(
		jen.Id("b").Op("=").Append(b, jen.LitRune('\\'), jen.LitRune('u'), jen.LitRune('0'), jen.LitRune('0'),
			hex.Clone().Index(jen.Id("c").Op(">>").Lit(4)), hex.Clone().Index(jen.Id("c").Op("&").Lit(0xf))),
	))
	return jen.Switch(jen.Id("c")).Block(cases...)
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
