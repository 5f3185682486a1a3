package htmlmd

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is the deepest element nesting kept; deeper start tags are
// ignored, so their content joins the element at the limit.
const maxDepth = 500

// node is an element or a text run of the light tree.
type node struct {
	tag     string // element name, lower case; "" for text
	text    string // text content (entities decoded) of a text node
	line    int    // source line the token starts on
	endLine int    // source line the token ends on
	attr    attrs
	kids    []*node
	drop    bool // never rendered: script, nav, hidden, ...
	has     flags
	members bool // holds an XML type's member elements (members.go)
}

// attrs holds the few attributes rendering looks at.
type attrs struct {
	class, role string
	colspan     int
	rowspan     int
	start       int
	chrome      bool      // class or role marks site chrome
	hidden      bool      // hidden, aria-hidden="true" or display:none
	xml         *xmlAttrs // set for an element no HTML names
}

// flags summarize a node's rendered descendants.
type flags uint8

const (
	hasBlock  flags = 1 << iota // a block element
	hasLayout                   // a heading or table
	hasMain                     // h1, main or article: the page's content
)

func (n *node) isText() bool { return n.tag == "" }

// builder turns tokens into a tree.
type builder struct {
	root      *node
	stack     []*node
	line      int
	title     string
	titleLine int
	skip      string // raw element dropped beyond maxDepth: skip its text
	head      int    // stack index of the open head element, or 0
	sawBody   bool
	free      []node         // nodes allocated in chunks
	open      map[string]int // open elements by name, to skip hopeless stack walks
}

// node returns a new node holding n.
func (b *builder) node(n node) *node {
	if len(b.free) == 0 {
		b.free = make([]node, 256)
	}
	p := &b.free[0]
	*p = n
	b.free = b.free[1:]
	return p
}

// parse tokenizes src into a tree; the builder returned holds its root and
// the page's title.
func parse(src []byte) *builder {
	b := &builder{root: &node{tag: "#root", line: 1}, line: 1, open: map[string]int{}}
	b.stack = []*node{b.root}
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := b.line
		b.line += bytes.Count(z.Raw(), []byte{'\n'})
		b.token(z, tt, start)
	}
	for len(b.stack) > 1 {
		b.pop()
	}
	return b
}

func (b *builder) top() *node { return b.stack[len(b.stack)-1] }

func (b *builder) token(z *html.Tokenizer, tt html.TokenType, line int) {
	switch tt {
	case html.TextToken:
		if b.skip != "" {
			return
		}
		b.text(string(z.Text()), line)
	case html.StartTagToken, html.SelfClosingTagToken:
		b.skip = ""
		b.start(z, tt == html.SelfClosingTagToken, line)
	case html.EndTagToken:
		b.skip = ""
		name, _ := z.TagName()
		b.end(atom.String(name), line)
	}
}

func (b *builder) text(s string, line int) {
	t := b.top()
	if t.tag == "title" && b.title == "" && !b.inside("svg") {
		b.title, b.titleLine = s, line
	}
	end := b.line
	t.kids = append(t.kids, b.node(node{text: s, line: line, endLine: end}))
}

// rawText elements hold raw text up to their end tag, self-closing or not.
var rawText = map[string]bool{
	"iframe": true, "noembed": true, "noframes": true, "noscript": true, "plaintext": true,
	"script": true, "style": true, "textarea": true, "title": true, "xmp": true,
}

var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "keygen": true, "link": true, "meta": true,
	"param": true, "source": true, "track": true, "wbr": true, "image": true,
}

func (b *builder) start(z *html.Tokenizer, selfClosing bool, line int) {
	name, hasAttr := z.TagName()
	n := b.node(node{tag: atom.String(name), line: line, endLine: b.line})
	xml := atom.Lookup(name) == 0
	if hasAttr {
		n.attr = readAttrs(z, xml)
	}
	if parent := b.top().attr.xml; xml && parent != nil && parent.typeName != "" {
		// The type an element names is its children's unless they name
		// their own: an XML schema's restriction under its simpleType.
		if n.attr.xml == nil {
			n.attr.xml = &xmlAttrs{}
		}
		if n.attr.xml.typeName == "" {
			n.attr.xml.typeName = parent.typeName
		}
	}
	n.drop = dropped(n)
	switch n.tag {
	case "html", "body":
		b.closeHead()
		b.sawBody = b.sawBody || n.tag == "body"
		return
	case "head":
		if b.head > 0 || b.sawBody {
			return
		}
	}
	b.implicitClose(n.tag)
	if len(b.stack) > maxDepth {
		if rawText[n.tag] && n.drop {
			b.skip = n.tag
		}
		return
	}
	b.top().kids = append(b.top().kids, n)
	if voidTags[n.tag] || (selfClosing && !rawText[n.tag]) {
		b.propagate(n, b.top())
		return
	}
	if n.tag == "head" {
		b.head = len(b.stack)
	}
	b.stack = append(b.stack, n)
	b.open[n.tag]++
}

// readAttrs reads the attributes rendering looks at; those of an element
// no HTML names (xml) are kept too, up to maxXMLAttrs.
func readAttrs(z *html.Tokenizer, xml bool) attrs {
	var a attrs
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if xml {
			if a.xml == nil {
				a.xml = &xmlAttrs{}
			}
			if len(a.xml.list) < maxXMLAttrs {
				a.xml.list = append(a.xml.list, xmlAttr{string(k), string(v)})
			}
			if string(k) == "name" {
				a.xml.typeName = strings.TrimSpace(string(v))
			}
		}
		switch string(k) {
		case "class":
			a.class = string(v)
		case "id":
			a.chrome = a.chrome || chromeClass(string(v))
		case "itemtype":
			a.chrome = a.chrome || strings.Contains(string(v), "SiteNavigationElement")
		case "role":
			a.role = strings.ToLower(string(v))
		case "colspan":
			a.colspan = atoi(v, 100)
		case "rowspan":
			a.rowspan = atoi(v, 1000)
		case "start":
			a.start = atoi(v, 1000000)
		case "hidden":
			a.hidden = true
		case "aria-hidden":
			a.hidden = a.hidden || strings.EqualFold(strings.TrimSpace(string(v)), "true")
		case "style":
			a.hidden = a.hidden || displayNone(string(v))
		}
	}
	a.chrome = a.chrome || chromeClass(a.class) || chromeRole(a.role)
	return a
}

// atoi reads a small non-negative attribute number, clamped to max; 0 when
// absent or malformed.
func atoi(v []byte, max int) int {
	s := strings.TrimSpace(string(v))
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	n, err := strconv.Atoi(s[:i])
	if err != nil || n < 0 {
		return 0
	}
	return min(n, max)
}

func displayNone(style string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(style), ""))
	return strings.Contains(s, "display:none")
}

// end closes the innermost open element named tag, with the elements above
// it; an end tag with no open element is ignored. Elements other than table
// parts do not close across a table or cell.
func (b *builder) end(tag string, line int) {
	switch tag {
	case "html", "body":
		return
	case "br":
		b.top().kids = append(b.top().kids, b.node(node{tag: "br", line: line, endLine: line}))
		return
	}
	if b.open[tag] == 0 {
		return
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		t := b.stack[i].tag
		if t == tag {
			b.popTo(i)
			return
		}
		if stopsEnd(tag, t) {
			return
		}
	}
}

func stopsEnd(tag, open string) bool {
	switch tag {
	case "table":
		return false
	case "td", "th", "tr", "thead", "tbody", "tfoot", "caption":
		return open == "table"
	}
	switch open {
	case "table", "td", "th", "caption":
		return true
	}
	return false
}

// implicitClose applies the parser's implied end tags before a start tag.
func (b *builder) implicitClose(tag string) {
	if tag != "head" && !headTags[tag] {
		b.closeHead()
	}
	if closesP[tag] {
		b.closeAny(pTag, buttonScope)
	}
	switch tag {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		if isHeading(b.top().tag) {
			b.pop()
		}
	case "li":
		b.closeAny(liTag, listScope)
	case "dt", "dd":
		b.closeAny(dtdd, dlScope)
	case "tr":
		b.closeAny(trTag, tableScope)
	case "td", "th":
		b.closeAny(cells, rowScope)
	case "thead", "tbody", "tfoot":
		b.closeAny(sections, tableScope)
	case "option":
		if b.top().tag == "option" {
			b.pop()
		}
	}
}

var headTags = map[string]bool{
	"base": true, "link": true, "meta": true, "noscript": true, "script": true,
	"style": true, "template": true, "title": true,
}

var closesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "center": true,
	"details": true, "dialog": true, "dir": true, "div": true, "dl": true, "fieldset": true,
	"figcaption": true, "figure": true, "footer": true, "header": true, "hgroup": true,
	"main": true, "menu": true, "nav": true, "ol": true, "p": true, "section": true,
	"summary": true, "ul": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "pre": true, "listing": true, "form": true, "table": true, "hr": true,
	"xmp": true, "plaintext": true, "li": true, "dt": true, "dd": true,
}

var (
	pTag     = map[string]bool{"p": true}
	liTag    = map[string]bool{"li": true}
	trTag    = map[string]bool{"tr": true}
	dtdd     = map[string]bool{"dt": true, "dd": true}
	cells    = map[string]bool{"td": true, "th": true}
	sections = map[string]bool{"thead": true, "tbody": true, "tfoot": true}
)

var (
	buttonScope = map[string]bool{"button": true, "table": true, "td": true, "th": true, "caption": true, "template": true}
	listScope   = map[string]bool{"ul": true, "ol": true, "menu": true, "table": true, "td": true, "th": true, "caption": true, "section": true, "article": true, "aside": true, "nav": true, "blockquote": true, "dl": true}
	dlScope     = map[string]bool{"dl": true, "ul": true, "ol": true, "table": true, "td": true, "th": true, "caption": true}
	tableScope  = map[string]bool{"table": true}
	rowScope    = map[string]bool{"tr": true, "table": true}
)

// closeAny closes the innermost open element named in tags, unless an
// element named in scope comes first.
func (b *builder) closeAny(tags, scope map[string]bool) {
	if !b.anyOpen(tags) {
		return
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		t := b.stack[i].tag
		if tags[t] {
			b.popTo(i)
			return
		}
		if scope[t] {
			return
		}
	}
}

// closeHead ends an open head: content other than metadata starts the body.
func (b *builder) closeHead() {
	if b.head > 0 {
		b.popTo(b.head)
	}
}

func (b *builder) inside(tag string) bool { return b.open[tag] > 0 }

func (b *builder) anyOpen(tags map[string]bool) bool {
	for t := range tags {
		if b.open[t] > 0 {
			return true
		}
	}
	return false
}

// popTo pops the stack down to, and including, index i.
func (b *builder) popTo(i int) {
	for len(b.stack) > i {
		b.pop()
	}
}

func (b *builder) pop() {
	n := b.top()
	b.stack = b.stack[:len(b.stack)-1]
	if len(b.stack) == b.head {
		b.head = 0
	}
	b.open[n.tag]--
	b.propagate(n, b.top())
}

// propagate records what the finished element n holds in its parent.
func (b *builder) propagate(n, parent *node) {
	if n.drop {
		return
	}
	parent.has |= n.has
	if isMember(n) {
		parent.members = true
		parent.has |= hasBlock
	}
	if blockTags[n.tag] {
		parent.has |= hasBlock
	}
	if isHeading(n.tag) || n.tag == "table" {
		parent.has |= hasLayout
	}
	if n.tag == "h1" || n.tag == "main" || n.tag == "article" || n.attr.role == "main" {
		parent.has |= hasMain
	}
}

func isHeading(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}

// blockTags are elements that start a block of their own.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"caption": true, "center": true, "dd": true, "details": true, "dialog": true,
	"dir": true, "div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "header": true, "hgroup": true, "hr": true,
	"html": true, "legend": true, "li": true, "listing": true, "main": true, "menu": true,
	"nav": true, "ol": true, "p": true, "plaintext": true, "pre": true, "section": true,
	"summary": true, "table": true, "tbody": true, "td": true, "tfoot": true, "th": true,
	"thead": true, "tr": true, "ul": true, "xmp": true, "head": true,
}
