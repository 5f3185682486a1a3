package htmlmd

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestAdversarialLinear converts large hostile inputs and checks that each
// takes a time near linear in its size.
func TestAdversarialLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const n = 50000
	inputs := map[string]string{
		"unclosed divs":   strings.Repeat("<div>x", n),
		"unclosed bold":   strings.Repeat("<b>x ", n),
		"unclosed lists":  strings.Repeat("<ul><li>x", n),
		"unclosed tables": strings.Repeat("<table><tr><td>x", n),
		"end tags":        strings.Repeat("<div>", 499) + strings.Repeat("</span>", n),
		"colspan rows":    "<table>" + strings.Repeat("<tr><td colspan=1000 rowspan=1000>x", n) + "</table>",
		"li soup":         strings.Repeat("<li><dt><dd><p>", n),
		"pre lines":       "<pre>" + strings.Repeat("`\n", n) + "</pre>",
		"emphasis":        strings.Repeat("<b><i>", 250) + strings.Repeat("x ", n),
		"entities":        strings.Repeat("&amp;&lt;&#x60;&nbsp;", n),
		"binary":          strings.Repeat("\x00\xff<\x01>&#;<!--", n),
		"headings":        strings.Repeat("<h1><h2><h3>x", n),
	}
	for name, src := range inputs {
		start := time.Now()
		md, lines, err := Convert([]byte(src))
		elapsed := time.Since(start)
		assert.NoError(t, err, name)
		assert.Equal(t, sourceLines(md), len(lines), name)
		assert.Less(t, elapsed, 5*time.Second, "%s: %d bytes in %v", name, len(src), elapsed)
		t.Logf("%-16s %8d bytes -> %8d bytes in %v", name, len(src), len(md), elapsed)
	}
}
