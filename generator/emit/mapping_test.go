package emit_test

import (
	"testing"

	"github.com/docenum/docenum/generator/emit"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// generateVendor generates a vendor spec given as YAML with the shipped
// canonical spec, and returns the error of emit.Generate.
func generateVendor(t *testing.T, vendorYAML string) error {
	t.Helper()
	v, errs := spec.Load("specs/acme.yaml", []byte(vendorYAML))
	require.False(t, errs.HasErrors(), "%v", errs)
	files := []*spec.File{loadSpec(t, canonicalSpec), v}
	set, errs := model.Build(files, model.Options{})
	require.False(t, errs.HasErrors(), "%v", errs)
	tables, errs := mapping.Build(files)
	require.False(t, errs.HasErrors(), "%v", errs)
	_, err := emit.Generate(set, emit.Options{ImportPath: "example.com/m/generated", Mapping: tables})
	return err
}

func TestMappingNamesMustBeFree(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{
			"a constant named like the reverse function",
			`vendor: acme
enums:
  - name: CallStatus
    values:
      - wire: busy
        canonical: {phase: ended, outcome: busy, confidence: high}
      - wire: for
        canonical: {none: unmappable}
`,
			"specs/acme.yaml:7:9: the canonical mapping declares CallStatusFor, which collides with constant CallStatusFor (wire \"for\")",
		},
		{
			"a column named canonical",
			`vendor: acme
enums:
  - name: CallStatus
    columns: [{name: canonical, type: int}]
    values:
      - wire: busy
        data: {canonical: 1}
        canonical: {phase: ended, outcome: busy, confidence: high}
`,
			"specs/acme.yaml:4:15: enum CallStatus: column canonical becomes method Canonical, which the canonical mapping declares",
		},
	}
	for _, tt := range tests {
		err := generateVendor(t, tt.yaml)
		require.Error(t, err, tt.name)
		assert.Contains(t, err.Error(), tt.want, tt.name)
	}
}

func TestMappingNeedsTheVendorsRecords(t *testing.T) {
	v, errs := spec.Load("specs/acme.yaml", []byte("vendor: acme\nenums: [{name: E, values: [{wire: x, canonical: {none: unmappable}}]}]\n"))
	require.False(t, errs.HasErrors(), "%v", errs)
	canon := loadSpec(t, canonicalSpec)
	set, errs := model.Build([]*spec.File{canon, v}, model.Options{})
	require.False(t, errs.HasErrors(), "%v", errs)
	tables, errs := mapping.Build([]*spec.File{canon}) // tables without the vendor
	require.False(t, errs.HasErrors(), "%v", errs)
	_, err := emit.Generate(set, emit.Options{Mapping: tables})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "the mapping tables have no vendor acme")
}
