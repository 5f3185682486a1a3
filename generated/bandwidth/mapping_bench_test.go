package bandwidth

import (
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
)

var sinkStatus callstatus.Status

// BenchmarkResolveEvent resolves every (eventType, cause) pair in turn:
// 0 allocs/op with -benchmem.
func BenchmarkResolveEvent(b *testing.B) {
	events, causes := EventTypeValues(), CauseValues()
	for i := 0; b.Loop(); i++ {
		sinkStatus = ResolveEvent(events[i%len(events)], causes[i%len(causes)], i&1 == 0)
	}
}
