package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestProseSubject(t *testing.T) {
	for _, tc := range []struct{ text, first, want string }{
		{"The CallStatus parameter can be one of: queued, ringing", "queued", "CallStatus"},
		{"The call_status field is one of a, b or c", "a", "CallStatus"},
		{"Set event.type to one of x, y or z", "x", "EventType"},
		{"Possible values are: timeout, refused, or reset.", "timeout", ""},
		{"The status is one of BUSY, FAILED or OK", "BUSY", ""},
		{"See e.g. values like x, y or z", "x", ""},
		{"CallStatus", "missing", ""},
		{"The Status (callStatus) is one of: a, b, or c", "a", "CallStatus"},
	} {
		assert.Equal(t, tc.want, proseSubject(tc.text, tc.first), "%q", tc.text)
	}
}
