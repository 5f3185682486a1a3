package extract

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// runGoldenCases runs every case of testdata/extract/<kind> (glued, fields,
// prose): parse turns the case's input.txt into a spec file, whose Vendor is
// set to the case name, and diagnostics, compared with want.yaml and
// want.warnings. go test -update rewrites the want files.
func runGoldenCases(t *testing.T, kind string, parse func(file string, lines []Line) (*spec.File, diag.List)) {
	inputs, err := filepath.Glob(filepath.Join(goldenDir, kind, "*", "input.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs, "no cases under %s", filepath.Join(goldenDir, kind))
	for _, in := range inputs {
		dir := filepath.Dir(in)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			require.NoError(t, err)
			file := path.Join("testdata/extract", kind, name, "input.txt")
			f, diags := parse(file, testLines(string(data)))
			f.Vendor = name
			got, err := spec.Marshal(f)
			require.NoError(t, err)
			compareGolden(t, filepath.Join(dir, "want.yaml"), string(got))
			compareGolden(t, filepath.Join(dir, "want.warnings"), diagText(diags))
		})
	}
}

// testLines splits a document into numbered lines.
func testLines(text string) []Line {
	text = strings.TrimSuffix(text, "\n")
	var lines []Line
	for i, s := range strings.Split(text, "\n") {
		lines = append(lines, Line{N: i + 1, Text: strings.TrimSuffix(s, "\r")})
	}
	return lines
}

// diagText prints diagnostics one per line, sorted.
func diagText(l diag.List) string {
	l.Sort()
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestGluedGolden(t *testing.T) {
	runGoldenCases(t, "glued", func(file string, lines []Line) (*spec.File, diag.List) {
		enums, diags, ok := parseGlued(file, lines)
		assert.True(t, ok, "no glued table found")
		return &spec.File{Enums: enums}, diags
	})
}
