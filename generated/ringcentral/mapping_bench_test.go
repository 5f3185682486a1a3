package ringcentral

import (
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
)

var sinkStatus callstatus.Status

// BenchmarkResolveCallStatus resolves every (code, reason) pair in turn,
// answered and not: 0 allocs/op with -benchmem.
func BenchmarkResolveCallStatus(b *testing.B) {
	codes, reasons := CallStatusInfoCodeValues(), CallStatusInfoReasonValues()
	for i := 0; b.Loop(); i++ {
		sinkStatus = ResolveCallStatus(codes[i%len(codes)], reasons[i%len(reasons)], i&1 == 0)
	}
}

// BenchmarkCanonical maps every reason in turn.
func BenchmarkCanonical(b *testing.B) {
	reasons := CallStatusInfoReasonValues()
	for i := 0; b.Loop(); i++ {
		sinkStatus = reasons[i%len(reasons)].Canonical()
	}
}
