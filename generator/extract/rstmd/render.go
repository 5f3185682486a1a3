package rstmd

import "strings"

// node is a Markdown block: *heading, *paragraph, *codeBlock, *table or
// *list.
type node any

type heading struct {
	level int
	text  string // Markdown
	num   int
}

// paragraph holds Markdown lines, escaped, without indentation.
type paragraph struct {
	lines []string
	nums  []int
}

type codeBlock struct {
	lang  string
	lines []srcLine // dedented
	num   int       // line of the directive or "::" marker
}

// table is a GFM table; cells[0] is the header row, all rows are as wide.
type table struct {
	cells [][]string // Markdown, single-line, "|" escaped
	nums  []int
	// label is the name of the field whose body held the table, written
	// in bold before it: the table leaves the list for the margin.
	label string
}

type list struct {
	items []*item
}

// item is a list item. A lead ("**term**: ") starts its first line; with
// join set, all paragraphs before its first other block are joined to it.
type item struct {
	lead string
	term string // a field's or term's name, which labels its tables
	num  int
	join bool
	body []node
}

// renderer writes blocks as Markdown lines with their source lines.
type renderer struct {
	out   []string
	nums  []int
	depth int  // list levels open in the Markdown written so far
	tight bool // the last line written ends an item's first paragraph
	// listEnd is depth+1 right after a list ends at that depth: a list
	// following it needs a separator, or Markdown would merge the two.
	listEnd int
}

// render converts the blocks to Markdown and its line map.
func render(nodes []node) ([]byte, []int) {
	r := &renderer{}
	r.blocks(nodes)
	for len(r.out) > 0 && r.out[len(r.out)-1] == "" {
		r.out, r.nums = r.out[:len(r.out)-1], r.nums[:len(r.nums)-1]
	}
	if len(r.out) == 0 {
		return nil, nil
	}
	return []byte(strings.Join(r.out, "\n") + "\n"), r.nums
}

func (r *renderer) blocks(nodes []node) {
	for _, n := range nodes {
		r.block(n)
	}
}

func (r *renderer) block(n node) {
	follows := r.listEnd == r.depth+1
	r.listEnd = 0
	switch n := n.(type) {
	case *heading:
		r.blank()
		r.line(strings.Repeat("#", n.level)+" "+n.text, n.num)
	case *paragraph:
		r.paragraph(n)
	case *codeBlock:
		r.code(n)
	case *table:
		r.table(n)
	case *list:
		r.list(n, follows)
		return
	}
	r.tight = false
}

// list writes the items of a list, separated from a list just before it
// by an empty HTML comment.
func (r *renderer) list(l *list, follows bool) {
	if follows {
		r.blank()
		r.line("<!-- -->", r.nums[len(r.nums)-1])
		r.tight = false
	}
	for _, it := range l.items {
		r.item(it)
	}
	r.listEnd = r.depth + 1
}

// line writes one line at the current list indentation.
func (r *renderer) line(s string, num int) {
	if s != "" {
		s = r.indent() + s
	}
	r.out = append(r.out, s)
	r.nums = append(r.nums, num)
}

func (r *renderer) indent() string {
	return strings.Repeat("  ", r.depth)
}

// blank separates blocks with one empty line.
func (r *renderer) blank() {
	if n := len(r.out); n > 0 && r.out[n-1] != "" {
		r.out = append(r.out, "")
		r.nums = append(r.nums, r.nums[n-1])
	}
}

func (r *renderer) paragraph(p *paragraph) {
	if len(p.lines) == 0 {
		return
	}
	r.blank()
	for i, s := range p.lines {
		r.line(s, p.nums[i])
	}
}

func (r *renderer) code(c *codeBlock) {
	if len(c.lines) == 0 {
		return
	}
	longest := 0
	for _, l := range c.lines {
		longest = max(longest, longestRun(l.text, '`'))
	}
	fence := strings.Repeat("`", max(3, longest+1))
	r.blank()
	r.line(fence+c.lang, c.num)
	for _, l := range c.lines {
		r.line(l.text, l.num)
	}
	r.line(fence, c.lines[len(c.lines)-1].num)
}

// table writes a GFM table at the left margin, outside any list: the
// extractor reads top-level tables only. Lists written before it are closed.
func (r *renderer) table(t *table) {
	if len(t.cells) == 0 || len(t.cells[0]) == 0 {
		return
	}
	r.depth = 0
	r.blank()
	if t.label != "" {
		r.line(fieldLabel(t.label), t.nums[0])
		r.blank()
	}
	r.line(tableRow(t.cells[0]), t.nums[0])
	r.line(strings.TrimSuffix(strings.Repeat("| --- ", len(t.cells[0])), " ")+" |", t.nums[0])
	for i, row := range t.cells[1:] {
		r.line(tableRow(row), t.nums[i+1])
	}
	r.blank()
}

// fieldLabel writes the name of the field a table belonged to: in code
// when it is one word (call_dir), as the field a sentence introduces a
// table with ("`call_dir`:"), else in bold.
func fieldLabel(name string) string {
	if !strings.ContainsAny(name, " \t`") {
		return "`" + name + "`:"
	}
	return escapeStart(bold(inline(name, false)) + ":")
}

func tableRow(cells []string) string {
	var b strings.Builder
	for _, c := range cells {
		b.WriteString("| ")
		b.WriteString(c)
		b.WriteByte(' ')
	}
	b.WriteByte('|')
	return b.String()
}

// item writes a list item: "- " and its first paragraph, then its other
// blocks indented by two spaces more.
func (r *renderer) item(it *item) {
	if !r.tight {
		r.blank()
	}
	r.listEnd = 0 // a list nested in the item after it cannot merge with the one before
	col := r.depth
	lines, nums, rest := itemHead(it)
	r.line(strings.TrimSpace("- "+lines[0]), nums[0])
	r.depth = col + 1
	for i := 1; i < len(lines); i++ {
		r.line(lines[i], nums[i])
	}
	r.tight = true
	for _, b := range rest {
		if t, ok := b.(*table); ok && t.label == "" {
			t.label = it.term
		}
	}
	r.blocks(rest)
	r.depth = min(col, r.depth)
}

// itemHead returns the lines of an item's first paragraph (all leading
// paragraphs when joined), lead included, and the blocks after them.
func itemHead(it *item) (lines []string, nums []int, rest []node) {
	rest = it.body
	for len(rest) > 0 {
		p, ok := rest[0].(*paragraph)
		if !ok || len(p.lines) == 0 || len(lines) > 0 && !it.join {
			break
		}
		lines, nums = append(lines, p.lines...), append(nums, p.nums...)
		rest = rest[1:]
	}
	if len(lines) == 0 {
		return []string{strings.TrimSuffix(strings.TrimSpace(it.lead), ":")}, []int{it.num}, rest
	}
	if it.lead != "" {
		lines[0], nums[0] = it.lead+lines[0], it.num
	}
	return lines, nums, rest
}
