package callstatus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every canonical enum has an explicit "" value, numbered 0: the zero value
// is a known Unknown, not an unknown value, and its wire string is "".
func TestZeroValueIsKnown(t *testing.T) {
	for _, v := range []interface {
		IsKnown() bool
		String() string
	}{Direction(0), Phase(0), Outcome(0), Answered(0), Leg(0), EndedBy(0), AnsweredBy(0)} {
		assert.True(t, v.IsKnown(), "%T", v)
		assert.Equal(t, "", v.String(), "%T", v)
	}
	assert.Equal(t, "", ConfidenceUnknown.String())
	assert.Equal(t, "", NoneUnknown.String())
}
