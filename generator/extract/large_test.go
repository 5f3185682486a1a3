package extract

import (
	"fmt"

	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Inputs at the edge of what a vendor page can be. The tests check the
// result and that memory grows linearly; BenchmarkLarge measures the time.

func longLine() []byte {
	return []byte("# Cause\n\n" + longList(1<<20/8) + "\n")
}

// longList is one sentence listing n values: "Possible values: `v0`, ...,
// or `vN`." on a single line.
func longList(n int) string {
	var b strings.Builder
	b.WriteString("Possible values: ")
	for i := range n - 1 {
		fmt.Fprintf(&b, "`v%d`, ", i)
	}
	fmt.Fprintf(&b, "or `v%d`.", n-1)
	return b.String()
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

// TestLongLine reads a list of 131,072 values from one 1 MB line.
func TestLongLine(t *testing.T) {
	r := Extract("x.md", longLine(), Options{})
	require.Len(t, r.Enums, 1)
	e := r.Enums[0]
	require.Len(t, e.Values, 1<<20/8)
	assert.Equal(t, "v0", e.Values[0].Wire)
	assert.Equal(t, fmt.Sprintf("v%d", 1<<20/8-1), e.Values[len(e.Values)-1].Wire)
	for _, v := range e.Values {
		if v.Line != 3 {
			t.Fatalf("value %s at line %d, want 3", v.Wire, v.Line)
		}
	}
}

// TestLinearGrowth extracts each large input at n and 4n and requires the
// memory allocated to grow about as the input does (at most 1.5x faster;
// quadratic growth would be 4x faster). Allocation is counted, not timed,
// so the test does not depend on the machine's load; BenchmarkLarge and
// the curve in BENCHMARKS.md show the time.
func TestLinearGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	inputs := map[string]func(n int) []byte{
		"table rows":  manyRows,
		"prose list":  func(n int) []byte { return []byte("# Cause\n\n" + longList(n) + "\n") },
		"deep list":   func(n int) []byte { return deepList(n / 100) },
		"list rows":   func(n int) []byte { return []byte("# Status\n\n" + strings.Repeat("- `busy`: the line was busy\n", n)) },
		"pipe rows":   func(n int) []byte { return []byte("# Status\n\n" + strings.Repeat("busy | The line was busy. |\n", n)) },
		"text blocks": func(n int) []byte { return []byte(strings.Repeat("A paragraph of prose.\n\n", n)) },
	}
	for name, gen := range inputs {
		small, large := gen(5_000), gen(20_000)
		grew := float64(len(large)) / float64(len(small))
		ratio := float64(allocated(large)) / float64(allocated(small)) / grew
		assert.Less(t, ratio, 1.5, "%s: memory grows %.1fx faster than the input", name, ratio)
	}
}

// allocated is the memory Extract allocates for data.
func allocated(data []byte) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	Extract("x.md", data, Options{})
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
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
