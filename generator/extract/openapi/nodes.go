package openapi

import (
	"net/url"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxAlias bounds the aliases followed in a row (an alias may name an
// anchor that is itself an alias).
const maxAlias = 64

// deref follows YAML aliases to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode; i++ {
		if i == maxAlias {
			return nil
		}
		n = n.Alias
	}
	return n
}

// pair is one entry of a mapping: its key's text and line, and its value.
type pair struct {
	key  string
	line int
	val  *yaml.Node
}

// pairs returns the entries of a mapping, values dereferenced; nil for any
// other node.
func pairs(n *yaml.Node) []pair {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	out := make([]pair, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := deref(n.Content[i])
		if k == nil || k.Kind != yaml.ScalarNode {
			continue
		}
		out = append(out, pair{key: k.Value, line: k.Line, val: deref(n.Content[i+1])})
	}
	return out
}

// entry returns the value and key line of key in mapping n.
func entry(n *yaml.Node, key string) (*yaml.Node, int) {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil, 0
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := deref(n.Content[i]); k != nil && k.Kind == yaml.ScalarNode && k.Value == key {
			return deref(n.Content[i+1]), k.Line
		}
	}
	return nil, 0
}

// get returns the value of key in mapping n, or nil.
func get(n *yaml.Node, key string) *yaml.Node {
	v, _ := entry(n, key)
	return v
}

// str returns the scalar value of key in mapping n, or "".
func str(n *yaml.Node, key string) string {
	if v := get(n, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

// isTrue reports whether key holds the boolean true.
func isTrue(n *yaml.Node, key string) bool {
	v := get(n, key)
	return v != nil && v.Kind == yaml.ScalarNode && v.Tag == "!!bool" && v.Value == "true"
}

// items returns the elements of a sequence, dereferenced; nil for any
// other node.
func items(n *yaml.Node) []*yaml.Node {
	n = deref(n)
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	out := make([]*yaml.Node, len(n.Content))
	for i, c := range n.Content {
		out[i] = deref(c)
	}
	return out
}

// strings returns the scalar elements of a sequence; ok is false when the
// node is not a sequence of scalars.
func scalars(n *yaml.Node) ([]string, bool) {
	its := items(n)
	if its == nil {
		return nil, false
	}
	out := make([]string, len(its))
	for i, c := range its {
		if c == nil || c.Kind != yaml.ScalarNode {
			return nil, false
		}
		out[i] = c.Value
	}
	return out, true
}

// isMap reports whether n is a mapping.
func isMap(n *yaml.Node) bool { return n != nil && n.Kind == yaml.MappingNode }

// escape escapes one JSON pointer token (RFC 6901).
func escape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1")
}

// unescape undoes escape.
func unescape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
}

// child extends a JSON pointer by one token.
func child(ptr, tok string) string { return ptr + "/" + escape(tok) }

// lookup finds the node a local JSON pointer (#/a/b) names in root, and
// the line of the key that holds it (0 for a sequence element or the root).
func lookup(root *yaml.Node, ptr string) (*yaml.Node, int) {
	frag, err := url.PathUnescape(strings.TrimPrefix(ptr, "#"))
	if err != nil {
		frag = strings.TrimPrefix(ptr, "#")
	}
	if frag == "" {
		return root, 0
	}
	if !strings.HasPrefix(frag, "/") {
		return nil, 0
	}
	n, line := root, 0
	for _, tok := range strings.Split(frag[1:], "/") {
		if n, line = step(n, unescape(tok)); n == nil {
			return nil, 0
		}
	}
	return n, line
}

// step goes one pointer token down from n.
func step(n *yaml.Node, tok string) (*yaml.Node, int) {
	if isMap(n) {
		return entry(n, tok)
	}
	its := items(n)
	i, err := strconv.Atoi(tok)
	if err != nil || i < 0 || i >= len(its) {
		return nil, 0
	}
	return its[i], 0
}
