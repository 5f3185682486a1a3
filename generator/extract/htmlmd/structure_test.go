package htmlmd

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// topKinds parses md as the extractor does and returns the kinds of the
// top-level blocks.
func topKinds(md []byte) []string {
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(md))
	var kinds []string
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		kinds = append(kinds, n.Kind().String())
	}
	return kinds
}

// TestMarkdownStructure checks that goldmark reads the output as the
// blocks intended: escapes keep paragraphs paragraphs, tables are tables.
func TestMarkdownStructure(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"<p>- a</p><p>1. b<br>+ c<br>#d<br>===<br>---<br>&gt; e<br>* f<br>_g_<br>    h</p>",
			[]string{"Paragraph", "Paragraph"}},
		{"<p>a</p><p>| x | y |<br>| --- | --- |</p>", []string{"Paragraph", "Paragraph"}},
		{"<p>&lt;div&gt; x</p><p>[a]: http://x</p><p>```</p>", []string{"Paragraph", "Paragraph", "Paragraph"}},
		{"<h2>T</h2><table><tr><th>a</th></tr><tr><td>`|`</td></tr></table><ul><li>x</li></ul><pre>y</pre>",
			[]string{"Heading", "Table", "List", "FencedCodeBlock"}},
		{"<dl><dt>A</dt><dd>a</dd></dl><blockquote>q</blockquote>", []string{"List", "Blockquote"}},
	}
	for _, tt := range tests {
		md, _, err := Convert([]byte(tt.in))
		require.NoError(t, err)
		assert.Equal(t, tt.want, topKinds(md), "%s\n%s", tt.in, md)
	}
}

// TestTableCells checks that cells with pipes and code keep their columns.
func TestTableCells(t *testing.T) {
	md, _, err := Convert([]byte("<table><tr><th>Value</th><th>Meaning</th></tr><tr><td><code>a|b</code></td><td>x | <b>y</b></td></tr></table>"))
	require.NoError(t, err)
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(md))
	table, ok := doc.FirstChild().(*extast.Table)
	require.True(t, ok, string(md))
	row := table.LastChild()
	require.Equal(t, 2, row.ChildCount(), string(md))
	_, isCode := row.FirstChild().FirstChild().(*ast.CodeSpan)
	assert.True(t, isCode)
}
