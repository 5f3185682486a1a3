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

// The model reserves the names the mapping code declares, so a spec that
// takes one fails there, at its line, before anything is emitted.
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
			"specs/acme.yaml:7:9: constant CallStatusFor (wire \"for\") collides with function CallStatusFor of enum CallStatus",
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
			"specs/acme.yaml:4:15: column canonical becomes method Canonical, which collides with the method Canonical that every enum has",
		},
	}
	for _, tt := range tests {
		v, errs := spec.Load("specs/acme.yaml", []byte(tt.yaml))
		require.False(t, errs.HasErrors(), "%v", errs)
		_, errs = model.Build([]*spec.File{loadSpec(t, canonicalSpec), v}, model.Options{})
		assert.Contains(t, errs.Error(), tt.want, tt.name)
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
