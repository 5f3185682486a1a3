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
	placeBodies      = "request bodies"
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
		r.parameter(child(base, p.key), goName(p.key), p.val, true)
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
	shared := get(n, "parameters")
	for _, m := range methods {
		op := get(n, m)
		if !isMap(op) {
			continue
		}
		opPtr := child(ptr, m)
		owner := opName(op, name, m, ptr)
		for i, p := range append(items(shared), items(get(op, "parameters"))...) {
			r.parameter(paramPtr(ptr, opPtr, i, len(items(shared))), owner, p, false)
		}
		r.operationBody(opPtr, owner, op, payload)
		for _, cb := range pairs(get(op, "callbacks")) {
			r.callback(child(child(opPtr, "callbacks"), cb.key), cb.key, cb.val)
		}
	}
}

// paramPtr is the pointer of the i-th parameter of an operation, counting
// the path item's shared ones first.
func paramPtr(item, op string, i, shared int) string {
	if i < shared {
		return child(child(item, "parameters"), itoa(i))
	}
	return child(child(op, "parameters"), itoa(i-shared))
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
// like a request body). named marks a shared parameter, named by its key;
// else the enum is <Operation><Parameter>.
func (r *reader) parameter(ptr, owner string, n *yaml.Node, named bool) {
	n, ptr = r.follow(n, ptr)
	if !r.once(n) {
		return
	}
	name := owner
	if !named {
		name += goName(str(n, "name"))
	}
	s := site{name: name, ptr: ptr, line: n.Line, desc: str(n, "description")}
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
	path := unescape(itemPtr[strings.LastIndex(itemPtr, "/")+1:])
	return goName(method + " " + path)
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
