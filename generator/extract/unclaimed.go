package extract

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
)

// unclaimedLists reports each line of the paragraphs under root that lists
// values in words ("Possible values: a, b") when no enum holds any of them
// and no warning was given at that line: a list every reader passed by is
// reported with its line, never dropped without a word. Code blocks hold
// examples, and a table's rows are its table's to read.
func (w *walker) unclaimedLists(root ast.Node) {
	var taken map[string]bool
	var warned map[int]bool
	eachParagraph(root, func(n ast.Node) {
		if !w.mayList(n) {
			return // the common case, decided without copying a line
		}
		if taken == nil {
			taken, warned = w.col.wireSet(), w.col.warnedLines()
		}
		lines := w.blockLines(n)
		for _, l := range lines {
			values := unclaimedValues(l, taken, warned)
			if values == nil {
				continue
			}
			if w.namesFields(lines) {
				return // asked only of a paragraph with such a line: it costs a word split
			}
			warned[l.N] = true
			w.col.diags.Warnf(w.col.pos(l.N), "line lists values %s, but no enum took them; skipped", strings.Join(values, ", "))
		}
	})
}

// maxListLine bounds the lines unclaimedLists reads: a list a reader
// passes by is a short line; a longer one is text the prose readers went
// through whole.
const maxListLine = 2000

// mayList reports whether a line of paragraph n may list values: it holds
// a comma and is no longer than maxListLine.
func (w *walker) mayList(n ast.Node) bool {
	segs := n.Lines()
	for i := range segs.Len() {
		seg := segs.At(i)
		raw := seg.Value(w.doc.src)
		if len(raw) <= maxListLine && bytes.IndexByte(raw, ',') >= 0 {
			return true
		}
	}
	return false
}

// unclaimedValues returns the values line l lists when none is taken and
// no warning was given at it; nil otherwise.
func unclaimedValues(l Line, taken map[string]bool, warned map[int]bool) []string {
	text := strings.TrimSpace(l.Text)
	if warned[l.N] || len(text) > maxListLine || !strings.Contains(text, ",") {
		return nil
	}
	values, ok := inlineValues(text)
	if !ok || len(values) < 2 {
		return nil
	}
	for _, v := range values {
		if taken[v] {
			return nil
		}
	}
	return values
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
