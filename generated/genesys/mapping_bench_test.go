package genesys

import (
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
)

var sinkStatus callstatus.Status

// BenchmarkResolveCall resolves every (state, disconnectType) pair in
// turn: 0 allocs/op with -benchmem.
func BenchmarkResolveCall(b *testing.B) {
	states, types := StateValues(), DisconnectTypeValues()
	for i := 0; b.Loop(); i++ {
		sinkStatus = ResolveCall(states[i%len(states)], types[i%len(types)], i&1 == 0)
	}
}
