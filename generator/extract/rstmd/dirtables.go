package rstmd

import (
	"strconv"
	"strings"
)

// listTable converts ".. list-table::": a bullet list of rows, each a
// bullet list of cells. A table nested in a cell cannot stay there in
// Markdown: it follows the table, under its row's first cell in bold, and
// leaves its cell empty.
func (p *parser) listTable(d directive, depth int) []node {
	var rows []rawRow
	var nested []node
	ls := d.content
	for i := 0; i < len(ls); {
		w := bulletWidth(ls[i].text)
		if w == 0 {
			i++
			continue
		}
		body, next := itemBody(ls, i, w)
		cells, inner := p.listCells(body, depth)
		rows = append(rows, rawRow{cells: cells, num: ls[i].num})
		if len(inner) > 0 {
			nested = append(nested, rowLabel(cells, ls[i].num)...)
			nested = append(nested, inner...)
		}
		i = max(next, i+1)
	}
	out := append(paragraphOf(d.args), newTable(rows, headerRows(d))...)
	return append(out, nested...)
}

// rowLabel is the paragraph that introduces a nested table: its row's
// first cell, in bold, and a colon; nothing when that cell is empty or
// holds the table itself. It is a label, not a title: a title would start
// a section running past the table, over the blocks after it.
func rowLabel(cells []string, num int) []node {
	if len(cells) == 0 {
		return nil
	}
	label := inline(cells[0], false)
	if label == "" {
		return nil
	}
	if !strings.Contains(label, "**") {
		label = "**" + label + "**"
	}
	label += ":"
	return []node{&paragraph{lines: []string{escapeStart(label)}, nums: []int{num}}}
}

// listCells returns the cells of a list-table row, each flattened to one
// line, and the tables nested in them; text outside a cell item joins the
// cell before it.
func (p *parser) listCells(body []srcLine, depth int) ([]string, []node) {
	var cells []string
	var nested []node
	for i := 0; i < len(body); {
		w := bulletWidth(body[i].text)
		if w == 0 {
			if !body[i].blank() && len(cells) > 0 {
				cells[len(cells)-1] = joinCell(cells[len(cells)-1], body[i].text)
			}
			i++
			continue
		}
		cell, next := itemBody(body, i, w)
		text, tables := p.cellContent(cell, depth)
		cells, nested = append(cells, text), append(nested, tables...)
		i = max(next, i+1)
	}
	return cells, nested
}

// cellContent flattens the lines of a cell to one line of text, except the
// tables it holds (a nested list-table, csv-table, grid or simple table),
// which it returns converted.
func (p *parser) cellContent(ls []srcLine, depth int) (string, []node) {
	s := ""
	var tables []node
	for i := 0; i < len(ls); {
		next := i + 1
		if depth+1 < maxDepth && startsTable(p, ls, i, depth) {
			var nodes []node
			if nodes, next = p.block(ls, i, depth+1); hasTable(nodes) {
				tables = append(tables, nodes...)
				i = next
				continue
			}
		}
		for end := min(max(next, i+1), len(ls)); i < end; i++ {
			s = joinCell(s, ls[i].text)
		}
	}
	return s, tables
}

// startsTable reports whether line i of a cell starts a table.
func startsTable(p *parser, ls []srcLine, i, depth int) bool {
	if ls[i].blank() || ls[i].indent() > 0 {
		return false
	}
	switch p.kindAt(ls, i, depth+1) {
	case kGrid, kSimple:
		return true
	case kExplicit:
		name, _, ok := directiveName(strings.TrimSpace(strings.TrimPrefix(ls[i].text, "..")))
		return ok && (name == "list-table" || name == "csv-table" || name == "table")
	}
	return false
}

func hasTable(nodes []node) bool {
	for _, n := range nodes {
		if _, ok := n.(*table); ok {
			return true
		}
	}
	return false
}

// flatText joins the non-blank lines with spaces.
func flatText(ls []srcLine) string {
	s := ""
	for _, l := range ls {
		s = joinCell(s, l.text)
	}
	return s
}

// headerRows reads the :header-rows: option.
func headerRows(d directive) int {
	n, err := strconv.Atoi(strings.TrimSpace(d.opts["header-rows"]))
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// csvTable converts ".. csv-table::" with inline content; :header: gives
// the header row, :delim: the delimiter; :file: and :url: are ignored.
func csvTable(d directive) []node {
	delim := csvDelim(d.opts["delim"])
	header := headerRows(d)
	var rows []rawRow
	if h, ok := d.opts["header"]; ok {
		if hr := parseCSV([]srcLine{{text: h, num: d.num}}, delim); len(hr) > 0 {
			rows, header = hr[:1], header+1
		}
	}
	rows = append(rows, parseCSV(d.content, delim)...)
	return append(paragraphOf(d.args), newTable(rows, header)...)
}

// csvDelim reads the :delim: option.
func csvDelim(opt string) byte {
	switch opt = strings.TrimSpace(opt); {
	case opt == "space", opt == "tab":
		return ' '
	case len(opt) == 1:
		return opt[0]
	}
	return ','
}

// csvReader splits CSV rows like Python's csv module with
// skipinitialspace: fields may be quoted, "" is a quote, quoted fields may
// span lines.
type csvReader struct {
	delim   byte
	rows    []rawRow
	cur     rawRow
	field   strings.Builder
	quoted  bool
	started bool
}

func parseCSV(lines []srcLine, delim byte) []rawRow {
	r := &csvReader{delim: delim}
	for _, l := range lines {
		r.line(l)
	}
	if r.quoted {
		r.endRow()
	}
	return r.rows
}

// line reads one source line.
func (r *csvReader) line(l srcLine) {
	if r.quoted {
		r.field.WriteByte(' ')
	} else {
		if l.blank() {
			return
		}
		r.cur = rawRow{num: l.num}
	}
	t := l.text
	for i := 0; i < len(t); i++ {
		i = r.char(t, i)
	}
	if !r.quoted {
		r.endRow()
	}
}

// char reads the byte at i; it returns the index of the last byte read.
func (r *csvReader) char(t string, i int) int {
	c := t[i]
	switch {
	case r.quoted && c == '"' && i+1 < len(t) && t[i+1] == '"':
		r.field.WriteByte('"')
		return i + 1
	case r.quoted && c == '"':
		r.quoted = false
	case r.quoted:
		r.field.WriteByte(c)
	case c == '"' && !r.started:
		r.quoted, r.started = true, true
	case c == r.delim:
		r.endField()
	case c == ' ' && !r.started:
	default:
		r.field.WriteByte(c)
		r.started = true
	}
	return i
}

func (r *csvReader) endField() {
	r.cur.cells = append(r.cur.cells, strings.TrimSpace(r.field.String()))
	r.field.Reset()
	r.started = false
}

func (r *csvReader) endRow() {
	r.endField()
	r.quoted = false
	r.rows = append(r.rows, r.cur)
}
