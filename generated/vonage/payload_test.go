package vonage_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/vonage"
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

// TestCallEventSamples decodes each event webhook sample of
// testdata/payloads/vonage, checks every field and the canonical status,
// and re-encodes it.
func TestCallEventSamples(t *testing.T) {
	tests := []struct {
		name    string
		want    vonage.CallEvent
		phase   callstatus.Phase
		outcome callstatus.Outcome
		endedBy callstatus.EndedBy
		known   bool
	}{
		{
			name: "event_completed",
			want: vonage.CallEvent{
				From:             "447700900000",
				To:               "447700900001",
				UUID:             "aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
				ConversationUUID: "CON-aaaaaaaa-bbbb-cccc-dddd-0123456789ab",
				CallStatus:       vonage.CallStatusCompleted,
				Direction:        vonage.DirectionOutbound,
				Timestamp:        at(t, "2024-05-01T15:10:42.881Z"),
				StartTime:        "2024-05-01T15:08:04.000Z",
				EndTime:          "2024-05-01T15:10:42.000Z",
				Duration:         "158",
				Rate:             "0.01440000",
				Price:            "0.03792000",
				Network:          "23410",
				DisconnectedBy:   "user",
			},
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeCompleted, known: true,
		},
		{
			name: "event_busy",
			want: vonage.CallEvent{
				From:             "447700900000",
				To:               "447700900002",
				UUID:             "bbbbbbbb-cccc-dddd-eeee-0123456789ab",
				ConversationUUID: "CON-bbbbbbbb-cccc-dddd-eeee-0123456789ab",
				CallStatus:       vonage.CallStatusBusy,
				Direction:        vonage.DirectionOutbound,
				Timestamp:        at(t, "2024-05-01T14:02:11.428Z"),
			},
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeBusy, endedBy: callstatus.EndedByCallee, known: true,
		},
		{
			// Values this spec does not list are kept raw and map to
			// Unknown; nulls and unknown fields are ignored.
			name: "unknown_values",
			want: vonage.CallEvent{
				From:       "447700900000",
				To:         "447700900003",
				UUID:       "cccccccc-dddd-eeee-ffff-0123456789ab",
				CallStatus: "human",
				Direction:  "sideways",
				Timestamp:  at(t, "2024-05-01T16:00:00+02:00"),
			},
			phase: callstatus.PhaseUnknown, outcome: callstatus.OutcomeUnknown,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sample := payloadtest.Read(t, "vonage", tt.name)
			got := payloadtest.Decode[vonage.CallEvent](t, "vonage", tt.name)
			assert.True(t, tt.want.Timestamp.Equal(got.Timestamp), "timestamp: %v", got.Timestamp)
			want := tt.want
			want.Timestamp, got.Timestamp = time.Time{}, time.Time{}
			assert.Equal(t, want, got)

			got = payloadtest.Decode[vonage.CallEvent](t, "vonage", tt.name)
			st := got.Status()
			assert.Equal(t, tt.phase, st.Phase)
			assert.Equal(t, tt.outcome, st.Outcome)
			assert.Equal(t, tt.endedBy, st.EndedBy)
			assert.Equal(t, tt.known, st.IsKnown())
			assert.Equal(t, vonage.ResolveCallStatus(got.CallStatus), st)

			payloadtest.RoundTrip(t, sample, got)
		})
	}
}

// TestCallResourceSample decodes a call object as Get details of a
// specific call returns it (the document's examples): nested objects
// decode into nested structs.
func TestCallResourceSample(t *testing.T) {
	sample := payloadtest.Read(t, "vonage", "call_resource")
	got := payloadtest.Decode[vonage.Call](t, "vonage", "call_resource")
	require.NotNil(t, got.Links)
	require.NotNil(t, got.Links.Self)
	assert.Equal(t, "/calls/63f61863-4a51-4f6b-86e1-46edebcf9356", got.Links.Self.Href)
	require.NotNil(t, got.To)
	assert.Equal(t, vonage.To{Type: "phone", Number: "447700900000"}, *got.To)
	require.NotNil(t, got.From)
	assert.Equal(t, "447700900001", got.From.Number)
	assert.Equal(t, vonage.CallStatusStarted, got.CallStatus)
	assert.Equal(t, "2020-01-01 12:00:00", got.StartTime)

	st := got.Status()
	assert.Equal(t, callstatus.PhaseInitiated, st.Phase)
	assert.True(t, st.IsKnown())
	payloadtest.RoundTrip(t, sample, got)
}

// TestCallEventMalformedTimestamp: the error names the field.
func TestCallEventMalformedTimestamp(t *testing.T) {
	var ev vonage.CallEvent
	err := json.Unmarshal(payloadtest.Read(t, "vonage", "malformed_time"), &ev)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, "CallEvent", te.Struct)
	assert.Equal(t, "timestamp", te.Field)
}

// TestCallStatusMapping: every status the document lists.
func TestCallStatusMapping(t *testing.T) {
	tests := []struct {
		status     vonage.CallStatus
		phase      callstatus.Phase
		outcome    callstatus.Outcome
		answeredBy callstatus.AnsweredBy
	}{
		{vonage.CallStatusStarted, callstatus.PhaseInitiated, callstatus.OutcomeUnknown, callstatus.AnsweredByUnknown},
		{vonage.CallStatusRinging, callstatus.PhaseRinging, callstatus.OutcomeUnknown, callstatus.AnsweredByUnknown},
		{vonage.CallStatusAnswered, callstatus.PhaseConnected, callstatus.OutcomeUnknown, callstatus.AnsweredByHuman},
		{vonage.CallStatusMachine, callstatus.PhaseConnected, callstatus.OutcomeUnknown, callstatus.AnsweredByMachine},
		{vonage.CallStatusCompleted, callstatus.PhaseEnded, callstatus.OutcomeCompleted, callstatus.AnsweredByUnknown},
		{vonage.CallStatusBusy, callstatus.PhaseEnded, callstatus.OutcomeBusy, callstatus.AnsweredByUnknown},
		{vonage.CallStatusCancelled, callstatus.PhaseEnded, callstatus.OutcomeCanceled, callstatus.AnsweredByUnknown},
		{vonage.CallStatusFailed, callstatus.PhaseEnded, callstatus.OutcomeFailed, callstatus.AnsweredByUnknown},
		{vonage.CallStatusRejected, callstatus.PhaseEnded, callstatus.OutcomeRejected, callstatus.AnsweredByUnknown},
		{vonage.CallStatusTimeout, callstatus.PhaseEnded, callstatus.OutcomeNoAnswer, callstatus.AnsweredByUnknown},
		{vonage.CallStatusUnanswered, callstatus.PhaseEnded, callstatus.OutcomeNoAnswer, callstatus.AnsweredByUnknown},
	}
	for _, tt := range tests {
		st := vonage.ResolveCallStatus(tt.status)
		assert.Equal(t, tt.phase, st.Phase, string(tt.status))
		assert.Equal(t, tt.outcome, st.Outcome, string(tt.status))
		assert.Equal(t, tt.answeredBy, st.AnsweredBy, string(tt.status))
	}
}

func FuzzCallEvent(f *testing.F) {
	payloadtest.Fuzz[vonage.CallEvent](f, "vonage")
}
