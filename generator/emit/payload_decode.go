package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// describeLimit is how much of a bad value an error quotes: payloads come
// from outside, and errors end up in logs.
const describeLimit = 40

// genPayloadUnmarshal emits the payload's UnmarshalJSON. It decodes like
// encoding/json does without it, through a local struct whose fields point
// into x, so that every error names its field: timestamps and enums go
// through payloadField (their own errors name no field), the rest through
// plain pointers, which encoding/json decodes and names itself.
//
//	func (x *DisconnectCallback) UnmarshalJSON(b []byte) error {
//		type fields struct {
//			EventType payloadField `json:"eventType"`
//			AccountID *string      `json:"accountId"`
//			...
//		}
//		f := fields{
//			EventType: payloadField{&x.EventType},
//			AccountID: &x.AccountID,
//			...
//		}
//		if err := json.Unmarshal(b, &f); err != nil {
//			return payloadError(err, reflect.TypeFor[DisconnectCallback]())
//		}
//		return nil
//	}
func genPayloadUnmarshal(_ *model.Package, pl *model.Payload, _ Options) jen.Code {
	return doc("UnmarshalJSON implements json.Unmarshaler. It decodes as encoding/json would without it "+
		"and exists so that every error names its field: time.Time and the enums report errors that do not.").
		Func().Params(jen.Id("x").Op("*").Id(pl.Name)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.Type().Id("fields").StructFunc(func(g *jen.Group) {
			for _, fl := range pl.Fields {
				g.Id(fl.Name).Add(decodeType(fl)).Tag(map[string]string{"json": fl.Wire})
			}
		}),
		jen.Id("f").Op(":=").Id("fields").ValuesFunc(func(g *jen.Group) {
			for _, fl := range pl.Fields {
				g.Line().Id(fl.Name).Op(":").Add(decodeTarget(fl))
			}
			g.Line()
		}),
		jen.If(jen.Err().Op(":=").Qual(pkgJSON, "Unmarshal").Call(jen.Id("b"), jen.Op("&").Id("f")), jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Id("payloadError").Call(jen.Err(), jen.Qual(pkgReflect, "TypeFor").Types(jen.Id(pl.Name)).Call())),
		),
		jen.Return(jen.Nil()),
	)
}

// decodeType is a field's type in the local decoding struct.
func decodeType(fl *model.Field) *jen.Statement {
	if fl.NamesItself() {
		return jen.Op("*").Add(fieldType(fl))
	}
	return jen.Id("payloadField")
}

// decodeTarget is what the decoding struct's field holds: x's field.
func decodeTarget(fl *model.Field) *jen.Statement {
	target := jen.Op("&").Id("x").Dot(fl.Name)
	if fl.NamesItself() {
		return target
	}
	return jen.Id("payloadField").Values(target)
}

// genPayloadField emits the wrapper that names a field in its errors:
//
//	type payloadField struct{ dst json.Unmarshaler }
//
//	func (f payloadField) UnmarshalJSON(b []byte) error {
//		if err := f.dst.UnmarshalJSON(b); err != nil {
//			return &json.UnmarshalTypeError{Value: describeJSON(b), Type: reflect.TypeOf(f.dst).Elem()}
//		}
//		return nil
//	}
func genPayloadField(_ *model.Package) jen.Code {
	return doc("payloadField decodes one payload field with the field's own UnmarshalJSON and reports a failure "+
		"as a *json.UnmarshalTypeError, which encoding/json completes with the field's name and path.").
		Type().Id("payloadField").Struct(jen.Id("dst").Qual(pkgJSON, "Unmarshaler")).Line().Line().
		Add(doc("UnmarshalJSON implements json.Unmarshaler.")).
		Func().Params(jen.Id("f").Id("payloadField")).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.If(jen.Err().Op(":=").Id("f").Dot("dst").Dot("UnmarshalJSON").Call(jen.Id("b")), jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Op("&").Qual(pkgJSON, "UnmarshalTypeError").Values(
				jen.Id("Value").Op(":").Id("describeJSON").Call(jen.Id("b")),
				jen.Id("Type").Op(":").Qual(pkgReflect, "TypeOf").Call(jen.Id("f").Dot("dst")).Dot("Elem").Call(),
			)),
		),
		jen.Return(jen.Nil()),
	)
}

// genDescribeJSON emits the description of a bad value for an error, in
// encoding/json's words, with the text of a string or number, cut short:
//
//	func describeJSON(b []byte) string {
//		kind := "number "
//		switch b[0] {
//		case '"':
//			kind = "string "
//		case '{':
//			return "object"
//		case '[':
//			return "array"
//		case 't', 'f':
//			return "bool"
//		}
//		if len(b) <= 40 {
//			return kind + string(b)
//		}
//		n := 40
//		for n > 0 && !utf8.RuneStart(b[n]) {
//			n--
//		}
//		return kind + string(b[:n]) + "..."
//	}
func genDescribeJSON(_ *model.Package) jen.Code {
	b := jen.Id("b")
	return doc(fmt.Sprintf("describeJSON describes the JSON value b for an error as encoding/json does "+
		"(\"object\", \"bool\"), quoting a string or number up to %d bytes, cut where no UTF-8 sequence is. "+
		"b is never empty: encoding/json passes whole values.", describeLimit)).
		Func().Id("describeJSON").Params(jen.Id("b").Index().Byte()).String().Block(
		jen.Id("kind").Op(":=").Lit("number "),
		jen.Switch(b.Clone().Index(jen.Lit(0))).Block(
			jen.Case(jen.LitRune('"')).Block(jen.Id("kind").Op("=").Lit("string ")),
			jen.Case(jen.LitRune('{')).Block(jen.Return(jen.Lit("object"))),
			jen.Case(jen.LitRune('[')).Block(jen.Return(jen.Lit("array"))),
			jen.Case(jen.LitRune('t'), jen.LitRune('f')).Block(jen.Return(jen.Lit("bool"))),
		),
		jen.If(jen.Len(b).Op("<=").Lit(describeLimit)).Block(
			jen.Return(jen.Id("kind").Op("+").String().Call(b)),
		),
		jen.Id("n").Op(":=").Lit(describeLimit),
		jen.For(jen.Id("n").Op(">").Lit(0).Op("&&").Op("!").Qual(pkgUTF8, "RuneStart").Call(b.Clone().Index(jen.Id("n")))).Block(
			jen.Id("n").Op("--"),
		),
		jen.Return(jen.Id("kind").Op("+").String().Call(b.Clone().Index(jen.Empty(), jen.Id("n"))).Op("+").Lit("...")),
	)
}

// genPayloadError emits the function that names the payload in
// encoding/json's type errors:
//
//	func payloadError(err error, payload reflect.Type) error {
//		if e, ok := err.(*json.UnmarshalTypeError); ok {
//			if e.Field == "" {
//				e.Type = payload
//			} else {
//				e.Struct = payload.Name()
//			}
//		}
//		return err
//	}
func genPayloadError(_ *model.Package) jen.Code {
	e := jen.Id("e")
	return doc("payloadError puts the payload's name into a type error from decoding its fields, "+
		"which would otherwise name the local struct they are decoded through. "+
		"An error about the value itself (not an object) names the payload as the type.").
		Func().Id("payloadError").Params(jen.Err().Error(), jen.Id("payload").Qual(pkgReflect, "Type")).Error().Block(
		jen.If(
			jen.List(e, jen.Id("ok")).Op(":=").Err().Assert(jen.Op("*").Qual(pkgJSON, "UnmarshalTypeError")),
			jen.Id("ok"),
		).Block(
			jen.If(e.Clone().Dot("Field").Op("==").Lit("")).Block(
				e.Clone().Dot("Type").Op("=").Id("payload"),
			).Else().Block(
				e.Clone().Dot("Struct").Op("=").Id("payload").Dot("Name").Call(),
			),
		),
		jen.Return(jen.Err()),
	)
}
