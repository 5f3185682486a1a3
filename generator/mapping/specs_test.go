package mapping_test

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/extract"
	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/pipeline"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadShipped loads the specs of the repository, with paths as printed from
// its root (specs/x.yaml).
func loadShipped(t *testing.T) []*spec.File {
	t.Helper()
	t.Chdir("../..")
	files, errs := pipeline.Load("specs", "")
	require.Empty(t, errs.Error())
	return files
}

func shippedTables(t *testing.T) *mapping.Tables {
	t.Helper()
	tables, errs := mapping.Build(loadShipped(t))
	require.Empty(t, errs.Error())
	return tables
}

// The shipped specs hold what the vendor documents hold. Nothing here
// names a vendor: every spec of specs/ is checked, so a new vendor is
// checked by adding its spec. Each spec has enums with values (as many as
// the document says, when it says) and models with fields; a spec with a
// source is what extracting that document again gives (the merge finds no
// drift, as make check's extract -all -check). The canonical model is
// docenum's own: CANONICAL.md fixes its dimensions.
func TestShippedSpecsShape(t *testing.T) {
	files := loadShipped(t)
	require.NotEmpty(t, files)
	canonical := 0
	for _, f := range files {
		t.Run(f.Vendor, func(t *testing.T) {
			require.NotEmpty(t, f.Enums, "%s has no enums", f.Path)
			for _, e := range f.Enums {
				require.NotEmpty(t, e.Values, "%s: enum %s", f.Path, e.Name)
				if e.Count > 0 {
					assert.Equal(t, e.Count, listed(e), "%s: enum %s: the values the document lists", f.Path, e.Name)
				}
			}
			for _, m := range f.Models {
				assert.NotEmpty(t, m.Fields, "%s: model %s", f.Path, m.Name)
			}
			if f.Kind == spec.KindCanonical {
				canonical++
				got := map[string]int{}
				for _, e := range f.Enums {
					got[e.Name] = len(e.Values)
				}
				assert.Equal(t, map[string]int{"Direction": 4, "Phase": 7, "Outcome": 16, "Answered": 3, "Leg": 3, "EndedBy": 10, "AnsweredBy": 10}, got)
			}
			if f.Source == "" {
				return
			}
			docPath := path.Join(path.Dir(f.Path), f.Source)
			data, err := os.ReadFile(filepath.FromSlash(docPath))
			require.NoError(t, err)
			res := extract.Extract(docPath, data, extract.Options{Format: extract.Format(f.Format), Select: f.Select})
			require.False(t, res.Diags.HasErrors(), "%v", res.Diags)
			_, drift := spec.Merge(f, &spec.File{Vendor: f.Vendor, Enums: res.Enums, Models: res.Models})
			var b strings.Builder
			drift.Report(&b, f.Path)
			assert.True(t, drift.Empty(), "%s drifted from %s:\n%s", f.Path, docPath, b.String())
		})
	}
	assert.Equal(t, 1, canonical, "one canonical spec")
}

// listed counts the values of e the document lists: not curated, not
// removed.
func listed(e *spec.Enum) int {
	n := 0
	for _, v := range e.Values {
		if !v.IsCurated() && !v.Notes().Removed {
			n++
		}
	}
	return n
}

// The shipped specs are byte for byte what spec.Marshal writes, so the
// extractor's merge rewrites them without a diff. -update rewrites them.
func TestShippedSpecsInWriteForm(t *testing.T) {
	for _, f := range loadShipped(t) {
		got, err := spec.Marshal(f)
		require.NoError(t, err)
		golden.Check(t, f.Path, got)
	}
}
