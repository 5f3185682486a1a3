package openapi

import (
	"strings"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
	"gopkg.in/yaml.v3"
)

// enumKind types a schema with an enum: a string field linked to the
// enum, or, when the enum is not one of strings, the plain scalar.
func (r *reader) enumKind(s site, n *yaml.Node) kind {
	t := schemaType(n)
	if e := r.enum(s, n, t); e != nil {
		return kind{typ: "string", enum: e.Name}
	}
	if t == "" {
		t = valueType(items(get(n, "enum")))
	}
	return kind{typ: scalarType(t, str(n, "format"))}
}

// enum defines the enum of schema n, or returns nil (with a warning) when
// its values are not strings.
func (r *reader) enum(s site, n *yaml.Node, t string) *spec.Enum {
	list, line := entry(n, "enum")
	its := items(list)
	if what := notStrings(t, its); what != "" {
		r.warnf(line, s.name, s.ptr, "%s enum skipped: docenum enums are strings", what)
		return nil
	}
	vals, index := r.values(s, its)
	if len(vals) == 0 {
		r.warnf(line, s.name, s.ptr, "enum has no string values")
		return nil
	}
	e := &spec.Enum{Name: r.claim(s.name, s.ptr, s.line, "enum"), Line: s.line, Values: vals}
	desc, docs := valueDocs(firstText(str(n, "description"), s.desc), wires(vals))
	e.Description = desc
	for _, v := range vals {
		v.Description = docs[v.Wire]
	}
	r.extensions(e, s.ptr, n, index, len(its))
	r.enums[n], r.ptrs[e], r.keys[e], r.places[e] = e, s.ptr, s.key, placeOf(s.ptr)
	return e
}

// notStrings names the type of an enum that is not one of strings: the
// schema's type (integer, number, boolean), or, untyped, the YAML type of
// a value that is not a string.
func notStrings(t string, its []*yaml.Node) string {
	if t != "" && t != "string" {
		return t
	}
	if t == "" {
		return valueType(its)
	}
	return ""
}

// tagTypes name YAML's scalar types as JSON Schema does.
var tagTypes = map[string]string{"!!int": "integer", "!!float": "number", "!!bool": "boolean"}

// valueType is the JSON Schema type of the first enum value that is not a
// string (or null), or "".
func valueType(its []*yaml.Node) string {
	for _, it := range its {
		if it != nil && it.Kind == yaml.ScalarNode && it.Tag != "!!str" && it.Tag != "!!null" {
			return firstText(tagTypes[it.Tag], strings.TrimPrefix(it.Tag, "!!"))
		}
	}
	return ""
}

// values reads the enum's values in order: null (a nullable enum's) is
// left out, a value that is not a scalar or repeats one is skipped with a
// warning. index maps each value to its position in the enum list, for the
// x-enum-* lists.
func (r *reader) values(s site, its []*yaml.Node) ([]*spec.Value, []int) {
	var vals []*spec.Value
	var index []int
	seen := map[string]bool{}
	for i, it := range its {
		ptr := child(child(s.ptr, "enum"), itoa(i))
		switch {
		case it == nil || it.Tag == "!!null":
			continue
		case it.Kind != yaml.ScalarNode:
			r.warnf(it.Line, s.name, ptr, "enum value is not a string; skipped")
			continue
		case seen[it.Value]:
			r.warnf(it.Line, s.name, ptr, "enum value %q repeated; skipped", it.Value)
			continue
		}
		seen[it.Value] = true
		v := &spec.Value{Wire: it.Value, Line: it.Line}
		r.ptrs[v] = ptr
		vals, index = append(vals, v), append(index, i)
	}
	return vals, index
}

func wires(vals []*spec.Value) map[string]bool {
	out := make(map[string]bool, len(vals))
	for _, v := range vals {
		out[v.Wire] = true
	}
	return out
}

// Extensions that name and describe enum values, one entry per value of
// the enum list, first found wins.
var (
	nameKeys = []string{"x-enum-varnames", "x-enumNames", "x-enum-names"}
	descKeys = []string{"x-enum-descriptions", "x-enumDescriptions", "x-enum-comments"}
)

// extensions applies the x-enum-* extensions: names become each value's
// name (the identifier part after the enum's name), descriptions replace
// those found in the schema's description. x-enum-comments may also be a
// mapping from value names or values to text.
func (r *reader) extensions(e *spec.Enum, ptr string, n *yaml.Node, index []int, count int) {
	if names := r.extList(e, ptr, n, nameKeys, count); names != nil {
		for i, v := range e.Values {
			v.Name = valueName(e.Name, v.Wire, names[index[i]])
		}
	}
	if descs := r.extList(e, ptr, n, descKeys, count); descs != nil {
		for i, v := range e.Values {
			v.Description = firstText(descs[index[i]], v.Description)
		}
	}
	r.comments(e, n, index)
}

// extList returns the first of keys that n has as a list of strings, one
// per enum entry; a list of another length is a warning and not used.
func (r *reader) extList(e *spec.Enum, ptr string, n *yaml.Node, keys []string, count int) []string {
	for _, key := range keys {
		v, line := entry(n, key)
		list, ok := scalars(v)
		if !ok {
			continue
		}
		if len(list) != count {
			r.warnf(line, e.Name, ptr, "%s has %d entries for %d enum values; not used", key, len(list), count)
			return nil
		}
		return list
	}
	return nil
}

// comments applies an x-enum-comments mapping (value name or value ->
// text), the form swag writes.
func (r *reader) comments(e *spec.Enum, n *yaml.Node, index []int) {
	m := pairs(get(n, "x-enum-comments"))
	if m == nil {
		return
	}
	names, _ := scalars(firstOf(n, nameKeys))
	byKey := map[string]string{}
	for _, p := range m {
		if p.val != nil && p.val.Kind == yaml.ScalarNode {
			byKey[p.key] = p.val.Value
		}
	}
	for i, v := range e.Values {
		text, ok := byKey[v.Wire]
		if j := index[i]; !ok && j < len(names) {
			text = byKey[names[j]]
		}
		v.Description = firstText(text, v.Description)
	}
}

// firstOf returns the value of the first of keys n has.
func firstOf(n *yaml.Node, keys []string) *yaml.Node {
	for _, k := range keys {
		if v := get(n, k); v != nil {
			return v
		}
	}
	return nil
}

// valueName turns a vendor's constant name into the identifier part of a
// value name: the enum's name in front is dropped (STATUS_BUSY in enum
// Status is Busy); a name the wire gives anyway is left unset.
func valueName(enum, wire, name string) string {
	part := naming.Ident(name)
	if rest, ok := strings.CutPrefix(part, enum); ok && rest != "" {
		part = rest
	}
	if part == naming.Ident(wire) || !naming.IsPart(part) {
		return ""
	}
	return part
}
