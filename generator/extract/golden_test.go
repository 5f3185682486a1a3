package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/require"
)

// goldenDir holds one directory per extraction case; see its README.md.
const goldenDir = "../../testdata/extract"

// colleagueDirs hold cases of the text-format parsers, with their own
// runner.
var colleagueDirs = map[string]bool{"glued": true, "fields": true, "prose": true}

// TestGolden extracts each case's input and compares the spec and the
// diagnostics with the case's want files.
func TestGolden(t *testing.T) {
	entries, err := os.ReadDir(goldenDir)
	require.NoError(t, err)
	for _, e := range entries {
		if !e.IsDir() || colleagueDirs[e.Name()] {
			continue
		}
		dir := filepath.Join(goldenDir, e.Name())
		input := findInput(t, dir)
		if input == "" {
			t.Errorf("%s: no input.md or input.txt; a case directory needs its input", dir)
			continue
		}
		t.Run(e.Name(), func(t *testing.T) { runGolden(t, dir, input) })
	}
}

// findInput returns the case's input.md or input.txt.
func findInput(t *testing.T, dir string) string {
	for _, name := range []string{"input.md", "input.txt"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return name
		}
	}
	return ""
}

func runGolden(t *testing.T, dir, input string) {
	data, err := os.ReadFile(filepath.Join(dir, input))
	require.NoError(t, err)
	r := Extract(input, data, Options{Format: caseFormat(t, dir)})
	gotSpec, err := spec.Marshal(&spec.File{Vendor: filepath.Base(dir), Enums: r.Enums, Models: r.Models})
	require.NoError(t, err)
	var diags strings.Builder
	for _, d := range r.Diags {
		diags.WriteString(d.String() + "\n")
	}
	compareGolden(t, filepath.Join(dir, "want.yaml"), string(gotSpec))
	compareGolden(t, filepath.Join(dir, "want.warnings"), diags.String())
}

// caseFormat reads the optional format file that forces a format.
func caseFormat(t *testing.T, dir string) Format {
	data, err := os.ReadFile(filepath.Join(dir, "format"))
	if os.IsNotExist(err) {
		return Auto
	}
	require.NoError(t, err)
	return Format(strings.TrimSpace(string(data)))
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	golden.Check(t, path, []byte(got))
}
