package extract

import (
	"bytes"
	"regexp"

	"github.com/docenum/docenum/generator/extract/htmlmd"
	"github.com/yuin/goldmark/ast"
)

// Markdown pages often write a table, a list or a definition list in HTML
// (<table><tr><td>status</td><td>"a" | "b"</td>...). Such an HTML block is
// translated into Markdown (package htmlmd) and its blocks are read in
// place, in the section around it, with lines mapped back to the page.

// structuralHTML matches the start of an element whose content the finder
// reads: a table, a list, or a heading, which starts a section as a
// Markdown heading does (pages written in HTML below their front matter).
var structuralHTML = regexp.MustCompile(`(?i)<(table|ul|ol|dl|h[1-6])[\s>]`)

// htmlBlock reads an HTML block that holds a table, a list or a heading.
func (w *walker) htmlBlock(n *ast.HTMLBlock) {
	var raw bytes.Buffer
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		raw.Write(seg.Value(w.doc.src))
	}
	if n.HasClosure() {
		raw.Write(n.ClosureLine.Value(w.doc.src))
	}
	if !structuralHTML.Match(raw.Bytes()) {
		return
	}
	md, lines, err := htmlmd.Convert(raw.Bytes())
	if err != nil {
		w.col.diags.Warnf(w.col.pos(w.lineOf(n)), "HTML block not read: %v", err)
		return
	}
	// Line l of the HTML is line first+l-1 of this document, which maps on
	// to the page's own line when this document is itself a translation.
	first := w.doc.rawLineOf(blockStart(n))
	lineMap := make([]int, len(lines))
	for i, l := range lines {
		lineMap[i] = w.doc.mapLine(first + l - 1)
	}
	sub := newDocument(w.doc.file, md, lineMap)
	outer := w.doc
	w.doc = sub
	w.blocks(parse(sub.src, w.pipeTables))
	w.doc = outer
}
