package extract

import (
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCollectorSkipsEnumsNoNameHolds(t *testing.T) {
	c := newCollector("x.md")
	c.addEnum(&spec.Enum{Name: "403", Line: 3, Values: []*spec.Value{{Wire: "a"}, {Wire: "b"}}}, -1, false, false)
	c.addEnum(&spec.Enum{Name: "Status", Line: 5, Values: []*spec.Value{{Wire: "busy"}}}, -1, false, false)
	assert.Len(t, c.enums, 1)
	assert.Equal(t, "Status", c.enums[0].Name)
	if assert.Len(t, c.diags, 1) {
		assert.Equal(t, `x.md:3: warning: values a, b come under "403", which names no enum; skipped`, c.diags[0].String())
	}
}

func TestCollectorDropsRowLabelsAmongConstants(t *testing.T) {
	c := newCollector("x.md")
	var values []*spec.Value
	for i, w := range []string{"Description", "NORMAL", "BUSY", "NOT_RESPONDING", "REJECTED", "Examples", "NO_CIRCUIT", "OTHER"} {
		values = append(values, &spec.Value{Wire: w, Line: i + 1})
	}
	c.addEnum(&spec.Enum{Name: "Cause", Values: values}, -1, true, false)
	require.Len(t, c.enums, 1)
	assert.Equal(t, []string{"NORMAL", "BUSY", "NOT_RESPONDING", "REJECTED", "NO_CIRCUIT", "OTHER"}, wiresOf(c.enums[0].Values))
	assert.Len(t, c.diags, 2)

	c = newCollector("x.md")
	c.addEnum(&spec.Enum{Name: "Status", Values: []*spec.Value{{Wire: "Busy"}, {Wire: "BUSY_HERE"}, {Wire: "Idle"}}}, -1, true, false)
	assert.Len(t, c.enums[0].Values, 3, "words among a few constants are values")
}
