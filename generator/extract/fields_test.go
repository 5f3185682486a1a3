package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

func TestFieldsGolden(t *testing.T) {
	runGoldenCases(t, "fields", func(file string, lines []Line) (*spec.File, diag.List) {
		models, enums, diags, ok := parseFields(file, lines)
		assert.True(t, ok, "no model table found")
		return &spec.File{Enums: enums, Models: models}, diags
	})
}
