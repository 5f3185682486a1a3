package htmlmd

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"", "<p>x</p>", "<table><tr><td colspan=3>a<td rowspan=2>b</table>",
		"<ul><li>a<ol start=7><li>b</ol></ul>", "<dl><dt>a<dd>b<dt>c</dl>",
		"<pre>\n``` x\n</pre>", "<h1>#</h1>", "<p>1. -\r\n+ <b>*</b></p>",
		"<script>", "<title>t", "<div\x00>\xff\xfe</div>", "<svg><title>x</title></svg>",
	} {
		f.Add([]byte(s))
	}
	if files, err := filepath.Glob(filepath.Join("testdata", "*.html")); err == nil {
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		Sniff(src)
		md, lines, err := Convert(src)
		if err != nil {
			t.Fatal(err)
		}
		if n := sourceLines(md); n != len(lines) {
			t.Fatalf("%d output lines, %d line numbers", n, len(lines))
		}
		if len(md) > 0 && (md[len(md)-1] != '\n' || bytes.HasSuffix(md, []byte("\n\n"))) {
			t.Fatalf("output does not end with one newline: %q", md)
		}
		last := sourceLines(src)
		for i, l := range lines {
			if l < 1 || l > last {
				t.Fatalf("output line %d maps to line %d of %d", i+1, l, last)
			}
		}
	})
}
