package openapi

import (
	"fmt"
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
	"gopkg.in/yaml.v3"
)

// Options select what to read.
type Options struct {
	// Select, when set, keeps only enums and models whose schema name
	// matches one of the patterns (path.Match syntax on the name) or whose
	// JSON pointer starts with one (patterns starting with "#/").
	Select []string
}

// Result is what was read.
type Result struct {
	// Enums and Models are in document order, with Line set.
	Enums  []*spec.Enum
	Models []*spec.Model
	// Pointers gives the JSON pointer of every *spec.Enum, *spec.Value,
	// *spec.Model and *spec.Field of the result.
	Pointers map[any]string
	// Diags holds warnings (what was skipped and why) and errors (a broken
	// or cyclic $ref), each at file:line.
	Diags diag.List
	// Summary says how many enums were found where, e.g. "412 enums in 3
	// places: 380 components.schemas, 20 parameters, 12 webhooks; 96 models".
	Summary string
}

// Read reads the enums and payload models of an OpenAPI 3.x or Swagger 2.0
// document. path names the document in diagnostics. The error is a
// diag.List; it is returned only when nothing can be read: the document is
// not JSON or YAML, not an OpenAPI document, or a Select pattern is
// malformed. Problems inside the document are in Result.Diags.
func Read(path string, data []byte, opts Options) (Result, error) {
	sel, err := compileSelect(opts.Select)
	if err != nil {
		return Result{}, err
	}
	root, err := parse(path, data)
	if err != nil {
		return Result{}, err
	}
	v2, ok := version(root)
	if !ok {
		var l diag.List
		l.Errorf(diag.Pos{File: path}, "not an OpenAPI 3.x or Swagger 2.0 document: no top-level openapi: 3.x or swagger: \"2.0\"")
		return Result{}, l
	}
	r := newReader(path, root, v2)
	r.document()
	return r.result(sel), nil
}

// version reports whether root is a Swagger 2.0 document, and whether it
// is an OpenAPI document at all.
func version(root *yaml.Node) (v2, ok bool) {
	switch {
	case strings.HasPrefix(str(root, "openapi"), "3."):
		return false, true
	case str(root, "swagger") == "2.0":
		return true, true
	}
	return false, false
}

// reader holds the state of one Read.
type reader struct {
	file string
	root *yaml.Node
	v2   bool

	// enums and models are keyed by the schema node they come from: one
	// node reached through several $refs is one enum (model).
	enums  map[*yaml.Node]*spec.Enum
	models map[*yaml.Node]*spec.Model
	// typed caches each schema's field type; a node being typed maps to
	// busy, so that recursion ends.
	typed map[*yaml.Node]*kind
	// props caches the merged properties of a schema.
	props map[*yaml.Node]*propSet
	// visited marks parameters, request bodies and path items walked.
	visited map[*yaml.Node]bool
	// refs caches $ref lookups.
	refs map[string]target

	names  map[string]string // Go name -> pointer of what took it
	ptrs   map[any]string
	keys   map[any]string // enum/model -> schema name in the document
	places map[*spec.Enum]string
	notes  []note
}

// note is a diagnostic with what it is about, so that -select can drop
// warnings about what it leaves out.
type note struct {
	d         diag.Diagnostic
	name, ptr string
}

func newReader(path string, root *yaml.Node, v2 bool) *reader {
	return &reader{
		file: path, root: root, v2: v2,
		enums:   map[*yaml.Node]*spec.Enum{},
		models:  map[*yaml.Node]*spec.Model{},
		typed:   map[*yaml.Node]*kind{},
		props:   map[*yaml.Node]*propSet{},
		visited: map[*yaml.Node]bool{},
		refs:    map[string]target{},
		names:   map[string]string{},
		ptrs:    map[any]string{},
		keys:    map[any]string{},
		places:  map[*spec.Enum]string{},
	}
}

// warnf records a warning about the enum or model name at ptr.
func (r *reader) warnf(line int, name, ptr, format string, args ...any) {
	r.add(diag.Warning, line, name, ptr, format, args...)
}

// errorf records an error; errors are kept whatever -select says.
func (r *reader) errorf(line int, ptr, format string, args ...any) {
	r.add(diag.Error, line, "", ptr, format, args...)
}

func (r *reader) add(sev diag.Severity, line int, name, ptr, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if ptr != "" {
		msg = ptr + ": " + msg
	}
	d := diag.Diagnostic{Pos: diag.Pos{File: r.file, Line: line}, Severity: sev, Msg: msg}
	r.notes = append(r.notes, note{d: d, name: name, ptr: ptr})
}

// result applies the selection and puts everything in document order.
func (r *reader) result(sel *selection) Result {
	enums := sortedByLine(r.enumList(), func(e *spec.Enum) (int, string) { return e.Line, r.ptrs[e] })
	models := sortedByLine(r.modelList(), func(m *spec.Model) (int, string) { return m.Line, r.ptrs[m] })
	enums, models = sel.apply(r, enums, models)
	res := Result{Enums: enums, Models: models, Pointers: map[any]string{}}
	r.keepPointers(&res)
	res.Diags = r.diags(sel)
	res.Summary = summary(enums, models, r.places)
	return res
}

func (r *reader) enumList() []*spec.Enum {
	out := make([]*spec.Enum, 0, len(r.enums))
	for _, e := range r.enums {
		out = append(out, e)
	}
	return out
}

func (r *reader) modelList() []*spec.Model {
	out := make([]*spec.Model, 0, len(r.models))
	for _, m := range r.models {
		out = append(out, m)
	}
	return out
}

// sortedByLine sorts by line, then pointer: document order, deterministic.
func sortedByLine[T any](s []T, key func(T) (int, string)) []T {
	sort.Slice(s, func(i, j int) bool {
		li, pi := key(s[i])
		lj, pj := key(s[j])
		if li != lj {
			return li < lj
		}
		return pi < pj
	})
	return s
}

// keepPointers copies the pointers of what the result holds.
func (r *reader) keepPointers(res *Result) {
	for _, e := range res.Enums {
		res.Pointers[e] = r.ptrs[e]
		for _, v := range e.Values {
			res.Pointers[v] = r.ptrs[v]
		}
	}
	for _, m := range res.Models {
		res.Pointers[m] = r.ptrs[m]
		for _, f := range m.Fields {
			res.Pointers[f] = r.ptrs[f]
		}
	}
}

// diags returns the errors and the selected warnings, sorted, each once.
func (r *reader) diags(sel *selection) diag.List {
	var out diag.List
	seen := map[string]bool{}
	for _, n := range r.notes {
		if n.d.Severity == diag.Warning && n.ptr != "" && !sel.matches(n.name, n.ptr) {
			continue
		}
		if s := n.d.String(); !seen[s] {
			seen[s] = true
			out = append(out, n.d)
		}
	}
	out.Sort()
	return out
}
