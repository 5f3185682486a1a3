// Package barcells translates tables copied out of a web page one cell to
// a line, the bars between cells on lines of their own, into Markdown pipe
// tables:
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
	bars, lines := 0, 0
	for len(src) > 0 {
		var line []byte
		line, src, _ = bytes.Cut(src, []byte("\n"))
		t := bytes.TrimSpace(line)
		switch {
		case len(t) == 0:
			if bars >= minBars && bars*3 >= lines {
				return true
			}
			bars, lines = 0, 0
		case len(t) == 1 && t[0] == '|':
			bars++
			lines++
		default:
			lines++
		}
	}
	return bars >= minBars && bars*3 >= lines
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
		if rows := tableRows(in[i:j], i+1); rows != nil {
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
