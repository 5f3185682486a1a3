// Package linemap checks, in tests, the line maps the document
// translators return beside their Markdown (rstmd, barcells, adocmd):
// one source line per output line, each a line the source has.
package linemap

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Check fails t unless lines holds one line number of src for each line
// of md.
func Check(t testing.TB, src, md []byte, lines []int) {
	t.Helper()
	require.Equal(t, strings.Count(string(md), "\n"), len(lines), "one line number per output line")
	n := strings.Count(strings.TrimSuffix(string(src), "\n"), "\n") + 1
	for i, l := range lines {
		require.True(t, l >= 1 && l <= n, "output line %d maps to %d, source has %d", i+1, l, n)
	}
}
