package mapping_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBuildErrors runs every case of testdata/errors: see testdata/README.md.
func TestBuildErrors(t *testing.T) {
	dirs := caseDirs(t)
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			files, errs := loadCase(t, dir)
			require.Empty(t, errs.Error(), "the case's specs must load; the errors are Build's")
			tables, errs := mapping.Build(files)
			golden.Check(t, filepath.Join(dir, "want.err"), []byte(errs.Error()+"\n"))
			assert.True(t, errs.HasErrors(), "an error case must fail")
			assert.Nil(t, tables)
		})
	}
}

// caseDirs lists the case directories; each must hold its input, a spec
// (*.yaml): a case without one fails instead of being skipped.
func caseDirs(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir("testdata/errors")
	require.NoError(t, err)
	var dirs []string
	for _, e := range entries {
		if e.IsDir() {
			dir := filepath.Join("testdata/errors", e.Name())
			specs, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
			require.NoError(t, err)
			require.NotEmpty(t, specs, "case %s has no input (*.yaml)", dir)
			dirs = append(dirs, dir)
		}
	}
	return dirs
}

// loadCase loads a case's specs as specs/<name>, adding the shipped canonical
// spec unless the case has its own.
func loadCase(t *testing.T, dir string) ([]*spec.File, diag.List) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	require.NoError(t, err)
	own := false
	for _, p := range paths {
		own = own || filepath.Base(p) == "callstatus.yaml"
	}
	if !own {
		paths = append(paths, "../../specs/callstatus.yaml")
	}
	var files []*spec.File
	var errs diag.List
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		f, l := spec.Load("specs/"+filepath.Base(p), data)
		errs.Append(l)
		if f != nil {
			files = append(files, f)
		}
	}
	return files, errs
}

// Build never panics on a spec set that loads, and reports at least one
// error for every case; the error lines are file:line:col or a bare message.
func TestBuildErrorsArePositioned(t *testing.T) {
	for _, dir := range caseDirs(t) {
		files, _ := loadCase(t, dir)
		_, errs := mapping.Build(files)
		for _, d := range errs {
			if d.Pos.File != "" {
				assert.True(t, strings.HasPrefix(d.Pos.File, "specs/"), d.String())
				assert.Positive(t, d.Pos.Line, d.String())
			}
		}
	}
}
