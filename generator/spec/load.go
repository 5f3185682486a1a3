package spec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/safefile"
	"gopkg.in/yaml.v3"
)

// LoadFile reads and decodes the spec at path. See Load.
func LoadFile(path string) (*File, diag.List) {
	data, err := safefile.Read(path, safefile.DefaultLimit)
	if err != nil {
		var l diag.List
		l.Errorf(diag.Pos{File: path}, "%v", err)
		return nil, l
	}
	return Load(path, data)
}

// Load decodes a spec. Unknown keys and values of the wrong type are errors,
// each reported at its line and column in path; decoding goes on after an
// error so that every problem is reported at once. Load does not validate
// meaning (duplicates, names, mappings): package model and package mapping
// do.
func Load(path string, data []byte) (*File, diag.List) {
	d := &decoder{file: path}
	var f File
	f.Path = path
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.errs.Errorf(diag.Pos{File: path, Line: 1}, "empty spec")
		} else {
			d.errs.Errorf(d.yamlErrPos(err), "%s", yamlErrMsg(err))
		}
		return nil, d.errs
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.errorf(d.pos(&extra), "a spec holds one YAML document; found a second")
	}
	if len(doc.Content) != 1 {
		d.errs.Errorf(diag.Pos{File: path, Line: 1}, "empty spec")
		return nil, d.errs
	}
	d.budget = expansionBudget(countNodes(&doc))
	d.decode(doc.Content[0], reflect.ValueOf(&f).Elem())
	return &f, d.errs
}

type decoder struct {
	file string
	errs diag.List
	// seen drops an error repeated at one position, as every expansion of
	// an alias repeats the errors inside it.
	seen map[diag.Diagnostic]bool
	// nodes counts the nodes decoded, aliases expanded; budget caps it.
	nodes, budget int
	// alias is the outermost alias being expanded, where running out of
	// budget is reported; over is set once it has been.
	alias *yaml.Node
	over  bool
	// fields caches keyFields by type: a spec holds many values.
	fields map[reflect.Type][]keyField
}

func (d *decoder) keyFields(t reflect.Type) []keyField {
	f, ok := d.fields[t]
	if !ok {
		if d.fields == nil {
			d.fields = map[reflect.Type][]keyField{}
		}
		f = keyFields(t)
		d.fields[t] = f
	}
	return f
}

// The loader follows aliases itself, which bypasses yaml.v3's guard: a few
// KB of nested aliases ("billion laughs") expand to billions of nodes. A
// spec may expand to expansionFactor times its written nodes, at least
// minExpansion and at most maxExpansion (but never less than itself).
const (
	expansionFactor = 100
	minExpansion    = 10_000
	maxExpansion    = 1_000_000
)

func expansionBudget(written int) int {
	return max(written, min(max(expansionFactor*written, minExpansion), maxExpansion))
}

// countNodes counts the nodes of n as written, not following aliases.
func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

// errorf appends an error unless the same one is already there.
func (d *decoder) errorf(pos diag.Pos, format string, args ...any) {
	e := diag.Diagnostic{Pos: pos, Severity: diag.Error, Msg: fmt.Sprintf(format, args...)}
	if d.seen == nil {
		d.seen = map[diag.Diagnostic]bool{}
	}
	if !d.seen[e] {
		d.seen[e] = true
		d.errs = append(d.errs, e)
	}
}

// enter counts n against the budget and follows it if it is an alias; ok
// is false once the budget is spent. Then the error is at the outermost
// alias: the one a user wrote where the expansion starts. leave(n) ends n.
func (d *decoder) enter(n *yaml.Node) (target *yaml.Node, ok bool) {
	if d.over {
		return nil, false
	}
	if d.nodes++; d.nodes > d.budget {
		at := n
		if d.alias != nil {
			at = d.alias
		}
		d.errorf(d.pos(at), "%s expands the spec past its limit of %d YAML nodes: "+
			"nested aliases multiply; write the repeated part out", describeAlias(at), d.budget)
		d.over = true
		return nil, false
	}
	if n.Kind != yaml.AliasNode {
		return n, true
	}
	if d.alias == nil {
		d.alias = n
	}
	return n.Alias, true
}

// leave ends the expansion of n when it is the outermost alias.
func (d *decoder) leave(n *yaml.Node) {
	if d.alias == n {
		d.alias = nil
	}
}

// describeAlias names the alias n (*name); the budget runs out only
// inside one, the spec itself being within it.
func describeAlias(n *yaml.Node) string {
	if n.Kind == yaml.AliasNode {
		return "alias *" + n.Value
	}
	return "the spec"
}

var (
	posType    = reflect.TypeOf(diag.Pos{})
	posPtrType = reflect.TypeOf(&diag.Pos{})
	datumType  = reflect.TypeOf(Datum{})
)

func (d *decoder) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{File: d.file, Line: n.Line, Col: n.Column}
}

// decode fills v from n, recording positions in fields named At.
func (d *decoder) decode(node *yaml.Node, v reflect.Value) {
	n, ok := d.enter(node)
	if !ok {
		return
	}
	defer d.leave(node)
	switch {
	case v.Type() == datumType:
		d.decodeDatum(n, v)
	case v.Kind() == reflect.Pointer:
		if isNull(n) {
			return
		}
		p := reflect.New(v.Type().Elem())
		d.decode(n, p.Elem())
		v.Set(p)
	case v.Kind() == reflect.Struct:
		d.decodeStruct(n, v)
	case v.Kind() == reflect.Slice:
		d.decodeSlice(n, v)
	case v.Kind() == reflect.Map:
		d.decodeMap(n, v)
	default:
		d.decodeScalar(n, v)
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value) {
	if at := v.FieldByName("At"); at.IsValid() && at.Type() == posType {
		at.Set(reflect.ValueOf(d.pos(n)))
	} else if at.IsValid() && at.Type() == posPtrType {
		pos := d.pos(n)
		at.Set(reflect.ValueOf(&pos))
	}
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(d.pos(n), "expected a mapping, found %s", describe(n))
		return
	}
	fields := d.keyFields(v.Type())
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		f, ok := findKey(fields, k.Value)
		switch {
		case !ok:
			d.errorf(d.pos(k), "unknown key %q (known: %s)", k.Value, knownKeys(fields))
		case seen[k.Value]:
			d.errorf(d.pos(k), "duplicate key %q", k.Value)
		case f.required && isNull(resolve(val)):
			seen[k.Value] = true
			d.errorf(d.pos(k), "%s is null: write the string, or %s: \"\" for the empty string", k.Value, k.Value)
		default:
			seen[k.Value] = true
			d.decode(val, field(v, f.index))
		}
	}
	d.checkRequired(n, fields, seen)
}

func findKey(fields []keyField, name string) (keyField, bool) {
	for _, f := range fields {
		if f.name == name {
			return f, true
		}
	}
	return keyField{}, false
}

// isRequired reports whether a field is tagged load:"required": its key
// must be written and not null, because its zero value is a real value
// (the wire string "") that the model could not tell from a forgotten key.
func isRequired(f reflect.StructField) bool { return f.Tag.Get("load") == "required" }

// checkRequired reports the required keys a mapping leaves out.
func (d *decoder) checkRequired(n *yaml.Node, fields []keyField, seen map[string]bool) {
	for _, f := range fields {
		if f.required && !seen[f.name] {
			d.errorf(d.pos(n), "missing %s: write the string, or %s: \"\" for the empty string", f.name, f.name)
		}
	}
}

// resolve is the node an alias stands for, or n itself.
func resolve(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n.Alias
	}
	return n
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(d.pos(n), "expected a list, found %s", describe(n))
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		d.decode(item, s.Index(i))
	}
	v.Set(s)
}

func (d *decoder) decodeMap(n *yaml.Node, v reflect.Value) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(d.pos(n), "expected a mapping, found %s", describe(n))
		return
	}
	m := reflect.MakeMap(v.Type())
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		key := reflect.New(v.Type().Key()).Elem()
		d.decodeScalar(k, key)
		if m.MapIndex(key).IsValid() {
			d.errorf(d.pos(k), "duplicate key %q", k.Value)
			continue
		}
		elem := reflect.New(v.Type().Elem()).Elem()
		d.decode(val, elem)
		m.SetMapIndex(key, elem)
	}
	v.Set(m)
}

func (d *decoder) decodeDatum(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(d.pos(n), "expected a scalar, found %s", describe(n))
		return
	}
	v.Set(reflect.ValueOf(Datum{Text: n.Value, At: d.pos(n)}))
}

func (d *decoder) decodeScalar(n *yaml.Node, v reflect.Value) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(d.pos(n), "expected %s, found %s", kindName(v.Kind()), describe(n))
		return
	}
	if isNull(n) {
		return
	}
	if err := n.Decode(v.Addr().Interface()); err != nil {
		d.errorf(d.pos(n), "expected %s, found %s", kindName(v.Kind()), describe(n))
	}
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "nothing"
}

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Uint8, reflect.Uint16:
		return "a whole number"
	}
	return k.String()
}

// keyField is one key a struct type reads: the path to its field, through
// inline fields (Value.Curation).
type keyField struct {
	name     string
	index    []int
	required bool
}

// keyFields lists the keys of t in declaration order, those of an inline
// struct or struct pointer at its place.
func keyFields(t reflect.Type) []keyField {
	var out []keyField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if isInline(f) {
			inner := f.Type
			if inner.Kind() == reflect.Pointer {
				inner = inner.Elem()
			}
			for _, k := range keyFields(inner) {
				k.index = append([]int{i}, k.index...)
				out = append(out, k)
			}
			continue
		}
		if name := yamlName(f); name != "" {
			out = append(out, keyField{name: name, index: []int{i}, required: isRequired(f)})
		}
	}
	return out
}

// isInline reports a field whose keys sit in its parent's mapping.
func isInline(f reflect.StructField) bool {
	_, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return opts == "inline"
}

// field is v's field at index, allocating the nil pointers on its way.
func field(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

func knownKeys(fields []keyField) string {
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}

func yamlName(f reflect.StructField) string {
	tag := f.Tag.Get("yaml")
	if tag == "" || tag == "-" {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	return name
}

// yamlErrPos pulls "line N" out of a yaml.v3 syntax error.
func (d *decoder) yamlErrPos(err error) diag.Pos {
	var line int
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		fmt.Sscanf(msg[i+len("line "):], "%d", &line)
	}
	return diag.Pos{File: d.file, Line: line}
}

func yamlErrMsg(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "line ") {
		msg = msg[i+2:]
	}
	return "invalid YAML: " + msg
}
