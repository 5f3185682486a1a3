package spec_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/docenum/docenum/generator/extract"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The payload models of the shipped specs carry curation the documents do
// not: wire names (field_naming: snake, source_name), enum links, and the
// status wiring of the generated Status method. Extracting a document again
// must keep all of it.

// reextractShipped extracts the source of specs/<vendor>.yaml, after the
// edits, and merges it into the shipped spec.
func reextractShipped(t *testing.T, vendor string, edits []edit) (old, merged *spec.File, drift spec.Drift) {
	t.Helper()
	root := filepath.Join("..", "..")
	old, errs := spec.LoadFile(filepath.Join(root, "specs", vendor+".yaml"))
	require.False(t, errs.HasErrors(), "%v", errs)
	docPath := "specs/" + old.Source
	doc, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(docPath)))
	require.NoError(t, err)
	res := extract.Extract(docPath, applyEdits(t, doc, edits), extract.Options{Format: extract.Format(old.Format), Select: old.Select})
	require.False(t, res.Diags.HasErrors(), "%v", res.Diags)
	merged, drift = spec.Merge(old, &spec.File{Vendor: vendor, Enums: res.Enums, Models: res.Models})
	return old, merged, drift
}

// TestReextractKeepsPayloadCuration: the documents as shipped change
// nothing in the models of the shipped specs that have one (every spec of
// specs/ with models and a source: a new vendor is checked by adding it).
func TestReextractKeepsPayloadCuration(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "specs", "*.yaml"))
	require.NoError(t, err)
	n := 0
	for _, p := range paths {
		f, errs := spec.LoadFile(p)
		require.False(t, errs.HasErrors(), "%v", errs)
		if len(f.Models) == 0 || f.Source == "" {
			continue
		}
		n++
		t.Run(f.Vendor, func(t *testing.T) {
			old, merged, drift := reextractShipped(t, f.Vendor, nil)
			assert.Empty(t, changes(drift))
			require.NotEmpty(t, merged.Models)
			assert.Equal(t, string(marshal(t, old)), string(marshal(t, merged)))
			for i, m := range merged.Models {
				if i < len(old.Models) {
					assert.Equal(t, old.Models[i].Status, m.Status, "model %s keeps its status wiring", m.Name)
				}
				if old.FieldNaming != "snake" {
					continue
				}
				for _, f := range m.Fields {
					assert.NotContains(t, f.Wire, "_", "model %s: wires are the JSON names", m.Name)
				}
			}
		})
	}
	assert.NotZero(t, n, "no shipped spec has models")
}

// TestReextractChangedModel: Bandwidth changes its callback's document; the
// curated parts stay, the document's parts follow it.
func TestReextractChangedModel(t *testing.T) {
	old, merged, drift := reextractShipped(t, "bandwidth", []edit{
		{"tag str (optional) The tag", "priority int Queue priority of the call. [optional]\ntag str (optional) The tag"},
		{"error_id str Bandwidth's internal id that references the error event. [optional]\n", ""},
		{"answer_time datetime Time the call was answered, in ISO 8601 format.", "answer_time datetime Time the call was answered (ISO 8601)."},
	})
	assert.Equal(t, []string{
		"DisconnectCallback: ~ answerTime: description changed",
		"DisconnectCallback: - errorId (removed)",
		"DisconnectCallback: + priority (line 40)",
	}, changes(drift))

	m := merged.Models[0]
	assert.Equal(t, old.Models[0].Status, m.Status, "the status wiring is curated")
	assert.Equal(t, "EventType", field(m, "eventType").Enum)
	assert.Equal(t, "Cause", field(m, "cause").Enum)
	assert.Equal(t, "var_from", field(m, "from").SourceName, "the wire from keeps its document name")
	assert.Equal(t, "Time the call was answered (ISO 8601).", field(m, "answerTime").Description)
	assert.True(t, field(m, "errorId").Removed, "a field the document drops stays, marked removed")
	assert.Equal(t, "int", field(m, "priority").Type, "a new field gets its wire by the naming rule")
}

func field(m *spec.Model, wire string) *spec.Field {
	for _, f := range m.Fields {
		if f.Wire == wire {
			return f
		}
	}
	return &spec.Field{}
}
