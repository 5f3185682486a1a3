package htmlmd

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func convert(t *testing.T, src string) string {
	t.Helper()
	md, lines, err := Convert([]byte(src))
	require.NoError(t, err)
	require.Equal(t, countLines(md), len(lines), "line map length")
	return string(md)
}

func TestConvert(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"blank", " \n\t\n", ""},
		{"headings", "<h1> Call   status </h1><h3>Sub<br>title</h3><h6>six</h6>",
			"# Call status\n\n### Sub title\n\n###### six\n"},
		{"heading closing hashes", "<h2>Issue #</h2><h2>C#</h2>", "## Issue \\#\n\n## C#\n"},
		{"empty heading", "<h2> <a href=x></a> </h2><p>x</p>", "x\n"},
		{"paragraphs", "<p>one\n   two</p>\n<div>three</div>text", "one two\n\nthree\n\ntext\n"},
		{"implicit p end", "<p>one<p>two<div>three</div>", "one\n\ntwo\n\nthree\n"},
		{"br", "<p>first<br>second<br/><br>third</p>", "first\nsecond\nthird\n"},
		{"inline", `<p>Use <code>BUSY</code> or <b>bold</b>, <strong>strong</strong>, <em>em</em>, <i>i</i> and <a href="x.html">a link</a>.</p>`,
			"Use `BUSY` or **bold**, **strong**, *em*, *i* and a link.\n"},
		{"code spaces", "<p>a<code> x </code>b</p>", "a `x` b\n"},
		{"code backticks", "<p><code>a`b</code> <tt>``</tt></p>", "``a`b`` ``` `` ```\n"},
		{"kbd samp", "<p><kbd>Ctrl</kbd> <samp>out</samp></p>", "`Ctrl` `out`\n"},
		{"code keeps markup chars", "<p><code>*_[x]</code></p>", "`*_[x]`\n"},
		{"emphasis spaces", "<p>a<b> bold </b>b</p>", "a **bold** b\n"},
		{"nested strong", "<p><b>a <strong>b</strong></b></p>", "**a b**\n"},
		{"strong em", "<p><b>a <i>b</i></b></p>", "**a *b***\n"},
		{"empty emphasis", "<p>a<b> </b>b<i></i></p>", "a b\n"},
		{"line start escapes", "<p>- dash</p><p>+ plus</p><p>1. one</p><p>12) twelve</p><p># hash</p><p>&gt; quote</p><p>=</p><p>2024 was</p>",
			"\\- dash\n\n\\+ plus\n\n1\\. one\n\n12\\) twelve\n\n\\# hash\n\n\\> quote\n\n\\=\n\n2024 was\n"},
		{"inline escapes", `<p>a_b * c \ d [x] | e ` + "`f`" + ` &lt;g&gt;</p>`,
			"a\\_b \\* c \\\\ d \\[x\\] \\| e \\`f\\` \\<g>\n"},
		{"entities", "<p>&lt;tag&gt; &amp; &quot;q&quot; &#39;s&#39;&nbsp;&nbsp;x &copy; &amp;amp;</p>",
			"\\<tag> & \"q\" 's' x © \\&amp;\n"},
		{"zero width", "<p>CALL\u200b_BUSY</p>", "CALL\\_BUSY\n"},
		{"ul nested", "<ul><li>a<ul><li>b</li><li>c<ul><li>d</ul></ul><li>e</ul>",
			"- a\n  - b\n  - c\n    - d\n- e\n"},
		{"ol nested", "<ol><li>one<ol><li>x</li></ol></li><li>two</li></ol>", "1. one\n   1. x\n2. two\n"},
		{"ol start", "<ol start=9><li>nine<li>ten<ul><li>x</ul></ol>", "9. nine\n10. ten\n    - x\n"},
		{"ul in ol", "<ol><li>a<ul><li>b</li></ul></li></ol>", "1. a\n   - b\n"},
		{"li paragraphs", "<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul>", "- a\n\n  b\n- c\n"},
		{"li br", "<ul><li>a<br>b</li></ul>", "- a\n  b\n"},
		{"li escapes", "<ul><li>- x</li><li>1. y</li></ul>", "- \\- x\n- 1\\. y\n"},
		{"empty li", "<ul><li> </li><li>x</li></ul>", "- x\n"},
		{"li pre", "<ul><li>run:<pre>go test</pre></li></ul>", "- run:\n\n  ```\n  go test\n  ```\n"},
		{"typedoc signature", "<h3>Busy</h3><div class=\"tsd-signature\"><span class=\"tsd-kind-enum-member\">Busy</span><span class=\"tsd-signature-symbol\">:</span> <span class=\"tsd-signature-type\">&quot;busy&quot;</span></div>",
			"### Busy\n\n`Busy: \"busy\"`\n"},
		{"javadoc member signature", "<section><h4>BUSY</h4>\n<div class=\"member-signature\"><span class=\"modifiers\">public static final</span>&nbsp;<span class=\"return-type\">int</span>&nbsp;<span class=\"element-name\">BUSY</span></div>\n<div class=\"block\">Busy.</div></section>",
			"#### BUSY\n\n`public static final int BUSY`\n\nBusy.\n"},
		{"styled spans set apart", "<p><span class=\"name\"><a href=\"#e\">'error'</a><span class=\"tag\">event</span><span class=\"snippet\">peer.on()</span></span> See <a><span class=\"ref\">Status</span></a>. <a>getCode</a><span class=\"p\">()</span></p>",
			"'error' event peer.on() See Status. getCode()\n"},
		{"inline signature", "<p>Declared as <span class=\"tsd-signature\">a | b</span>.</p>", "Declared as `a | b`.\n"},
		{"signature holding a list is laid out", "<div class=\"tsd-signature\"><ul><li>a</li></ul></div>", "- a\n"},
		{"layout list", "<ul class=blockList><li><h3>Enum Constants</h3><ul><li><h4>BUSY</h4><div>Busy.</div></li></ul></li></ul>",
			"### Enum Constants\n\n#### BUSY\n\nBusy.\n"},
		{"dl", "<dl><dt>BUSY</dt><dd>The callee was busy.</dd><dt><code>NO_ANSWER</code></dt><dd>No\nanswer.</dd></dl>",
			"- **BUSY**: The callee was busy.\n- **`NO_ANSWER`**: No answer.\n"},
		{"dl shapes", "<dl><dt>Returns:</dt><dd><p>a</p><p>b</p></dd><dt>lonely<dt><b>bold</b><dd>x<dd>y<dd><ul><li>z</ul></dl>",
			"- **Returns**: a\n\n  b\n- **lonely**\n- **bold**: x\n\n  y\n  - z\n"},
		{"dl div groups", "<dl><div><dt>A</dt><dd>a</dd></div><div><dt>B</dt><dd>b</dd></div></dl>", "- **A**: a\n- **B**: b\n"},
		{"dd without dt", "<dl><dd>x</dd></dl>", "- x\n"},
		{"table thead", "<table><thead><tr><th>Value</th><th>Description</th></tr></thead><tbody><tr><td>busy</td><td>Busy.</td></tr><tr><td>failed</td><td>Failed.</td></tr></tbody></table>",
			"| Value | Description |\n| --- | --- |\n| busy | Busy. |\n| failed | Failed. |\n"},
		{"popup text", "<p>RINGING</p><div class=\"copy-popup-wrapper\"><span>Link copied to clipboard</span></div><p>Rings.</p>", "RINGING\n\nRings.\n"},
		{"cells without tr", "<table><thead>\n <th>ID</th>\n <th>Name</th>\n</thead><tbody><tr><td>0</td><td>NO_ERROR</td></tr></tbody></table>",
			"| ID | Name |\n| --- | --- |\n| 0 | NO\\_ERROR |\n"},
		{"layout table: a margin cell beside documentation holding a table is unwrapped, the inner table kept",
			"<table><tr><td>&nbsp;</td><td><p>Call states.</p><table><tr><td><em>BUSY</em></td><td>Busy.</td></tr><tr><td><em>IDLE</em></td><td>Idle.</td></tr></table></td></tr></table>",
			"Call states.\n\n|  |  |\n| --- | --- |\n| *BUSY* | Busy. |\n| *IDLE* | Idle. |\n"},
		{"a table of one cell is a box around its content", "<table><tr><td>enum <a href=x>CallState</a></td></tr></table>", "enum CallState\n"},
		{"a header cell keeps a table with a nested table a table", "<table><tr><th>Name</th></tr><tr><td><table><tr><td>a</td></tr></table></td></tr></table>",
			"| Name |\n| --- |\n| <ul> <li>a</li> </ul> |\n"},
		{"a first row marked with emphasis as the row below is data", "<table><tr><td></td><td><em>hCall</em></td><td>Source</td></tr><tr><td></td><td><em>hLine</em></td><td>Line</td></tr></table>",
			"|  |  |  |\n| --- | --- | --- |\n|  | *hCall* | Source |\n|  | *hLine* | Line |\n"},
		{"table no thead", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
			"| a | b |\n| --- | --- |\n| c | d |\n"},
		{"table th first row", "<table><tr><th>Code<th>Name<tr><td>16<td>normal</table>",
			"| Code | Name |\n| --- | --- |\n| 16 | normal |\n"},
		{"table pad rows", "<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td>1</td></tr><tr><td>1<td>2<td>3<td>4</tr></table>",
			"| a | b | c |  |\n| --- | --- | --- | --- |\n| 1 |  |  |  |\n| 1 | 2 | 3 | 4 |\n"},
		{"table colspan", "<table><tr><th>a</th><th>b</th><th>c</th></tr><tr><td colspan=2>x</td><td>y</td></tr><tr><td>p</td><td colspan=5>q</td></tr></table>",
			"| a | b | c |\n| --- | --- | --- |\n| x |  | y |\n| p | q |  |\n"},
		{"table rowspan", "<table><tr><th>a</th><th>b</th></tr><tr><td rowspan=2>x</td><td>1</td></tr><tr><td>2</td></tr></table>",
			"| a | b |\n| --- | --- |\n| x | 1 |\n|  | 2 |\n"},
		{"table pipes and code", "<table><tr><th>Value</th><th>Meaning</th></tr><tr><td><code>a|b</code></td><td>x | y <b>z</b><br>w</td></tr></table>",
			"| Value | Meaning |\n| --- | --- |\n| `a\\|b` | x \\| y **z** <br> w |\n"},
		{"table cell blocks", "<table><tr><th>k</th><th>v</th></tr><tr><td><p>a</p><p>b</p></td><td><ul><li>x</li><li>y</li></ul><table><tr><td>n1</td><td>n2</td></tr></table></td></tr></table>",
			"| k | v |\n| --- | --- |\n| a b | <ul> <li>x</li> <li>y</li> </ul> <ul> <li>n1: n2</li> </ul> |\n"},
		{"table whose first row is data", "<table><tr><td>id</td><td>The id of the call.</td></tr><tr><td>status</td><td>The status.</td></tr></table>",
			"|  |  |\n| --- | --- |\n| id | The id of the call. |\n| status | The status. |\n"},
		{"table whose first row is marked as the rows below", "<table><tr><td><b>trunk</b></td><td>Trunk Line</td></tr><tr><td><b>gw</b></td><td>Gateway</td></tr></table>",
			"|  |  |\n| --- | --- |\n| **trunk** | Trunk Line |\n| **gw** | Gateway |\n"},
		{"table whose td header is all bold", "<table><tr><td><b>Code</b></td><td><b>Name</b></td></tr><tr><td><b>gw</b></td><td>Gateway</td></tr></table>",
			"| **Code** | **Name** |\n| --- | --- |\n| **gw** | Gateway |\n"},
		{"table in a cell", "<table><tr><th>Key</th><th>Value</th></tr><tr><td>status</td><td><table><tr><td><b>Text</b></td><td><b>Meaning</b></td></tr><tr><td>executed</td><td>The job runs</td></tr><tr><td>failed</td><td>It failed</td></tr></table></td></tr></table>",
			"| Key | Value |\n| --- | --- |\n| status | <ul> <li>executed: The job runs</li> <li>failed: It failed</li> </ul> |\n"},
		{"one column table", "<table><tr><th>Status</th></tr><tr><td>busy</td></tr></table>",
			"| Status |\n| --- |\n| busy |\n"},
		{"caption", "<table><caption>Causes</caption><tr><th>a</th></tr><tr><td>1</td></tr></table>",
			"Causes\n\n| a |\n| --- |\n| 1 |\n"},
		{"caption row", "<table><tr><th colspan=12>Constants</th></tr><tr><td>int</td><td>BUSY</td><td>Busy.</td></tr></table>",
			"Constants\n\n|  |  |  |\n| --- | --- | --- |\n| int | BUSY | Busy. |\n"},
		{"misnested thead", "<table><thead><tr><th>Name</th></tr><thead><tbody><tr><td>Ok</td></tr></tbody></table>",
			"| Name |\n| --- |\n| Ok |\n"},
		{"pre", "<pre>\nfunc a() {\n\treturn &lt;x&gt;\n}\n</pre>", "```\nfunc a() {\n\treturn <x>\n}\n```\n"},
		{"pre fence", "<pre><code class=\"language-md\">```\nx\n```</code></pre>", "````md\n```\nx\n```\n````\n"},
		{"pre spans", "<div class=highlight><pre><span class=p>{</span>\n  <span class=s>\"a\"</span>\n<span>}</span></pre></div>", "```\n{\n  \"a\"\n}\n```\n"},
		{"empty pre", "<pre>\n</pre><p>x</p>", "x\n"},
		{"blockquote", "<blockquote><p>a</p><p>- b</p></blockquote>", "> a\n>\n> \\- b\n"},
		{"dropped", `<nav>menu</nav><header>top</header><div class="col-sidebar">side</div><div role="navigation">r</div>` +
			`<script>var x = "<p>no</p>";</script><style>p{}</style><noscript>js</noscript><template>t</template>` +
			`<p>kept<span aria-hidden="true">¶</span><a class="headerlink" href="#">¶</a></p><p hidden>h</p>` +
			`<div style="display: none">dn</div><svg><text>s</text></svg><button>b</button><footer>f</footer>` +
			`<ul class="breadcrumb"><li>home</li></ul><div class="toc">contents</div><div id="side-nav">n</div>`,
			"kept\n"},
		{"header with h1 kept", "<body><header><h1>Title</h1></header><p>x</p></body>", "# Title\n\nx\n"},
		{"a page's controls dropped", `<header><div class="page-toolbar"><ul class="x-select-list"><li>Public</li><li>All</li></ul></div><h1>Title</h1></header><div class="dropdown">d</div><p>x</p>`, "# Title\n\nx\n"},
		{"class words not chrome", `<div class="menuselection">File</div><div class="canvas">x</div>`, "File\n\nx\n"},
		{"title fallback", "<html><head><title>My  Page</title></head><body><p>x</p></body></html>", "# My Page\n\nx\n"},
		{"title with h1", "<html><head><title>Page</title></head><body><h1>Real</h1></body></html>", "# Real\n"},
		{"unclosed head", "<html><head><title>T</title><p>text", "# T\n\ntext\n"},
		{"inline holding block", `<a href="x"><div>one</div><div>two</div></a>`, "one\n\ntwo\n"},
		{"text around blocks", "<div>a<div>b</div>c</div>", "a\n\nb\n\nc\n"},
		{"unknown elements", "<custom-el>x <foo>y</foo></custom-el>", "x y\n"},
		{"hr", "<p>a</p><hr><p>b</p>", "a\n\nb\n"},
		{"comments", "<!-- c --><p>a<!-- b -->c</p>", "ac\n"},
		{"unclosed tags", "<div><p><b>bold<i>it", "**bold*it***\n"},
		{"stray end tags", "</div></p></td>x</b>", "x\n"},
		{"stray li", "<div><li>a</li><li>b</li></div>", "- a\n\n- b\n"},
		{"stray cells", "<td>a</td><td>b</td>", "a\n\nb\n"},
		{"xhtml self-closing", `<p><a name="x"/>text</p>`, "text\n"},
		{"self-closing script", `<script src="x.js"/><p>after</p></script><p>shown</p>`, "shown\n"},
		{"control bytes", "<p>a\x00b\x01c</p>", "a b c\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, convert(t, tt.in))
		})
	}
}

func TestConvertLines(t *testing.T) {
	src := strings.Join([]string{
		"<html>", // 1
		"<head><title>T</title></head>",
		"<body>",
		"<h1>Call",
		"status</h1>", // 5
		"<p>",
		"  First paragraph",
		"  continues<br>",
		"  next line",
		"</p>", // 10
		"<ul>",
		"  <li>one</li>",
		"  <li>",
		"    two",
		"  </li>", // 15
		"</ul>",
		"<table>",
		"  <tr><th>Value</th><th>Description</th></tr>",
		"  <tr>",
		"    <td>busy</td><td>Busy.</td>", // 20
		"  </tr>",
		"</table>",
		"<pre>",
		"a",
		"b</pre>", // 25
		"<dl><dt>X</dt>",
		"<dd>x</dd></dl>",
		"</body></html>",
	}, "\n")
	md, lines, err := Convert([]byte(src))
	require.NoError(t, err)
	want := []struct {
		text string
		line int
	}{
		{"# Call status", 4}, {"", 4},
		{"First paragraph continues", 7}, {"next line", 9}, {"", 9},
		{"- one", 12}, {"- two", 14}, {"", 14},
		{"| Value | Description |", 18}, {"| --- | --- |", 18}, {"| busy | Busy. |", 19}, {"", 19},
		{"```", 23}, {"a", 24}, {"b", 25}, {"```", 25}, {"", 25},
		{"- **X**: x", 26},
	}
	got := strings.Split(strings.TrimSuffix(string(md), "\n"), "\n")
	require.Len(t, got, len(want), string(md))
	require.Len(t, lines, len(want))
	for i, w := range want {
		assert.Equal(t, w.text, got[i], "line %d", i+1)
		assert.Equal(t, w.line, lines[i], "source of line %d %q", i+1, got[i])
	}
}

func TestConvertCRLF(t *testing.T) {
	md, lines, err := Convert([]byte("<p>a</p>\r\n<p>b\r\nc</p>\r\n"))
	require.NoError(t, err)
	assert.Equal(t, "a\n\nb c\n", string(md))
	assert.Equal(t, []int{1, 1, 2}, lines)
}

func TestConvertLoneCR(t *testing.T) {
	src := []byte("<pre>a\rb\rc</pre>")
	md, lines, err := Convert(src)
	require.NoError(t, err)
	assert.Equal(t, "```\na\nb\nc\n```\n", string(md))
	assert.Equal(t, []int{1, 1, 1, 1, 1}, lines)
}

func TestConvertDeepNesting(t *testing.T) {
	for _, tag := range []string{"div", "b", "ul", "table", "span"} {
		n := 2000
		src := strings.Repeat("<"+tag+">", n) + "deep text" + strings.Repeat("</"+tag+">", n) + "<p>after</p>"
		md := convert(t, src)
		assert.Contains(t, md, "deep text", tag)
		assert.Contains(t, md, "after", tag)
	}
	src := strings.Repeat("<div>", 600) + "<script>hidden()</script>visible"
	md := convert(t, src)
	assert.NotContains(t, md, "hidden")
	assert.Contains(t, md, "visible")
}

func TestConvertDeepListIndent(t *testing.T) {
	md := convert(t, strings.Repeat("<ul><li>x", 10))
	lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	require.Len(t, lines, 10)
	assert.Equal(t, strings.Repeat("  ", 9)+"- x", lines[9])

	// Lists nested deeper than maxNest are unwrapped: indentation stays
	// bounded and every item is kept.
	md = convert(t, strings.Repeat("<ul><li>x", 50))
	assert.Equal(t, 50, strings.Count(md, "x"))
	for _, l := range strings.Split(md, "\n") {
		assert.LessOrEqual(t, len(l)-len(strings.TrimLeft(l, " ")), 2*maxNest)
	}
}

func TestConvertDeterministic(t *testing.T) {
	src := []byte(`<table><tr><td colspan=3 rowspan=2>a</td></tr><tr><td>b</td></tr></table><dl><dt>x<dd>y</dl>`)
	first, _, _ := Convert(src)
	for range 10 {
		md, _, _ := Convert(src)
		require.Equal(t, string(first), string(md))
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"doctype", "<!DOCTYPE html>\n<html><body>x</body></html>", true},
		{"doctype lower", "<!doctype HTML>", true},
		{"bom comment", "\ufeff  <!-- saved from url -->\n<HTML lang=en>", true},
		{"xml prolog", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"head", "<head><meta charset=utf-8></head>", true},
		{"body", "<body>\ntext", true},
		{"header is not head", "<header>\n# Title\n\nSome text\nmore text\n", false},
		{"fragment", "<div class=\"doc\">\n<h2>Status</h2>\n<table>\n<tr><td>busy</td></tr>\n</table>\n</div>\n", true},
		{"table fragment", "<table>\n  <tr>\n    <td>a</td>\n  </tr>\n</table>", true},
		{"markdown", "# Title\n\nSome <b>bold</b> text.\n", false},
		{"markdown with logo", "<p align=\"center\">\n<img src=\"logo.png\">\n</p>\n\n# Title\n\nText one.\n\nText two.\n\nText three.\n\n- item\n- item\n", false},
		{"markdown comment first", "<!-- comment -->\n# Title\n", false},
		{"autolink", "<https://example.com>\n<https://example.org>\n", false},
		{"markdown of headings over long html tables", "<a href=\"#\">Back</a>\n\n## Request\n\nText.\n\n## Keys\n\n<table>\n<tr>\n<td>status</td>\n<td>The status</td>\n</tr>\n<tr>\n<td>id</td>\n<td>The id</td>\n</tr>\n</table>\n", false},
		{"unknown tag", "<notatag>\n<notatag>\n", false},
		{"xml element with a namespace", "<tp:enum name=\"Call_State\" type=\"u\">\n  The state.\n  More text.\n  And more.\n", true},
		{"xml schema", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">", true},
		{"mail autolink", "<mailto:a@example.com>\n", false},
		{"url autolink", "<https://example.com/x>\n", false},
		{"xml of tags, its docs in xhtml", "<?xml version=\"1.0\"?>\n<node name=\"/a\">\n<signal name=\"b\">\n<doc><ul><li>BUSY</li></ul></doc>\n</signal>\n</node>\n", true},
		{"xml of text", "<?xml version=\"1.0\"?>\nBUSY The callee was busy\nIDLE Nothing\n", false},
		{"empty", "", false},
		{"unterminated comment", "<!-- never ends", false},
		{"plain text", "BUSY The callee was busy\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Sniff([]byte(tt.in)))
		})
	}
}

// countLines counts the lines of md, a final line without newline included.
func countLines(md []byte) int { return sourceLines(md) }
