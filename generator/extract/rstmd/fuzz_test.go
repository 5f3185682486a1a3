package rstmd

import (
	"os"
	"testing"
)

// FuzzConvert checks that Convert never panics and that its line map fits
// the output and the source.
func FuzzConvert(f *testing.F) {
	for _, path := range corpus {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{"", "\n", "a\n===\n", "- a\n  - b\n", ".. note:: x\n", "+--+\n| a|\n+--+\n",
		"== ==\na  b\n== ==\n", ":a: b\n", "x::\n\n  y\n", "**a `b ``c |d\n", ".. csv-table::\n\n   \"a\nb\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		md, lines := Convert(src)
		checkMap(t, src, md, lines)
		Sniff(src)
	})
}
