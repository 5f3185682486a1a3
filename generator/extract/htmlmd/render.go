package htmlmd

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// outLine is one line of Markdown and the source line it came from.
type outLine struct {
	text string
	line int
}

// blockKind is what a rendered block is, for joining blocks in list items.
type blockKind int

const (
	paraBlock blockKind = iota
	listBlock
	otherBlock
)

// block is a rendered Markdown block.
type block struct {
	kind  blockKind
	lines []outLine
}

// renderer turns the tree into blocks.
type renderer struct {
	hasH1 bool
	nest  int // lists and quotes open around the current block
}

// maxNest is the deepest nesting of lists and quotes rendered as such;
// deeper ones are unwrapped, so indentation stays bounded.
const maxNest = 16

// nested renders with one more level of nesting.
func (r *renderer) nested(render func() []outLine) []outLine {
	r.nest++
	defer func() { r.nest-- }()
	return render()
}

// skip reports whether element n renders nothing.
func skip(n *node) bool { return n.drop || chrome(n) }

// container renders the children of n as blocks: runs of inline content
// become paragraphs, block elements their own blocks.
func (r *renderer) container(n *node, out []block) []block {
	in := &inline{}
	for _, k := range n.kids {
		switch {
		case k.isText():
			in.text(k.text, k.line, k.endLine)
		case skip(k):
		case blockTags[k.tag] || k.has&hasBlock != 0:
			out = flush(in, out)
			in = &inline{}
			out = r.block(k, out)
		default:
			r.inline(k, in)
		}
	}
	return flush(in, out)
}

func flush(in *inline, out []block) []block {
	if lines := in.paragraph(); len(lines) > 0 {
		out = append(out, block{kind: paraBlock, lines: lines})
	}
	return out
}

// block renders the block element n.
func (r *renderer) block(n *node, out []block) []block {
	if n.members {
		return r.memberTable(n, out)
	}
	if isSignature(n) {
		in := &inline{}
		in.code(textContent(n), firstTextLine(n))
		return flush(in, out)
	}
	switch n.tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return r.heading(n, out)
	case "ul", "ol", "menu", "dir":
		if layoutList(n) {
			return r.container(n, out)
		}
		return r.list(n, out)
	case "li":
		if layoutList(n) {
			return r.container(n, out)
		}
		return r.items(n, []*node{n}, out)
	case "dl":
		if n.has&hasLayout != 0 {
			return r.layoutDefs(n, out)
		}
		return r.defs(n, out)
	case "dt", "dd":
		return r.defs(&node{tag: "dl", kids: []*node{n}}, out)
	case "table":
		return r.table(n, out)
	case "pre", "listing", "xmp", "plaintext":
		return r.pre(n, out)
	case "blockquote":
		return r.quote(n, out)
	case "hr":
		return out
	}
	return r.container(n, out)
}

// inline renders the inline element n into in.
func (r *renderer) inline(n *node, in *inline) {
	switch n.tag {
	case "br":
		in.br()
	case "code", "tt", "kbd", "samp":
		in.code(textContent(n), n.line)
	case "pre", "listing", "xmp", "plaintext":
		in.code(textContent(n), n.line)
	case "strong", "b":
		r.emphasis(n, in, "**")
	case "em", "i":
		r.emphasis(n, in, "*")
	default:
		if isSignature(n) {
			in.code(textContent(n), firstTextLine(n))
			return
		}
		r.inlineKids(n, in)
	}
}

func (r *renderer) inlineKids(n *node, in *inline) {
	for i, k := range n.kids {
		switch {
		case k.isText():
			in.text(k.text, k.line, k.endLine)
		case skip(k):
		case in.flat && in.table && (k.tag == "ul" || k.tag == "ol" || k.tag == "li"):
			// A list in a cell stays HTML, the one list a pipe table's
			// cell can hold, so its items stay apart.
			in.space()
			in.markup("<"+k.tag+">", k.line)
			r.inline(k, in)
			in.markup("</"+k.tag+">", k.line)
			in.space()
		case in.flat && in.table && k.tag == "table":
			r.cellTable(k, in)
		case in.flat && blockTags[k.tag]:
			in.space()
			r.inline(k, in)
			in.space()
		case i > 0 && styledApart(n.kids[i-1], k):
			// A styled span (a name, a tag, a snippet) right after another
			// element is set apart by its style, not by a space:
			// <a>'error'</a><span class="tag">event</span>.
			in.space()
			r.inline(k, in)
		default:
			r.inline(k, in)
		}
	}
}

// styledApart reports a span with a class right after an element, no
// text between them, whose texts meet word to word ('error' and event):
// a page's style sets such pieces apart, which plain text must do with a
// space. "getCode" and "()" meet at a bracket and stay together.
func styledApart(prev, k *node) bool {
	if k.tag != "span" || k.attr.class == "" || prev.isText() || isSignature(k) {
		return false
	}
	before, after := textContent(prev), textContent(k)
	if before == "" || after == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(after)
	return (unicode.IsLetter(last) || unicode.IsDigit(last) || last == '\'' || last == '"') && (unicode.IsLetter(first) || unicode.IsDigit(first))
}

// cellTable writes a table nested in a cell as the one list a pipe
// table's cell can hold: a row an item, its first cell, a colon, then the
// others (<li>executed: The fax job is executed</li>). A header row (th
// cells, or every cell bold) is left out: it names the columns.
func (r *renderer) cellTable(n *node, in *inline) {
	var t tableParts
	r.collect(n, &t, false)
	in.space()
	in.markup("<ul>", n.line)
	for _, row := range t.rows {
		if row.head || allTH(row) || allBold(row) {
			continue
		}
		var parts []string
		for _, c := range row.cells {
			if c.text != "" {
				parts = append(parts, c.text)
			}
		}
		if len(parts) == 0 {
			continue
		}
		item := parts[0]
		if len(parts) > 1 {
			item += ": " + strings.Join(parts[1:], " ")
		}
		in.space()
		in.markup("<li>"+item+"</li>", row.line)
	}
	in.space()
	in.markup("</ul>", n.line)
	in.space()
}

// allBold reports a row each of whose cells, one at least, is bold and
// nothing else.
func allBold(r tableRow) bool {
	for _, c := range r.cells {
		if cellMark(c.text) != "**" {
			return false
		}
	}
	return len(r.cells) > 0
}

// emphasis writes n between marks, unless it is inside an emphasis of the
// same kind.
func (r *renderer) emphasis(n *node, in *inline, mark string) {
	depth := &in.strong
	if mark == "*" {
		depth = &in.em
	}
	if *depth > 0 {
		r.inlineKids(n, in)
		return
	}
	sub := in.sub()
	if mark == "*" {
		sub.em++
	} else {
		sub.strong++
	}
	r.inlineKids(n, sub)
	in.wrap(sub, mark)
}

// flatText renders n's content on one line.
func (r *renderer) flatText(n *node, table bool) (string, int) {
	in := &inline{flat: true, table: table}
	r.inlineKids(n, in)
	s := in.flatString()
	if s == "" {
		return "", n.line
	}
	return s, in.lines[0].line
}

// signatureClasses mark the declaration of a documented member, which
// generated reference pages show in a code font: TypeDoc's
// tsd-signature ("Busy: "busy""), Javadoc's member-signature.
var signatureClasses = map[string]bool{"tsd-signature": true, "member-signature": true}

// isSignature reports an element holding a member's declaration, rendered
// as one code span; one holding headings, tables or lists is laid out and
// rendered as usual.
func isSignature(n *node) bool {
	return n.attr.class != "" && hasClassWord(n.attr.class, signatureClasses) &&
		n.has&hasLayout == 0 && !hasList(n)
}

// hasList reports whether n or a descendant is a list.
func hasList(n *node) bool {
	for _, k := range n.kids {
		switch k.tag {
		case "ul", "ol", "dl", "menu", "dir":
			return true
		}
		if !k.isText() && hasList(k) {
			return true
		}
	}
	return false
}

// firstTextLine is the source line of the first text n renders, or of n.
func firstTextLine(n *node) int {
	if l := textLine(n); l > 0 {
		return l
	}
	return n.line
}

// textLine is the source line of the first text n renders, or 0.
func textLine(n *node) int {
	for _, k := range n.kids {
		switch {
		case k.isText():
			if strings.TrimSpace(k.text) != "" {
				return k.line
			}
		case skip(k):
		default:
			if l := textLine(k); l > 0 {
				return l
			}
		}
	}
	return 0
}

// textContent returns the text of n's rendered descendants.
func textContent(n *node) string {
	var b strings.Builder
	writeText(&b, n)
	return b.String()
}

func writeText(b *strings.Builder, n *node) {
	for _, k := range n.kids {
		switch {
		case k.isText():
			b.WriteString(k.text)
		case k.tag == "br":
			b.WriteByte('\n')
		case skip(k):
		default:
			if blockTags[k.tag] {
				b.WriteByte(' ')
			}
			writeText(b, k)
		}
	}
}

func (r *renderer) heading(n *node, out []block) []block {
	s, line := r.flatText(n, false)
	if s == "" {
		return out
	}
	level := int(n.tag[1] - '0')
	if level == 1 {
		r.hasH1 = true
	}
	text := strings.Repeat("#", level) + " " + escapeClosingHashes(s)
	return append(out, block{kind: otherBlock, lines: []outLine{{text, line}}})
}

// escapeClosingHashes escapes a final run of # that Markdown would take
// for the closing sequence of an ATX heading.
func escapeClosingHashes(s string) string {
	i := len(s)
	for i > 0 && s[i-1] == '#' {
		i--
	}
	if i == len(s) || (i > 0 && s[i-1] != ' ' && s[i-1] != '\t') {
		return s
	}
	return s[:i] + `\` + s[i:]
}

// layoutList reports whether a list (or item) lays out a page rather than
// listing items: its items hold headings or tables, or it has Javadoc's
// layout classes.
func layoutList(n *node) bool {
	return n.has&hasLayout != 0 || hasClassWord(n.attr.class, layoutClasses)
}

var layoutClasses = map[string]bool{
	"blocklist": true, "blocklistlast": true, "member-list": true, "summary-list": true,
	"details-list": true, "block-list": true,
}

// list renders a ul or ol.
func (r *renderer) list(n *node, out []block) []block {
	return r.items(n, n.kids, out)
}

// items renders the children of list n as items; content outside li
// elements joins an item of its own.
func (r *renderer) items(n *node, kids []*node, out []block) []block {
	if r.nest >= maxNest {
		return r.unwrapItems(kids, out)
	}
	ordered := n.tag == "ol"
	num := 1
	if n.attr.start > 0 {
		num = n.attr.start
	}
	var lines []outLine
	var loose []*node
	emit := func(item *node) {
		marker := "- "
		if ordered {
			marker = strconv.Itoa(num) + ". "
		}
		if it := r.item(item, marker); len(it) > 0 {
			lines = append(lines, it...)
			num++
		}
	}
	for _, k := range kids {
		if k.tag != "li" {
			loose = append(loose, k)
			continue
		}
		if len(loose) > 0 {
			emit(&node{tag: "li", kids: loose, line: loose[0].line})
			loose = nil
		}
		if !skip(k) {
			emit(k)
		}
	}
	if len(loose) > 0 {
		emit(&node{tag: "li", kids: loose, line: loose[0].line})
	}
	if len(lines) == 0 {
		return out
	}
	return append(out, block{kind: listBlock, lines: lines})
}

// item renders one list item: its blocks, the first line after marker and
// the rest indented under it.
func (r *renderer) item(n *node, marker string) []outLine {
	return r.nested(func() []outLine { return indentItem(r.container(n, nil), marker) })
}

// unwrapItems renders list items as plain blocks.
func (r *renderer) unwrapItems(kids []*node, out []block) []block {
	for _, k := range kids {
		if k.tag == "li" {
			out = r.container(k, out)
		} else {
			out = r.container(&node{tag: "div", kids: []*node{k}}, out)
		}
	}
	return out
}

func indentItem(blocks []block, marker string) []outLine {
	var lines []outLine
	pad := strings.Repeat(" ", len(marker))
	for i, b := range blocks {
		if i > 0 && !(b.kind == listBlock && blocks[i-1].kind == paraBlock && tightList(b)) {
			lines = append(lines, outLine{"", lines[len(lines)-1].line})
		}
		for _, l := range b.lines {
			switch {
			case len(lines) == 0:
				l.text = marker + l.text
			case l.text != "":
				l.text = pad + l.text
			}
			lines = append(lines, l)
		}
	}
	return lines
}

// tightList reports whether a list block may follow a paragraph line
// without a blank line (CommonMark lets only "- " and "1. " interrupt one).
func tightList(b block) bool {
	s := b.lines[0].text
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "1. ")
}

// defs renders a dl as a list of "- **term**: definition" items.
func (r *renderer) defs(n *node, out []block) []block {
	if r.nest >= maxNest {
		return r.layoutDefs(n, out)
	}
	d := &defList{r: r}
	d.walk(n)
	d.flush()
	if len(d.lines) == 0 {
		return out
	}
	return append(out, block{kind: listBlock, lines: d.lines})
}

// defList collects the items of a dl.
type defList struct {
	r        *renderer
	lines    []outLine
	term     string
	termLine int
	blocks   []block
	open     bool // an item is started
}

func (d *defList) walk(n *node) {
	for _, k := range n.kids {
		switch {
		case k.isText() && strings.TrimSpace(k.text) == "":
		case !k.isText() && skip(k):
		case k.tag == "dt":
			d.flush()
			d.term, d.termLine = d.r.flatTerm(k)
			d.start(d.term != "")
		case k.tag == "dd":
			d.start(true)
			d.blocks = d.r.container(k, d.blocks)
		case k.tag == "div":
			d.walk(k)
		default:
			d.start(true)
			d.blocks = d.r.container(&node{tag: "div", kids: []*node{k}}, d.blocks)
		}
	}
}

// start opens an item, if none is open and open is true: the item's
// content is rendered one level deeper.
func (d *defList) start(open bool) {
	if open && !d.open {
		d.open = true
		d.r.nest++
	}
}

func (r *renderer) flatTerm(n *node) (string, int) {
	in := &inline{flat: true, strong: 1}
	r.inlineKids(n, in)
	s := strings.TrimRight(in.flatString(), ": ")
	if s == "" {
		return "", n.line
	}
	return s, in.lines[0].line
}

func (d *defList) flush() {
	if !d.open {
		return
	}
	blocks := d.blocks
	if d.term != "" {
		lead := "**" + d.term + "**"
		if len(blocks) > 0 && blocks[0].kind == paraBlock {
			first := append([]outLine{}, blocks[0].lines...)
			first[0] = outLine{lead + ": " + first[0].text, d.termLine}
			blocks = append([]block{{kind: paraBlock, lines: first}}, blocks[1:]...)
		} else {
			blocks = append([]block{{kind: paraBlock, lines: []outLine{{lead, d.termLine}}}}, blocks...)
		}
	}
	d.lines = append(d.lines, indentItem(blocks, "- ")...)
	d.r.nest--
	d.term, d.blocks, d.open = "", nil, false
}

// layoutDefs renders a dl used for page layout: terms as paragraphs,
// definitions as blocks.
func (r *renderer) layoutDefs(n *node, out []block) []block {
	for _, k := range n.kids {
		switch {
		case !k.isText() && skip(k):
		case k.tag == "dt":
			if s, line := r.flatText(k, false); s != "" {
				out = append(out, block{kind: paraBlock, lines: []outLine{{escapeLineStart(s), line}}})
			}
		case k.tag == "dd":
			out = r.container(k, out)
		default:
			out = r.container(&node{tag: "div", kids: []*node{k}}, out)
		}
	}
	return out
}

// quote renders a blockquote.
func (r *renderer) quote(n *node, out []block) []block {
	if r.nest >= maxNest {
		return r.container(n, out)
	}
	var lines []outLine
	r.nest++
	blocks := r.container(n, nil)
	r.nest--
	for i, b := range blocks {
		if i > 0 {
			lines = append(lines, outLine{">", lines[len(lines)-1].line})
		}
		for _, l := range b.lines {
			lines = append(lines, outLine{strings.TrimRight("> "+l.text, " "), l.line})
		}
	}
	if len(lines) == 0 {
		return out
	}
	return append(out, block{kind: otherBlock, lines: lines})
}
