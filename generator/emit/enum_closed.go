package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// The canonical package's enums are closed sets docenum defines, not values
// a vendor sends: no raw value needs keeping, so each is a uint8 whose value
// is its index in spec order (the Unknown value "", first in every canonical
// enum, is 0, the zero value). A callstatus.Status then holds its dimensions
// in a byte each, which keeps the record small enough to copy as cheaply as
// a hand-written switch returns a value (BENCHMARKS.md, "Canonical lookup").
// The wire strings are unchanged: String, MarshalText, JSON and database/sql
// still read and write them.

// closedEnumGens emit, in order, the constructs of one canonical enum.
var closedEnumGens = []func(p *model.Package, e *model.Enum) jen.Code{
	genClosedType,
	genClosedConsts,
	genClosedValues,
	genClosedString,
	genClosedIsKnown,
	genClosedParse,
	genClosedMarshalText,
	genClosedAppendText,
	genClosedUnmarshalText,
	genClosedUnmarshalJSON,
	genClosedScan,
	genClosedValue,
	genSet,
	genFlagType,
	genColumns,
}

// closedUnknownOK reports whether e fits the closed representation: its
// first value is the Unknown value "" (the zero value) and it has at most
// 256 values.
func closedUnknownOK(e *model.Enum) error {
	if len(e.Values) == 0 || e.Values[0].Wire != "" {
		return fmt.Errorf("canonical enum %s: the first value must be the Unknown value \"\"", e.Name)
	}
	if len(e.Values) > 256 {
		return fmt.Errorf("canonical enum %s: %d values do not fit a uint8", e.Name, len(e.Values))
	}
	return nil
}

// wiresVar is the table of the wire strings of a closed enum, indexed by
// value.
func wiresVar(e *model.Enum) string { return "wires" + e.Name }

// genClosedType emits the type: type Outcome uint8.
func genClosedType(p *model.Package, e *model.Enum) jen.Code {
	paras := typeDoc(p, e)
	lead := fmt.Sprintf("%s is a dimension of the canonical call-status model: a closed set docenum defines, "+
		"held in a uint8 whose wire string is String() (the zero value %s is \"\").", e.Name, e.Values[0].Name)
	if startsWithWord(e.Doc, e.Name) {
		paras = append([]string{lead}, paras...)
	} else {
		paras[0] = lead
	}
	return doc(paras...).Type().Id(e.Name).Uint8()
}

// genClosedConsts emits one constant per value, numbered in spec order:
//
//	const (
//		// OutcomeUnknown ...
//		OutcomeUnknown Outcome = iota
//		// OutcomeCompleted ...
//		OutcomeCompleted
//	)
func genClosedConsts(_ *model.Package, e *model.Enum) jen.Code {
	return doc(fmt.Sprintf("The %s values, numbered in the order of the spec; String gives each one's wire string.", e.Name)).
		Const().DefsFunc(func(g *jen.Group) {
		for i, v := range e.Values {
			paras := valueDoc(e, v)
			if i == 0 {
				g.Add(doc(paras...).Id(v.Name).Id(e.Name).Op("=").Iota())
				continue
			}
			g.Add(doc(paras...).Id(v.Name))
		}
	})
}

// genClosedValues emits the wire table, the value list and Values:
//
//	var wiresOutcome = [...]string{"", "completed", ...}
//	var valuesOutcome = [...]Outcome{OutcomeUnknown, ...}
//	func OutcomeValues() []Outcome { v := valuesOutcome; return v[:] }
func genClosedValues(p *model.Package, e *model.Enum) jen.Code {
	return doc(fmt.Sprintf("%s holds the wire strings of the %s values, indexed by value.", wiresVar(e), e.Name)).
		Var().Id(wiresVar(e)).Op("=").Index(jen.Op("...")).String().ValuesFunc(func(g *jen.Group) {
		for _, v := range e.Values {
			g.Line().Lit(v.Wire)
		}
		g.Line()
	}).Line().Line().
		Add(genValues(p, e))
}

// unknownValue is &UnknownValueError{Type: "<enum>", Value: <value>}.
func unknownValue(e *model.Enum, value jen.Code) jen.Code {
	return jen.Op("&").Id("UnknownValueError").Values(
		jen.Id("Type").Op(":").Lit(e.Name),
		jen.Id("Value").Op(":").Add(value),
	)
}

// genClosedString emits String:
//
//	func (x Outcome) String() string {
//		if int(x) < len(wiresOutcome) {
//			return wiresOutcome[x]
//		}
//		return "Outcome(" + strconv.Itoa(int(x)) + ")"
//	}
func genClosedString(_ *model.Package, e *model.Enum) jen.Code {
	return doc(fmt.Sprintf("String returns the wire string (\"\" for %s), or %s(n) for a number that is no value.", e.Values[0].Name, e.Name)).
		Func().Params(recv(e)).Id("String").Params().String().Block(
		jen.If(jen.Int().Call(jen.Id("x")).Op("<").Len(jen.Id(wiresVar(e)))).Block(
			jen.Return(jen.Id(wiresVar(e)).Index(jen.Id("x"))),
		),
		jen.Return(jen.Lit(e.Name+"(").Op("+").Qual(pkgStrconv, "Itoa").Call(jen.Int().Call(jen.Id("x"))).Op("+").Lit(")")),
	)
}

// genClosedIsKnown emits IsKnown: x is in range.
func genClosedIsKnown(_ *model.Package, e *model.Enum) jen.Code {
	return doc("IsKnown reports whether x is one of the values the spec lists.").
		Func().Params(recv(e)).Id("IsKnown").Params().Bool().Block(
		jen.Return(jen.Int().Call(jen.Id("x")).Op("<").Len(jen.Id(wiresVar(e)))),
	)
}

// genClosedParse emits the parse function:
//
//	func ParseOutcome(s string) (Outcome, error) {
//		if i, ok := lookupOutcome(s); ok {
//			return Outcome(i), nil
//		}
//		return OutcomeUnknown, &UnknownValueError{Type: "Outcome", Value: s}
//	}
func genClosedParse(_ *model.Package, e *model.Enum) jen.Code {
	h := e.Helpers
	return doc(fmt.Sprintf("%s returns the %s whose wire string is s (\"\" is %s). "+
		"For a string the spec does not list it returns %s and an *UnknownValueError.", h.Parse, e.Name, e.Values[0].Name, e.Values[0].Name)).
		Func().Id(h.Parse).Params(jen.Id("s").String()).Params(jen.Id(e.Name), jen.Error()).Block(
		jen.If(jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(h.Lookup).Call(jen.Id("s")), jen.Id("ok")).Block(
			jen.Return(jen.Id(e.Name).Call(jen.Id("i")), jen.Nil()),
		),
		jen.Return(jen.Id(e.Values[0].Name), unknownValue(e, jen.Id("s"))),
	)
}

// notAValue is the error of encoding a number that is no value.
func notAValue(e *model.Enum) jen.Code {
	return jen.If(jen.Op("!").Id("x").Dot("IsKnown").Call()).Block(
		jen.Return(jen.Nil(), unknownValue(e, jen.Id("x").Dot("String").Call())),
	)
}

// genClosedMarshalText emits MarshalText: the wire string as bytes.
func genClosedMarshalText(_ *model.Package, e *model.Enum) jen.Code {
	return doc("MarshalText implements encoding.TextMarshaler: the wire string; a number that is no value is an *UnknownValueError.").
		Func().Params(recv(e)).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		notAValue(e),
		jen.Return(jen.Index().Byte().Call(jen.Id(wiresVar(e)).Index(jen.Id("x"))), jen.Nil()),
	)
}

// genClosedAppendText emits AppendText, which appends without allocating.
func genClosedAppendText(_ *model.Package, e *model.Enum) jen.Code {
	return doc("AppendText implements encoding.TextAppender: it appends the wire string to b; a number that is no value is an *UnknownValueError.").
		Func().Params(recv(e)).Id("AppendText").Params(jen.Id("b").Index().Byte()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Op("!").Id("x").Dot("IsKnown").Call()).Block(
			jen.Return(jen.Id("b"), unknownValue(e, jen.Id("x").Dot("String").Call())),
		),
		jen.Return(jen.Append(jen.Id("b"), jen.Id(wiresVar(e)).Index(jen.Id("x")).Op("...")), jen.Nil()),
	)
}

// closedDecode emits the statement every decoding method ends with:
//
//	if i, ok := lookupOutcome(src); ok {
//		*x = Outcome(i)
//		return nil
//	}
//	return &UnknownValueError{Type: "Outcome", Value: string(src)}
func closedDecode(e *model.Enum, src jen.Code, asString jen.Code) []jen.Code {
	return []jen.Code{
		jen.If(jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(e.Helpers.Lookup).Call(src), jen.Id("ok")).Block(
			jen.Op("*").Id("x").Op("=").Id(e.Name).Call(jen.Id("i")),
			jen.Return(jen.Nil()),
		),
		jen.Return(unknownValue(e, asString)),
	}
}

// genClosedUnmarshalText emits UnmarshalText.
func genClosedUnmarshalText(_ *model.Package, e *model.Enum) jen.Code {
	return doc("UnmarshalText implements encoding.TextUnmarshaler. A string the spec does not list " +
		"is an *UnknownValueError and leaves x unchanged. It never allocates for a known value.").
		Func().Params(ptrRecv(e)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		closedDecode(e, jen.Id("b"), jen.String().Call(jen.Id("b")))...,
	)
}

// genClosedUnmarshalJSON emits UnmarshalJSON: the fast path of a string
// without escapes, null as a no-op, anything else through encoding/json.
func genClosedUnmarshalJSON(p *model.Package, e *model.Enum) jen.Code {
	body := []jen.Code{
		jen.If(jen.List(jen.Id("raw"), jen.Id("ok")).Op(":=").Id("unquoteJSON").Call(jen.Id("b")), jen.Id("ok")).Block(
			closedDecode(e, jen.Id("raw"), jen.String().Call(jen.Id("raw")))...,
		),
		jsonSlowPath(p, e),
		jen.If(jen.Id("s").Op("==").Nil()).Block(jen.Return(jen.Nil())),
	}
	body = append(body, closedDecode(e, jen.Op("*").Id("s"), jen.Op("*").Id("s"))...)
	return doc("UnmarshalJSON implements json.Unmarshaler. null leaves x unchanged; a string the spec " +
		"does not list is an *UnknownValueError and leaves x unchanged. Decoding a known value that needs no " +
		"unescaping allocates nothing.").
		Func().Params(ptrRecv(e)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(body...)
}

// genClosedScan emits Scan for string and []byte columns; NULL is Unknown.
func genClosedScan(p *model.Package, e *model.Enum) jen.Code {
	return doc(fmt.Sprintf("Scan implements sql.Scanner for string and []byte columns. NULL becomes %s; "+
		"a string the spec does not list is an *UnknownValueError and leaves x unchanged.", e.Values[0].Name)).
		Func().Params(ptrRecv(e)).Id("Scan").Params(jen.Id("src").Any()).Error().Block(
		jen.Switch(jen.Id("src").Op(":=").Id("src").Assert(jen.Type())).Block(
			jen.Case(jen.String()).Block(closedDecode(e, jen.Id("src"), jen.Id("src"))...),
			jen.Case(jen.Index().Byte()).Block(closedDecode(e, jen.Id("src"), jen.String().Call(jen.Id("src")))...),
			jen.Case(jen.Nil()).Block(jen.Op("*").Id("x").Op("=").Id(e.Values[0].Name), jen.Return(jen.Nil())),
		),
		jen.Return(jen.Qual(pkgFmt, "Errorf").Call(jen.Lit(qualified(p, e)+": cannot scan %T"), jen.Id("src"))),
	)
}

// genClosedValue emits Value, the driver.Valuer side of Scan.
func genClosedValue(_ *model.Package, e *model.Enum) jen.Code {
	return doc("Value implements driver.Valuer: the wire string; a number that is no value is an *UnknownValueError.").
		Func().Params(recv(e)).Id("Value").Params().Params(jen.Qual(pkgDriver, "Value"), jen.Error()).Block(
		notAValue(e),
		jen.Return(jen.Id(wiresVar(e)).Index(jen.Id("x")), jen.Nil()),
	)
}
