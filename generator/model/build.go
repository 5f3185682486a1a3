package model

import (
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// Options tune Build. The zero value is the default.
type Options struct{}

// Build validates files and turns them into a Set. It reports every problem
// it finds, each at its position in its spec file (paths as the files were
// given to spec.Load), sorted; the Set is complete only when the list holds
// no errors. Nil files (specs that failed to load) are skipped.
func Build(files []*spec.File, opts Options) (*Set, diag.List) {
	var errs diag.List
	set := &Set{}
	seen := map[string]*Package{}
	for _, f := range files {
		if f == nil {
			continue
		}
		p := buildPackage(f, &errs)
		if prev, ok := seen[p.Name]; ok && p.Name != "" {
			errs.Errorf(f.At, "vendor %q is already generated from %s", p.Name, prev.SpecPath)
			continue
		}
		seen[p.Name] = p
		set.Packages = append(set.Packages, p)
	}
	sort.SliceStable(set.Packages, func(i, j int) bool { return set.Packages[i].Name < set.Packages[j].Name })
	errs.Sort()
	return set, errs
}

// buildPackage builds one package from one spec file.
func buildPackage(f *spec.File, errs *diag.List) *Package {
	checkMapping(f, errs)
	f = f.Active()
	p := &Package{
		Name:       f.Vendor,
		Kind:       f.Kind,
		Title:      strings.TrimSpace(f.Title),
		SpecPath:   f.Path,
		SourcePath: sourcePath(f),
		Doc:        strings.TrimSpace(f.Doc),
		ImportPath: f.ImportPath,
		Pos:        f.At,
	}
	if p.Kind == "" {
		p.Kind = spec.KindVendor
	}
	if p.Title == "" {
		p.Title = p.Name
	}
	checkFile(f, errs)
	ns := newNamespace()
	for _, se := range f.Enums {
		if se == nil {
			continue
		}
		e := buildEnum(se, errs)
		ns.declareEnum(e, errs)
		p.Enums = append(p.Enums, e)
	}
	if p.IsCanonical() {
		ns.declareCanonical(p, errs)
	}
	p.Resolvers = buildResolvers(p, f, ns, errs)
	ns.declareModels(f, errs)
	p.Payloads = buildPayloads(p, f, ns, errs)
	return p
}

// sourcePath is the vendor document relative to the root the spec path is
// relative to: spec.File.Source is relative to the spec's directory.
func sourcePath(f *spec.File) string {
	if f.Source == "" {
		return ""
	}
	return path.Join(path.Dir(strings.ReplaceAll(f.Path, `\`, "/")), f.Source)
}

// checkFile checks the file-level keys.
func checkFile(f *spec.File, errs *diag.List) {
	checkVendor(f, errs)
	if f.Kind != "" && f.Kind != spec.KindVendor && f.Kind != spec.KindCanonical {
		errs.Errorf(f.At, "unknown kind %q (want %s or %s)", f.Kind, spec.KindVendor, spec.KindCanonical)
	}
	if f.FieldNaming != "" && f.FieldNaming != "snake" {
		errs.Errorf(f.At, "unknown field_naming %q (want snake, or leave it out)", f.FieldNaming)
	}
	if len(f.Enums) == 0 {
		errs.Errorf(f.At, "the spec defines no enums")
	}
}

// checkMapping checks the mapping key.
func checkMapping(f *spec.File, errs *diag.List) {
	switch f.Mapping {
	case "", spec.MappingComplete, spec.MappingPartial:
	default:
		errs.Errorf(f.At, "unknown mapping %q (want %s or %s)", f.Mapping, spec.MappingComplete, spec.MappingPartial)
	}
}

// checkVendor checks the package name by naming's rule, which the canonical
// spec alone may break to take the name vendor packages import it by.
func checkVendor(f *spec.File, errs *diag.List) {
	if f.Vendor == "" {
		errs.Errorf(f.At, "missing vendor (the Go package name of the generated code)")
		return
	}
	if f.Kind == spec.KindCanonical && f.Vendor == naming.CanonicalPackage {
		return
	}
	err := naming.CheckPackage(f.Vendor)
	if err == nil {
		return
	}
	if s := naming.PackageName(f.Vendor); s != "" {
		errs.Errorf(f.At, "vendor %q cannot be a Go package name: %v (e.g. %q)", f.Vendor, err, s)
	} else {
		errs.Errorf(f.At, "vendor %q cannot be a Go package name: %v", f.Vendor, err)
	}
}

// buildEnum builds one enum, its columns and values.
func buildEnum(se *spec.Enum, errs *diag.List) *Enum {
	e := &Enum{
		Name:       se.Name,
		Prefix:     se.Name,
		Doc:        docOf(se.Doc, se.Description),
		SourceLine: se.Line,
		Curated:    se.Origin == spec.OriginCurated,
		Reason:     strings.TrimSpace(se.Reason),
		Ref:        strings.TrimSpace(se.Ref),
		Helpers:    helpersFor(se.Name),
		Spec:       se,
		Pos:        se.At,
	}
	checkEnum(se, errs)
	if se.Prefix != nil {
		e.Prefix = *se.Prefix
	}
	e.Columns = buildColumns(se, errs)
	checkMethods(e, errs)
	e.Values = buildValues(e, se, errs)
	return e
}

// checkEnum checks an enum's own keys.
func checkEnum(se *spec.Enum, errs *diag.List) {
	switch {
	case se.Name == "":
		errs.Errorf(se.At, "enum has no name (the Go type name)")
	case !naming.IsExported(se.Name):
		errs.Errorf(se.At, "enum name %q is not an exported Go identifier", se.Name)
	}
	checkOrigin(se.Origin, se.Reason, "enum "+se.Name, se.At, errs)
	checkNotNegative("enum "+se.Name, "line", se.Line, se.At, errs)
	checkNotNegative("enum "+se.Name, "count", se.Count, se.At, errs)
	if se.Prefix != nil && !naming.IsPart(*se.Prefix) {
		errs.Errorf(se.At, "enum %s: prefix %q may hold only letters, digits and underscores", se.Name, *se.Prefix)
	}
	if len(se.Values) == 0 {
		errs.Errorf(se.At, "enum %s has no values", se.Name)
	}
	checkCaseInsensitive(se, errs)
}

// checkCaseInsensitive checks that a case-insensitive enum spells its wire
// values in lower case, the case its lookup folds its input to.
func checkCaseInsensitive(se *spec.Enum, errs *diag.List) {
	if !se.CaseInsensitive {
		return
	}
	for _, v := range se.Values {
		if v != nil && strings.ToLower(v.Wire) != v.Wire {
			errs.Errorf(v.Pos(), "enum %s is case_insensitive, so its wire values must be lower case; %q is not", se.Name, v.Wire)
		}
	}
}

// checkOrigin checks an origin and that a curated entry says why it exists.
func checkOrigin(origin, reason, what string, pos diag.Pos, errs *diag.List) {
	switch origin {
	case "", spec.OriginExtracted:
	case spec.OriginCurated:
		if strings.TrimSpace(reason) == "" {
			errs.Errorf(pos, "curated %s needs a reason (why it was added by hand)", what)
		}
	default:
		errs.Errorf(pos, "%s: unknown origin %q (want %s or %s)", what, origin, spec.OriginExtracted, spec.OriginCurated)
	}
}

// checkNotNegative reports a negative line or count: both count things in
// the document, and 0 (left out) already means unknown.
func checkNotNegative(what, key string, n int, pos diag.Pos, errs *diag.List) {
	if n < 0 {
		errs.Errorf(pos, "%s: %s %d is negative (leave it out when unknown)", what, key, n)
	}
}

// buildColumns types an enum's column declarations.
func buildColumns(se *spec.Enum, errs *diag.List) []*Column {
	var cols []*Column
	seen := map[string]bool{}
	for _, sc := range se.Columns {
		if sc == nil {
			continue
		}
		c := &Column{
			Name:   sc.Name,
			Method: naming.Exported("", naming.Ident(sc.Name)),
			Doc:    strings.TrimSpace(sc.Doc),
			Pos:    sc.At,
		}
		switch {
		case sc.Name == "":
			errs.Errorf(sc.At, "enum %s: column has no name", se.Name)
			continue
		case seen[sc.Name]:
			errs.Errorf(sc.At, "enum %s: duplicate column %q", se.Name, sc.Name)
			continue
		}
		seen[sc.Name] = true
		switch sc.Type {
		case "int":
			c.Type = ColumnInt
		case "string":
			c.Type = ColumnString
		default:
			errs.Errorf(sc.At, "column %s: unknown type %q (want int or string)", sc.Name, sc.Type)
			continue
		}
		cols = append(cols, c)
	}
	return cols
}

// buildValues builds an enum's values in spec order and decides their
// constant names.
func buildValues(e *Enum, se *spec.Enum, errs *diag.List) []*Value {
	var vals []*Value
	first := map[string]*spec.Value{}
	for _, sv := range se.Values {
		if sv == nil {
			continue
		}
		if prev, ok := first[sv.Wire]; ok {
			errs.Errorf(sv.Pos(), "duplicate wire value %q in enum %s (first at line %d)", sv.Wire, se.Name, prev.At.Line)
			continue
		}
		first[sv.Wire] = sv
		v := buildValue(e, sv, errs)
		v.Index = len(vals)
		vals = append(vals, v)
	}
	return vals
}

// buildValue builds one value.
func buildValue(e *Enum, sv *spec.Value, errs *diag.List) *Value {
	notes := sv.Notes()
	v := &Value{
		Wire:       sv.Wire,
		Name:       naming.ValueName(e.Prefix, sv.Wire, sv.Name),
		Doc:        docOf(sv.Doc, sv.Description),
		Deprecated: strings.TrimSpace(notes.Deprecated),
		Removed:    notes.Removed,
		Curated:    sv.IsCurated(),
		Reason:     strings.TrimSpace(notes.Reason),
		Ref:        strings.TrimSpace(notes.Ref),
		SourceLine: sv.Line,
		Canonical:  sv.Canonical,
		Spec:       sv,
		Pos:        sv.Pos(),
	}
	if !naming.IsPart(sv.Name) {
		errs.Errorf(sv.Pos(), "value %q: name %q may hold only letters, digits and underscores", sv.Wire, sv.Name)
	}
	checkOrigin(notes.Origin, notes.Reason, "value "+strconv.Quote(sv.Wire), sv.Pos(), errs)
	checkNotNegative("value "+strconv.Quote(sv.Wire), "line", sv.Line, sv.Pos(), errs)
	v.Data = buildData(e, sv, errs)
	return v
}

// buildData types a value's data: one datum per declared column, in column
// order. Every declared column needs an entry (null for none) so that a
// forgotten one is not taken for "none".
func buildData(e *Enum, sv *spec.Value, errs *diag.List) []Datum {
	data := make([]Datum, len(e.Columns))
	for i, c := range e.Columns {
		d, ok := sv.Data[c.Name]
		if !ok {
			errs.Errorf(sv.Pos(), "value %q has no %s data (write %s: null for none)", sv.Wire, c.Name, c.Name)
			continue
		}
		data[i] = typeDatum(c, d, sv, errs)
	}
	checkUndeclared(e, sv, errs)
	return data
}

// typeDatum converts one datum to its column's type. Nil (null) and the
// empty text, which spec.Marshal writes as null, are "none".
func typeDatum(c *Column, d *spec.Datum, sv *spec.Value, errs *diag.List) Datum {
	if d == nil || d.Text == "" {
		return Datum{}
	}
	if c.Type == ColumnString {
		return Datum{Valid: true, String: d.Text}
	}
	n, err := strconv.Atoi(d.Text)
	if err != nil {
		errs.Errorf(d.At, "value %q: %s must be a whole number or null, found %q", sv.Wire, c.Name, d.Text)
		return Datum{}
	}
	return Datum{Valid: true, Int: n}
}

// checkUndeclared reports data for columns the enum does not declare.
func checkUndeclared(e *Enum, sv *spec.Value, errs *diag.List) {
	keys := make([]string, 0, len(sv.Data))
	for k := range sv.Data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if declared(e.Spec, k) {
			continue
		}
		pos := sv.Pos()
		if d := sv.Data[k]; d != nil {
			pos = d.At
		}
		if len(e.Columns) == 0 {
			errs.Errorf(pos, "value %q: data for undeclared column %q (enum %s declares no columns)", sv.Wire, k, e.Name)
		} else {
			errs.Errorf(pos, "value %q: data for undeclared column %q (enum %s declares %s)", sv.Wire, k, e.Name, listNames(e.Columns))
		}
	}
}

// declared reports whether the spec declares column name, valid or not
// (an invalid declaration is reported once, where it is).
func declared(se *spec.Enum, name string) bool {
	for _, c := range se.Columns {
		if c != nil && c.Name == name {
			return true
		}
	}
	return false
}

// docOf is the curated doc when there is one, else the vendor's text.
func docOf(curated, extracted string) string {
	if s := strings.TrimSpace(curated); s != "" {
		return s
	}
	return strings.TrimSpace(extracted)
}
