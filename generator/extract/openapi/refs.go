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

// lookup resolves a local $ref, once per distinct $ref.
func (r *reader) lookup(ref string) *yaml.Node {
	if n, ok := r.refs[ref]; ok {
		return n
	}
	n := lookup(r.root, ref)
	r.refs[ref] = n
	return n
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
