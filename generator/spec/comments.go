package spec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// KeepComments returns updated, a spec as Marshal writes it (the result of
// merging an extraction into old), with the YAML comments a person wrote in
// old, the spec on disk. Every head, line and foot comment stays on the
// same item: the document, a key of a mapping (matched by the key), an item
// of a list, matched by identity: its wire (values, fields), else its name
// (enums, models, resolvers, columns), else its code (codes), a scalar by
// its text, anything else by its position. Items and keys are looked up in
// maps, so the work is linear in the size of the specs.
//
// A comment whose item is gone from updated (a key merge dropped, such as
// line: of a value the document no longer lists) moves to the next item
// kept from old, else to the end of the enclosing block: comments are never
// dropped.
//
// When old has no comments, updated is returned as it is, byte for byte.
// Otherwise the result is updated encoded again as Marshal encodes (two
// spaces), with the comments; it is checked to hold exactly the data of
// updated. On any error (old or updated not YAML, or comments that the
// YAML encoder cannot place without changing the data) KeepComments
// returns updated unchanged with the error, so that a caller may warn and
// write updated.
func KeepComments(old, updated []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = updated, fmt.Errorf("keep comments: %v", r)
		}
	}()
	if !bytes.Contains(old, []byte("#")) {
		return updated, nil // no comment, and nothing to parse
	}
	oldDoc, err := parseDoc(old)
	if err != nil {
		return updated, fmt.Errorf("keep comments: old spec: %w", err)
	}
	if oldDoc == nil || !hasComments(oldDoc) {
		return updated, nil
	}
	newDoc, err := parseDoc(updated)
	if err != nil {
		return updated, fmt.Errorf("keep comments: new spec: %w", err)
	}
	if newDoc == nil {
		return updated, errors.New("keep comments: new spec is empty")
	}
	var k keeper
	k.node(oldDoc, newDoc)
	if !k.copied {
		return updated, nil
	}
	out, err = encodeDoc(newDoc)
	if err != nil {
		return updated, fmt.Errorf("keep comments: %w", err)
	}
	// The encoder places comments itself; make sure it did not change the
	// data (or write YAML that does not parse).
	check, err := parseDoc(out)
	if err != nil || check == nil {
		return updated, fmt.Errorf("keep comments: the YAML encoder wrote an invalid spec (%v)", err)
	}
	if !sameData(check, newDoc) { // sameData ignores the comments newDoc now has
		return updated, errors.New("keep comments: the YAML encoder could not place the comments without changing the spec")
	}
	return out, nil
}

// parseDoc decodes the first YAML document of data; nil when there is none.
func parseDoc(data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, err
	}
	return &doc, nil
}

// encodeDoc encodes a document node as Marshal encodes a File.
func encodeDoc(doc *yaml.Node) ([]byte, error) { return encodeYAML(doc) }

// hasComments reports whether n or a node under it has a comment.
func hasComments(n *yaml.Node) bool {
	if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
		return true
	}
	for _, c := range n.Content {
		if hasComments(c) {
			return true
		}
	}
	return false
}

// sameData reports whether a and b hold the same data, comments, styles
// and positions aside.
func sameData(a, b *yaml.Node) bool {
	if a.Kind != b.Kind || a.ShortTag() != b.ShortTag() || a.Value != b.Value ||
		a.Anchor != b.Anchor || len(a.Content) != len(b.Content) {
		return false
	}
	for i := range a.Content {
		if !sameData(a.Content[i], b.Content[i]) {
			return false
		}
	}
	return true
}

// keeper copies comments from an old tree onto a new one.
type keeper struct {
	copied bool
	// pending are comments of old items that updated no longer has,
	// waiting for the next item that it still has.
	pending []string
}

// node copies the comments of o onto n and goes on with their children.
func (k *keeper) node(o, n *yaml.Node) {
	k.comments(o, n)
	if o.Kind != n.Kind {
		// Not the same shape (an alias in old, say): what is below o has
		// no counterpart.
		for _, c := range o.Content {
			k.orphan(c)
		}
		k.flush(n)
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		k.children(o.Content, n.Content, func(c []*yaml.Node) []string { return positions(len(c)) })
	case yaml.MappingNode:
		k.mapping(o, n)
	case yaml.SequenceNode:
		k.children(o.Content, n.Content, identities)
	}
	k.flush(n)
}

// comments copies the comments of o onto n, after the pending ones.
func (k *keeper) comments(o, n *yaml.Node) {
	if len(k.pending) > 0 {
		n.HeadComment = joinComments(append(k.pending, n.HeadComment)...)
		k.pending = nil
		k.copied = true
	}
	if o.HeadComment != "" || o.LineComment != "" || o.FootComment != "" {
		n.HeadComment = joinComments(n.HeadComment, o.HeadComment)
		if o.LineComment != "" {
			t := lineTarget(n)
			t.LineComment = joinLine(t.LineComment, o.LineComment)
		}
		n.FootComment = joinComments(n.FootComment, o.FootComment)
		k.copied = true
	}
}

// lineTarget is the node that carries a line comment for n. The encoder
// writes the line comment of a block mapping or list at the next item, so
// the comment of an item written in flow style in old ({wire: X} # note)
// goes to the first line of its block in updated: after its first value.
func lineTarget(n *yaml.Node) *yaml.Node {
	if n.Style&yaml.FlowStyle != 0 || len(n.Content) == 0 {
		return n
	}
	switch n.Kind {
	case yaml.MappingNode:
		if len(n.Content) < 2 {
			return n
		}
		if v := n.Content[1]; v.Kind == yaml.ScalarNode {
			return v
		}
		return n.Content[0]
	case yaml.SequenceNode:
		return lineTarget(n.Content[0])
	}
	return n
}

// mapping pairs the keys of two mappings by their text.
func (k *keeper) mapping(o, n *yaml.Node) {
	at := make(map[string]int, len(n.Content)/2)
	for j := 0; j+1 < len(n.Content); j += 2 {
		if _, dup := at[n.Content[j].Value]; !dup {
			at[n.Content[j].Value] = j
		}
	}
	used := make(map[int]bool, len(at))
	for i := 0; i+1 < len(o.Content); i += 2 {
		key := o.Content[i]
		j, ok := at[key.Value]
		if !ok || used[j] || key.Kind != yaml.ScalarNode {
			k.orphanPair(key, o.Content[i+1])
			continue
		}
		used[j] = true
		k.node(key, n.Content[j])
		k.node(o.Content[i+1], n.Content[j+1])
	}
}

// children pairs two lists of nodes by the keys ids gives them: each old
// node goes with the first new node of its key not yet taken.
func (k *keeper) children(old, fresh []*yaml.Node, ids func([]*yaml.Node) []string) {
	byID := map[string][]int{}
	for j, id := range ids(fresh) {
		byID[id] = append(byID[id], j)
	}
	for i, id := range ids(old) {
		js := byID[id]
		if len(js) == 0 {
			k.orphan(old[i])
			continue
		}
		byID[id] = js[1:]
		k.node(old[i], fresh[js[0]])
	}
}

// flush puts comments still pending at the end of n: on the last node
// that the encoder writes inside n, as the parser reads a comment that
// ends a block.
func (k *keeper) flush(n *yaml.Node) {
	if len(k.pending) == 0 {
		return
	}
	last := lastNode(n)
	last.FootComment = joinComments(append([]string{last.FootComment}, k.pending...)...)
	k.pending = nil
	k.copied = true
}

// lastNode is the node the encoder writes last inside n: the last key of a
// mapping whose value is a scalar, or the last item of a list of scalars.
func lastNode(n *yaml.Node) *yaml.Node {
	switch {
	case n.Kind == yaml.DocumentNode && len(n.Content) > 0:
		return lastNode(n.Content[len(n.Content)-1])
	case n.Kind == yaml.MappingNode && len(n.Content) >= 2:
		v := n.Content[len(n.Content)-1]
		if (v.Kind == yaml.MappingNode || v.Kind == yaml.SequenceNode) && len(v.Content) > 0 && v.Style&yaml.FlowStyle == 0 {
			return lastNode(v)
		}
		return n.Content[len(n.Content)-2]
	case n.Kind == yaml.SequenceNode && len(n.Content) > 0 && n.Style&yaml.FlowStyle == 0:
		if l := lastNode(n.Content[len(n.Content)-1]); l != n.Content[len(n.Content)-1] || l.Kind == yaml.ScalarNode {
			return l
		}
	}
	return n
}

// orphanPair sets aside the comments of a key and its value, in document
// order: the foot of the key (where the parser puts a comment after the
// value) comes last.
func (k *keeper) orphanPair(key, val *yaml.Node) {
	foot := key.FootComment
	for _, c := range []string{key.HeadComment, key.LineComment} {
		if c != "" {
			k.pending = append(k.pending, c)
		}
	}
	k.orphan(val)
	if foot != "" {
		k.pending = append(k.pending, foot)
	}
}

// orphan sets aside every comment of n and the nodes below it, in
// document order, for the next node kept.
func (k *keeper) orphan(n *yaml.Node) {
	for _, c := range []string{n.HeadComment, n.LineComment} {
		if c != "" {
			k.pending = append(k.pending, c)
		}
	}
	for _, c := range n.Content {
		k.orphan(c)
	}
	if n.FootComment != "" {
		k.pending = append(k.pending, n.FootComment)
	}
}

// identities are the keys the items of a list are paired by: a mapping's
// wire, else its name, else its code; a scalar's text; else the position.
func identities(items []*yaml.Node) []string {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = identity(it, i)
	}
	return ids
}

func identity(n *yaml.Node, i int) string {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return "=" + n.Value
	case yaml.MappingNode:
		for _, key := range []string{"wire", "name", "code"} {
			if v := mappingValue(n, key); v != nil && v.Kind == yaml.ScalarNode {
				return key + "=" + v.Value
			}
		}
	}
	return fmt.Sprintf("#%d", i)
}

// mappingValue is the value of key in the mapping n, or nil.
func mappingValue(n *yaml.Node, key string) *yaml.Node {
	for j := 0; j+1 < len(n.Content); j += 2 {
		if n.Content[j].Value == key {
			return n.Content[j+1]
		}
	}
	return nil
}

func positions(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("#%d", i)
	}
	return ids
}

// joinComments joins blocks of comment lines, skipping empty ones.
func joinComments(cs ...string) string {
	var parts []string
	for _, c := range cs {
		if c != "" {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, "\n")
}

// joinLine joins two line comments on one line.
func joinLine(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}
