package model_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestErrors loads and builds every testdata/errors/<case>.yaml and compares
// the diagnostics with <case>.err. Paths are printed relative to the module
// root, as docenum prints them.
func TestErrors(t *testing.T) {
	root := filepath.Join("..", "..")
	cases, err := filepath.Glob(filepath.Join(root, "testdata", "errors", "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, cases)
	for _, file := range cases {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			require.NoError(t, err)
			got := diagnose("testdata/errors/"+name+".yaml", data).Error() + "\n"
			assert.NotEqual(t, "\n", got, "an error case must produce diagnostics")
			golden.Check(t, strings.TrimSuffix(file, ".yaml")+".err", []byte(got))
		})
	}
}

// diagnose runs the pipeline up to the model as docenum generate does: a
// spec that fails to load is not built.
func diagnose(path string, data []byte) diag.List {
	f, errs := spec.Load(path, data)
	if errs.HasErrors() {
		errs.Sort()
		return errs
	}
	_, more := model.Build([]*spec.File{f}, model.Options{})
	errs.Append(more)
	errs.Sort()
	return errs
}
