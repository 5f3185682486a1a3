package extract

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// A table of fields converted from a PDF may come out as a code block of
// the field names of a page, then each field's cells as labelled
// paragraphs, in the same order:
//
//	```
//	CallDisposition
//	CallOrigin
//	```
//	**Type**
//	string
//	**Description**
//	The status of the call. Possible values are: ...
//	**Type**
//	picklist
//	...
//
// The label of a field's first cell (Type) repeats once per field, so the
// n-th paragraph so labelled starts the n-th field's cells; the values
// they list are that field's.

// fieldGroups notes the field names a code block lists when as many
// paragraphs below it, before a rule, heading or code block, start with
// one label (the first label met so often; the cells of the field above,
// cut by a page break, may come first): the walker then names the n-th
// group of cells after the n-th field (see groupField).
func (w *walker) fieldGroups(n ast.Node) {
	var names []string
	for _, l := range w.blockLines(n) {
		if t := strings.TrimSpace(l.Text); t != "" {
			if !isFieldName(t) || strings.ContainsAny(t, ".-$@") {
				return
			}
			names = append(names, t)
		}
	}
	if len(names) < 2 {
		return
	}
	counts := map[string]int{}
	var labels []string // in the order met
	for s := n.NextSibling(); s != nil; s = s.NextSibling() {
		if k := s.Kind(); k == ast.KindThematicBreak || k == ast.KindHeading || k == ast.KindFencedCodeBlock || k == ast.KindCodeBlock {
			break
		}
		if label := w.cellLabel(s); label != "" {
			if counts[label] == 0 {
				labels = append(labels, label)
			}
			counts[label]++
		}
	}
	for _, label := range labels {
		if counts[label] == len(names) {
			w.groupLabel, w.groupFields = label, names
			return
		}
	}
}

// cellLabel returns the label a paragraph starts with on a line of its
// own, in bold (**Type**), "" for any other block.
func (w *walker) cellLabel(n ast.Node) string {
	p, ok := n.(*ast.Paragraph)
	if !ok {
		return ""
	}
	b, ok := p.FirstChild().(*ast.Emphasis)
	if !ok || b.Level != 2 || p.Lines().Len() < 2 {
		return ""
	}
	label := plainText(b, w.doc.src)
	if first := w.blockLines(p)[0].Text; strings.Trim(strings.TrimSpace(first), "*") != label {
		return ""
	}
	return label
}

// groupField returns the next field of a code block's names (see
// fieldGroups) when term is the label that starts each field's cells.
func (w *walker) groupField(term string) (string, bool) {
	if len(w.groupFields) == 0 || term != w.groupLabel {
		return "", false
	}
	name := w.groupFields[0]
	w.groupFields = w.groupFields[1:]
	return name, true
}
