package emit_test

import (
	"bytes"
	"go/format"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/emit"
	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// root is the module root, where paths in specs and headers start.
const root = "../.."

// goldenCase is one directory of testdata/generate: spec.yaml and the
// wanted output of its one package in want/.
type goldenCase struct {
	name string
	dir  string // relative to the module root, slash-separated
}

func goldenCases(t *testing.T) []goldenCase { return casesIn(t, "generate") }

// casesIn lists the cases of testdata/<stage>: every directory, which
// must hold a spec.yaml (a case without its input fails, see
// testdata/README.md).
func casesIn(t *testing.T, stage string) []goldenCase {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(root, "testdata", stage))
	require.NoError(t, err)
	var cases []goldenCase
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		c := goldenCase{name: e.Name(), dir: "testdata/" + stage + "/" + e.Name()}
		require.FileExists(t, filepath.Join(root, filepath.FromSlash(c.dir), "spec.yaml"), "case %s has no input", c.dir)
		cases = append(cases, c)
	}
	require.NotEmpty(t, cases)
	return cases
}

// generateCase runs the pipeline on a case's spec and returns its package's
// files by base name.
func generateCase(t *testing.T, c goldenCase) map[string][]byte {
	t.Helper()
	set, errs := model.Build([]*spec.File{loadSpec(t, c.dir+"/spec.yaml")}, model.Options{})
	require.False(t, errs.HasErrors(), "%v", errs)
	files, err := emit.Generate(set, emit.Options{ImportPath: "github.com/docenum/docenum/" + c.dir})
	require.NoError(t, err)
	out := map[string][]byte{}
	for _, gf := range files {
		out[path.Base(gf.Path)] = gf.Data
	}
	return out
}

// TestGolden compares the generated files of every case with want/. Run
// go test ./generator/emit -update to rewrite them, then read the diff.
func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := generateCase(t, c)
			removeStale(t, c)
			for name, data := range got {
				formatted, err := format.Source(data)
				require.NoError(t, err)
				assert.Equal(t, string(formatted), string(data), "%s must be gofmt-stable", name)
				golden.Check(t, wantPath(c, name), data)
			}
			checkNoneStale(t, c, got)
		})
	}
}

// TestDeterministic generates every case twice.
func TestDeterministic(t *testing.T) {
	for _, c := range goldenCases(t) {
		assert.Equal(t, generateCase(t, c), generateCase(t, c), c.name)
	}
}

// TestGoldenPackagesBehave compiles and tests every want/ package with its
// hand-written tests (behaviour, examples, allocations): the golden files
// are only worth keeping if the code in them works.
func TestGoldenPackagesBehave(t *testing.T) {
	testWantPackages(t, goldenCases(t))
}

// testWantPackages runs go test on the want/ package of every case.
func testWantPackages(t *testing.T, cases []goldenCase) {
	t.Helper()
	if testing.Short() {
		t.Skip("compiles and runs the golden packages; skipped in -short mode")
	}
	args := []string{"test", "-count=1"}
	for _, c := range cases {
		args = append(args, "./"+c.dir+"/want")
	}
	cmd := exec.Command(goTool(t), args...)
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
}

func goTool(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	p := filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	if _, err := os.Stat(p); err != nil {
		t.Skip("no go command found")
	}
	return p
}

// wantPath is the golden copy of a generated file of case c.
func wantPath(c goldenCase, name string) string {
	return filepath.Join(root, filepath.FromSlash(c.dir), "want", name)
}

// checkNoneStale fails for a generated file in want/ that the case no
// longer generates.
func checkNoneStale(t *testing.T, c goldenCase, got map[string][]byte) {
	t.Helper()
	for _, name := range generatedIn(t, filepath.Join(root, filepath.FromSlash(c.dir), "want")) {
		assert.Contains(t, got, name, "%s/want/%s is no longer generated", c.dir, name)
	}
}

// removeStale, with -update, removes the generated files of the case's
// want/ before golden.Check writes those generated now, so that a file no
// longer generated goes; the hand-written tests beside them are kept.
func removeStale(t *testing.T, c goldenCase) {
	t.Helper()
	if !golden.Update() {
		return
	}
	dir := filepath.Join(root, filepath.FromSlash(c.dir), "want")
	for _, name := range generatedIn(t, dir) {
		require.NoError(t, os.Remove(filepath.Join(dir, name)))
	}
}

// generatedIn lists the files of dir that docenum generated.
func generatedIn(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		if bytes.HasPrefix(data, []byte("// Code generated by docenum")) {
			names = append(names, e.Name())
		}
	}
	return names
}
