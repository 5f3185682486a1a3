// Package barcells translates tables copied out of a web page one cell to
// a line, the bars between cells on lines of their own (or a bar opening
// each row alone and every cell closed by its bar: "|" over "BUSY |" over
// "The line was busy. |"), into Markdown pipe tables:
//
//	|
//	Status
//	|
//	Description
//	|
//	|
//	Queued
//	|
//	The call is waiting in line.
//	|
//
// becomes "| Status | Description |", a delimiter row, and "| Queued | The
// call is waiting in line. |". Rows end where two bars meet (the bar
// closing a row, then the one opening the next); with no such pair, a
// delimiter row (---|---|---) ends the header, and its cells give the
// width every row after it has. Rows of one cell mostly are blocks of
// text a page sets apart with bars, no table. Every other line is kept as
// it is.
package barcells

import (
	"bytes"
	"regexp"
	"strings"
)

// minBars is the least number of bar lines a block needs to be read as a
// table; a block also needs one line in three to be a bar.
const minBars = 4

// Sniff reports whether src holds a block of such cells.
func Sniff(src []byte) bool {
	bars, closed, lines := 0, 0, 0
	table := func() bool {
		return bars >= minBars && (bars*3 >= lines || closed >= 2*bars-2 && (bars+closed)*3 >= lines)
	}
	for len(src) > 0 {
		var line []byte
		line, src, _ = bytes.Cut(src, []byte("\n"))
		t := bytes.TrimSpace(line)
		switch {
		case len(t) == 0:
			if table() {
				return true
			}
			bars, closed, lines = 0, 0, 0
		case len(t) == 1 && t[0] == '|':
			bars++
			lines++
		case closedCell(string(t)):
			closed++
			lines++
		default:
			lines++
		}
	}
	return table()
}

// Convert translates src. lines[i] is the 1-based line of src that output
// line i+1 came from (len(lines) is the number of lines in md, each ending
// in a newline).
func Convert(src []byte) (md []byte, lines []int) {
	text := strings.TrimSuffix(string(src), "\n")
	if text == "" {
		return nil, nil
	}
	in := strings.Split(text, "\n")
	var out strings.Builder
	emit := func(text string, n int) {
		out.WriteString(text)
		out.WriteByte('\n')
		lines = append(lines, n)
	}
	for i := 0; i < len(in); {
		j := i
		for j < len(in) && strings.TrimSpace(in[j]) != "" {
			j++
		}
		if lead, end, rows := openedTable(in[i:j], i+1); rows != nil {
			for k := i; k < i+lead; k++ {
				emit(in[k], k+1) // the text above the table
			}
			for k, r := range rows {
				emit(r.text(), r.line)
				if k == 0 {
					emit(delimiter(len(r.cells)), r.line)
				}
			}
			for k := i + end; k < j; k++ {
				emit(in[k], k+1) // the text below it
			}
		} else if rows := tableRows(in[i:j], i+1); rows != nil {
			for k, r := range rows {
				emit(r.text(), r.line)
				if k == 0 {
					emit(delimiter(len(r.cells)), r.line)
				}
			}
		} else {
			for k := i; k < j; k++ {
				emit(in[k], k+1)
			}
		}
		if j < len(in) {
			emit(in[j], j+1) // the blank line ending the block
		}
		i = j + 1
	}
	return []byte(out.String()), lines
}

// row is a table row: its cells and the line of its first cell.
type row struct {
	cells []string
	line  int
}

func (r row) text() string {
	var b strings.Builder
	b.WriteByte('|')
	for _, c := range r.cells {
		b.WriteByte(' ')
		b.WriteString(strings.ReplaceAll(c, "|", `\|`))
		b.WriteString(" |")
	}
	return b.String()
}

func delimiter(n int) string {
	return "|" + strings.Repeat("---|", max(n, 1))
}

// token is a line of a block: a cell, a bar, or a delimiter row.
type token struct {
	kind int
	text string
	line int
}

const (
	cellToken = iota
	barToken
	delimToken
)

var delimRow = regexp.MustCompile(`^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$`)

// tableRows reads a block of lines, the first being line first of the
// source, as rows, the header first; nil when the block is no such table.
func tableRows(block []string, first int) []row {
	var toks []token
	bars, pairs, delims := 0, 0, 0
	for k, l := range block {
		t := strings.TrimSpace(l)
		switch {
		case t == "|":
			if len(toks) > 0 && toks[len(toks)-1].kind == barToken {
				pairs++
			}
			toks = append(toks, token{kind: barToken, line: first + k})
			bars++
		case delimRow.MatchString(t):
			toks = append(toks, token{kind: delimToken, line: first + k})
			delims++
		default:
			t = strings.TrimSpace(strings.TrimSuffix(t, "|")) // "Hangup By: |": a cell and its bar
			toks = append(toks, token{kind: cellToken, text: t, line: first + k})
		}
	}
	if bars < minBars || bars*3 < len(block) {
		return nil
	}
	switch {
	case pairs > 0:
		return pairedRows(toks)
	case delims == 1:
		return widthRows(toks)
	}
	return nil
}

// closedCell reports a line that is a cell and the bar closing it, and no
// other bar: "Connection has not progressed. |".
func closedCell(t string) bool {
	return len(t) > 2 && strings.HasSuffix(t, " |") && strings.Count(t, "|") == 1
}

// opensRows reports a block in which each row opens with a bar on a line
// of its own and every cell line closes with its bar:
//
//	|
//	ACU_SS_CALL_STATUS_ALERTING |
//	Connection has not progressed to the active state. |
//
// minBars lone bars at least, and as many closed cells as lone bars twice.
func opensRows(block []string) bool {
	lone, closed := 0, 0
	for _, l := range block {
		switch t := strings.TrimSpace(l); {
		case t == "|":
			lone++
		case closedCell(t):
			closed++
		}
	}
	return lone >= minBars && closed >= 2*lone-2
}

// openedTable reads a block whose rows each open with a bar alone on its
// line, every cell closed by its bar (opensRows): the header is a pipe row
// over the delimiter row, or the first such row. It returns how many lines
// of text come before the table, the line after its last row, and its rows,
// the header first; nil rows when the block holds no such table.
func openedTable(block []string, first int) (lead, end int, rows []row) {
	if !opensRows(block) {
		return 0, 0, nil
	}
	s := 0 // the table's first line
	for s < len(block) && !lone(block[s]) && !(pipeRow(block[s]) && s+1 < len(block) && delimRow.MatchString(strings.TrimSpace(block[s+1]))) {
		s++
	}
	i := s
	if i < len(block) && pipeRow(block[i]) {
		rows = append(rows, row{cells: pipeCells(block[i]), line: first + i})
		i += 2
	}
	for i < len(block) && lone(block[i]) {
		r := row{line: first + i + 1}
		i++
		for i < len(block) && closedCell(strings.TrimSpace(block[i])) {
			r.cells = append(r.cells, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(block[i]), "|")))
			i++
		}
		if len(r.cells) == 0 {
			break
		}
		rows = append(rows, r)
		if i < len(block) && delimRow.MatchString(strings.TrimSpace(block[i])) && len(rows) == 1 {
			i++ // the delimiter row under a header of such cells
		}
	}
	if len(rows) < 3 || len(rows[0].cells) < 2 {
		return 0, 0, nil
	}
	return s, i, rows
}

// lone reports a line holding a bar and nothing else.
func lone(l string) bool { return strings.TrimSpace(l) == "|" }

// pipeRow reports a line that is a pipe table's row: "| Value | Description |".
func pipeRow(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) > 2 && strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|") && strings.Count(t, "|") >= 3
}

// pipeCells returns the cells of a pipe row.
func pipeCells(l string) []string {
	parts := strings.Split(strings.Trim(strings.TrimSpace(l), "|"), "|")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

// pairedRows splits the cells into rows where two bars meet.
func pairedRows(toks []token) []row {
	var rows []row
	var cur row
	flush := func() {
		if len(cur.cells) > 0 {
			rows = append(rows, cur)
		}
		cur = row{}
	}
	for k, t := range toks {
		switch t.kind {
		case barToken:
			if k > 0 && toks[k-1].kind == barToken {
				flush()
			}
		case cellToken:
			if len(cur.cells) == 0 {
				cur.line = t.line
			}
			cur.cells = append(cur.cells, t.text)
		}
	}
	flush()
	wide := 0
	for _, r := range rows {
		if len(r.cells) > 1 {
			wide++
		}
	}
	if len(rows) < 2 || wide*2 < len(rows) {
		return nil // blocks of text set apart by bars, a page's layout: no table
	}
	return rows
}

// widthRows takes the cells before the delimiter row as the header and
// cuts the cells after it into rows as wide.
func widthRows(toks []token) []row {
	var header row
	k := 0
	for ; k < len(toks) && toks[k].kind != delimToken; k++ {
		if toks[k].kind == cellToken {
			if len(header.cells) == 0 {
				header.line = toks[k].line
			}
			header.cells = append(header.cells, toks[k].text)
		}
	}
	n := len(header.cells)
	if n < 2 {
		return nil
	}
	rows := []row{header}
	var cur row
	for _, t := range toks[k+1:] {
		if t.kind != cellToken {
			continue
		}
		if len(cur.cells) == 0 {
			cur.line = t.line
		}
		cur.cells = append(cur.cells, t.text)
		if len(cur.cells) == n {
			rows = append(rows, cur)
			cur = row{}
		}
	}
	if len(cur.cells) > 0 {
		rows = append(rows, cur) // a last row cut short
	}
	if len(rows) < 2 {
		return nil
	}
	return rows
}
