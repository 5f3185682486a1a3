package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Inputs at the edge of what a vendor page can be. The tests check the
// result; BenchmarkLarge measures the time, which must grow linearly.

func longLine() []byte {
	return []byte("# Cause\n\n" + strings.Repeat("BUSYThe line was busy ", 1<<20/22) + "\n")
}

func manyRows(n int) []byte {
	var b strings.Builder
	b.WriteString("# Cause\n\n| Cause | Description |\n|---|---|\n")
	for i := range n {
		fmt.Fprintf(&b, "| `C%d` | Cause number %d. |\n", i, i)
	}
	return []byte(b.String())
}

func deepList(depth int) []byte {
	var b strings.Builder
	b.WriteString("# Cause\n\n")
	for i := range depth {
		fmt.Fprintf(&b, "%s- item %d\n", strings.Repeat("  ", i), i)
	}
	return []byte(b.String())
}

// deepMarkers nests lists on one line ("- - - - x"): depth without the
// quadratic indentation.
func deepMarkers(depth int) []byte {
	return []byte("# Cause\n\n" + strings.Repeat("- ", depth) + "`busy`: busy\n")
}

func TestLongLine(t *testing.T) {
	r := Extract("x.md", longLine(), Options{})
	for _, e := range r.Enums {
		for _, v := range e.Values {
			assert.Equal(t, 3, v.Line)
		}
	}
}

func TestManyRows(t *testing.T) {
	r := Extract("x.md", manyRows(100_000), Options{})
	require.Len(t, r.Enums, 1)
	require.Len(t, r.Enums[0].Values, 100_000)
	last := r.Enums[0].Values[99_999]
	assert.Equal(t, "C99999", last.Wire)
	assert.Equal(t, 100_004, last.Line)
}

func TestDeepLists(t *testing.T) {
	r := Extract("x.md", deepList(1000), Options{})
	assert.Empty(t, r.Enums, "items in words under a heading that is not about values")
	r = Extract("x.md", deepMarkers(1000), Options{})
	require.Len(t, r.Enums, 1)
	assert.Equal(t, "busy", r.Enums[0].Values[0].Wire)
}

// Block markers nested past maxMarkers on one line are dropped and
// reported, so a line of 100,000 markers parses in linear time.
func TestDeepMarkersOnOneLine(t *testing.T) {
	for _, marker := range []string{">", "- ", "1. "} {
		line := strings.Repeat(marker, 100_000) + "x\n"
		r := Extract("x.md", []byte("# Status\n\n"+line), Options{})
		assert.Contains(t, diagStrings(r), "x.md:3: warning: line opens more than 32 nested blocks; the deeper markers are dropped", marker)
	}
	cut, ok := capMarkers([]byte(strings.Repeat("> ", 40) + "x\n"))
	require.True(t, ok)
	assert.Equal(t, strings.Repeat("> ", 32)+"x\n", string(cut))
	_, ok = capMarkers([]byte(strings.Repeat("- ", 32) + "x\n"))
	assert.False(t, ok, "32 markers are kept")
}
