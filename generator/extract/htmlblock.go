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
	w.htmlSource(raw.Bytes(), blockStart(n))
}

// htmlSource reads HTML that starts at offset start of the document.
func (w *walker) htmlSource(raw []byte, start int) {
	if !structuralHTML.Match(raw) {
		return
	}
	md, lines, err := htmlmd.Convert(raw)
	if err != nil {
		w.col.diags.Warnf(w.col.pos(w.doc.lineOf(start)), "HTML block not read: %v", err)
		return
	}
	// Line l of the HTML is line first+l-1 of this document, which maps on
	// to the page's own line when this document is itself a translation.
	first := w.doc.rawLineOf(start)
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

// htmlRun reads an HTML block that opens a table it does not close,
// with the blocks after it up to the one that closes it: an HTML block
// ends at a blank line, so a table written with blank lines between its
// cells comes as many blocks, and paragraphs, in a row. A heading ends the
// run. It returns the block after the run, and whether it read one.
func (w *walker) htmlRun(n ast.Node) (ast.Node, bool) {
	h, ok := n.(*ast.HTMLBlock)
	if !ok || w.format != Auto {
		return nil, false
	}
	start, end := blockStart(h), blockEnd(h)
	depth := openTables(w.doc.src[start:end])
	if depth <= 0 {
		return nil, false
	}
	next := n.NextSibling()
	for ; next != nil && depth > 0; next = next.NextSibling() {
		if next.Kind() == ast.KindHeading {
			break
		}
		from, to := blockStart(next), blockEnd(next)
		depth += openTables(w.doc.src[from:to])
		end = max(end, to)
	}
	w.htmlSource(w.doc.src[start:end], start)
	return next, true
}

// openTables counts the tables src opens less those it closes.
func openTables(src []byte) int {
	lower := bytes.ToLower(src)
	return bytes.Count(lower, []byte("<table")) - bytes.Count(lower, []byte("</table>"))
}

// blockEnd is the offset after the last line of n or of its last
// descendant that has lines.
func blockEnd(n ast.Node) int {
	end := blockStart(n)
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && c.Type() == ast.TypeBlock {
			if l := c.Lines(); l.Len() > 0 {
				end = max(end, l.At(l.Len()-1).Stop)
			}
			if h, ok := c.(*ast.HTMLBlock); ok && h.HasClosure() {
				end = max(end, h.ClosureLine.Stop)
			}
		}
		return ast.WalkContinue, nil
	})
	return end
}
