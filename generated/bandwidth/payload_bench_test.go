package bandwidth_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/docenum/docenum/generated/bandwidth"
	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/testkit/payloadtest"
)

// plainCallback is DisconnectCallback as one would write it by hand with
// string fields only: the baseline of the decoding benchmark.
type plainCallback struct {
	EventType     string `json:"eventType,omitempty"`
	EventTime     string `json:"eventTime,omitempty"`
	AccountID     string `json:"accountId,omitempty"`
	ApplicationID string `json:"applicationId,omitempty"`
	From          string `json:"from,omitempty"`
	To            string `json:"to,omitempty"`
	CallID        string `json:"callId,omitempty"`
	Direction     string `json:"direction,omitempty"`
	CallURL       string `json:"callUrl,omitempty"`
	EnqueuedTime  string `json:"enqueuedTime,omitempty"`
	StartTime     string `json:"startTime,omitempty"`
	AnswerTime    string `json:"answerTime,omitempty"`
	EndTime       string `json:"endTime,omitempty"`
	Cause         string `json:"cause,omitempty"`
	ErrorMessage  string `json:"errorMessage,omitempty"`
	ErrorID       string `json:"errorId,omitempty"`
	Tag           string `json:"tag,omitempty"`
}

// timedCallback has the generated struct's field types (time.Time, the
// enums) but no UnmarshalJSON of its own: what the generated decoder adds
// to name fields in errors is the difference with it.
type timedCallback struct {
	EventType     bandwidth.EventType     `json:"eventType,omitempty"`
	EventTime     time.Time               `json:"eventTime,omitzero"`
	AccountID     string                  `json:"accountId,omitempty"`
	ApplicationID string                  `json:"applicationId,omitempty"`
	From          string                  `json:"from,omitempty"`
	To            string                  `json:"to,omitempty"`
	CallID        string                  `json:"callId,omitempty"`
	Direction     bandwidth.CallDirection `json:"direction,omitempty"`
	CallURL       string                  `json:"callUrl,omitempty"`
	EnqueuedTime  time.Time               `json:"enqueuedTime,omitzero"`
	StartTime     time.Time               `json:"startTime,omitzero"`
	AnswerTime    time.Time               `json:"answerTime,omitzero"`
	EndTime       time.Time               `json:"endTime,omitzero"`
	Cause         bandwidth.Cause         `json:"cause,omitempty"`
	ErrorMessage  string                  `json:"errorMessage,omitempty"`
	ErrorID       string                  `json:"errorId,omitempty"`
	Tag           string                  `json:"tag,omitempty"`
}

// BenchmarkDecodeDisconnectCallback decodes the disconnect_busy sample
// (every field set) into the generated struct and into the two baselines.
func BenchmarkDecodeDisconnectCallback(b *testing.B) {
	body := payloadtest.Read(b, "bandwidth", "disconnect_busy")
	b.Run("generated", func(b *testing.B) { benchDecode[bandwidth.DisconnectCallback](b, body) })
	b.Run("plain-strings", func(b *testing.B) { benchDecode[plainCallback](b, body) })
	b.Run("typed-no-decoder", func(b *testing.B) { benchDecode[timedCallback](b, body) })
}

func benchDecode[T any](b *testing.B, body []byte) {
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		var v T
		if err := json.Unmarshal(body, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDisconnectCallbackStatus resolves a decoded callback.
func BenchmarkDisconnectCallbackStatus(b *testing.B) {
	cb := payloadtest.Decode[bandwidth.DisconnectCallback](b, "bandwidth", "disconnect_busy")
	b.ReportAllocs()
	for b.Loop() {
		if cb.Status().Outcome == callstatus.OutcomeUnknown {
			b.Fatal("no outcome")
		}
	}
}
