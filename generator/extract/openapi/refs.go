package openapi

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxRefs bounds a chain of $refs (a $ref to a $ref to ...).
const maxRefs = 64

// follow resolves n when it is a $ref, through chains of them, and returns
// the node it names with that node's pointer. A $ref that names nothing or
// a chain that comes back to itself is an error at the $ref's line; an
// external $ref (another file, a URL) is a warning. Both give nil.
func (r *reader) follow(n *yaml.Node, ptr string) (*yaml.Node, string) {
	var chain []string
	for {
		refNode, line := entry(n, "$ref")
		if refNode == nil || refNode.Kind != yaml.ScalarNode {
			return n, ptr
		}
		ref := refNode.Value
		if !strings.HasPrefix(ref, "#") {
			r.warnf(line, "", ptr, "$ref %q to another document is not followed", ref)
			return nil, ptr
		}
		if cyclic(chain, ref) {
			r.errorf(line, ptr, "$ref cycle: %s", strings.Join(append(chain, ref), " -> "))
			return nil, ptr
		}
		chain = append(chain, ref)
		target := r.lookup(ref)
		if target == nil {
			r.errorf(line, ptr, "$ref %q not found", ref)
			return nil, ptr
		}
		n, ptr = target, ref
	}
}

// cyclic reports whether ref is already in chain, or the chain is too long.
func cyclic(chain []string, ref string) bool {
	if len(chain) >= maxRefs {
		return true
	}
	for _, c := range chain {
		if c == ref {
			return true
		}
	}
	return false
}

// target is what a local $ref names: the node and its key's line.
type target struct {
	node *yaml.Node
	line int
}

// lookup resolves a local $ref, once per distinct $ref.
func (r *reader) lookup(ref string) *yaml.Node {
	if t, ok := r.refs[ref]; ok {
		return t.node
	}
	n, line := lookup(r.root, ref)
	r.refs[ref] = target{n, line}
	return n
}

// keyLine is the line of the key holding what a followed $ref names, or
// the line of the node itself when no key holds it.
func (r *reader) keyLine(ref string, n *yaml.Node) int {
	if t := r.refs[ref]; t.line > 0 {
		return t.line
	}
	return n.Line
}

// refName returns the schema name a $ref pointer names directly
// (#/components/schemas/Call -> Call), or "".
func refName(ptr string) string {
	for _, base := range []string{"#/components/schemas/", "#/definitions/"} {
		if rest, ok := strings.CutPrefix(ptr, base); ok && !strings.Contains(rest, "/") {
			return unescape(rest)
		}
	}
	return ""
}

func itoa(i int) string { return strconv.Itoa(i) }
