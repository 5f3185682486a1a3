package mapping_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/pipeline"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files (and the shipped specs in the form spec.Marshal writes)")

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

// The shipped specs hold what the vendor documents hold: every enum with its
// number of values, every model with its number of fields.
func TestShippedSpecsShape(t *testing.T) {
	byVendor := map[string]*spec.File{}
	for _, f := range loadShipped(t) {
		byVendor[f.Vendor] = f
	}
	enums := map[string]map[string]int{
		"callstatus":  {"Direction": 3, "Phase": 6, "Outcome": 13, "Leg": 3, "EndedBy": 7, "AnsweredBy": 5},
		"ringcentral": {"CallStatusInfoCode": 11, "CallStatusInfoReason": 29},
		"kaleyra":     {"CallStatus": 21},
		"bandwidth":   {"EventType": 21, "Cause": 12, "CallDirection": 2},
		"kaleyraio":   {"CallStatus": 28},
		"genesys":     {"State": 11, "Direction": 2, "RecordingState": 3, "DisconnectType": 18},
	}
	models := map[string]map[string]int{
		"ringcentral": {"CallStatusInfo": 4},
		"bandwidth":   {"DisconnectCallback": 17},
		"genesys":     {"Call": 20},
	}
	require.Len(t, byVendor, len(enums))
	for vendor, want := range enums {
		f := byVendor[vendor]
		require.NotNil(t, f, vendor)
		got := map[string]int{}
		for _, e := range f.Enums {
			got[e.Name] = len(e.Values)
		}
		assert.Equal(t, want, got, vendor)
		gotModels := map[string]int{}
		for _, m := range f.Models {
			gotModels[m.Name] = len(m.Fields)
		}
		if len(gotModels) > 0 || models[vendor] != nil {
			assert.Equal(t, models[vendor], gotModels, vendor)
		}
	}
}

// The shipped specs are byte for byte what spec.Marshal writes, so the
// extractor's merge rewrites them without a diff. -update rewrites them.
func TestShippedSpecsInWriteForm(t *testing.T) {
	for _, f := range loadShipped(t) {
		got, err := spec.Marshal(f)
		require.NoError(t, err)
		if *update {
			require.NoError(t, os.WriteFile(f.Path, got, 0o644))
			continue
		}
		want, err := os.ReadFile(f.Path)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s is not in the form spec.Marshal writes; run go test ./generator/mapping -update", filepath.Base(f.Path))
	}
}
