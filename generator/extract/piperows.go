package extract

import (
	"strings"

	"github.com/docenum/docenum/generator/spec"
)

// A table copied from a web page as text often keeps its cell bars but
// loses its header and the delimiter row Markdown needs:
//
//	in-progress | The call was answered and is in progress. |
//	completed | The call was completed. |
//
// parsePipeRows reads a paragraph of such rows: every line from the first
// row on holds at least two cells split by "|", except lines that carry on
// the cell before them; lines before the first row introduce it. The first
// column holds the values when most of its cells can be values.
type pipeRow struct {
	line  int
	cells []string
}

// minPipeRows is the fewest rows read as a table.
const minPipeRows = 2

func parsePipeRows(lines []Line) ([]pipeRow, bool) {
	var rows []pipeRow
	for _, l := range lines {
		cells := splitPipes(l.Text)
		switch {
		case len(cells) >= 2:
			rows = append(rows, pipeRow{line: l.N, cells: cells})
		case len(rows) > 0 && strings.TrimSpace(l.Text) != "":
			last := &rows[len(rows)-1]
			last.cells[len(last.cells)-1] = strings.TrimSpace(last.cells[len(last.cells)-1] + " " + strings.Trim(l.Text, " |"))
		}
		// Lines before the first row introduce the table.
	}
	if len(rows) < minPipeRows {
		return nil, false
	}
	values := 0
	for _, r := range rows {
		if _, why := wireValue(r.cells[0], false); why == "" {
			values++
		}
	}
	return rows, values*2 > len(rows)
}

// splitPipes splits a line at its bars, dropping the empty cells the outer
// bars leave; a line with no bar is one cell.
func splitPipes(s string) []string {
	if !strings.Contains(s, "|") {
		return []string{s}
	}
	var cells []string
	for _, c := range strings.Split(strings.Trim(strings.TrimSpace(s), "|"), "|") {
		cells = append(cells, strings.TrimSpace(c))
	}
	return cells
}

// pipeEnum makes the enum, named after the section, of pipe rows; rows
// whose first cell cannot be a value are reported.
func (w *walker) pipeEnum(rows []pipeRow) {
	e := w.newEnum(rows[0].line, "")
	if e == nil {
		return
	}
	for _, r := range rows {
		wire, why := wireValue(r.cells[0], false)
		if why != "" {
			w.col.diags.Warnf(w.col.pos(r.line), "table row value %q %s; skipped", clip(r.cells[0]), why)
			continue
		}
		e.Values = append(e.Values, &spec.Value{Wire: wire, Description: strings.Join(r.cells[1:], " "), Line: r.line})
	}
	w.col.addEnum(e, w.cur, true, false)
}
