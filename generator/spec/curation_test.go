package spec

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMergeKeepsCuration: ignore: on an enum, a value, a model or a field
// and go_type: on a field are curated; extracting again keeps them, and
// an ignored value is not added back.
func TestMergeKeepsCuration(t *testing.T) {
	old := &File{Vendor: "acme", Mapping: MappingComplete,
		Enums: []*Enum{
			{Name: "Status", Values: []*Value{{Wire: "busy"}, {Wire: "junk", Curation: &Curation{Ignore: "a heading, not a value"}}}},
			{Name: "Noise", Ignore: "prose the extractor read as a list", Values: []*Value{{Wire: "a"}}},
		},
		Models: []*Model{{Name: "Hook", Fields: []*Field{
			{Wire: "id", Type: "uuid", GoType: "string"},
			{Wire: "x", Type: "str", Ignore: "not sent"},
		}}},
	}
	fresh := &File{Vendor: "acme",
		Enums: []*Enum{
			{Name: "Status", Values: []*Value{{Wire: "busy", Line: 3}, {Wire: "junk", Line: 4}, {Wire: "new", Line: 5}}},
			{Name: "Noise", Values: []*Value{{Wire: "a"}, {Wire: "b"}}},
		},
		Models: []*Model{{Name: "Hook", Fields: []*Field{{Wire: "id", Type: "uuid4"}, {Wire: "x", Type: "string"}}}},
	}
	got, _ := Merge(old, fresh)
	assert.Equal(t, MappingComplete, got.Mapping)
	require.Len(t, got.Enums, 2)
	require.Len(t, got.Enums[0].Values, 3)
	assert.Equal(t, "a heading, not a value", got.Enums[0].Values[1].Notes().Ignore)
	assert.Equal(t, "prose the extractor read as a list", got.Enums[1].Ignore)
	assert.Equal(t, "string", got.Models[0].Fields[0].GoType, "go_type is kept")
	assert.Equal(t, "uuid4", got.Models[0].Fields[0].Type, "type is the document's")
	assert.Equal(t, "not sent", got.Models[0].Fields[1].Ignore)

	data, err := Marshal(got)
	require.NoError(t, err)
	back, errs := Load("acme.yaml", data)
	require.False(t, errs.HasErrors(), "%v", errs)
	assert.Equal(t, "a heading, not a value", back.Enums[0].Values[1].Notes().Ignore, "the keys round-trip")
	assert.Equal(t, "string", back.Models[0].Fields[0].GoType)

	active := back.Active()
	require.Len(t, active.Enums, 1, "an ignored enum is not generated")
	assert.Equal(t, []string{"busy", "new"}, active.Enums[0].wires())
	require.Len(t, active.Models[0].Fields, 1)
	assert.Len(t, back.Enums, 2, "Active does not change the spec")
}
