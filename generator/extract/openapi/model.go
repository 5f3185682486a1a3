package openapi

import (
	"strings"

	"github.com/docenum/docenum/generator/spec"
	"gopkg.in/yaml.v3"
)

// prop is one property of an object schema.
type prop struct {
	key  string
	line int
	node *yaml.Node
	ptr  string
}

// propSet is the merged properties of a schema and its allOf parts.
type propSet struct {
	list     []prop
	at       map[string]int // key -> index in list
	required map[string]bool
}

func newPropSet() *propSet {
	return &propSet{at: map[string]int{}, required: map[string]bool{}}
}

// model defines the payload model of object schema n: one field per
// property, JSON names as in the schema. Its name is taken before its
// fields are typed, so that a recursive schema refers to it.
func (r *reader) model(s site, n *yaml.Node, ps *propSet) *spec.Model {
	m := &spec.Model{Name: r.claim(s.name, s.ptr, s.line, "model"), Line: s.line}
	m.Description = firstText(str(n, "description"), s.desc)
	r.models[n], r.ptrs[m], r.keys[m] = m, s.ptr, s.key
	for _, p := range ps.list {
		m.Fields = append(m.Fields, r.field(m, p, ps.required[p.key]))
	}
	return m
}

// field types one property. It is optional unless required, and when
// nullable.
func (r *reader) field(m *spec.Model, p prop, required bool) *spec.Field {
	k := r.typeOf(site{name: m.Name + goName(p.key), ptr: p.ptr, line: p.line, models: true}, p.node)
	f := &spec.Field{
		Wire:        p.key,
		Type:        k.typ,
		Enum:        k.enum,
		Optional:    !required || k.nullable || isNullable(p.node),
		Description: firstText(str(p.node, "description"), k.desc),
		Line:        p.line,
	}
	r.ptrs[f] = p.ptr
	return f
}

// properties merges the properties of a schema: those of its allOf parts
// in order, then its own; a property defined again replaces the earlier
// one in its place. required lists merge too.
func (r *reader) properties(ptr string, n *yaml.Node) *propSet {
	if ps, ok := r.props[n]; ok {
		if ps == nil {
			r.errorf(n.Line, ptr, "allOf includes the schema itself")
			return newPropSet()
		}
		return ps
	}
	r.props[n] = nil
	ps := newPropSet()
	for i, part := range items(get(n, "allOf")) {
		pn, pptr := r.follow(part, child(child(ptr, "allOf"), itoa(i)))
		if pn != nil {
			ps.merge(r.properties(pptr, pn))
		}
	}
	ps.merge(ownProperties(ptr, n))
	r.props[n] = ps
	return ps
}

// ownProperties lists a schema's own properties and required names.
func ownProperties(ptr string, n *yaml.Node) *propSet {
	ps := newPropSet()
	base := child(ptr, "properties")
	for _, p := range pairs(get(n, "properties")) {
		if p.val != nil {
			ps.add(prop{key: p.key, line: p.line, node: p.val, ptr: child(base, p.key)})
		}
	}
	names, _ := scalars(get(n, "required"))
	for _, name := range names {
		ps.required[name] = true
	}
	return ps
}

// merge adds o's properties to ps.
func (ps *propSet) merge(o *propSet) {
	for _, p := range o.list {
		ps.add(p)
	}
	for name := range o.required {
		ps.required[name] = true
	}
}

// add appends p, or replaces the property of its name in its place.
func (ps *propSet) add(p prop) {
	if i, ok := ps.at[p.key]; ok {
		ps.list[i] = p
		return
	}
	ps.at[p.key] = len(ps.list)
	ps.list = append(ps.list, p)
}

// firstText returns the first non-blank text, trimmed.
func firstText(texts ...string) string {
	for _, t := range texts {
		if t = strings.TrimSpace(t); t != "" {
			return t
		}
	}
	return ""
}
