package corpus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitAndBatches(t *testing.T) {
	score := func(heldout bool, batch, expected, hits int) Score {
		return Score{Case: Case{Key: Key{Heldout: heldout, Batch: batch}}, Expected: expected, Hits: hits}
	}
	scores := []Score{
		score(false, 0, 10, 9),
		score(true, 2, 4, 1),
		score(true, 0, 6, 3),
		score(true, 1, 2, 2),
	}
	tuning, held := Split(scores)
	assert.Equal(t, Total{Docs: 1, Expected: 10, Hits: 9}, tuning)
	assert.Equal(t, Total{Docs: 3, Expected: 12, Hits: 6}, held)

	batch, totals := Batches(scores)
	assert.Equal(t, []int{1, 2}, batch, "a key without batch: is in the first batch")
	assert.Equal(t, []Total{{Docs: 2, Expected: 8, Hits: 5}, {Docs: 1, Expected: 4, Hits: 1}}, totals)
}

func TestNameMatches(t *testing.T) {
	for _, tc := range []struct {
		key   KeyEnum
		found string
		want  bool
	}{
		{KeyEnum{Name: "hangup_cause"}, "HangupCause", true},
		{KeyEnum{Name: "data.payload.state"}, "State", true},
		{KeyEnum{Name: "agent.think.provider.type"}, "ThinkProviderType", true},
		{KeyEnum{Name: "agent.think.provider.type"}, "SpeakProviderType", false},
		{KeyEnum{Name: "Call statuses"}, "CallStatus", true},
		{KeyEnum{Name: "Call Release Reasons"}, "CallReleaseReason", true},
		{KeyEnum{Name: "causes"}, "Cause", true},
		{KeyEnum{Name: "Call Center Strategies"}, "CallCenterStrategy", true},
		{KeyEnum{Name: "status"}, "Statuses", false},
		{KeyEnum{Name: "state"}, "Status", false},
		{KeyEnum{Name: "x", Also: []string{"CallState"}}, "CallState", true},
	} {
		assert.Equal(t, tc.want, nameMatches(tc.key, tc.found), "%s vs %s", tc.key.Name, tc.found)
	}
}
