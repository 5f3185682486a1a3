package rstmd

import "strings"

// rawRow is a table row of reStructuredText cell texts.
type rawRow struct {
	cells []string
	num   int
}

// newTable converts raw rows into a GFM table; the first header rows are
// merged into the header, or the first row is the header if there are none.
func newTable(rows []rawRow, header int) []node {
	if len(rows) == 0 {
		return nil
	}
	header = max(1, min(header, len(rows)))
	width := 0
	for _, r := range rows {
		width = max(width, len(r.cells))
	}
	if width == 0 {
		return nil
	}
	t := &table{}
	t.add(mergeRows(rows[:header], width), rows[0].num)
	for _, r := range rows[header:] {
		t.add(r.cells, r.num)
	}
	return []node{t}
}

// add appends a row of raw cells, converted and padded.
func (t *table) add(raw []string, num int) {
	width := len(raw)
	if len(t.cells) > 0 {
		width = len(t.cells[0])
	}
	row := make([]string, width)
	for i := range row {
		if i < len(raw) {
			row[i] = inline(raw[i], true)
		}
	}
	t.cells, t.nums = append(t.cells, row), append(t.nums, num)
}

// mergeRows joins the cells of header rows column by column.
func mergeRows(rows []rawRow, width int) []string {
	out := make([]string, width)
	for _, r := range rows {
		for i, c := range r.cells {
			out[i] = joinText(out[i], c)
		}
	}
	return out
}

// joinCell joins a line of a multi-line cell to the cell's text; bullets,
// line-block bars and directive markers at its start are dropped.
func joinCell(a, b string) string {
	b = strings.TrimSpace(b)
	if w := bulletWidth(b); w > 1 {
		b = b[w:]
	} else if b == "|" || strings.HasPrefix(b, "| ") {
		b = b[1:]
	} else if _, args, ok := directiveName(strings.TrimPrefix(b, ".. ")); ok && strings.HasPrefix(b, ".. ") {
		b = args
	}
	return joinText(a, b)
}

// joinText joins two texts with a space.
func joinText(a, b string) string {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// isGridBorder reports whether l is a grid table's top border: "+---+--+".
func isGridBorder(l string) bool {
	if len(l) < 3 || l[0] != '+' || l[len(l)-1] != '+' || l[1] != '-' {
		return false
	}
	return strings.Trim(l, "+-") == "" && !strings.Contains(l, "++")
}

// gridTable converts a grid table: its lines start with "+" or "|"; the
// "+" of the top border bound the columns, "+===+" ends the header.
func gridTable(ls []srcLine, i int) ([]node, int) {
	end := i + 1
	for end < len(ls) && ls[end].text != "" && (ls[end].text[0] == '+' || ls[end].text[0] == '|') {
		end++
	}
	bounds := plusColumns(ls[i].text)
	var rows []rawRow
	var cur *rawRow
	header := 0
	for _, l := range ls[i+1 : end] {
		if l.text[0] == '+' {
			if cur != nil {
				rows, cur = append(rows, *cur), nil
			}
			if strings.Contains(l.text, "=") && header == 0 {
				header = len(rows)
			}
			continue
		}
		if cur == nil {
			cur = &rawRow{cells: make([]string, len(bounds)-1), num: l.num}
		}
		addGridLine(cur, l.text, bounds)
	}
	if cur != nil {
		rows = append(rows, *cur)
	}
	return newTable(rows, header), end
}

// plusColumns returns the display columns of the "+" in a border.
func plusColumns(l string) []int {
	var cols []int
	for i := 0; i < len(l); i++ {
		if l[i] == '+' {
			cols = append(cols, i)
		}
	}
	return cols
}

// addGridLine adds one "|" line to a row: its text between the column
// bounds where a "|" stands; a cell spanning columns goes to the first.
func addGridLine(row *rawRow, text string, bounds []int) {
	col, cell, b := 0, -1, 0
	var seg strings.Builder
	flush := func() {
		if cell >= 0 && cell < len(row.cells) {
			row.cells[cell] = joinCell(row.cells[cell], cellText(seg.String()))
		}
		seg.Reset()
	}
	for _, r := range text {
		for b < len(bounds) && bounds[b] < col {
			b++
		}
		if r == '|' && b < len(bounds) && bounds[b] == col {
			flush()
			cell = b
		} else {
			seg.WriteRune(r)
		}
		col += runeWidth(r)
	}
	flush()
}

// cellText trims a cell line; a row-span separator ("+----") is empty.
func cellText(s string) string {
	s = strings.TrimSpace(s)
	if strings.Trim(s, "+-=") == "" {
		return ""
	}
	return s
}

// simpleColumns returns the columns ([start, end) display columns) of a
// simple table border "====  ===", or nil.
func simpleColumns(l string) [][2]int {
	if l == "" || l[0] != '=' || strings.Trim(l, "= ") != "" {
		return nil
	}
	var cols [][2]int
	for i := 0; i < len(l); {
		if l[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] == '=' {
			j++
		}
		cols = append(cols, [2]int{i, j})
		i = j
	}
	return cols
}

// simpleTable converts a simple table: it ends at a border followed by a
// blank line; a border before that ends the header.
func (p *parser) simpleTable(ls []srcLine, i int) ([]node, int) {
	cols := simpleColumns(ls[i].text)
	sep, end := -1, -1
	for k := i + 1; k < len(ls) && end < 0; k++ {
		if simpleColumns(ls[k].text) == nil {
			continue
		}
		if k+1 == len(ls) || ls[k+1].blank() || sep >= 0 {
			end = k
		} else {
			sep = k
		}
	}
	if end < 0 {
		return p.para(ls, i)
	}
	rows, header := simpleRows(ls[i+1:end], sep-i-1, cols)
	return newTable(rows, header), end + 1
}

// simpleRows splits the lines of a simple table into rows; a line whose
// first column is empty continues the row above. sep is the index of the
// header border among lines, or negative.
func simpleRows(lines []srcLine, sep int, cols [][2]int) ([]rawRow, int) {
	var rows []rawRow
	header, open := 0, false
	for k, l := range lines {
		switch {
		case k == sep:
			header, open = len(rows), false
			continue
		case l.blank():
			continue
		case strings.Trim(l.text, "- ") == "":
			continue
		}
		cells := sliceColumns(l.text, cols)
		if open && strings.TrimSpace(cells[0]) == "" {
			last := &rows[len(rows)-1]
			for c := range cells {
				last.cells[c] = joinCell(last.cells[c], cells[c])
			}
			continue
		}
		rows, open = append(rows, rawRow{cells: trimAll(cells), num: l.num}), true
	}
	return rows, header
}

// sliceColumns cuts a line at the column starts; text between columns
// belongs to the column on its left, the last column runs to the end.
func sliceColumns(text string, cols [][2]int) []string {
	cells := make([]string, len(cols))
	col, c, start := 0, 0, 0
	for i, r := range text {
		for c+1 < len(cols) && col >= cols[c+1][0] {
			cells[c] = text[start:i]
			c, start = c+1, i
		}
		col += runeWidth(r)
	}
	cells[c] = text[start:]
	return cells
}

// trimAll trims every string.
func trimAll(ss []string) []string {
	for i := range ss {
		ss[i] = strings.TrimSpace(ss[i])
	}
	return ss
}
