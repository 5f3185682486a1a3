package basic

import (
	"encoding/json"
	"testing"
)

// JSON encoding goes through MarshalText; decoding through the hand-written
// UnmarshalJSON fast path. These benchmarks show what they cost
// (go test -bench . -benchmem ./testdata/generate/basic/want) and
// TestJSONAllocs pins the allocation counts.

var (
	sinkStatus CallStatus
	sinkBytes  = make([]byte, 0, 64)
	knownJSON  = []byte(`"IVR.transfer"`)
)

func TestJSONAllocs(t *testing.T) {
	if n := testing.AllocsPerRun(1000, func() { sinkBytes, _ = CallStatusIVRTransfer.AppendText(sinkBytes[:0]) }); n != 0 {
		t.Errorf("AppendText into a buffer with room: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(1000, func() { _ = sinkStatus.UnmarshalJSON(knownJSON) }); n != 0 {
		t.Errorf("UnmarshalJSON of a known value: %v allocations, want 0", n)
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	b.ReportAllocs()
	v := struct {
		Status CallStatus `json:"status"`
	}{CallStatusIVRTransfer}
	for b.Loop() {
		sinkBytes, _ = json.Marshal(v)
	}
}

func BenchmarkUnmarshalJSONKnown(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = sinkStatus.UnmarshalJSON(knownJSON)
	}
}

func BenchmarkUnmarshalJSONUnknown(b *testing.B) {
	in := []byte(`"SOMETHING-NEW"`)
	b.ReportAllocs()
	for b.Loop() {
		_ = sinkStatus.UnmarshalJSON(in)
	}
}

func BenchmarkUnmarshalJSONEscaped(b *testing.B) {
	in := []byte(`"IVR\u002etransfer"`)
	b.ReportAllocs()
	for b.Loop() {
		_ = sinkStatus.UnmarshalJSON(in)
	}
}

func BenchmarkStructUnmarshal(b *testing.B) {
	in := []byte(`{"call_id":"c1","status":"IVR.transfer"}`)
	var hook struct {
		CallID string     `json:"call_id"`
		Status CallStatus `json:"status"`
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = json.Unmarshal(in, &hook)
	}
}

func BenchmarkParseHit(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkStatus, _ = ParseCallStatus("FAILED_LEG1")
	}
}

func BenchmarkParseMiss(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkStatus, _ = ParseCallStatus("SOMETHING-NEW")
	}
}
