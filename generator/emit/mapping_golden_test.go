package emit_test

import (
	"os"
	"path"
	"path/filepath"
	"testing"

	"github.com/docenum/docenum/generator/emit"
	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Golden cases of the mapping emitters: testdata/mapping/<case>/spec.yaml
// is a vendor spec mapped onto the shipped canonical spec, and want/ holds
// the vendor package generated from it (only its mapping_gen.go is
// compared; the other files make it compile). The package imports the shipped
// generated/callstatus, so want/ compiles against the real canonical code;
// its hand-written tests check it against package mapping.

// canonicalSpec is the shipped canonical spec every case maps onto.
const canonicalSpec = "specs/callstatus.yaml"

func mappingCases(t *testing.T) []goldenCase { return casesIn(t, "mapping") }

// loadSpec loads a spec by its path relative to the module root.
func loadSpec(t *testing.T, p string) *spec.File {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(p)))
	require.NoError(t, err)
	f, errs := spec.Load(p, data)
	require.False(t, errs.HasErrors(), "%v", errs)
	return f
}

// generateMappingCase generates the case's vendor package with its mapping
// and returns its files by base name.
func generateMappingCase(t *testing.T, c goldenCase) map[string][]byte {
	t.Helper()
	files := []*spec.File{loadSpec(t, canonicalSpec), loadSpec(t, c.dir+"/spec.yaml")}
	set, errs := model.Build(files, model.Options{})
	require.False(t, errs.HasErrors(), "%v", errs)
	tables, errs := mapping.Build(files)
	require.False(t, errs.HasErrors(), "%v", errs)
	out, err := emit.Generate(set, emit.Options{ImportPath: "github.com/docenum/docenum/generated", Mapping: tables})
	require.NoError(t, err)
	vendor := files[1].Vendor
	got := map[string][]byte{}
	for _, f := range out {
		if path.Dir(f.Path) == vendor {
			got[path.Base(f.Path)] = f.Data
		}
	}
	require.Contains(t, got, "mapping_gen.go")
	return got
}

// TestMappingGolden compares every case's generated files with want/. Run
// go test ./generator/emit -update to rewrite them, then read the diff.
func TestMappingGolden(t *testing.T) {
	for _, c := range mappingCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got := generateMappingCase(t, c)
			removeStale(t, c)
			// Only mapping_gen.go is compared: the enum file and doc.go are
			// there so that want/ compiles (-update writes them too), and
			// TestGolden covers their emitters.
			for name, data := range got {
				if name == "mapping_gen.go" || golden.Update() {
					golden.Check(t, wantPath(c, name), data)
				}
			}
			checkNoneStale(t, c, got)
		})
	}
}

// TestMappingDeterministic generates every case twice.
func TestMappingDeterministic(t *testing.T) {
	for _, c := range mappingCases(t) {
		assert.Equal(t, generateMappingCase(t, c), generateMappingCase(t, c), c.name)
	}
}

// TestMappingPackagesBehave compiles every want/ package and runs its
// hand-written tests.
func TestMappingPackagesBehave(t *testing.T) {
	testWantPackages(t, mappingCases(t))
}

// TestNoMappingWithoutTables: without Options.Mapping, packages hold their
// enums only.
func TestNoMappingWithoutTables(t *testing.T) {
	set, errs := model.Build([]*spec.File{loadSpec(t, canonicalSpec)}, model.Options{})
	require.False(t, errs.HasErrors(), "%v", errs)
	out, err := emit.Generate(set, emit.Options{})
	require.NoError(t, err)
	for _, f := range out {
		assert.NotEqual(t, "mapping_gen.go", path.Base(f.Path))
	}
}
