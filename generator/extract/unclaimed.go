package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// unclaimedLists reports each line of the paragraphs under root that lists
// values in words ("Possible values: a, b") when no enum holds any of them
// and no warning was given at that line: a list every reader passed by is
// reported with its line, never dropped without a word. Code blocks hold
// examples, and a table's rows are its table's to read.
func (w *walker) unclaimedLists(root ast.Node) {
	taken := w.col.wireSet()
	warned := map[int]bool{}
	for _, d := range w.col.diags {
		warned[d.Pos.Line] = true
	}
	eachParagraph(root, func(n ast.Node) {
		lines := w.blockLines(n)
		if w.namesFields(lines) {
			return
		}
		for _, l := range lines {
			w.unclaimedLine(l, taken, warned)
		}
	})
}

// unclaimedLine reports line l when it lists values, none taken, and no
// warning was given at it.
func (w *walker) unclaimedLine(l Line, taken map[string]bool, warned map[int]bool) {
	text := strings.TrimSpace(l.Text)
	if warned[l.N] || !strings.Contains(text, ",") {
		return
	}
	values, ok := inlineValues(text)
	if !ok || len(values) < 2 {
		return
	}
	for _, v := range values {
		if taken[v] {
			return
		}
	}
	warned[l.N] = true
	w.col.diags.Warnf(w.col.pos(l.N), "line lists values %s, but no enum took them; skipped", strings.Join(values, ", "))
}

// namesFields reports a paragraph that lists fields, not values: it
// says so ("Three arguments are provided: a, b and c"), or its section is
// about fields ("Fields on pjsua_buddy_info").
func (w *walker) namesFields(lines []Line) bool {
	for _, word := range proseWords(joinLines(lines)) {
		if announcedFields[strings.ToLower(word.text)] {
			return true
		}
	}
	sec := w.sectionAt(lines[0].N)
	return sec >= 0 && isFieldTitle(w.sections[sec].title)
}
