package htmlmd

import "strings"

// maxCols caps a table's width.
const maxCols = 100

// tableRow is a row of a table as read: cells with their spans.
type tableRow struct {
	line  int
	head  bool // in thead
	cells []tableCell
}

type tableCell struct {
	text    string
	th      bool
	colspan int
	rowspan int
}

// tableParts is a table taken apart.
type tableParts struct {
	caption []*node
	stray   []*node // content outside rows, rendered before the table
	rows    []tableRow
}

// table renders a table as a pipe table, preceded by its caption and any
// content found outside its rows.
func (r *renderer) table(n *node, out []block) []block {
	if layoutTable(n) {
		return r.unwrapTable(n, out)
	}
	var t tableParts
	r.collect(n, &t, false)
	for _, c := range t.caption {
		out = r.container(c, out)
	}
	for _, s := range t.stray {
		out = r.container(&node{tag: "div", kids: []*node{s}}, out)
	}
	if len(t.rows) == 0 {
		return out
	}
	header, body := splitHeader(t.rows)
	synth := false
	if !header.head && !allTH(header) && (sentenceRow(header) || markedLikeBody(header, body)) {
		// No header: the first row holds data, as the rows below do.
		header, body, synth = tableRow{line: header.line}, t.rows, true
	} else if isCaptionRow(header, body) {
		out = append(out, block{kind: paraBlock, lines: []outLine{{escapeLineStart(header.cells[0].text), header.line}}})
		header, synth = tableRow{line: header.line}, true
		if len(body) > 0 && allTH(body[0]) {
			header, body, synth = body[0], body[1:], false
		}
	}
	grid, width := layout(append([]tableRow{header}, body...))
	if width == 0 {
		return out
	}
	if synth {
		grid[0] = nil
	}
	lines := []outLine{
		{pipeRow(grid[0], width), header.line},
		{pipeRow(nil, width, "---"), header.line},
	}
	for i, g := range grid[1:] {
		lines = append(lines, outLine{pipeRow(g, width), body[i].line})
	}
	return append(out, block{kind: otherBlock, lines: lines})
}

// collect gathers the rows, caption and stray content of table n. Cells
// outside any tr ("<thead><th>ID</th>...") form a row, as HTML parsers
// open one for them.
func (r *renderer) collect(n *node, t *tableParts, head bool) {
	var implied *node
	flush := func() {
		if implied != nil {
			if row := r.row(implied, head); len(row.cells) > 0 {
				t.rows = append(t.rows, row)
			}
			implied = nil
		}
	}
	defer flush()
	for _, k := range n.kids {
		if k.tag == "td" || k.tag == "th" {
			if implied == nil {
				implied = &node{tag: "tr", line: k.line}
			}
			implied.kids = append(implied.kids, k)
			continue
		}
		if !k.isText() || strings.TrimSpace(k.text) != "" {
			flush()
		}
		switch {
		case k.isText():
			if strings.TrimSpace(k.text) != "" {
				t.stray = append(t.stray, k)
			}
		case skip(k), k.tag == "colgroup", k.tag == "col":
		case k.tag == "caption":
			t.caption = append(t.caption, k)
		case k.tag == "thead":
			r.collect(k, t, true)
		case k.tag == "tbody", k.tag == "tfoot":
			r.collect(k, t, false)
		case k.tag == "tr":
			if row := r.row(k, head); len(row.cells) > 0 {
				t.rows = append(t.rows, row)
			}
		default:
			t.stray = append(t.stray, k)
		}
	}
}

// row reads the cells of tr.
func (r *renderer) row(tr *node, head bool) tableRow {
	row := tableRow{line: tr.line, head: head}
	for _, k := range tr.kids {
		if k.tag != "td" && k.tag != "th" || skip(k) {
			continue
		}
		text, _ := r.flatText(k, true)
		row.cells = append(row.cells, tableCell{
			text: text, th: k.tag == "th",
			colspan: max(1, k.attr.colspan), rowspan: max(1, k.attr.rowspan),
		})
	}
	return row
}

// splitHeader returns the header row, the first row of thead or else the
// first row, and the other rows in order.
func splitHeader(rows []tableRow) (tableRow, []tableRow) {
	for i, r := range rows {
		if r.head {
			body := append(append([]tableRow{}, rows[:i]...), rows[i+1:]...)
			return r, body
		}
	}
	return rows[0], rows[1:]
}

// isCaptionRow reports whether the first row is a title spanning the
// table (Javadoc's "Constants" row) rather than column headers.
func isCaptionRow(first tableRow, rest []tableRow) bool {
	if len(first.cells) != 1 || first.cells[0].colspan < 2 || first.cells[0].text == "" {
		return false
	}
	for _, r := range rest {
		if len(r.cells) > 1 {
			return true
		}
	}
	return false
}

// sentenceRow reports a row one of whose cells is a sentence, four words
// ending in a full stop: data, which no column title is.
func sentenceRow(r tableRow) bool {
	for _, c := range r.cells {
		if len(strings.Fields(c.text)) >= 4 && strings.HasSuffix(c.text, ".") {
			return true
		}
	}
	return false
}

// markedLikeBody reports a first row marked as the row below it is, some
// cells bold or code and some not (| **setup-from** | A call ... | over |
// **setup-to** | ... |): a row of data. A header of td cells is marked in
// all its cells or in none.
func markedLikeBody(first tableRow, body []tableRow) bool {
	if len(body) == 0 || len(first.cells) != len(body[0].cells) {
		return false
	}
	some, all := false, true
	for i, c := range first.cells {
		m := cellMark(c.text)
		if m != cellMark(body[0].cells[i].text) {
			return false
		}
		some, all = some || m != "", all && m != ""
	}
	return some && !all
}

// cellMark is the mark a cell's whole text is wrapped in, bold, code or
// emphasis, or "".
func cellMark(text string) string {
	for _, m := range []string{"**", "`", "*"} {
		if len(text) > 2*len(m) && strings.HasPrefix(text, m) && strings.HasSuffix(text, m) && !strings.Contains(text[len(m):len(text)-len(m)], m) {
			return m
		}
	}
	return ""
}

func allTH(r tableRow) bool {
	for _, c := range r.cells {
		if !c.th {
			return false
		}
	}
	return true
}

// layout places cells in columns: colspan pads empty cells after a cell,
// rowspan empty cells below it. The width is the last column a cell starts
// in: a last cell spanning further adds no columns.
func layout(rows []tableRow) (grid [][]string, width int) {
	grid = make([][]string, len(rows))
	var carry []int // rows still covered by a rowspan, per column
	for i, row := range rows {
		var g []string
		col := 0
		fill := func() {
			for col < len(carry) && carry[col] > 0 && len(g) < maxCols {
				carry[col]--
				g = append(g, "")
				col++
			}
		}
		for _, c := range row.cells {
			fill()
			width = max(width, min(col+1, maxCols))
			for s := 0; s < c.colspan && len(g) < maxCols; s++ {
				text := ""
				if s == 0 {
					text = c.text
				}
				g = append(g, text)
				for len(carry) <= col {
					carry = append(carry, 0)
				}
				carry[col] = c.rowspan - 1
				col++
			}
		}
		fill()
		grid[i] = g
	}
	return grid, width
}

// pipeRow writes cells as a pipe table row of width columns; with fill,
// every cell is fill.
func pipeRow(cells []string, width int, fill ...string) string {
	var b strings.Builder
	b.WriteByte('|')
	for i := 0; i < width; i++ {
		c := ""
		switch {
		case len(fill) > 0:
			c = fill[0]
		case i < len(cells):
			c = cells[i]
		}
		b.WriteByte(' ')
		b.WriteString(c)
		b.WriteString(" |")
	}
	return b.String()
}

// maxLayoutCols is the most cells a row of a layout table has.
const maxLayoutCols = 2

// layoutTable reports a table that lays out a page rather than holding
// data, as old generated pages do (Doxygen's mdTable around a
// declaration, a margin cell beside a member's documentation): no header
// cell, rows of two cells at most, and a table or heading inside a cell;
// or a table of one cell, a box around its content.
func layoutTable(n *node) bool {
	nested, ok, total := false, true, 0
	var walk func(n *node)
	walk = func(n *node) {
		cells := 0
		for _, k := range n.kids {
			switch k.tag {
			case "thead", "tbody", "tfoot", "tr":
				walk(k)
			case "th":
				ok = false
			case "td":
				cells++
				nested = nested || k.has&hasLayout != 0
			}
		}
		ok = ok && cells <= maxLayoutCols
		total += cells
	}
	walk(n)
	return ok && (nested || total == 1)
}

// unwrapTable renders a layout table's cells in order as blocks.
func (r *renderer) unwrapTable(n *node, out []block) []block {
	for _, k := range n.kids {
		switch {
		case k.isText() || skip(k):
		case k.tag == "thead" || k.tag == "tbody" || k.tag == "tfoot" || k.tag == "tr":
			out = r.unwrapTable(k, out)
		case k.tag == "td":
			out = r.container(k, out)
		case k.tag == "caption":
			out = r.container(k, out)
		}
	}
	return out
}
