package rstmd

import "strings"

// maxDepth caps nesting: deeper blocks are flattened into one paragraph.
const maxDepth = 100

// kind is the construct a line starts.
type kind int

const (
	kPara kind = iota
	kIndented
	kTitle
	kTransition
	kExplicit
	kAnon
	kGrid
	kSimple
	kBullet
	kEnum
	kField
	kLineBlock
	kDoctest
	kDef
)

// style is a title adornment: its character and whether it has an overline.
type style struct {
	ch   byte
	over bool
}

// parser turns source lines into Markdown blocks. It keeps the title
// styles in order of first appearance: their index is the heading level.
type parser struct {
	styles []style
}

// blocks parses the body elements of a container.
func (p *parser) blocks(ls []srcLine, depth int) []node {
	if depth >= maxDepth {
		return flatten(ls)
	}
	var out []node
	for i := 0; i < len(ls); {
		if ls[i].blank() {
			i++
			continue
		}
		nodes, next := p.block(ls, i, depth)
		out = append(out, nodes...)
		i = max(next, i+1)
	}
	return out
}

// flatten turns deeply nested lines into one paragraph.
func flatten(ls []srcLine) []node {
	var lines []srcLine
	for _, l := range ls {
		if !l.blank() {
			lines = append(lines, srcLine{text: strings.TrimSpace(l.text), num: l.num})
		}
	}
	return paragraphOf(lines)
}

// block parses the construct starting at line i.
func (p *parser) block(ls []srcLine, i, depth int) ([]node, int) {
	switch k := p.kindAt(ls, i, depth); k {
	case kIndented:
		end := indentedEnd(ls, i)
		return p.blocks(dedent(ls[i:end]), depth+1), end
	case kTitle:
		return p.title(ls, i)
	case kTransition:
		return nil, i + 1
	case kExplicit:
		return p.explicit(ls, i, depth)
	case kAnon:
		return nil, indentedEnd(ls, i+1)
	case kGrid:
		return gridTable(ls, i)
	case kSimple:
		return p.simpleTable(ls, i)
	case kBullet, kEnum, kField, kDef:
		return p.list(ls, i, depth, k)
	case kLineBlock:
		return lineBlock(ls, i)
	case kDoctest:
		return doctest(ls, i)
	}
	return p.para(ls, i)
}

// kindAt classifies line i, which is not blank, in docutils' order.
func (p *parser) kindAt(ls []srcLine, i, depth int) kind {
	l := ls[i].text
	switch {
	case ls[i].indent() > 0:
		return kIndented
	case bulletWidth(l) > 0:
		return kBullet
	case enumWidth(ls, i) > 0:
		return kEnum
	case fieldWidth(l) > 0:
		return kField
	case l == ">>>" || strings.HasPrefix(l, ">>> "):
		return kDoctest
	case l == "|" || strings.HasPrefix(l, "| "):
		return kLineBlock
	case isGridBorder(l):
		return kGrid
	case len(simpleColumns(l)) >= 2:
		return kSimple
	case l == ".." || strings.HasPrefix(l, ".. "):
		return kExplicit
	case l == "__" || strings.HasPrefix(l, "__ "):
		return kAnon
	}
	return textKind(ls, i, depth)
}

// textKind classifies a line that starts no body construct: an overline
// or underline title, a transition, a definition list item or a paragraph.
func textKind(ls []srcLine, i, depth int) kind {
	l := ls[i].text
	if isAdornment(l) {
		if _, _, ok := overTitle(ls, i); ok && depth == 0 {
			return kTitle
		}
		if len(l) >= 4 && (i+1 == len(ls) || ls[i+1].blank()) {
			return kTransition
		}
		return kPara
	}
	if _, _, ok := underTitle(ls, i); ok && depth == 0 {
		return kTitle
	}
	if i+1 < len(ls) && ls[i+1].indent() > 0 && !ls[i+1].blank() && !strings.HasSuffix(l, "::") {
		return kDef
	}
	return kPara
}

// overTitle matches a title between an overline and an underline.
func overTitle(ls []srcLine, i int) (string, int, bool) {
	if i+2 >= len(ls) {
		return "", 0, false
	}
	over, u := ls[i].text, ls[i+2].text
	text := strings.TrimSpace(ls[i+1].text)
	if text == "" || !isAdornment(u) || u[0] != over[0] || isAdornment(text) {
		return "", 0, false
	}
	return text, i + 3, true
}

// underTitle matches a title followed by its underline; like docutils it
// takes an underline shorter than the title if it has 4 characters or more.
func underTitle(ls []srcLine, i int) (string, int, bool) {
	if i+1 >= len(ls) || isAdornment(ls[i].text) {
		return "", 0, false
	}
	u := ls[i+1].text
	if !isAdornment(u) || len(u) < 4 && displayWidth(ls[i].text) > len(u) {
		return "", 0, false
	}
	return ls[i].text, i + 2, true
}

// title converts a section title into an ATX heading.
func (p *parser) title(ls []srcLine, i int) ([]node, int) {
	st := style{ch: ls[i].text[0], over: true}
	text, next, ok := overTitle(ls, i)
	if !ok || !isAdornment(ls[i].text) {
		text, next, _ = underTitle(ls, i)
		st = style{ch: ls[i+1].text[0]}
	}
	level := p.level(st)
	md := headingText(inline(text, false))
	if md == "" {
		return nil, next
	}
	return []node{&heading{level: level, text: md, num: ls[i].num}}, next
}

// level returns the heading level of a title style, 1 to 6.
func (p *parser) level(st style) int {
	for i, s := range p.styles {
		if s == st {
			return min(i+1, 6)
		}
	}
	p.styles = append(p.styles, st)
	return min(len(p.styles), 6)
}

// headingText escapes a trailing "#" run, which ATX would drop.
func headingText(s string) string {
	t := strings.TrimRight(s, "#")
	if t == s {
		return s
	}
	return t + `\` + s[len(t):]
}

// para converts a paragraph: the lines up to a blank or indented line.
func (p *parser) para(ls []srcLine, i int) ([]node, int) {
	j := i + 1
	for j < len(ls) && !ls[j].blank() && ls[j].indent() == 0 {
		j++
	}
	return textBlock(ls[i:j], ls, j)
}

// textBlock converts paragraph lines; if they end with "::", the indented
// block after them becomes a code block.
func textBlock(lines, ls []srcLine, j int) ([]node, int) {
	last := lines[len(lines)-1]
	text, lit := literalMarker(last.text)
	lines = append(lines[:len(lines)-1:len(lines)-1], srcLine{text: text, num: last.num})
	nodes := paragraphOf(lines)
	if !lit {
		return nodes, j
	}
	k := j
	for k < len(ls) && ls[k].blank() {
		k++
	}
	if k == len(ls) || ls[k].indent() == 0 {
		return nodes, j
	}
	end := indentedEnd(ls, k)
	code := &codeBlock{lines: trimBlank(dedent(ls[k:end])), num: last.num}
	return append(nodes, code), end
}

// literalMarker strips a final "::": "Text::" becomes "Text:", "Text ::"
// becomes "Text" and a lone "::" disappears.
func literalMarker(s string) (string, bool) {
	t, ok := strings.CutSuffix(s, "::")
	if !ok {
		return s, false
	}
	if strings.TrimSpace(t) == "" || strings.HasSuffix(t, " ") {
		return strings.TrimRight(t, " "), true
	}
	return t + ":", true
}

// paragraphOf converts lines of text into a Markdown paragraph: inline
// markup converted, each line escaped where Markdown would see a block.
func paragraphOf(lines []srcLine) []node {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	in := &inliner{s: strings.Join(texts, "\n")}
	in.run()
	p := &paragraph{}
	for k, s := range strings.Split(in.b.String(), "\n") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		num := lines[0].num
		if k > 0 {
			num = lines[min(in.breaks[k-1], len(lines)-1)].num
		}
		p.lines, p.nums = append(p.lines, escapeStart(s)), append(p.nums, num)
	}
	if len(p.lines) == 0 {
		return nil
	}
	return []node{p}
}

// escapeStart escapes what would make a line start a Markdown block:
// headings, quotes, list markers, setext underlines.
func escapeStart(s string) string {
	switch s[0] {
	case '#', '>', '+', '-', '=':
		return `\` + s
	}
	n := 0
	for n < len(s) && n < 10 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < 10 && n < len(s) && (s[n] == '.' || s[n] == ')') && (n+1 == len(s) || s[n+1] == ' ') {
		return s[:n] + `\` + s[n:]
	}
	return s
}

// lineBlock converts "| line" lines into a paragraph.
func lineBlock(ls []srcLine, i int) ([]node, int) {
	j := i
	var lines []srcLine
	for j < len(ls) && !ls[j].blank() {
		t := ls[j].text
		if t == "|" || strings.HasPrefix(t, "| ") {
			t = strings.TrimPrefix(t, "|")
		}
		lines = append(lines, srcLine{text: strings.TrimSpace(t), num: ls[j].num})
		j++
	}
	return paragraphOf(lines), j
}

// doctest converts a ">>>" block into a code block.
func doctest(ls []srcLine, i int) ([]node, int) {
	j := i
	for j < len(ls) && !ls[j].blank() {
		j++
	}
	return []node{&codeBlock{lang: "pycon", lines: ls[i:j], num: ls[i].num}}, j
}
