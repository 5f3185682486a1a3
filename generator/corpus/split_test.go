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
