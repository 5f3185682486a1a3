package rstmd

import "strings"

// list parses consecutive items of one kind: bullet, enumerated, field or
// definition list items.
func (p *parser) list(ls []srcLine, i, depth int, k kind) ([]node, int) {
	l := &list{}
	for {
		it, next := p.item(ls, i, depth, k)
		l.items = append(l.items, it)
		j := next
		for j < len(ls) && ls[j].blank() {
			j++
		}
		if j == len(ls) || p.kindAt(ls, j, depth) != k || k == kBullet && ls[j].text[0] != ls[i].text[0] {
			return []node{l}, next
		}
		i = j
	}
}

// item parses one list item starting at line i.
func (p *parser) item(ls []srcLine, i, depth int, k kind) (*item, int) {
	l := ls[i]
	switch k {
	case kBullet, kEnum:
		w := bulletWidth(l.text)
		if k == kEnum {
			w = enumMarker(l.text)
		}
		body, next := itemBody(ls, i, w)
		return &item{num: l.num, body: p.blocks(body, depth+1)}, next
	case kField:
		w := fieldWidth(l.text)
		body, next := itemBody(ls, i, w)
		name := strings.TrimSpace(l.text[1:strings.LastIndexByte(l.text[:w], ':')])
		lead := bold(inline(name, false)) + ": "
		if field, kind, ok := infoField(name); ok {
			name, lead = field, bold(inline(field, false))+" ("+inline(kind, false)+"): "
		}
		return &item{lead: lead, term: name, num: l.num, join: true, body: p.blocks(body, depth+1)}, next
	}
	end := indentedEnd(ls, i+1)
	body := p.blocks(dedent(ls[i+1:end]), depth+1)
	term, _, _ := strings.Cut(l.text, " : ")
	return &item{lead: termLead(l.text), term: strings.TrimSpace(term), num: l.num, join: true, body: body}, end
}

// infoFieldKinds are the Sphinx info fields that describe one named
// parameter or attribute (":param str call_dir:").
var infoFieldKinds = map[string]bool{
	"param": true, "parameter": true, "arg": true, "argument": true, "key": true,
	"keyword": true, "kwarg": true, "kwparam": true, "var": true, "ivar": true,
	"cvar": true, "type": true, "vartype": true,
}

// infoField splits a Sphinx info field name, "param str call_dir", into
// the name it describes (call_dir) and the rest (param str).
func infoField(name string) (field, kind string, ok bool) {
	words := strings.Fields(name)
	if len(words) < 2 || !infoFieldKinds[words[0]] {
		return "", "", false
	}
	return words[len(words)-1], strings.Join(words[:len(words)-1], " "), true
}

// itemBody returns the lines of a list item: the first line after its
// marker, then the indented lines after it, dedented as docutils does; but
// after a first line ending in "::" only to the item's text column, so the
// literal block stays indented.
func itemBody(ls []srcLine, i, w int) ([]srcLine, int) {
	first := srcLine{text: strings.TrimLeft(ls[i].text[w:], " "), num: ls[i].num}
	end := indentedEnd(ls, i+1)
	rest := dedent(ls[i+1 : end])
	if strings.HasSuffix(first.text, "::") {
		rest = dedentBy(ls[i+1:end], min(w, minIndent(ls[i+1:end])))
	}
	return append([]srcLine{first}, rest...), end
}

// termLead renders a definition list term, "term : classifier" as
// "**term** (classifier): ".
func termLead(term string) string {
	parts := strings.Split(term, " : ")
	lead := bold(inline(parts[0], false))
	if len(parts) > 1 {
		lead += " (" + inline(strings.Join(parts[1:], ", "), false) + ")"
	}
	if lead == "" {
		return ""
	}
	return lead + ": "
}

// bold wraps s in "**" unless it is empty, already strong or a code span.
func bold(s string) string {
	if s == "" || strings.Contains(s, "**") || strings.HasPrefix(s, "`") && strings.HasSuffix(s, "`") {
		return s
	}
	return "**" + s + "**"
}

// bulletWidth returns the width of a bullet marker and the spaces after
// it, or 0.
func bulletWidth(l string) int {
	if l == "" || strings.IndexByte("-*+", l[0]) < 0 {
		return 0
	}
	if len(l) == 1 {
		return 1
	}
	if l[1] != ' ' {
		return 0
	}
	return len(l) - len(strings.TrimLeft(l[1:], " "))
}

// enumWidth returns the width of an enumerator at line i; like docutils it
// refuses one whose next line continues the paragraph unindented.
func enumWidth(ls []srcLine, i int) int {
	w := enumMarker(ls[i].text)
	if w == 0 || i+1 == len(ls) {
		return w
	}
	if n := ls[i+1]; !n.blank() && n.indent() == 0 && enumMarker(n.text) == 0 {
		return 0
	}
	return w
}

// enumMarker returns the width of an enumerator ("1.", "#.", "a)", "(iv)")
// and the spaces after it, or 0.
func enumMarker(l string) int {
	k, paren := 0, strings.HasPrefix(l, "(")
	if paren {
		k = 1
	}
	start := k
	k = enumerator(l, k)
	if k == 0 || k >= len(l) {
		return 0
	}
	if isLetter(l[start]) && k+1 >= len(l) {
		return 0 // "X." alone is text, not an empty item
	}
	if l[k] != ')' && (paren || l[k] != '.') {
		return 0
	}
	k++
	if k < len(l) && l[k] != ' ' {
		return 0
	}
	return k + len(l[k:]) - len(strings.TrimLeft(l[k:], " "))
}

// enumerator returns the end of the enumerator starting at k, or 0: "#",
// up to 9 digits, one letter or a Roman numeral.
func enumerator(l string, k int) int {
	if k < len(l) && l[k] == '#' {
		return k + 1
	}
	j := k
	for j < len(l) && j-k < 9 && l[j] >= '0' && l[j] <= '9' {
		j++
	}
	if j > k {
		return j
	}
	for j < len(l) && j-k < 8 && isLetter(l[j]) {
		j++
	}
	if j-k == 1 || j > k && isRoman(l[k:j]) {
		return j
	}
	return 0
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isRoman(s string) bool {
	return strings.Trim(s, "ivxlcdm") == "" || strings.Trim(s, "IVXLCDM") == ""
}

// fieldWidth returns the width of a field marker ":name:" and the spaces
// after it, or 0. As in docutils, a name holds no colon that a backquote
// follows: ":guilabel:`Name`: text" is a role, then text.
func fieldWidth(l string) int {
	if len(l) < 3 || l[0] != ':' || l[1] == ' ' || l[1] == ':' {
		return 0
	}
	for k := 2; k < len(l); k++ {
		if l[k] == ':' && k+1 < len(l) && l[k+1] == '`' {
			return 0
		}
		if l[k] == ':' && l[k-1] != ' ' && l[k-1] != '\\' && (k+1 == len(l) || l[k+1] == ' ') {
			return k + 1 + len(l[k+1:]) - len(strings.TrimLeft(l[k+1:], " "))
		}
	}
	return 0
}
