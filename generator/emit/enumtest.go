package emit

import (
	"path"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
)

// pkgEnumtest is the test kit the generated tests call.
const pkgEnumtest = "github.com/docenum/docenum/testkit/enumtest"

// enumTestFileName is the generated test file of every package.
func enumTestFileName(*model.Package) string { return "enums_gen_test.go" }

// genEnumTestFile emits the behaviour tests of p's enums, so that a new
// vendor is tested without a hand-written file; only when Options.OutDir
// says where the package lies relative to its spec:
//
//	const specPath = "../../specs/acme.yaml"
//
//	func TestEnums(t *testing.T) {
//		enumtest.Package(t, specPath,
//			enumtest.Of(enumtest.Case[CallStatus]{Enum: "CallStatus", Values: CallStatusValues, Parse: ParseCallStatus}),
//		)
//	}
//
//	func FuzzEnumsJSON(f *testing.F) {
//		enumtest.FuzzJSON(f,
//			enumtest.JSON(enumtest.Case[CallStatus]{Enum: "CallStatus", ...}),
//		)
//	}
//
// One fuzz target per package, not per enum: a package of twenty enums is
// one target to run for ten minutes, not twenty.
func genEnumTestFile(p *model.Package, opts Options) (*jen.File, error) {
	if opts.OutDir == "" {
		return nil, nil
	}
	f := newFile(p, opts)
	f.ImportName(pkgEnumtest, "enumtest")
	f.Const().Id("specPath").Op("=").Lit(specFrom(opts.OutDir, p))
	f.Line()
	var cases, checks []jen.Code
	for _, e := range p.Enums {
		cases = append(cases, jen.Line().Qual(pkgEnumtest, closedName(p, "Of", "OfClosed")).Call(enumCase(p, e)))
		checks = append(checks, jen.Line().Qual(pkgEnumtest, closedName(p, "JSON", "ClosedJSON")).Call(enumCase(p, e)))
	}
	f.Func().Id("TestEnums").Params(jen.Id("t").Op("*").Qual("testing", "T")).Block(
		jen.Qual(pkgEnumtest, "Package").Call(append([]jen.Code{jen.Id("t"), jen.Id("specPath")}, append(cases, jen.Line())...)...),
	)
	f.Line()
	f.Func().Id("FuzzEnumsJSON").Params(jen.Id("f").Op("*").Qual("testing", "F")).Block(
		jen.Qual(pkgEnumtest, "FuzzJSON").Call(append([]jen.Code{jen.Id("f")}, append(checks, jen.Line())...)...),
	)
	return f, nil
}

// closedName picks the enumtest name for p: the closed variant for the
// canonical package, whose enums are uint8 closed sets (see enum_closed.go).
func closedName(p *model.Package, open, closed string) string {
	if p.IsCanonical() {
		return closed
	}
	return open
}

// enumCase is the enumtest.Case (or ClosedCase) literal of e.
func enumCase(p *model.Package, e *model.Enum) jen.Code {
	fields := []jen.Code{
		jen.Id("Enum").Op(":").Lit(e.Name),
		jen.Id("Values").Op(":").Id(e.Helpers.Values),
		jen.Id("Parse").Op(":").Id(e.Helpers.Parse),
	}
	return jen.Qual(pkgEnumtest, closedName(p, "Case", "ClosedCase")).Types(jen.Id(e.Name)).Values(fields...)
}

// specFrom is p's spec path seen from p's directory, OutDir/<p>.
func specFrom(outDir string, p *model.Package) string {
	up := strings.Repeat("../", strings.Count(path.Join(outDir, p.Name), "/")+1)
	return up + p.SpecPath
}
