package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`BUSY\_CHANNEL1`, "BUSY_CHANNEL1"},
		{`can&#39;t`, "can't"},
		{`&quot;Setup&quot;`, `"Setup"`},
		{`&#x60;MAX-USE&#x60;`, "`MAX-USE`"},
		{`a &amp; b`, "a & b"},
		{`a &mdash; b`, "a — b"},
		{`AT&T`, "AT&T"},
		{`&nosuchentity;`, "&nosuchentity;"},
		{`\\`, `\`},
		{`\a`, `\a`},
		{`trailing \`, `trailing \`},
		{`&`, `&`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, decodeText([]byte(tt.in)), "decodeText(%q)", tt.in)
	}
}

func TestLineOf(t *testing.T) {
	d := newDocument("x.md", []byte("a\nbb\n\nccc"), nil)
	for off, want := range map[int]int{0: 1, 1: 1, 2: 2, 4: 2, 5: 3, 6: 4, 8: 4} {
		assert.Equal(t, want, d.lineOf(off), "lineOf(%d)", off)
	}
	assert.Equal(t, 4, d.lines())
	assert.Equal(t, "ccc", d.line(4))
}

func TestFrontMatter(t *testing.T) {
	src := "---\ntitle: \"Call\"\nlayout: x\n---\n## Call\n"
	d := newDocument("x.md", []byte(src), nil)
	assert.Equal(t, "Call", d.title)
	assert.Equal(t, 2, d.titleLine)
	assert.Len(t, d.src, len(src), "blanking keeps offsets")
	assert.Equal(t, "", strings.TrimSpace(d.line(2)))
	assert.Equal(t, "## Call", d.line(5))
}

func TestFrontMatterUnclosed(t *testing.T) {
	d := newDocument("x.md", []byte("---\ntitle: x\n"), nil)
	assert.Equal(t, "", d.title, "a --- without its closing line is a thematic break")
	assert.Equal(t, "title: x", d.line(2))
}

func TestAttributeLines(t *testing.T) {
	d := newDocument("x.md", []byte("| a |\n|---|\n| b |\n{: class=\"table\"}\n  {:.note}\ntext {: .x}\n"), nil)
	assert.Equal(t, "", strings.TrimSpace(d.line(4)))
	assert.Equal(t, "", strings.TrimSpace(d.line(5)))
	assert.Equal(t, "text {: .x}", d.line(6), "an attribute list inside a line is text")
}

func TestLoneDashLines(t *testing.T) {
	src := "Status values:\n-\nqueued\nThe call waits -\nringing\nThe phone rings\n- item\n---\n"
	out, _, _ := cleanLines([]byte(src))
	assert.Equal(t, "Status values:\n\nqueued\nThe call waits -\nringing\nThe phone rings\n- item\n---\n", string(out),
		"a line of one dash is blanked, so the paragraph above it stays a paragraph; other dashes stay")
	r := Extract("faq.txt", []byte("# Statuses\n\nThe statuses:\n-\nqueued\nThe call waits to be placed.\nringing\nThe phone is ringing.\nbusy\nThe line was busy.\n"), Options{})
	require.Len(t, r.Enums, 1)
	assert.Len(t, r.Enums[0].Values, 3)
}

func TestCleanLinesCopiesOnlyWhenNeeded(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		copied          bool
	}{
		{"clean", "# A\n\n| a |\n|---|\n", "# A\n\n| a |\n|---|\n", false},
		{"byte-order mark", "\ufeff# A\n", "# A\n", false},
		{"bullet", "# A\n• x\n", "# A\n- x\n", true},
		{"carriage return", "# A\rb\r", "# A\nb\n", true},
		{"lone dash", "a\n-\nb\n", "a\n\nb\n", true},
		{"status icons", "✅ Completed\n⚠️ Failed\n✅\n", "Completed\nFailed\n✅\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, copied := cleanLines([]byte(tc.src))
			assert.Equal(t, tc.want, string(out))
			assert.Equal(t, tc.copied, copied)
		})
	}
}

func TestExtractLeavesDataAlone(t *testing.T) {
	src := "---\ntitle: Calls\n---\n# Status\n\n    | Status | Description |\n|---|---|\n| `busy` | Busy. |\n{: .table}\n"
	data := []byte(src)
	r := Extract("a.md", data, Options{})
	assert.Equal(t, src, string(data), "front matter, attribute lines and headers are edited in a copy")
	require.Len(t, r.Enums, 1)
	assert.Equal(t, "busy", r.Enums[0].Values[0].Wire)
}

func TestCommonIndent(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      int
	}{
		{"every line indented", "    Title\n    0: 'Busy' The line is busy.\n", 4},
		{"a title and a product's name at the margin", "product icon\n\nWhat are the codes?\n\n    Cause Code Definition\n    0: 'Busy' The line is busy.\n", 4},
		{"four lines at the margin: a page with a code block", "a\nb\nc\nd\n    code\n", 0},
		{"a line of code", "Title\n    int x = 1;\n    more text\n", 0},
		{"a line at the margin after the indented text", "Title\n    text\nmore\n", 0},
		{"a list item at the margin: its nested items", "# API\n1. `events`\n    - `BUSY` - busy.\n", 0},
		{"the title keeps its first letters", "Title\n    text\n", 4},
	} {
		assert.Equal(t, tc.want, commonIndent([]byte(tc.src)), tc.name)
	}
}
