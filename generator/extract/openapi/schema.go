package openapi

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// site is where a schema is met: the Go name an enum or model defined
// there gets, its JSON pointer and line, and whether objects there are
// payload models (named schemas, webhook and callback payloads) or only
// searched for enums (parameters, request bodies of operations).
type site struct {
	name   string
	key    string // the schema's name in the document, for a named schema
	ptr    string
	line   int
	desc   string // a description the context gives (a parameter's)
	models bool
}

// kind is what a schema gives a field: spec.Field's Type and Enum.
type kind struct {
	typ      string
	enum     string
	nullable bool
	desc     string
}

// busy marks a schema being typed, so that a recursive schema ends.
var busy = &kind{}

// typeOf types the schema n met at s, defining the enums and models it
// holds. A schema is typed once: the same node reached again (through
// $refs, YAML aliases or recursion) gives the same kind.
func (r *reader) typeOf(s site, n *yaml.Node) kind {
	n, ptr := r.follow(n, s.ptr)
	if n == nil {
		return kind{}
	}
	if ptr != s.ptr {
		s = s.through(ptr, r.keyLine(ptr, n))
	}
	if k, ok := r.typed[n]; ok {
		return r.cached(n, k)
	}
	r.typed[n] = busy
	k := r.shape(s, n)
	k.nullable = k.nullable || isNullable(n)
	k.desc = strings.TrimSpace(str(n, "description"))
	r.typed[n] = &k
	return k
}

// cached returns a schema's kind; a model being built gives its name.
func (r *reader) cached(n *yaml.Node, k *kind) kind {
	if k != busy {
		return *k
	}
	if m := r.models[n]; m != nil {
		return kind{typ: m.Name}
	}
	return kind{}
}

// through moves a site to the target of a $ref: a named schema names what
// it defines.
func (s site) through(ptr string, line int) site {
	s.ptr, s.line, s.desc = ptr, line, ""
	if key := refName(ptr); key != "" {
		s.name, s.key = goName(key), key
	}
	return s
}

// shape decides what a schema is.
func (r *reader) shape(s site, n *yaml.Node) kind {
	switch {
	case get(n, "enum") != nil:
		return r.enumKind(s, n)
	case get(n, "allOf") != nil:
		return r.allOf(s, n)
	case get(n, "oneOf") != nil || get(n, "anyOf") != nil:
		return r.union(s, n)
	}
	switch t := schemaType(n); t {
	case "array":
		return r.array(s, n)
	case "object":
		return r.object(s, n)
	default:
		return kind{typ: scalarType(t, str(n, "format"))}
	}
}

// allOf types an allOf: one part and nothing else is that part (the usual
// way to give a $ref a description); else the parts merge into an object.
func (r *reader) allOf(s site, n *yaml.Node) kind {
	parts := items(get(n, "allOf"))
	if len(parts) == 1 && get(n, "properties") == nil {
		ps := s
		ps.ptr = child(child(s.ptr, "allOf"), "0")
		return r.typeOf(ps, parts[0])
	}
	return r.object(s, n)
}

// union types a oneOf or anyOf. One variant besides {type: null} is that
// variant, nullable; more are kept as raw JSON, typed oneOf[A, B] so that
// the field's comment names them. Their enums and models are still read.
func (r *reader) union(s site, n *yaml.Node) kind {
	vs, nullable := variants(s, n)
	if len(vs) == 1 {
		k := r.typeOf(vs[0].site, vs[0].node)
		k.nullable = k.nullable || nullable
		return k
	}
	types := make([]string, len(vs))
	for i, v := range vs {
		v.site.name = s.name + "Option" + itoa(i+1)
		types[i] = orAny(elemType(r.typeOf(v.site, v.node)))
	}
	return kind{typ: unionName(n) + "[" + strings.Join(types, ", ") + "]", nullable: nullable}
}

// variant is one schema of a oneOf or anyOf.
type variant struct {
	site site
	node *yaml.Node
}

// variants lists the oneOf and anyOf schemas other than {type: null}, and
// whether there was one.
func variants(s site, n *yaml.Node) ([]variant, bool) {
	var out []variant
	nullable := false
	for _, key := range []string{"oneOf", "anyOf"} {
		for i, v := range items(get(n, key)) {
			if schemaType(v) == "null" {
				nullable = true
				continue
			}
			vs := s
			vs.ptr, vs.desc = child(child(s.ptr, key), itoa(i)), ""
			out = append(out, variant{vs, v})
		}
	}
	return out, nullable
}

// unionName is oneOf or anyOf, as the schema says.
func unionName(n *yaml.Node) string {
	if get(n, "oneOf") != nil {
		return "oneOf"
	}
	return "anyOf"
}

// array types an array as list[T]; its items' enum is named as the array.
func (r *reader) array(s site, n *yaml.Node) kind {
	it, line := entry(n, "items")
	if it == nil {
		return kind{typ: "array"}
	}
	is := s
	is.ptr, is.line, is.desc = child(s.ptr, "items"), line, ""
	elem := elemType(r.typeOf(is, it))
	if elem == "" {
		return kind{typ: "array"}
	}
	return kind{typ: "list[" + elem + "]"}
}

// object types an object: a payload model where models are read (named
// schemas, payloads, and objects nested in them); elsewhere its properties
// are only searched for enums. A map (additionalProperties) is
// map[string]T.
func (r *reader) object(s site, n *yaml.Node) kind {
	ps := r.properties(s.ptr, n)
	if len(ps.list) == 0 {
		return r.mapOf(s, n)
	}
	if s.models {
		return kind{typ: r.model(s, n, ps).Name}
	}
	for _, p := range ps.list {
		r.typeOf(site{name: s.name + goName(p.key), ptr: p.ptr, line: p.line}, p.node)
	}
	return kind{typ: "object"}
}

// mapOf types an object without properties.
func (r *reader) mapOf(s site, n *yaml.Node) kind {
	ap, line := entry(n, "additionalProperties")
	if !isMap(ap) {
		return kind{typ: "object"}
	}
	as := s
	as.name, as.ptr, as.line, as.desc = s.name+"Value", child(s.ptr, "additionalProperties"), line, ""
	if elem := elemType(r.typeOf(as, ap)); elem != "" {
		return kind{typ: "map[string]" + elem}
	}
	return kind{typ: "object"}
}

// elemType is how a kind is named inside list[...]: its enum, else its type.
func elemType(k kind) string {
	if k.enum != "" {
		return k.enum
	}
	return k.typ
}

func orAny(t string) string {
	if t == "" {
		return "any"
	}
	return t
}

// schemaType is the schema's type: the first of a list that is not
// "null" (3.1), else what its keys imply.
func schemaType(n *yaml.Node) string {
	t := get(n, "type")
	if t != nil && t.Kind == yaml.ScalarNode {
		return t.Value
	}
	if list, ok := scalars(t); ok {
		for _, v := range list {
			if v != "null" {
				return v
			}
		}
		if len(list) > 0 {
			return "null"
		}
	}
	switch {
	case get(n, "properties") != nil || get(n, "additionalProperties") != nil || get(n, "allOf") != nil:
		return "object"
	case get(n, "items") != nil:
		return "array"
	}
	return ""
}

// isNullable reports nullable: true (3.0), x-nullable: true (2.0) or a
// type list with "null" (3.1).
func isNullable(n *yaml.Node) bool {
	if isTrue(n, "nullable") || isTrue(n, "x-nullable") {
		return true
	}
	list, _ := scalars(get(n, "type"))
	for _, v := range list {
		if v == "null" {
			return true
		}
	}
	return false
}

// scalarType names a scalar schema as the payload model reads it:
// date-time is datetime (time.Time), integer and number formats keep their
// width (int32, int64, float, double); anything else keeps its type name.
func scalarType(t, format string) string {
	switch t {
	case "string":
		switch format {
		case "date-time":
			return "datetime"
		case "date":
			return "date"
		}
	case "integer":
		if format == "int32" || format == "int64" {
			return format
		}
	case "number":
		switch format {
		case "float", "double", "int32", "int64":
			return format
		}
	case "null":
		return ""
	}
	return t
}
