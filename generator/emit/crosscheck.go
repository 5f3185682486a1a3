package emit

import (
	"path"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
)

// CrosscheckFile is the registry of the cross-vendor tests, relative to the
// output directory: every vendor enum and resolver the set generates, seen
// through wire strings, for the hand-written tests of
// generated/internal/crosscheck that hold the generated mapping code to
// package mapping. Generating it from the model is what makes a new vendor
// tested there without a hand edit.
const CrosscheckFile = "internal/crosscheck/registry_gen_test.go"

// genCrosscheckFile emits CrosscheckFile; only with Options.Mapping and
// Options.OutDir (it names the spec directory relative to itself), when the
// canonical package is generated with the vendors (not imported: a project
// mapping onto docenum's canonical model gets no registry), and
// self-contained, so that it compiles in any module:
//
//	const specsDir = "../../../specs"
//
//	type enum struct { vendor, name string; wires func() []string; ... }
//	func enumOf[T canonicalEnum](vendor, name string, values func() []T, reverse ...) enum
//
//	var enums = []enum{
//		enumOf("acme", "CallStatus", acme.CallStatusValues, acme.CallStatusFor),
//	}
//
//	var resolvers = map[[2]string]resolver{
//		{"acme", "ResolveCall"}: func(s, d string, a bool) callstatus.Status {
//			return acme.ResolveCall(acme.CallStatus(s), acme.Cause(d), a)
//		},
//	}
//
//	var stateOnly = map[[2]string]bool{...} // resolvers that take no detail
func genCrosscheckFile(set *model.Set, opts Options) (*jen.File, error) {
	canon := opts.canonical
	if opts.Mapping == nil || opts.OutDir == "" || canon == nil || canon.IsImported() {
		return nil, nil
	}
	dir := path.Dir(CrosscheckFile)
	f := jen.NewFilePathName(opts.PackagePath(dir), path.Base(dir))
	f.HeaderComment(Header(canon.SpecPath))
	g := &mappingGen{p: canon, canon: canon, tables: opts.Mapping, path: opts.PackagePath(canon.Name)}
	f.ImportName(g.path, canon.Name)
	for _, p := range set.Packages {
		f.ImportName(opts.PackagePath(p.Name), p.Name)
	}
	up := strings.Repeat("../", strings.Count(path.Join(opts.OutDir, dir), "/")+1)
	f.Comment("specsDir is the directory of the specs, from this package's directory.")
	f.Const().Id("specsDir").Op("=").Lit(up + path.Dir(canon.SpecPath))
	f.Line()
	g.genCrosscheckKit(f)
	var enums, resolvers, stateOnly []jen.Code
	for _, p := range set.Packages {
		if p.IsCanonical() {
			continue
		}
		vg := *g
		vg.p = p
		if vg.vendor = opts.Mapping.Vendor(p.Name); vg.vendor == nil {
			g.fail("the mapping tables have no vendor %s", p.Name)
			continue
		}
		for _, e := range p.Enums {
			reverse := jen.Nil()
			if len(vg.reverseGroups(e)) > 0 {
				reverse = jen.Qual(opts.PackagePath(p.Name), e.Helpers.For)
			}
			enums = append(enums, jen.Line().Id("enumOf").Call(jen.Lit(p.Name), jen.Lit(e.Name),
				jen.Qual(opts.PackagePath(p.Name), e.Helpers.Values), reverse))
		}
		if vg.err != nil && g.err == nil {
			g.err = vg.err
		}
		for _, r := range p.Resolvers {
			key := jen.Values(jen.Lit(p.Name), jen.Lit(r.Name))
			resolvers = append(resolvers, jen.Line().Add(key).Op(":").Add(crosscheckResolver(g, opts.PackagePath(p.Name), r)))
			if r.Detail == nil {
				stateOnly = append(stateOnly, jen.Line().Add(key.Clone()).Op(":").True())
			}
		}
	}
	f.Comment("enums lists every generated vendor enum.")
	f.Var().Id("enums").Op("=").Index().Id("enum").Values(append(enums, jen.Line())...)
	f.Line()
	f.Comment("resolvers lists every generated resolver by vendor and name.")
	f.Var().Id("resolvers").Op("=").Map(jen.Index(jen.Lit(2)).String()).Id("resolver").Values(append(resolvers, jen.Line())...)
	f.Line()
	f.Comment("stateOnly lists the resolvers that take no detail enum (the vendor's")
	f.Comment("status carries the outcome itself): they ignore the detail they are")
	f.Comment("given.")
	f.Var().Id("stateOnly").Op("=").Map(jen.Index(jen.Lit(2)).String()).Bool().Values(append(stateOnly, jen.Line())...)
	return f, g.err
}

// crosscheckResolver wraps resolver r of the package at pkg as a
// resolver: it takes the wires and drops the inputs r does not take.
//
//	func(s, d string, a bool) callstatus.Status { return acme.ResolveCall(acme.CallStatus(s), acme.Cause(d), a) }
func crosscheckResolver(g *mappingGen, pkg string, r *model.Resolver) jen.Code {
	args := []jen.Code{jen.Qual(pkg, r.State.Name).Call(jen.Id("s"))}
	if r.Detail != nil {
		args = append(args, jen.Qual(pkg, r.Detail.Name).Call(jen.Id("d")))
	}
	if r.Answered {
		args = append(args, jen.Id("a"))
	}
	return jen.Func().Params(jen.List(jen.Id("s"), jen.Id("d")).String(), jen.Id("a").Bool()).Add(g.canonical(model.StatusType)).Block(
		jen.Return(jen.Qual(pkg, r.Name).Call(args...)),
	)
}

// genCrosscheckKit emits the types the registry is made of.
func (g *mappingGen) genCrosscheckKit(f *jen.File) {
	status := func() *jen.Statement { return g.canonical(model.StatusType) }
	outcome, leg := g.canonical(mapping.DimOutcome.Enum()), g.canonical(mapping.DimLeg.Enum())
	reverseOf := func(elem jen.Code) *jen.Statement {
		return jen.Func().Params(outcome.Clone(), leg.Clone()).Index().Add(elem)
	}
	f.Comment("enum is one generated vendor enum, seen through wire strings.")
	f.Type().Id("enum").Struct(
		jen.List(jen.Id("vendor"), jen.Id("name")).String(),
		jen.Comment("wires lists the known values in spec order."),
		jen.Id("wires").Func().Params().Index().String(),
		jen.Comment("canonical is the generated Canonical method of the value with wire w."),
		jen.Id("canonical").Func().Params(jen.Id("w").String()).Add(status()),
		jen.Comment("reverse is the generated <Enum>For, as wires; nil when the enum has"),
		jen.Comment("none (no value of it expresses an outcome)."),
		jen.Id("reverse").Add(reverseOf(jen.String())),
	)
	f.Line()
	f.Comment("canonicalEnum is what every generated vendor enum type provides.")
	f.Type().Id("canonicalEnum").Interface(
		jen.Op("~").String(),
		jen.Id(model.CanonicalMethod).Params().Add(status()),
	)
	f.Line()
	f.Func().Id("enumOf").Types(jen.Id("T").Id("canonicalEnum")).Params(
		jen.List(jen.Id("vendor"), jen.Id("name")).String(),
		jen.Id("values").Func().Params().Index().Id("T"),
		jen.Id("reverse").Add(reverseOf(jen.Id("T"))),
	).Id("enum").Block(
		jen.Id("e").Op(":=").Id("enum").Values(jen.Dict{
			jen.Id("vendor"): jen.Id("vendor"),
			jen.Id("name"):   jen.Id("name"),
			jen.Id("wires"): jen.Func().Params().Index().String().Block(
				jen.Return(jen.Id("wiresOf").Call(jen.Id("values").Call())),
			),
			jen.Id("canonical"): jen.Func().Params(jen.Id("w").String()).Add(status()).Block(
				jen.Return(jen.Id("T").Call(jen.Id("w")).Dot(model.CanonicalMethod).Call()),
			),
		}),
		jen.If(jen.Id("reverse").Op("!=").Nil()).Block(
			jen.Id("e").Dot("reverse").Op("=").Func().Params(jen.Id("o").Add(outcome.Clone()), jen.Id("l").Add(leg.Clone())).Index().String().Block(
				jen.Return(jen.Id("wiresOf").Call(jen.Id("reverse").Call(jen.Id("o"), jen.Id("l")))),
			),
		),
		jen.Return(jen.Id("e")),
	)
	f.Line()
	f.Func().Id("wiresOf").Types(jen.Id("T").Op("~").String()).Params(jen.Id("vals").Index().Id("T")).Index().String().Block(
		jen.If(jen.Id("vals").Op("==").Nil()).Block(jen.Return(jen.Nil())),
		jen.Id("out").Op(":=").Make(jen.Index().String(), jen.Len(jen.Id("vals"))),
		jen.For(jen.List(jen.Id("i"), jen.Id("v")).Op(":=").Range().Id("vals")).Block(
			jen.Id("out").Index(jen.Id("i")).Op("=").String().Call(jen.Id("v")),
		),
		jen.Return(jen.Id("out")),
	)
	f.Line()
	f.Comment("resolver is a generated resolver, seen through wire strings; the")
	f.Comment("detail and the answered flag of one that takes none are ignored.")
	f.Type().Id("resolver").Func().Params(jen.List(jen.Id("state"), jen.Id("detail")).String(), jen.Id("answered").Bool()).Add(status())
	f.Line()
}
