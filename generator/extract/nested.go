package extract

import (
	"strings"
)

// SDK pages generated from an OpenAPI file flatten a table written in a
// field's description into the field's row, on one line:
//
//	| **cause** | **String** | | Cause | Description | |:--|:--| | `busy` | Callee was busy. | | [optional] |
//
// Goldmark splits the row at every bar and keeps as many cells as the
// header has. nestedTables reads such a row's cells as written (the
// row's over cells): an empty cell ("| |") ends a row of the inner table,
// a row of dashes is its delimiter, and the row before the delimiter its
// header. The inner table is then read as any other table, in a section
// named after the field, and the cells it used are taken out of the row.

// nestedTable is a table found inside a row's description.
type nestedTable struct {
	field string
	line  int
	t     table
}

// nestedTables takes the tables out of the rows whose description holds
// one, leaving the text around them as the description.
func (t table) nestedTables(desc int) []nestedTable {
	if desc <= 0 {
		return nil
	}
	var out []nestedTable
	for i, r := range t.rows {
		over := t.over[r.line]
		if len(over) <= len(t.header) {
			continue
		}
		extra := len(over) - len(t.header)
		inner, ok := innerTable(over[desc:desc+extra+1], r.line)
		if !ok {
			continue
		}
		out = append(out, nestedTable{field: r.at(0).value(), line: r.line, t: inner.t})
		t.rows[i].setCells(spliceCells(over, desc, desc+extra+1, inner.text))
		delete(t.over, r.line)
	}
	return out
}

// innerResult is a table read from cells, and the text beside it.
type innerResult struct {
	t    table
	text string
}

// innerTable reads a table out of the cells of a flattened description.
func innerTable(cells []string, line int) (innerResult, bool) {
	chunks := splitAtEmpty(cells)
	delim := -1
	for i, ch := range chunks {
		if isDelimiterChunk(ch) {
			delim = i
			break
		}
	}
	if delim < 1 {
		return innerResult{}, false
	}
	cols := len(chunks[delim])
	head := chunks[delim-1]
	if len(head) < cols {
		return innerResult{}, false
	}
	var text []string
	text = append(text, head[:len(head)-cols]...) // the description before the table
	var res innerResult
	res.t.line = line
	for _, h := range head[len(head)-cols:] {
		res.t.header = append(res.t.header, strings.ToLower(markdownCell(h).text))
	}
	for _, ch := range chunks[delim+1:] {
		if len(ch) != cols {
			text = append(text, ch...) // a note after the table
			continue
		}
		row := tableRow{line: line}
		for _, c := range ch {
			row.cells = append(row.cells, markdownCell(c))
		}
		res.t.rows = append(res.t.rows, row)
	}
	res.text = strings.Join(text, " ")
	return res, len(res.t.rows) > 0
}

// splitAtEmpty splits cells at the empty ones: where one row of a
// flattened table ends ("|") and the next begins ("|").
func splitAtEmpty(cells []string) [][]string {
	var out [][]string
	var cur []string
	for _, c := range cells {
		if strings.TrimSpace(c) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, c)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// isDelimiterChunk reports a delimiter row: every cell dashes with colons.
func isDelimiterChunk(cells []string) bool {
	for _, c := range cells {
		if !delimiterCell(c) {
			return false
		}
	}
	return len(cells) > 0
}

// nestedEnums reads the tables found inside rows, each in a section named
// after its field.
func (w *walker) nestedEnums(tables []nestedTable) {
	for _, n := range tables {
		cur, fields := w.cur, w.fields
		w.enter(n.field, n.line, titleLevel)
		w.fields = false // the table lists the field's values, though under Properties
		w.table(n.t)
		w.cur, w.fields = cur, fields
	}
}
