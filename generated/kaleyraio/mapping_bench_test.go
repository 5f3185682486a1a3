package kaleyraio

import (
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
)

var sinkStatus callstatus.Status

// BenchmarkCanonical maps every known value in turn, then a value the spec
// does not list. Run with -benchmem: both must report 0 allocs/op.
func BenchmarkCanonical(b *testing.B) {
	vals := CallStatusValues()
	b.Run("known", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			sinkStatus = vals[i%len(vals)].Canonical()
		}
	})
	b.Run("unknown", func(b *testing.B) {
		x := CallStatus("BUSY_CHANNEL3")
		for b.Loop() {
			sinkStatus = x.Canonical()
		}
	})
}

var sinkFor []CallStatus

// BenchmarkCallStatusFor looks up the values that express an outcome on a
// leg: 0 allocs/op.
func BenchmarkCallStatusFor(b *testing.B) {
	outcomes := callstatus.OutcomeValues()
	for i := 0; b.Loop(); i++ {
		sinkFor = CallStatusFor(outcomes[i%len(outcomes)], callstatus.LegB)
	}
}
