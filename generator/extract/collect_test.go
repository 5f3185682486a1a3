package extract

import (
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
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
