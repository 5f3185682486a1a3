package htmlmd

import "strings"

// An XML document may declare a type's members as elements, their names
// and numbers in attributes: a D-Bus interface's <tp:enumvalue
// suffix="Busy" value="8">, an XML schema's <xs:enumeration
// value="busy"/>. The element holding them is rendered as a heading naming
// the type (the nearest name attribute at or above it) and a table of its
// members, a column per attribute and a last one for their documentation,
// which the extractor reads as it reads any table. HTML names no such
// elements, so a page's own tables and lists never take this path.

// memberTags are the local names of member elements.
var memberTags = map[string]bool{"enumvalue": true, "enumeration": true, "flag": true}

// maxXMLAttrs caps the attributes kept of an element HTML does not name.
const maxXMLAttrs = 8

// xmlAttr is an attribute of an element HTML does not name.
type xmlAttr struct{ key, val string }

// xmlAttrs are the attributes of an element HTML does not name, kept
// apart from the node, which HTML elements make most of.
type xmlAttrs struct {
	list     []xmlAttr
	typeName string // its name attribute, else its parent's
}

// isMember reports a member element: one with attributes, its local name
// (after any namespace prefix) a member's.
func isMember(n *node) bool {
	if n.attr.xml == nil || len(n.attr.xml.list) == 0 {
		return false
	}
	local := n.tag[strings.LastIndexByte(n.tag, ':')+1:]
	return memberTags[local]
}

// memberTable renders element n holding member elements: its name as a
// heading, its other content, then the members' table.
func (r *renderer) memberTable(n *node, out []block) []block {
	if n.attr.xml != nil && n.attr.xml.typeName != "" {
		in := &inline{flat: true}
		in.text(n.attr.xml.typeName, n.line, n.line)
		out = append(out, block{kind: otherBlock, lines: []outLine{{"### " + escapeClosingHashes(in.flatString()), n.line}}})
	}
	var members []*node
	rest := &node{tag: "div", line: n.line}
	for _, k := range n.kids {
		if isMember(k) && !skip(k) {
			members = append(members, k)
		} else {
			rest.kids = append(rest.kids, k)
		}
	}
	out = r.container(rest, out)
	if len(members) == 0 {
		return out
	}
	return append(out, block{kind: otherBlock, lines: r.memberRows(members)})
}

// memberRows writes the members as a pipe table: the attributes in the
// order they first appear, each value a code span, then the text of each
// member when any has some.
func (r *renderer) memberRows(members []*node) []outLine {
	var keys []string
	col := map[string]int{} // each attribute's column
	docs := make([]string, len(members))
	described := false
	for i, m := range members {
		for _, a := range m.attr.xml.list {
			if _, ok := col[a.key]; !ok {
				col[a.key] = len(keys)
				keys = append(keys, a.key)
			}
		}
		docs[i], _ = r.flatText(m, true)
		described = described || docs[i] != ""
	}
	header := make([]string, 0, len(keys)+1)
	for _, k := range keys {
		header = append(header, tableText(k))
	}
	if described {
		header = append(header, "description")
	}
	lines := []outLine{
		{pipeRow(header, len(header)), members[0].line},
		{pipeRow(nil, len(header), "---"), members[0].line},
	}
	for i, m := range members {
		cells := make([]string, len(header))
		for _, a := range m.attr.xml.list {
			if j := col[a.key]; cells[j] == "" { // a repeated attribute: its first value
				in := &inline{flat: true, table: true}
				in.code(a.val, m.line)
				cells[j] = in.flatString()
			}
		}
		if described {
			cells[len(keys)] = docs[i]
		}
		lines = append(lines, outLine{pipeRow(cells, len(header)), m.line})
	}
	return lines
}

// tableText is s escaped as text in a table cell.
func tableText(s string) string {
	in := &inline{flat: true, table: true}
	in.text(s, 0, 0)
	return in.flatString()
}
