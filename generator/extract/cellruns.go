package extract

// Tables copied one cell at a time.
//
// A table copied out of a web page may come out with every cell on a line
// of its own, each a paragraph ("Dialog State", "Description", "ACTIVE",
// "Indicates that the dialog has ...") or each a line ending in the bar of
// its cell ("Hangup By: |", "Description: |", "TERMINATOR END |", ...).
// The run starts with its header: a short title, then a description title
// (Description, Meaning). Cells then pair up, a value and its description;
// a description may go on over further paragraphs written as sentences. A
// header again starts another table; a value that is no label, or one
// followed by an introduction ("The following table describes ...:"),
// ends the run.

import (
	"strings"
	"unicode"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// runCell is one cell of such a run: its text, its line, and the block
// after the one holding it.
type runCell struct {
	text string
	line int
	next ast.Node
}

// cellRun reads a table copied one cell at a time from n on. It reports
// whether it took one, and the block after it.
func (w *walker) cellRun(n ast.Node) (ast.Node, bool) {
	if w.format != Auto {
		return nil, false
	}
	first, ok := w.runCells(n, 2)
	if !ok || !isRunHeader(first[0].text, first[1].text) {
		return nil, false // the common case: read two cells, no more
	}
	cells, _ := w.runCells(n, -1)
	var next ast.Node
	taken, i := false, 0
	for i+1 < len(cells) && isRunHeader(cells[i].text, cells[i+1].text) {
		title := cells[i]
		values, end := runValues(cells, i+2)
		if len(values) == 0 {
			break // the header is no table's
		}
		// The column's title names the enum, as a glued table's does.
		e := &spec.Enum{Name: enumName(strings.TrimSuffix(title.text, ":")), Line: title.line}
		if e.Name == "" {
			e = w.newEnum(title.line, "")
		}
		if e != nil {
			e.Values = values
			w.col.addEnum(e, w.cur, true, false)
		}
		taken, next, i = true, cells[end-1].next, end
	}
	// The rest of a paragraph the run ends in is read no further.
	for ; taken && i < len(cells) && cells[i].next == next; i++ {
		w.col.diags.Warnf(w.col.pos(cells[i].line), "line does not continue the table above it; ignored: %s", textQuote(cells[i].text))
	}
	return next, taken
}

// runCells returns the cells from n on, up to max of them (all for a
// negative max): the line of each paragraph of one line, or each line of a
// paragraph whose every line is one cell ending in a bar. ok is false when
// fewer than max were found.
func (w *walker) runCells(n ast.Node, max int) ([]runCell, bool) {
	var cells []runCell
	full := func() bool { return max >= 0 && len(cells) >= max }
	for ; n != nil && !full(); n = n.NextSibling() {
		p, ok := n.(*ast.Paragraph)
		if !ok {
			break
		}
		lines := w.blockLines(p)
		for len(cells) == 0 && len(lines) > 1 && !strings.HasSuffix(strings.TrimSpace(lines[0].Text), "|") {
			lines = lines[1:] // a line introducing the cells below it
		}
		if len(lines) == 1 && !strings.Contains(lines[0].Text, "|") {
			cells = append(cells, runCell{text: strings.TrimSpace(lines[0].Text), line: lines[0].N, next: n.NextSibling()})
			continue
		}
		// A paragraph of barred lines is taken whole or not at all; its
		// last line may have lost its bar (a page cut short).
		for i, l := range lines {
			t, ok := strings.CutSuffix(strings.TrimSpace(l.Text), "|")
			if strings.Contains(t, "|") || !ok && i < len(lines)-1 {
				return cells, full()
			}
		}
		for _, l := range lines {
			if full() {
				break
			}
			t, _ := strings.CutSuffix(strings.TrimSpace(l.Text), "|")
			cells = append(cells, runCell{text: strings.TrimSpace(t), line: l.N, next: n.NextSibling()})
		}
	}
	return cells, full()
}

// isRunHeader reports a run's header: a short title, then a description
// title, either perhaps ending in a colon ("Hangup By:", "Description:").
func isRunHeader(title, desc string) bool {
	title, desc = strings.TrimSuffix(title, ":"), strings.TrimSuffix(desc, ":")
	return looksLikeTitle(title) && len(strings.Fields(title)) <= 4 && gluedDescriptionTitles[strings.ToLower(desc)]
}

// runValues reads value and description pairs from cells[i:]. It returns
// the values and where they end.
func runValues(cells []runCell, i int) ([]*spec.Value, int) {
	var values []*spec.Value
	for i+1 < len(cells) {
		v, d := cells[i], cells[i+1]
		if isRunHeader(v.text, d.text) || strings.HasSuffix(d.text, ":") {
			break // another table, or a line introducing one
		}
		wire, ok := runValue(v.text)
		if !ok {
			break
		}
		desc := []string{d.text}
		i += 2
		for i < len(cells) && runContinues(cells[i].text) && !(i+1 < len(cells) && isRunHeader(cells[i].text, cells[i+1].text)) {
			desc = append(desc, cells[i].text)
			i++
		}
		values = append(values, &spec.Value{Wire: wire, Description: strings.Join(desc, " "), Line: v.line})
	}
	return values, i
}

// runValue reads a value cell: a label of a few words, no sentence; an
// aside in brackets after it is a note ("No answer (Callback)").
func runValue(text string) (string, bool) {
	if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") {
		text = text[:i]
	}
	if text == "" || len(strings.Fields(text)) > maxWords+2 || strings.ContainsAny(text[len(text)-1:], ".:;,") {
		return "", false
	}
	if wire, why := wireValue(text, true); why == "" {
		return wire, true
	}
	return text, runLabel(text) // "Call forwarding scheme did not work"
}

// runLabel reports a label of words, the first capitalised: a value of a
// table whose cells hold labels ("No answer", "Repeat call").
func runLabel(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || articles[strings.ToLower(words[0])] || !textStartsUpper(text) {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return true
}

// runContinues reports a cell that goes on with the description above it:
// a sentence, not a label.
func runContinues(text string) bool {
	return strings.HasSuffix(text, ".") && (textStartsLower(text) || len(strings.Fields(text)) > maxWords)
}
