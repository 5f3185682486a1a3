package openapi

import (
	"strings"

	"github.com/docenum/docenum/generator/naming"
	"gopkg.in/yaml.v3"
)

// Places where enums are found, as the summary names them (see placeOf).
const (
	placeSchemas     = "components.schemas"
	placeDefinitions = "definitions"
	placeParameters  = "parameters"
	placeBodies      = "requestBodies"
	placeWebhooks    = "webhooks"
	placeCallbacks   = "callbacks"
)

// methods are the operations of a path item.
var methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// document walks the places enums and models live. Named schemas come
// first, so that an enum or model reached from elsewhere through a $ref is
// named after its schema; payloads come before shared request bodies, so
// that a webhook's body defined there is read as a model.
func (r *reader) document() {
	r.reserve()
	if r.v2 {
		r.namedSchemas("#/definitions")
		r.namedParameters("#/parameters")
	} else {
		r.namedSchemas("#/components/schemas")
		r.namedParameters("#/components/parameters")
		r.namedCallbacks()
		r.webhooks()
		r.namedBodies()
	}
	r.paths()
}

// schemaBase is where the document keeps its named schemas.
func (r *reader) schemaBase() string {
	if r.v2 {
		return "#/definitions"
	}
	return "#/components/schemas"
}

// reserve gives each named schema that is an enum or an object its own
// name before anything is read, so that an inline enum or nested model
// that would take the same name is the one renamed.
func (r *reader) reserve() {
	base := r.schemaBase()
	for _, p := range pairs(r.lookup(base)) {
		if get(p.val, "enum") != nil || schemaType(p.val) == "object" {
			r.names[naming.Fold(goName(p.key))] = child(base, p.key)
		}
	}
}

// namedSchemas reads every schema of components.schemas or definitions.
func (r *reader) namedSchemas(base string) {
	for _, p := range pairs(r.lookup(base)) {
		s := site{name: goName(p.key), key: p.key, ptr: child(base, p.key), line: p.line, models: true}
		r.typeOf(s, p.val)
	}
}

// namedParameters reads the shared parameters, named by their keys.
func (r *reader) namedParameters(base string) {
	for _, p := range pairs(r.lookup(base)) {
		r.parameter(site{name: goName(p.key), ptr: child(base, p.key), line: p.line}, p.val, true)
	}
}

// namedBodies reads components.requestBodies.
func (r *reader) namedBodies() {
	base := "#/components/requestBodies"
	for _, p := range pairs(r.lookup(base)) {
		r.body(site{name: goName(p.key), ptr: child(base, p.key), line: p.line}, p.val)
	}
}

// namedCallbacks reads components.callbacks: their payloads are models.
func (r *reader) namedCallbacks() {
	base := "#/components/callbacks"
	for _, p := range pairs(r.lookup(base)) {
		r.callback(child(base, p.key), p.key, p.val)
	}
}

// webhooks reads the webhooks of OpenAPI 3.1: their payloads are models.
func (r *reader) webhooks() {
	for _, p := range pairs(get(r.root, "webhooks")) {
		r.pathItem(child("#/webhooks", p.key), p.key, p.val, true)
	}
}

// callback reads one callback object: expression -> path item.
func (r *reader) callback(ptr, name string, n *yaml.Node) {
	n, ptr = r.follow(n, ptr)
	if r.once(n) {
		for _, p := range pairs(n) {
			r.pathItem(child(ptr, p.key), name, p.val, true)
		}
	}
}

// paths reads every operation of paths.
func (r *reader) paths() {
	for _, p := range pairs(get(r.root, "paths")) {
		r.pathItem(child("#/paths", p.key), "", p.val, false)
	}
}

// pathItem reads the parameters and request bodies of a path item's
// operations. name, set for webhooks and callbacks, names what has no
// operationId; their request bodies are payloads, read as models.
func (r *reader) pathItem(ptr, name string, n *yaml.Node, payload bool) {
	n, ptr = r.follow(n, ptr)
	if !r.once(n) {
		return
	}
	shared := items(get(n, "parameters"))
	r.parameters(child(ptr, "parameters"), goName(itemName(name, ptr)), shared)
	for _, m := range methods {
		op := get(n, m)
		if !isMap(op) {
			continue
		}
		opPtr := child(ptr, m)
		owner := opName(op, name, m, ptr)
		r.parameters(child(opPtr, "parameters"), owner, items(get(op, "parameters")))
		r.operationBody(opPtr, owner, op, payload)
		for _, cb := range pairs(get(op, "callbacks")) {
			r.callback(child(child(opPtr, "callbacks"), cb.key), cb.key, cb.val)
		}
	}
}

// parameters reads a list of parameters of an operation or path item.
func (r *reader) parameters(ptr, owner string, list []*yaml.Node) {
	for i, p := range list {
		if p != nil {
			r.parameter(site{name: owner, ptr: child(ptr, itoa(i)), line: p.Line}, p, false)
		}
	}
}

// operationBody reads an operation's request body (3.x; a 2.0 body is a
// parameter).
func (r *reader) operationBody(opPtr, owner string, op *yaml.Node, payload bool) {
	b, line := entry(op, "requestBody")
	if b != nil {
		r.body(site{name: owner, ptr: child(opPtr, "requestBody"), line: line, models: payload}, b)
	}
}

// body reads a request body: the schema of each media type.
func (r *reader) body(s site, n *yaml.Node) {
	n, s.ptr = r.follow(n, s.ptr)
	if !r.once(n) {
		return
	}
	s.desc = str(n, "description")
	for _, mt := range pairs(get(n, "content")) {
		schema, line := entry(mt.val, "schema")
		if schema != nil {
			ms := s
			ms.ptr, ms.line = child(child(child(s.ptr, "content"), mt.key), "schema"), line
			r.typeOf(ms, schema)
		}
	}
}

// parameter reads a path, query or form parameter (a 2.0 body parameter
// like a request body). s names its owner: a shared parameter is named by
// its key (named), others are <Owner><Parameter>.
func (r *reader) parameter(s site, n *yaml.Node, named bool) {
	n, s.ptr = r.follow(n, s.ptr)
	if !r.once(n) {
		return
	}
	if !named {
		s.name += goName(str(n, "name"))
	}
	s.desc = str(n, "description")
	switch str(n, "in") {
	case "path", "query", "formData", "body":
		r.typeOf(paramSchema(s, n))
	}
}

// paramSchema returns the schema of a parameter: its schema (3.x, 2.0
// body), the first schema of its content (3.x), or the parameter itself
// (2.0, which types parameters inline).
func paramSchema(s site, n *yaml.Node) (site, *yaml.Node) {
	if schema := get(n, "schema"); schema != nil {
		s.ptr = child(s.ptr, "schema")
		return s, schema
	}
	for _, mt := range pairs(get(n, "content")) {
		if schema := get(mt.val, "schema"); schema != nil {
			s.ptr = child(child(child(s.ptr, "content"), mt.key), "schema")
			return s, schema
		}
	}
	return s, n
}

// opName names an operation for the enums and models it holds inline: its
// operationId, else the webhook's or callback's name, else method and path.
func opName(op *yaml.Node, name, method, itemPtr string) string {
	if id := str(op, "operationId"); id != "" {
		return goName(id)
	}
	if name != "" {
		return goName(name)
	}
	return goName(method + " " + itemName(name, itemPtr))
}

// itemName names a path item: the webhook's or callback's name, else its
// path.
func itemName(name, itemPtr string) string {
	if name != "" {
		return name
	}
	return unescape(itemPtr[strings.LastIndex(itemPtr, "/")+1:])
}

// goName is the exported Go name for a schema, operation or property name.
func goName(s string) string { return naming.Exported("", naming.Ident(s)) }

// once reports whether n is seen for the first time (and marks it).
func (r *reader) once(n *yaml.Node) bool {
	if n == nil || r.visited[n] {
		return false
	}
	r.visited[n] = true
	return true
}
