package extract

import (
	"strings"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// Tables copied as text with a space between cells keep the header as a
// line of titles and each row as a line, a blank line between rows
// perhaps (a page that set its rows apart):
//
//	Name Type Value Comment
//	eCALLSTATEBUSY number 16 Call outbound is busy.
//
//	eCALLSTATEHOLD number 128 Call is on hold.
//
// A header whose first title names values (Name, Constant), then one or
// two titles of one word, each a type's (Type) or a code's (Value, Code),
// one a code's at least, then a description title, reads its rows by
// position: the value, one word for each middle column, the description.
// The code is kept as the value's data; a line that is no row continues
// the description above it.

// spacedColumns reads the titles of a header before its description title
// ("Name Type Value"): for each middle column whether it holds a code, and
// whether the titles have that shape.
func spacedColumns(title string) (codes []bool, ok bool) {
	words := strings.Fields(title)
	if len(words) < 2 || len(words) > 3 || !keyHeaders[strings.ToLower(words[0])] {
		return nil, false
	}
	for _, w := range words[1:] {
		switch {
		case codeTitles[strings.ToLower(w)]:
			codes = append(codes, true)
			ok = true
		case isTypeTitle(w):
			codes = append(codes, false)
		default:
			return nil, false
		}
	}
	return codes, ok
}

// spacedRow splits a row of such a table: its value, its code ("" when
// the table has none), its description.
func spacedRow(text string, codes []bool) (wire, code, desc string, ok bool) {
	wire, rest := cutWord(strings.TrimSpace(text))
	if _, why := wireValue(wire, false); why != "" || isNumber(wire) {
		return "", "", "", false
	}
	for _, isCode := range codes {
		var cell string
		if cell, rest = cutWord(rest); cell == "" {
			return "", "", "", false
		}
		if isCode && !isNumber(cell) || !isCode && !isTypeWord(cell) {
			return "", "", "", false
		}
		if isCode {
			code = cell
		}
	}
	return wire, code, rest, true
}

// cutWord cuts text at its first run of white space.
func cutWord(text string) (word, rest string) {
	word, rest, _ = strings.Cut(text, " ")
	return word, strings.TrimSpace(rest)
}

// isTypeWord reports a cell of a type column: a word of letters, a type's
// brackets allowed (number, String, list<int>).
func isTypeWord(s string) bool {
	return s != "" && textLetterByte(s[0]) && !strings.ContainsFunc(s, func(r rune) bool {
		return !textAlnum(r) && !strings.ContainsRune("<>[]_", r)
	})
}

// readSpacedRows reads the rows of such a table from rest, the lines after
// its header, and returns how many lines it used. A blank line ends the
// table unless a row follows it.
func (t *gluedTable) readSpacedRows(rest []Line, codes []bool) int {
	coded := map[string]string{}
	i := 0
	for ; i < len(rest); i++ {
		l := rest[i]
		if textBlank(l.Text) {
			j := i + 1
			for j < len(rest) && textBlank(rest[j].Text) {
				j++
			}
			if _, _, _, ok := spacedRow(rest[min(j, len(rest)-1)].Text, codes); j == len(rest) || !ok {
				break
			}
			continue
		}
		if wire, code, desc, ok := spacedRow(l.Text, codes); ok {
			t.startRow(l, gluedRow{wire: wire, desc: desc})
			coded[wire] = code
			continue
		}
		if t.cur == nil || !gluedContinues(l.Text) {
			break
		}
		t.cur.add(textNormalize(l.Text), l.N)
	}
	t.flush()
	// A code is kept only when every row has one: a column of data.
	t.coded = len(t.values) > 0
	for _, v := range t.values {
		t.coded = t.coded && codeDatum(coded[v.Wire]) != nil
	}
	if t.coded {
		for _, v := range t.values {
			v.Data = map[string]*spec.Datum{"code": codeDatum(coded[v.Wire])}
		}
	}
	return i
}

// spacedParagraphs reads such a table whose rows are paragraphs of their
// own, from n, a paragraph ending in the header and the first row, on:
// the paragraphs after it that start with a row are read with it. It
// returns the block after the table, and whether n started one.
func (w *walker) spacedParagraphs(n ast.Node) (ast.Node, bool) {
	p, ok := n.(*ast.Paragraph)
	if w.format != Auto || !ok || p.Lines().Len() < 2 || p.NextSibling() == nil || p.NextSibling().Kind() != ast.KindParagraph {
		return nil, false
	}
	lines := w.blockLines(p)
	h := len(lines) - 2
	title, glued, ok := gluedHeader(lines[h].Text)
	codes, spaced := spacedColumns(title)
	if !ok || glued || !spaced {
		return nil, false
	}
	if _, _, _, ok := spacedRow(lines[h+1].Text, codes); !ok {
		return nil, false
	}
	next := n.NextSibling()
	for ; next != nil && next.Kind() == ast.KindParagraph; next = next.NextSibling() {
		more := w.blockLines(next)
		if _, _, _, ok := spacedRow(more[0].Text, codes); !ok {
			break
		}
		lines = append(lines, Line{N: more[0].N - 1}) // the blank line between
		lines = append(lines, more...)
	}
	enums, diags, _ := parseGlued(w.doc.file, lines)
	w.col.diags.Append(diags)
	for _, e := range enums {
		if prev, ok := n.PreviousSibling().(*ast.Paragraph); ok && e.Name == "" {
			e.Name = declaredEnum(w.blockLines(prev)) // "EnumCallState is an Enumeration" above
		}
		w.addEnum(e, w.cur, true)
	}
	return next, true
}
