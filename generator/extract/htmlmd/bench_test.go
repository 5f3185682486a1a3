package htmlmd

import (
	"fmt"
	"strings"
	"testing"
)

// benchPage returns a generated documentation page of about size bytes.
func benchPage(size int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><title>Bench</title><script>var x = 1;</script></head>\n<body>\n")
	b.WriteString("<nav class=\"navbar\"><ul><li><a href=\"/\">Home</a></li></ul></nav>\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<section id=\"s%d\">\n<h2>Section %d<a class=\"headerlink\" href=\"#s%d\">¶</a></h2>\n", i, i, i)
		fmt.Fprintf(&b, "<p>The <code>status_%d</code> field is one of the values below; see <a href=\"#x\">the <em>call</em> guide</a> &amp; <strong>notes</strong>.</p>\n", i)
		b.WriteString("<table class=\"docutils\">\n<thead><tr><th>Value</th><th>Description</th></tr></thead>\n<tbody>\n")
		for j := 0; j < 8; j++ {
			fmt.Fprintf(&b, "<tr><td><code>value_%d_%d</code></td><td><p>The call is in state %d | %d.</p></td></tr>\n", i, j, j, i)
		}
		b.WriteString("</tbody>\n</table>\n<ul>\n")
		for j := 0; j < 4; j++ {
			fmt.Fprintf(&b, "<li><p><b>item %d</b>: text with &lt;angle&gt; brackets<ul><li>nested %d</li></ul></p></li>\n", j, j)
		}
		b.WriteString("</ul>\n<dl><dt>BUSY</dt><dd>The callee was busy.</dd></dl>\n")
		b.WriteString("<div class=\"highlight\"><pre><span class=\"p\">{</span>\n  <span class=\"s\">\"status\"</span>: <span class=\"s\">\"busy\"</span>\n<span class=\"p\">}</span></pre></div>\n</section>\n")
	}
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

func BenchmarkConvert(b *testing.B) {
	src := benchPage(1 << 20)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Convert(src); err != nil {
			b.Fatal(err)
		}
	}
}
