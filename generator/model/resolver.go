package model

import (
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// Resolver is a function of the generated package that combines a state
// enum and, optionally, a detail enum and an answered flag into one
// canonical status (see package mapping for the rules).
type Resolver struct {
	// Name is the Go function name, an exported identifier.
	Name string
	// Doc is the curated doc; may be empty.
	Doc string
	// State is the enum of the first parameter.
	State *Enum
	// Detail is the enum of the second parameter; nil when it takes none.
	Detail *Enum
	// Answered adds a last parameter, whether the call was answered.
	Answered bool

	Pos diag.Pos
}

// buildResolvers types the spec's resolvers and declares their names; a
// resolver with an error is left out.
func buildResolvers(p *Package, f *spec.File, ns *namespace, errs *diag.List) []*Resolver {
	var out []*Resolver
	for _, sr := range f.Resolvers {
		if sr == nil {
			continue
		}
		if r := buildResolver(p, sr, errs); r != nil {
			ns.declare(r.Name, "resolver "+r.Name, r.Pos, "", errs)
			out = append(out, r)
		}
	}
	return out
}

// buildResolver checks one resolver: an exported Go name, and state and
// detail enums of its own spec that differ.
func buildResolver(p *Package, sr *spec.Resolver, errs *diag.List) *Resolver {
	subject := strings.TrimSpace("resolver " + sr.Name)
	r := &Resolver{Name: sr.Name, Doc: strings.TrimSpace(sr.Doc), Answered: sr.Answered, Pos: sr.At}
	ok := true
	switch {
	case sr.Name == "":
		errs.Errorf(sr.At, "resolver has no name")
		ok = false
	case !naming.IsExported(sr.Name):
		errs.Errorf(sr.At, "resolver name %q is not an exported Go identifier", sr.Name)
		ok = false
	}
	if sr.State == "" {
		errs.Errorf(sr.At, "%s has no state enum", subject)
		ok = false
	} else if r.State = resolverEnum(p, sr, subject, "state", sr.State, errs); r.State == nil {
		ok = false
	}
	if sr.Detail != "" {
		if r.Detail = resolverEnum(p, sr, subject, "detail", sr.Detail, errs); r.Detail == nil {
			ok = false
		}
	}
	if sr.State != "" && sr.State == sr.Detail {
		errs.Errorf(sr.At, "%s: state and detail are the same enum %s", subject, sr.State)
		ok = false
	}
	if !ok {
		return nil
	}
	return r
}

// resolverEnum returns the package's enum named name, or reports it.
func resolverEnum(p *Package, sr *spec.Resolver, subject, role, name string, errs *diag.List) *Enum {
	if e := p.Enum(name); e != nil {
		return e
	}
	errs.Errorf(sr.At, "%s: %s enum %q is not an enum of %s (enums: %s)", subject, role, name, p.Name, enumNames(p))
	return nil
}

// Resolver returns the resolver named name, or nil.
func (p *Package) Resolver(name string) *Resolver {
	for _, r := range p.Resolvers {
		if r.Name == name {
			return r
		}
	}
	return nil
}
