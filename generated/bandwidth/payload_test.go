package bandwidth_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/docenum/docenum/generated/bandwidth"
	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/testkit/payloadtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// at parses a timestamp of the samples.
func at(t *testing.T, s string) time.Time {
	t.Helper()
	ts, err := time.Parse(time.RFC3339Nano, s)
	require.NoError(t, err)
	return ts
}

// TestDisconnectCallbackSamples decodes each sample of
// testdata/payloads/bandwidth, checks every field and the canonical status,
// and re-encodes it.
func TestDisconnectCallbackSamples(t *testing.T) {
	const callURL = "https://voice.bandwidth.com/api/v2/accounts/9900000/calls/"
	tests := []struct {
		name    string
		want    bandwidth.DisconnectCallback
		outcome callstatus.Outcome
		endedBy callstatus.EndedBy
		known   bool
	}{
		{
			name: "disconnect_busy",
			want: bandwidth.DisconnectCallback{
				EventType:     bandwidth.EventDisconnect,
				EventTime:     at(t, "2024-05-01T14:02:11.428Z"),
				AccountID:     "9900000",
				ApplicationID: "04e88489-df02-4e34-a0ee-27a91849555f",
				From:          "+19195551234",
				To:            "+19195554321",
				CallID:        "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85",
				Direction:     bandwidth.DirectionOutbound,
				CallURL:       callURL + "c-15ac29a2-1331029c-2cb0-4a07-b215-b22865662d85",
				EnqueuedTime:  at(t, "2024-05-01T14:01:58.031Z"),
				StartTime:     at(t, "2024-05-01T14:01:58.119Z"),
				EndTime:       at(t, "2024-05-01T14:02:11.420Z"),
				Cause:         bandwidth.CauseBusy,
				ErrorMessage:  "Callee is busy",
				ErrorID:       "4642074b-7b58-478b-96e4-3a60955c6765",
				Tag:           "campaign-42",
			},
			outcome: callstatus.OutcomeBusy, endedBy: callstatus.EndedByCallee, known: true,
		},
		{
			// hangup only says the call ended: answerTime settles it.
			name: "disconnect_hangup_answered",
			want: bandwidth.DisconnectCallback{
				EventType:     bandwidth.EventDisconnect,
				EventTime:     at(t, "2024-05-01T15:10:42.881Z"),
				AccountID:     "9900000",
				ApplicationID: "04e88489-df02-4e34-a0ee-27a91849555f",
				From:          "+19195554321",
				To:            "+19195551234",
				CallID:        "c-d45a41e5-bcafb2b1-4a04-4a3b-9c65-4d0bf5de7e81",
				Direction:     bandwidth.DirectionInbound,
				CallURL:       callURL + "c-d45a41e5-bcafb2b1-4a04-4a3b-9c65-4d0bf5de7e81",
				StartTime:     at(t, "2024-05-01T15:08:01.003Z"),
				AnswerTime:    at(t, "2024-05-01T15:08:04.517Z"),
				EndTime:       at(t, "2024-05-01T15:10:42.874Z"),
				Cause:         bandwidth.CauseHangup,
			},
			outcome: callstatus.OutcomeCompleted, known: true,
		},
		{
			// Values this spec does not list are kept raw and map to
			// Unknown; nulls, absent and unknown fields are ignored.
			name: "unknown_values",
			want: bandwidth.DisconnectCallback{
				EventType:     "disconnectPending",
				EventTime:     at(t, "2024-05-01T16:00:00Z"),
				AccountID:     "9900000",
				ApplicationID: "04e88489-df02-4e34-a0ee-27a91849555f",
				From:          "+19195551234",
				To:            "+19195554321",
				CallID:        "c-2a5c0ff1-88fd-4d1d-a7cd-0c0c3e13a2b9",
				Direction:     "sideways",
				StartTime:     at(t, "2024-05-01T15:59:40+02:00"),
				Cause:         "carrier-blocked",
			},
			outcome: callstatus.OutcomeUnknown,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sample := payloadtest.Read(t, "bandwidth", tt.name)
			got := payloadtest.Decode[bandwidth.DisconnectCallback](t, "bandwidth", tt.name)
			assertCallback(t, tt.want, got)

			st := got.Status()
			assert.Equal(t, tt.outcome, st.Outcome)
			assert.Equal(t, tt.endedBy, st.EndedBy)
			assert.Equal(t, tt.known, st.IsKnown())
			assert.False(t, st.NeedsAnswer, "answerTime settles every status")
			want := bandwidth.ResolveEvent(got.EventType, got.Cause, !got.AnswerTime.IsZero())
			assert.Equal(t, want.WithDirection(got.Direction.Canonical().Direction), st, "the resolver, with the payload's direction")

			payloadtest.RoundTrip(t, sample, got)
		})
	}
}

// assertCallback compares two callbacks field by field, timestamps as
// instants (a parsed offset is a location of its own).
func assertCallback(t *testing.T, want, got bandwidth.DisconnectCallback) {
	t.Helper()
	times := []struct {
		name      string
		want, got *time.Time
	}{
		{"eventTime", &want.EventTime, &got.EventTime},
		{"enqueuedTime", &want.EnqueuedTime, &got.EnqueuedTime},
		{"startTime", &want.StartTime, &got.StartTime},
		{"answerTime", &want.AnswerTime, &got.AnswerTime},
		{"endTime", &want.EndTime, &got.EndTime},
	}
	for _, ts := range times {
		assert.True(t, ts.want.Equal(*ts.got), "%s: want %v, got %v", ts.name, *ts.want, *ts.got)
		*ts.want, *ts.got = time.Time{}, time.Time{}
	}
	assert.Equal(t, want, got)
}

func TestDisconnectCallbackUnknownValuesRaw(t *testing.T) {
	got := payloadtest.Decode[bandwidth.DisconnectCallback](t, "bandwidth", "unknown_values")
	assert.False(t, got.EventType.IsKnown())
	assert.False(t, got.Cause.IsKnown())
	assert.False(t, got.Direction.IsKnown())
	assert.Equal(t, callstatus.PhaseUnknown, got.Status().Phase, "Unknown is never terminal")
}

// TestDisconnectCallbackMalformedTimestamp: the error names the field, in
// encoding/json's own error type.
func TestDisconnectCallbackMalformedTimestamp(t *testing.T) {
	var cb bandwidth.DisconnectCallback
	err := json.Unmarshal(payloadtest.Read(t, "bandwidth", "malformed_time"), &cb)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, "DisconnectCallback", te.Struct)
	assert.Equal(t, "answerTime", te.Field)
	assert.EqualError(t, err, `json: cannot unmarshal string "2024-05-01 14:01:59" into Go struct field `+
		`DisconnectCallback.answerTime of type time.Time`)
}

func TestDisconnectCallbackTypeErrors(t *testing.T) {
	tests := []struct{ body, field string }{
		{`{"cause": 17}`, "cause"},
		{`{"eventType": ["disconnect"]}`, "eventType"},
		{`{"callId": 42}`, "callId"},
		{`{"endTime": true}`, "endTime"},
	}
	for _, tt := range tests {
		var cb bandwidth.DisconnectCallback
		err := json.Unmarshal([]byte(tt.body), &cb)
		var te *json.UnmarshalTypeError
		if assert.True(t, errors.As(err, &te), "%s: %v", tt.body, err) {
			assert.Equal(t, "DisconnectCallback."+tt.field, te.Struct+"."+te.Field, tt.body)
		}
	}
}

// TestDisconnectCallbackStatusRules: the resolver's rules, seen through
// payloads.
func TestDisconnectCallbackStatusRules(t *testing.T) {
	answered := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		cb   bandwidth.DisconnectCallback
		want callstatus.Outcome
	}{
		{"busy", bandwidth.DisconnectCallback{EventType: bandwidth.EventDisconnect, Cause: bandwidth.CauseBusy}, callstatus.OutcomeBusy},
		{"timeout", bandwidth.DisconnectCallback{EventType: bandwidth.EventDisconnect, Cause: bandwidth.CauseTimeout}, callstatus.OutcomeNoAnswer},
		{"hangup answered", bandwidth.DisconnectCallback{EventType: bandwidth.EventDisconnect, Cause: bandwidth.CauseHangup, AnswerTime: answered}, callstatus.OutcomeCompleted},
		{"hangup never answered", bandwidth.DisconnectCallback{EventType: bandwidth.EventDisconnect, Cause: bandwidth.CauseHangup}, callstatus.OutcomeUnknown},
		{"cause without event type", bandwidth.DisconnectCallback{Cause: bandwidth.CauseBusy}, callstatus.OutcomeBusy},
		{"empty payload", bandwidth.DisconnectCallback{}, callstatus.OutcomeUnknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.cb.Status().Outcome, tt.name)
	}
}

func FuzzDisconnectCallback(f *testing.F) {
	payloadtest.Fuzz[bandwidth.DisconnectCallback](f, "bandwidth")
}

// A disconnect without a cause is settled by the answer time, and the
// payload's direction is kept.
func TestDisconnectWithoutCause(t *testing.T) {
	answered := bandwidth.DisconnectCallback{EventType: bandwidth.EventDisconnect, Direction: "inbound", AnswerTime: at(t, "2024-05-01T16:00:00Z")}
	st := answered.Status()
	assert.Equal(t, callstatus.OutcomeCompleted, st.Outcome)
	assert.Equal(t, callstatus.AnsweredYes, st.Answered)
	assert.Equal(t, callstatus.DirectionInbound, st.Direction, "the payload's direction wins")

	failed := bandwidth.DisconnectCallback{EventType: bandwidth.EventDisconnect, Cause: "error", AnswerTime: at(t, "2024-05-01T16:00:00Z")}
	st = failed.Status()
	assert.Equal(t, callstatus.OutcomeError, st.Outcome)
	assert.Equal(t, callstatus.AnsweredYes, st.Answered, "an error after answer")
}
