package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// Import paths used by the enum file.
const (
	pkgDriver  = "database/sql/driver"
	pkgJSON    = "encoding/json"
	pkgFmt     = "fmt"
	pkgStrconv = "strconv"
	pkgUTF8    = "unicode/utf8"
)

// genEnumFile emits <package>_gen.go: every enum of p, then the helpers the
// enums share.
func genEnumFile(p *model.Package, opts Options) (*jen.File, error) {
	f := newFile(p, opts)
	gens := enumGens
	if p.IsCanonical() {
		gens = closedEnumGens
	}
	for _, e := range p.Enums {
		if p.IsCanonical() {
			if err := closedUnknownOK(e); err != nil {
				return nil, err
			}
		}
		for _, gen := range gens {
			f.Add(gen(p, e))
			f.Line()
		}
		lookup, err := genLookup(e, p.IsCanonical())
		if err != nil {
			return nil, err
		}
		f.Add(lookup)
		f.Line()
	}
	for _, gen := range packageGens {
		f.Add(gen(p))
		f.Line()
	}
	return f, nil
}

// enumGens emit, in order, the constructs of one enum.
var enumGens = []func(p *model.Package, e *model.Enum) jen.Code{
	genType,
	genConsts,
	genValues,
	genString,
	genIsKnown,
	genParse,
	genMarshalText,
	genAppendText,
	genUnmarshalText,
	genUnmarshalJSON,
	genScan,
	genValue,
	genSet,
	genFlagType,
	genColumns,
}

// packageGens emit the helpers every package declares once (their names are
// reserved in model.PackageHelpers).
var packageGens = []func(p *model.Package) jen.Code{
	genUnknownValueError,
	genUnquoteJSON,
}

// recv is the receiver of every method: x, which no generated
// package-level name can be (they are exported or start with a verb).
func recv(e *model.Enum) *jen.Statement { return jen.Id("x").Id(e.Name) }

// ptrRecv is the pointer receiver of the decoding methods.
func ptrRecv(e *model.Enum) *jen.Statement { return jen.Id("x").Op("*").Id(e.Name) }

// qualified is the type as a user writes it: acme.CallStatus.
func qualified(p *model.Package, e *model.Enum) string { return p.Name + "." + e.Name }

// genType emits the enum type and its doc comment:
//
//	// CallStatus is an enum of ACME Telecom, carried as a string.
//	//
//	// <curated doc or the vendor's description>
//	type CallStatus string
//
// genClosedType replaces the first sentence for the canonical package.
func genType(p *model.Package, e *model.Enum) jen.Code {
	return doc(typeDoc(p, e)...).Type().Id(e.Name).String()
}

// typeDoc is the type's doc comment, paragraph by paragraph. A curated doc
// that already starts with the type's name opens the comment itself.
func typeDoc(p *model.Package, e *model.Enum) []string {
	lead := fmt.Sprintf("%s is an enum of %s, carried as a string.", e.Name, p.Title)
	paras := []string{lead, e.Doc}
	if startsWithWord(e.Doc, e.Name) {
		paras = []string{e.Doc}
	}
	if e.Curated {
		paras = append(paras, curatedNote(e.Reason, e.Ref))
	} else if e.SourceLine > 0 && p.SourcePath != "" {
		paras = append(paras, fmt.Sprintf("Source: %s, line %d.", p.SourcePath, e.SourceLine))
	}
	return paras
}

// curatedNote says why a hand-added enum or value exists.
func curatedNote(reason, ref string) string {
	s := "Added by hand: " + sentence(reason)
	if ref != "" {
		s += " Source: " + sentence(ref)
	}
	return s
}

// sentence ends s with a period unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}

// startsWithWord reports whether text starts with word followed by a space.
func startsWithWord(text, word string) bool {
	return word != "" && strings.HasPrefix(text, word+" ")
}

// genConsts emits one constant per value, in spec order:
//
//	const (
//		// CallStatusBusy: the callee was busy.
//		CallStatusBusy CallStatus = "BUSY"
//	)
func genConsts(_ *model.Package, e *model.Enum) jen.Code {
	return doc(fmt.Sprintf("The %s values, in the order of the spec.", e.Name)).
		Const().DefsFunc(func(g *jen.Group) {
		for _, v := range e.Values {
			g.Add(doc(valueDoc(e, v)...).Id(v.Name).Id(e.Name).Op("=").Lit(v.Wire))
		}
	})
}

// valueDoc is a constant's doc comment, paragraph by paragraph. It starts
// with the constant's name, as Go doc comments do: a description that starts
// with the name, or with the name less the enum's prefix ("Unknown means"),
// is completed rather than repeated.
func valueDoc(e *model.Enum, v *model.Value) []string {
	var first string
	short := strings.TrimPrefix(v.Name, e.Prefix)
	switch {
	case v.Doc == "":
		first = fmt.Sprintf("%s is the wire value %q.", v.Name, v.Wire)
	case startsWithWord(v.Doc, v.Name):
		first = v.Doc
	case short != v.Name && startsWithWord(v.Doc, short):
		first = e.Prefix + v.Doc
	default:
		first = v.Name + ": " + v.Doc
	}
	paras := []string{first}
	if v.Curated {
		paras = append(paras, curatedNote(v.Reason, v.Ref))
	}
	if v.Removed {
		paras = append(paras, "The vendor's document no longer lists this value; it is kept so that old payloads still decode.")
	}
	if v.Deprecated != "" {
		paras = append(paras, "Deprecated: "+v.Deprecated)
	}
	return paras
}

// genValues emits the value list and the function returning a copy of it:
//
//	var valuesCallStatus = [...]CallStatus{CallStatusBusy, ...}
//
//	func CallStatusValues() []CallStatus {
//		v := valuesCallStatus
//		return v[:]
//	}
func genValues(_ *model.Package, e *model.Enum) jen.Code {
	h := e.Helpers
	return doc(fmt.Sprintf("%s holds the %s values in spec order; lookups return indexes into it.", h.ValuesVar, e.Name)).
		Var().Id(h.ValuesVar).Op("=").Index(jen.Op("...")).Id(e.Name).ValuesFunc(func(g *jen.Group) {
		for _, v := range e.Values {
			g.Line().Id(v.Name)
		}
		g.Line()
	}).Line().Line().
		Add(doc(fmt.Sprintf("%s returns the %s values the spec lists, in its order. "+
			"Each call returns a new copy (one allocation) that the caller may modify; "+
			"code that needs the list often should call it once and keep the result.", h.Values, e.Name))).
		Func().Id(h.Values).Params().Index().Id(e.Name).Block(
		jen.Id("v").Op(":=").Id(h.ValuesVar),
		jen.Return(jen.Id("v").Index(jen.Empty(), jen.Empty())),
	)
}

// genString emits String: the wire string itself.
func genString(_ *model.Package, e *model.Enum) jen.Code {
	return doc("String returns the wire string.").
		Func().Params(recv(e)).Id("String").Params().String().Block(
		jen.Return(jen.String().Call(jen.Id("x"))),
	)
}

// genIsKnown emits IsKnown:
//
//	func (x CallStatus) IsKnown() bool {
//		_, ok := lookupCallStatus(x)
//		return ok
//	}
func genIsKnown(_ *model.Package, e *model.Enum) jen.Code {
	return doc("IsKnown reports whether x is one of the values the spec lists.").
		Func().Params(recv(e)).Id("IsKnown").Params().Bool().Block(
		jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Id(e.Helpers.Lookup).Call(jen.Id("x")),
		jen.Return(jen.Id("ok")),
	)
}

// genParse emits the strict parse function. With a word-check table it
// holds the lookup itself (phash.Table.StringBody), so that a parse is one
// call and returns the key from the slot the input hashed to; the
// BENCHMARKS.md row "Parse hit, random order" needs it (calling the lookup
// measured 0.36x of enumer, over the 0.35x target):
//
//	func ParseCallStatus(s string) (CallStatus, error) {
//		n := len(s)
//		if n < 4 || n > 21 {
//			return CallStatus(s), &UnknownValueError{Type: "CallStatus", Value: s}
//		}
//		e := &lookupCallStatusSlots[...]
//		... // pack s into w0, w1, w2 as lookupCallStatus does
//		if (w0^e.words[0])|(w1^e.words[1])|(w2^e.words[2]) != 0 || len(e.key) != n {
//			return CallStatus(s), &UnknownValueError{Type: "CallStatus", Value: s}
//		}
//		return CallStatus(e.key), nil // the constant, never s
//	}
//
// and otherwise calls the lookup:
//
//	if i, ok := lookupCallStatus(s); ok {
//		return valuesCallStatus[i], nil
//	}
//	return CallStatus(s), &UnknownValueError{Type: "CallStatus", Value: s}
func genParse(p *model.Package, e *model.Enum) jen.Code {
	h := e.Helpers
	missing := func() jen.Code {
		return jen.Return(
			jen.Id(e.Name).Call(jen.Id("s")),
			jen.Op("&").Id("UnknownValueError").Values(
				jen.Id("Type").Op(":").Lit(e.Name),
				jen.Id("Value").Op(":").Id("s"),
			),
		)
	}
	var body []jen.Code
	if tb, err := lookupTable(e); err == nil && !caseless(e) { // genLookup reports the error
		body = tb.StringBody(h.Lookup, func(key jen.Code) jen.Code {
			return jen.Return(jen.Id(e.Name).Call(key), jen.Nil())
		}, missing)
	}
	if body == nil {
		body = []jen.Code{
			jen.If(jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(h.Lookup).Call(jen.Id("s")), jen.Id("ok")).Block(
				jen.Return(jen.Id(h.ValuesVar).Index(jen.Id("i")), jen.Nil()),
			),
			missing(),
		}
	}
	return doc(fmt.Sprintf("%s returns the %s whose wire string is s. "+
		"For a value the spec does not list it returns %s(s), which is still usable as a raw value, "+
		"and an *UnknownValueError; decoding methods accept such values without an error.", h.Parse, e.Name, e.Name)).
		Func().Id(h.Parse).Params(jen.Id("s").String()).Params(jen.Id(e.Name), jen.Error()).Block(body...)
}

// decodeInto emits the assignment every decoding method ends with: the
// constant when src is known (interned: no allocation, no reference to src),
// else the raw value, copied when src is a byte slice.
//
//	if i, ok := lookupCallStatus(src); ok {
//		*x = valuesCallStatus[i]
//	} else {
//		*x = CallStatus(src)
//	}
func decodeInto(e *model.Enum, src jen.Code) jen.Code {
	return jen.If(jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(e.Helpers.Lookup).Call(src), jen.Id("ok")).Block(
		jen.Op("*").Id("x").Op("=").Id(e.Helpers.ValuesVar).Index(jen.Id("i")),
	).Else().Block(
		jen.Op("*").Id("x").Op("=").Id(e.Name).Call(src),
	)
}

// genSet makes the enum a flag.Value (with String): a command-line flag
// takes only the values the spec lists.
//
//	func (x *CallStatus) Set(s string) error {
//		v, err := ParseCallStatus(s)
//		if err != nil {
//			return err
//		}
//		*x = v
//		return nil
//	}
func genSet(_ *model.Package, e *model.Enum) jen.Code {
	return doc(fmt.Sprintf("Set sets x to the %s whose wire string is s, as flag.Value does; "+
		"a value the spec does not list is an error (see %s).", e.Name, e.Helpers.Parse)).
		Func().Params(jen.Id("x").Op("*").Id(e.Name)).Id("Set").Params(jen.Id("s").String()).Error().Block(
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Id(e.Helpers.Parse).Call(jen.Id("s")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Op("*").Id("x").Op("=").Id("v"),
		jen.Return(jen.Nil()),
	)
}

// genFlagType names the flag's type for github.com/spf13/pflag and cobra.
func genFlagType(_ *model.Package, e *model.Enum) jen.Code {
	return doc("Type returns the enum's name, for command-line libraries (pflag, cobra) that show a flag's type.").
		Func().Params(jen.Id("x").Op("*").Id(e.Name)).Id("Type").Params().String().Block(
		jen.Return(jen.Lit(e.Name)),
	)
}
