package callstatus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every canonical enum has an explicit "" value: the zero value is a known
// Unknown, not an unknown value.
func TestZeroValueIsKnown(t *testing.T) {
	assert.True(t, Direction("").IsKnown())
	assert.True(t, Phase("").IsKnown())
	assert.True(t, Outcome("").IsKnown())
	assert.True(t, Leg("").IsKnown())
	assert.True(t, EndedBy("").IsKnown())
	assert.True(t, AnsweredBy("").IsKnown())
}
