package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
)

// The mapping emitters write mapping_gen.go, the canonical mapping as Go
// code, when Options.Mapping holds the checked tables:
//
//   - in the canonical package: Status (a vendor value's canonical meaning),
//     Confidence and None, and the two rules of package mapping as methods,
//     Status.Combine (the combination rule) and Status.Settle (the answer
//     rule);
//   - in every vendor package: a Canonical method on every enum, read from a
//     static table built from the package mapping records; one function per
//     resolver of the spec; and <Enum>For, the vendor values that express a
//     canonical outcome.
//
// Everything generated is allocation-free: tables are arrays of values
// whose strings are constants, and Combine keeps the state's and the
// detail's texts in separate fields instead of joining them.

// mappingFileName is the file the mapping emitters write in every package.
func mappingFileName(*model.Package) string { return "mapping_gen.go" }

// mappingGen is what the mapping emitters of one package read.
type mappingGen struct {
	p      *model.Package // the package being generated
	canon  *model.Package // the canonical package; p itself when p is canonical
	path   string         // import path of the canonical package
	tables *mapping.Tables
	vendor *mapping.Vendor // p's records; nil when p is canonical

	// err is the first inconsistency between the model and the tables met
	// while emitting; the emitters carry on and genMappingFile returns it.
	err error
}

// genMappingFile emits mapping_gen.go for p, or nothing when opts holds no
// mapping tables.
func genMappingFile(p *model.Package, opts Options) (*jen.File, error) {
	if opts.Mapping == nil {
		return nil, nil
	}
	g, err := newMappingGen(p, opts)
	if err != nil {
		return nil, err
	}
	f := newFile(p, opts)
	f.ImportName(g.path, g.canon.Name)
	if p.IsCanonical() {
		g.genCanonicalPackage(f)
	} else {
		g.genVendorPackage(f)
	}
	return f, g.err
}

// newMappingGen finds p's canonical package in set and p's records. The
// model has reserved every name the mapping code declares.
func newMappingGen(p *model.Package, opts Options) (*mappingGen, error) {
	t := opts.Mapping
	canon := opts.canonical
	if canon == nil {
		return nil, fmt.Errorf("the mapping tables need the canonical package in the model set")
	}
	g := &mappingGen{p: p, canon: canon, tables: t, path: opts.pathOf(canon)}
	if !p.IsCanonical() {
		if g.vendor = t.Vendor(p.Name); g.vendor == nil {
			return nil, fmt.Errorf("the mapping tables have no vendor %s", p.Name)
		}
	}
	return g, nil
}

// fail records the first inconsistency met while emitting.
func (g *mappingGen) fail(format string, args ...any) {
	if g.err == nil {
		g.err = fmt.Errorf(g.p.SpecPath+": "+format, args...)
	}
}

// canonical is the qualified name of a declaration of the canonical
// package: callstatus.Status (just Status inside the canonical package).
func (g *mappingGen) canonical(name string) *jen.Statement { return jen.Qual(g.path, name) }

// dimConst is the canonical constant of a dimension's wire value:
// callstatus.PhaseEnded.
func (g *mappingGen) dimConst(d mapping.Dim, wire string) *jen.Statement {
	e := g.canon.Enum(d.Enum())
	if e == nil {
		g.fail("the canonical package has no enum %s", d.Enum())
		return jen.Lit(wire)
	}
	v := e.Value(wire)
	if v == nil {
		g.fail("canonical enum %s has no value %q", e.Name, wire)
		return jen.Lit(wire)
	}
	return g.canonical(v.Name)
}

// records returns the mapping records of enum e, in the order of its
// values (the order of its lookup's indexes).
func (g *mappingGen) records(e *model.Enum) []mapping.Record {
	me := g.vendor.Enum(e.Name)
	if me == nil {
		g.fail("the mapping tables have no enum %s", e.Name)
		return nil
	}
	recs := make([]mapping.Record, len(e.Values))
	for i, v := range e.Values {
		mv := me.Value(v.Wire)
		if mv == nil {
			g.fail("the mapping tables have no %s value %q", e.Name, v.Wire)
			continue
		}
		recs[i] = mv.Record
	}
	return recs
}
