package model

import (
	"fmt"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// PackageHelpers are the package-level names every generated package
// declares once, whatever its enums. An emitter that adds one lists it here,
// so that a spec whose names would collide with it is rejected.
var PackageHelpers = []string{
	"UnknownValueError", // the error Parse functions return
	"unquoteJSON",       // UnmarshalJSON's fast path
}

// Methods are the methods every enum type has. A column's method may not
// reuse one. An emitter that adds methods lists them here.
var Methods = []string{
	"String", "IsKnown",
	"MarshalText", "AppendText", "UnmarshalText",
	"UnmarshalJSON",
	"Scan", "Value",
	"Set", "Type", // flag.Value, and pflag's Type
	CanonicalMethod, // vendor enums only, with the mapping; reserved on all
}

// helpersFor names the package-level helpers of enum type t.
func helpersFor(t string) Helpers {
	return Helpers{
		Parse:        "Parse" + t,
		Values:       t + "Values",
		ValuesVar:    "values" + t,
		Lookup:       "lookup" + t,
		LookupData:   "lookup" + t + "Slots",
		CanonicalVar: "canonical" + t,
		For:          t + "For",
		ForVar:       "for" + t,
	}
}

// namespace finds package-level names that collide. Exported names collide
// when they are equal ignoring case (the compiler would accept Noanswer next
// to NoAnswer, a reader should not have to); unexported helpers only when
// they are equal.
type namespace struct {
	names map[string]decl
	// looks holds the exported names by naming.Skeleton, to warn about
	// names that differ only in look-alike letters.
	looks map[string]decl
}

// decl is one declared name and what declared it.
type decl struct {
	name string
	what string
	pos  diag.Pos
}

func newNamespace() *namespace {
	ns := &namespace{names: map[string]decl{}, looks: map[string]decl{}}
	for _, h := range PackageHelpers {
		d := decl{name: h, what: "package helper " + h}
		ns.names[ns.key(h)] = d
		ns.looks[naming.Skeleton(h)] = d
	}
	return ns
}

func (ns *namespace) key(name string) string {
	if naming.IsExported(name) {
		return "E" + naming.Fold(name)
	}
	return "u" + name
}

// declare records name; on a collision it reports an error at pos naming
// both declarations. hint, when not empty, tells how to fix it.
func (ns *namespace) declare(name, what string, pos diag.Pos, hint string, errs *diag.List) {
	k := ns.key(name)
	prev, ok := ns.names[k]
	if !ok {
		d := decl{name: name, what: what, pos: pos}
		ns.names[k] = d
		ns.warnLookalike(d, hint, errs)
		return
	}
	msg := fmt.Sprintf("%s collides with %s%s", what, prev.what, prev.where())
	if prev.name != name {
		msg += "; Go names must differ in more than case"
	}
	if hint != "" {
		msg += "; " + hint
	}
	errs.Errorf(pos, "%s", msg)
}

// warnLookalike warns when d's exported name looks like an earlier one but
// differs in a letter from another script (Busy, Вusy): Go accepts both, a
// reader takes one for the other. Names equal ignoring case are errors
// (declare), so they never get here.
func (ns *namespace) warnLookalike(d decl, hint string, errs *diag.List) {
	if !naming.IsExported(d.name) {
		return
	}
	k := naming.Skeleton(d.name)
	prev, ok := ns.looks[k]
	if !ok {
		ns.looks[k] = d
		return
	}
	msg := fmt.Sprintf("%s looks the same as %s%s: %s", d.what, prev.what, prev.where(), naming.Lookalike(d.name, prev.name))
	if hint != "" {
		msg += "; " + hint
	}
	errs.Warnf(d.pos, "%s", msg)
}

// where is " at line N", or what tells that every package declares d.
func (d decl) where() string {
	if d.pos.Line > 0 {
		return fmt.Sprintf(" at line %d", d.pos.Line)
	}
	return ", which every generated package declares"
}

// declareEnum declares an enum's type, helpers and constants in spec order.
func (ns *namespace) declareEnum(e *Enum, errs *diag.List) {
	if e.Name == "" {
		return
	}
	ns.declare(e.Name, "enum type "+e.Name, e.Pos, "", errs)
	for _, h := range e.Helpers.all() {
		kind := "variable"
		if h.fn {
			kind = "function"
		}
		ns.declare(h.name, fmt.Sprintf("%s %s of enum %s", kind, h.name, e.Name), e.Pos, "rename the enum", errs)
	}
	for _, v := range e.Values {
		what := fmt.Sprintf("constant %s (wire %q)", v.Name, v.Wire)
		ns.declare(v.Name, what, v.Pos, "set name: on one of the values", errs)
	}
}

// declareModels declares the names of the spec's payload models, so that
// they cannot collide with an enum's names.
func (ns *namespace) declareModels(f *spec.File, errs *diag.List) {
	for _, m := range f.Models {
		if m != nil && m.Name != "" {
			ns.declare(m.Name, "payload model "+m.Name, m.At, "", errs)
		}
	}
}

// checkMethods reports column methods that reuse a method every enum has or
// another column's method.
func checkMethods(e *Enum, errs *diag.List) {
	seen := map[string]string{}
	for _, m := range Methods {
		seen[m] = "method " + m + " that every enum has"
	}
	for _, c := range e.Columns {
		if prev, ok := seen[c.Method]; ok {
			errs.Errorf(c.Pos, "column %s becomes method %s, which collides with the %s", c.Name, c.Method, prev)
			continue
		}
		seen[c.Method] = "method of column " + c.Name
	}
}

// listNames joins names for a message: "q850, sip".
func listNames(cols []*Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}
