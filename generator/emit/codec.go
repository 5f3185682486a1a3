package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// genMarshalText emits MarshalText: the wire string as bytes.
func genMarshalText(_ *model.Package, e *model.Enum) jen.Code {
	return doc("MarshalText implements encoding.TextMarshaler: the wire string.").
		Func().Params(recv(e)).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Index().Byte().Call(jen.Id("x")), jen.Nil()),
	)
}

// genAppendText emits AppendText, which appends without allocating:
//
//	func (x CallStatus) AppendText(b []byte) ([]byte, error) {
//		return append(b, x...), nil
//	}
func genAppendText(_ *model.Package, e *model.Enum) jen.Code {
	return doc("AppendText implements encoding.TextAppender: it appends the wire string to b.").
		Func().Params(recv(e)).Id("AppendText").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Append(jen.Id("b"), jen.Id("x").Op("...")), jen.Nil()),
	)
}

// genUnmarshalText emits UnmarshalText, which never fails:
//
//	func (x *CallStatus) UnmarshalText(b []byte) error {
//		<decodeInto b>
//		return nil
//	}
func genUnmarshalText(_ *model.Package, e *model.Enum) jen.Code {
	return doc("UnmarshalText implements encoding.TextUnmarshaler. A value the spec does not list "+
		"is kept as it is (copied); a known one becomes its constant. It never returns an error.").
		Func().Params(ptrRecv(e)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		decodeInto(e, jen.Id("b")),
		jen.Return(jen.Nil()),
	)
}

// genUnmarshalJSON emits UnmarshalJSON: a string without escapes is looked
// up in place; null is a no-op; anything else goes through encoding/json,
// which unescapes the string or reports the error.
//
//	func (x *CallStatus) UnmarshalJSON(b []byte) error {
//		if raw, ok := unquoteJSON(b); ok {
//			<decodeInto raw>
//			return nil
//		}
//		if string(b) == "null" {
//			return nil
//		}
//		var s *string
//		if err := json.Unmarshal(b, &s); err != nil {
//			return fmt.Errorf("acme.CallStatus: %w", err)
//		}
//		if s != nil {
//			<decodeInto *s>
//		}
//		return nil
//	}
func genUnmarshalJSON(p *model.Package, e *model.Enum) jen.Code {
	return doc("UnmarshalJSON implements json.Unmarshaler. null leaves x unchanged; a string the spec "+
		"does not list is kept as it is, without an error. Decoding a known value that needs no "+
		"unescaping allocates nothing.").
		Func().Params(ptrRecv(e)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.If(jen.List(jen.Id("raw"), jen.Id("ok")).Op(":=").Id("unquoteJSON").Call(jen.Id("b")), jen.Id("ok")).Block(
			decodeInto(e, jen.Id("raw")),
			jen.Return(jen.Nil()),
		),
		jsonSlowPath(p, e),
		jen.If(jen.Id("s").Op("!=").Nil()).Block(decodeInto(e, jen.Op("*").Id("s"))),
		jen.Return(jen.Nil()),
	)
}

// genScan emits Scan for string and []byte columns:
//
//	func (x *CallStatus) Scan(src any) error {
//		switch src := src.(type) {
//		case string:
//			<decodeInto src>
//		case []byte:
//			<decodeInto src>
//		case nil:
//			*x = ""
//		default:
//			return fmt.Errorf("acme.CallStatus: cannot scan %T", src)
//		}
//		return nil
//	}
func genScan(p *model.Package, e *model.Enum) jen.Code {
	return doc("Scan implements sql.Scanner for string and []byte columns. NULL becomes the zero "+
		"value \"\"; a value the spec does not list is kept as it is.").
		Func().Params(ptrRecv(e)).Id("Scan").Params(jen.Id("src").Any()).Error().Block(
		jen.Switch(jen.Id("src").Op(":=").Id("src").Assert(jen.Type())).Block(
			jen.Case(jen.String()).Block(decodeInto(e, jen.Id("src"))),
			jen.Case(jen.Index().Byte()).Block(decodeInto(e, jen.Id("src"))),
			jen.Case(jen.Nil()).Block(jen.Op("*").Id("x").Op("=").Lit("")),
			jen.Default().Block(jen.Return(
				jen.Qual(pkgFmt, "Errorf").Call(jen.Lit(qualified(p, e)+": cannot scan %T"), jen.Id("src")),
			)),
		),
		jen.Return(jen.Nil()),
	)
}

// genValue emits Value, the driver.Valuer side of Scan.
func genValue(_ *model.Package, e *model.Enum) jen.Code {
	return doc("Value implements driver.Valuer: the wire string.").
		Func().Params(recv(e)).Id("Value").Params().Params(jen.Qual(pkgDriver, "Value"), jen.Error()).Block(
		jen.Return(jen.String().Call(jen.Id("x")), jen.Nil()),
	)
}

// genColumns emits one method per column:
//
//	// Q850 returns the q850 of x: <column doc>. ok is false ...
//	func (x Outcome) Q850() (int, bool) {
//		switch x {
//		case OutcomeBusy:
//			return 17, true
//		}
//		return 0, false
//	}
func genColumns(_ *model.Package, e *model.Enum) jen.Code {
	g := jen.Null()
	for i, c := range e.Columns {
		if i > 0 {
			g.Line().Line()
		}
		g.Add(genColumn(e, i, c))
	}
	return g
}

func genColumn(e *model.Enum, col int, c *model.Column) jen.Code {
	paras := []string{fmt.Sprintf("%s returns the %s of x.", c.Method, c.Name)}
	if c.Doc != "" {
		paras = append(paras, c.Doc)
	}
	paras = append(paras, "ok is false for a value that has none, and for a value the spec does not list.")
	zero := jen.Lit(0)
	if c.Type == model.ColumnString {
		zero = jen.Lit("")
	}
	var cases []jen.Code
	for _, v := range e.Values {
		if d := v.Data[col]; d.Valid {
			cases = append(cases, jen.Case(jen.Id(v.Name)).Block(jen.Return(datumLit(c, d), jen.True())))
		}
	}
	body := []jen.Code{jen.Return(zero, jen.False())}
	if len(cases) > 0 {
		body = append([]jen.Code{jen.Switch(jen.Id("x")).Block(cases...)}, body...)
	}
	return doc(paras...).
		Func().Params(recv(e)).Id(c.Method).Params().Params(jen.Id(c.Type.GoType()), jen.Bool()).Block(body...)
}

// datumLit is the Go literal of a datum.
func datumLit(c *model.Column, d model.Datum) jen.Code {
	if c.Type == model.ColumnInt {
		return jen.Lit(d.Int)
	}
	return jen.Lit(d.String)
}

// jsonSlowPath emits what UnmarshalJSON does with input its fast path does
// not take: null leaves x unchanged, anything else is decoded by
// encoding/json into s, a *string, its error naming the enum type.
//
//	if string(b) == "null" {
//		return nil
//	}
//	var s *string
//	if err := json.Unmarshal(b, &s); err != nil {
//		return fmt.Errorf("kaleyraio.CallStatus: %w", err)
//	}
func jsonSlowPath(p *model.Package, e *model.Enum) jen.Code {
	return jen.Add(
		jen.If(jen.String().Call(jen.Id("b")).Op("==").Lit("null")).Block(jen.Return(jen.Nil())).Line(),
		jen.Var().Id("s").Op("*").String().Line(),
		jen.If(
			jen.Err().Op(":=").Qual(pkgJSON, "Unmarshal").Call(jen.Id("b"), jen.Op("&").Id("s")),
			jen.Err().Op("!=").Nil(),
		).Block(
			jen.Return(jen.Qual(pkgFmt, "Errorf").Call(jen.Lit(qualified(p, e)+": %w"), jen.Err())),
		),
	)
}
