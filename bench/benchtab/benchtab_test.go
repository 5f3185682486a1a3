package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.md from the current output")

func TestParseLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		name string
		want Measure
	}{
		{"BenchmarkParseMiss/ours-2   \t 1000000\t  5.03 ns/op\t  32 B/op\t  1 allocs/op", "ParseMiss/ours", Measure{5.03, 32, 1}},
		{"BenchmarkString/enumer \t 1000\t 1.5 ns/op", "String/enumer", Measure{NsPerOp: 1.5}},
		{"BenchmarkJSONMarshal/ours-16 10 120 ns/op 48 B/op 2 allocs/op", "JSONMarshal/ours", Measure{120, 48, 2}},
		{"BenchmarkX/with-dash 10 1 ns/op", "X/with-dash", Measure{NsPerOp: 1}},
	} {
		name, m, err := parseLine(tc.line)
		require.NoError(t, err, tc.line)
		assert.Equal(t, tc.name, name)
		assert.Equal(t, tc.want, m)
	}
	_, _, err := parseLine("BenchmarkX 10 fast ns/op")
	assert.Error(t, err)
}

func TestParseErrors(t *testing.T) {
	_, err := Parse([]byte("PASS\nok x 1s\n"))
	assert.EqualError(t, err, "no benchmark results in input")
	_, err = Parse([]byte("goos: linux\nBenchmarkX-2 10 x ns/op\n"))
	assert.ErrorContains(t, err, "line 2:")
}

func TestMedian(t *testing.T) {
	r, err := Parse([]byte("BenchmarkA/ours 1 3 ns/op\nBenchmarkA/ours 1 1 ns/op\nBenchmarkA/ours 1 2 ns/op\nBenchmarkA/ours 1 10 ns/op\n"))
	require.NoError(t, err)
	m, ok := r.Median("A/ours")
	require.True(t, ok)
	assert.Equal(t, 2.5, m.NsPerOp)
	assert.Equal(t, 4, r.Count())
}

// TestRender renders testdata/bench.txt and compares with
// testdata/BENCHMARKS.md (go test ./bench/benchtab -update rewrites it).
func TestRender(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "bench.txt"))
	require.NoError(t, err)
	r, err := Parse(src)
	require.NoError(t, err)
	got, missed := Render(r, Info{Ours: "generated/kaleyraio", Go: "go1.26.0"})
	assert.Equal(t, []string{"JSON marshal: ratio 0.62x > 0.5x", "Canonical lookup: 1 allocs/op > 0", "Canonical outcome: ratio 1.73x > 1.5x"}, missed)
	golden := filepath.Join("testdata", "BENCHMARKS.md")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "B.md")
	var stdout, stderr bytes.Buffer
	code := run([]string{"-in", filepath.Join("testdata", "bench.txt"), "-out", out, "-check"}, &stdout, &stderr)
	assert.Equal(t, 1, code, "targets are missed in the sample")
	assert.Contains(t, stderr.String(), "target missed: JSON marshal")
	_, err := os.Stat(out)
	assert.NoError(t, err)
}
