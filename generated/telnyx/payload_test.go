package telnyx_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/telnyx"
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

// TestCallHangupSamples decodes each call.hangup webhook of
// testdata/payloads/telnyx (the event envelope, its data and payload),
// checks the fields and the canonical status, and re-encodes it.
func TestCallHangupSamples(t *testing.T) {
	tests := []struct {
		name    string
		data    telnyx.CallHangup
		payload telnyx.CallHangupPayload
		outcome callstatus.Outcome
		endedBy callstatus.EndedBy
		source  telnyx.HangupSource
		known   bool
		sip     int // the SIP code Status keeps from sip_hangup_cause
	}{
		{
			name: "call_hangup_busy",
			data: telnyx.CallHangup{
				RecordType: telnyx.CallHangupRecordEvent,
				EventType:  telnyx.CallHangupEventTypeCallHangup,
				ID:         "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0",
				OccurredAt: at(t, "2024-05-01T14:02:11.428Z"),
			},
			payload: telnyx.CallHangupPayload{
				CallControlID:  "v3:MdI91X4lWFEs7IgbBEOT9M4AigoY08M0WWZFISt1Yw2axZ_IiE4pqg",
				ConnectionID:   "7267000000000000000",
				CallLegID:      "428c31b6-7af4-4bcb-b7f5-5013ef9657c1",
				CallSessionID:  "428c31b6-abf3-3bc1-b7f4-5013ef9657c1",
				ClientState:    "aGF2ZSBhIG5pY2UgZGF5ID1d",
				From:           "+35319605860",
				To:             "+13129457420",
				StartTime:      at(t, "2024-05-01T14:01:58.119Z"),
				State:          telnyx.CallHangupPayloadStateHangup,
				Tags:           []string{"campaign-42"},
				HangupCause:    telnyx.CauseUserBusy,
				HangupSource:   telnyx.SourceCallee,
				SIPHangupCause: "486",
			},
			// hangup_cause decides (the vendor's enum wins); the SIP
			// code is kept as reported.
			outcome: callstatus.OutcomeBusy, endedBy: callstatus.EndedByCallee, source: telnyx.SourceCallee, known: true, sip: 486,
		},
		{
			name: "call_hangup_normal",
			data: telnyx.CallHangup{
				RecordType: telnyx.CallHangupRecordEvent,
				EventType:  telnyx.CallHangupEventTypeCallHangup,
				ID:         "5d1e4c3a-2b1a-4f0e-9d8c-7b6a5f4e3d2c",
				OccurredAt: at(t, "2024-05-01T15:10:42.881Z"),
			},
			payload: telnyx.CallHangupPayload{
				CallControlID:  "v3:2EC-70CTEjlUq3tDM0CxKXIt5-5N4iP4wo7_-PfH-qub97Sk4EqO5w",
				ConnectionID:   "7267000000000000000",
				CallLegID:      "b0e6224c-c81c-11f0-afbb-02420aef93a0",
				CallSessionID:  "b0e6141e-c81c-11f0-abac-02420aef93a0",
				From:           "+13125550100",
				To:             "+13125550199",
				StartTime:      at(t, "2024-05-01T15:08:01.003Z"),
				State:          telnyx.CallHangupPayloadStateHangup,
				HangupCause:    telnyx.CauseNormalClearing,
				HangupSource:   telnyx.SourceCaller,
				SIPHangupCause: "unspecified",
			},
			outcome: callstatus.OutcomeCompleted, source: telnyx.SourceCaller, known: true,
		},
		{
			// hangup_cause unspecified leaves the outcome open: the SIP
			// code explains it (FromSIP(480): Unavailable).
			name: "call_hangup_sip_only",
			data: telnyx.CallHangup{
				RecordType: telnyx.CallHangupRecordEvent,
				EventType:  telnyx.CallHangupEventTypeCallHangup,
				ID:         "3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f",
				OccurredAt: at(t, "2024-05-01T17:21:09.512Z"),
			},
			payload: telnyx.CallHangupPayload{
				CallControlID:  "v3:sip-only",
				CallLegID:      "c1d2e3f4-c81c-11f0-afbb-02420aef93a0",
				From:           "+13125550100",
				To:             "+13125550142",
				State:          telnyx.CallHangupPayloadStateHangup,
				HangupCause:    telnyx.CauseUnspecified,
				HangupSource:   telnyx.SourceUnknown,
				SIPHangupCause: "480",
			},
			outcome: callstatus.OutcomeUnavailable, source: telnyx.SourceUnknown, known: true, sip: 480,
		},
		{
			// Values this spec does not list are kept raw and map to
			// Unknown; the state still says the call ended, so the
			// status is known (Ended, outcome Unknown).
			name: "unknown_values",
			data: telnyx.CallHangup{
				RecordType: telnyx.CallHangupRecordEvent,
				EventType:  telnyx.CallHangupEventTypeCallHangup,
				ID:         "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
				OccurredAt: at(t, "2024-05-01T16:00:00+02:00"),
			},
			payload: telnyx.CallHangupPayload{
				CallControlID: "v3:unknown-values",
				State:         telnyx.CallHangupPayloadStateHangup,
				HangupCause:   "carrier_blocked",
				HangupSource:  "network",
			},
			outcome: callstatus.OutcomeUnknown, source: "network", known: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sample := payloadtest.Read(t, "telnyx", tt.name)
			ev := payloadtest.Decode[telnyx.CallHangupEvent](t, "telnyx", tt.name)
			require.NotNil(t, ev.Data)
			require.NotNil(t, ev.Data.Payload)
			data, payload := *ev.Data, *ev.Data.Payload
			assert.True(t, tt.data.OccurredAt.Equal(data.OccurredAt), "occurred_at: %v", data.OccurredAt)
			assert.True(t, tt.payload.StartTime.Equal(payload.StartTime), "start_time: %v", payload.StartTime)
			data.Payload, data.OccurredAt, tt.data.OccurredAt = nil, time.Time{}, time.Time{}
			payload.StartTime, tt.payload.StartTime = time.Time{}, time.Time{}
			payload.CallQualityStats = nil
			assert.Equal(t, tt.data, data)
			assert.Equal(t, tt.payload, payload)

			st := ev.Data.Payload.Status()
			assert.Equal(t, callstatus.PhaseEnded, st.Phase)
			assert.Equal(t, tt.outcome, st.Outcome)
			assert.Equal(t, tt.endedBy, st.EndedBy)
			assert.Equal(t, tt.known, st.IsKnown())
			assert.Equal(t, tt.sip, int(st.SIPCode))
			assert.Zero(t, st.Q850Cause)
			assert.Equal(t, telnyx.ResolveHangup(payload.State, payload.HangupCause).WithSIP(tt.sip), st)
			assert.Equal(t, tt.source, payload.HangupSource)

			payloadtest.RoundTrip(t, sample, ev)
		})
	}
}

// TestCallHangupQualityStats: nested objects decode into nested structs.
func TestCallHangupQualityStats(t *testing.T) {
	ev := payloadtest.Decode[telnyx.CallHangupEvent](t, "telnyx", "call_hangup_normal")
	stats := ev.Data.Payload.CallQualityStats
	require.NotNil(t, stats)
	require.NotNil(t, stats.Inbound)
	require.NotNil(t, stats.Outbound)
	assert.Equal(t, "4.50", stats.Inbound.Mos)
	assert.Equal(t, "591", stats.Inbound.PacketCount)
	assert.Equal(t, "0", stats.Outbound.PacketCount)
}

// TestCallHangupMalformedTimestamp: the error names the field.
func TestCallHangupMalformedTimestamp(t *testing.T) {
	var ev telnyx.CallHangupEvent
	err := json.Unmarshal(payloadtest.Read(t, "telnyx", "malformed_time"), &ev)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, "occurred_at", te.Field[len(te.Field)-len("occurred_at"):])
	assert.Contains(t, err.Error(), `"2024-05-01 14:02:11"`)
}

// TestCallHangupSIPCode: Status reads sip_hangup_cause only as a string of
// digits, keeps it, and lets it decide only when hangup_cause leaves the end
// open.
func TestCallHangupSIPCode(t *testing.T) {
	tests := []struct {
		cause   telnyx.HangupCause
		sip     string
		outcome callstatus.Outcome
		code    uint16
	}{
		{telnyx.CauseUnspecified, "486", callstatus.OutcomeBusy, 486},
		{telnyx.CauseUnspecified, "unspecified", callstatus.OutcomeUnknown, 0},
		{telnyx.CauseUnspecified, "", callstatus.OutcomeUnknown, 0},
		{telnyx.CauseUnspecified, "4860", callstatus.OutcomeUnknown, 0},
		{telnyx.CauseUnspecified, "48a", callstatus.OutcomeUnknown, 0},
		{telnyx.CauseUnspecified, "099", callstatus.OutcomeUnknown, 0}, // not a final response
		{telnyx.CauseUserBusy, "603", callstatus.OutcomeBusy, 603},     // the enum wins
		{telnyx.CauseCallRejected, "486", callstatus.OutcomeRejected, 486},
		{"carrier_blocked", "403", callstatus.FromSIP(403).Outcome, 403}, // an unlisted cause: the code explains
	}
	for _, tt := range tests {
		p := telnyx.CallHangupPayload{State: telnyx.CallHangupPayloadStateHangup, HangupCause: tt.cause, SIPHangupCause: tt.sip}
		st := p.Status()
		assert.Equal(t, tt.outcome, st.Outcome, "%s %q", tt.cause, tt.sip)
		assert.Equal(t, tt.code, st.SIPCode, "%s %q", tt.cause, tt.sip)
		assert.Equal(t, callstatus.PhaseEnded, st.Phase, "%s %q", tt.cause, tt.sip)
	}
	p := telnyx.CallHangupPayload{State: telnyx.CallHangupPayloadStateHangup, HangupCause: telnyx.CauseUnspecified, SIPHangupCause: "480"}
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = p.Status() }))
}

// TestHangupCauseMapping: every cause the document lists, with the state
// of a call.hangup and without one.
func TestHangupCauseMapping(t *testing.T) {
	tests := []struct {
		cause   telnyx.HangupCause
		outcome callstatus.Outcome
	}{
		{telnyx.CauseCallRejected, callstatus.OutcomeRejected},
		{telnyx.CauseNormalClearing, callstatus.OutcomeCompleted},
		{telnyx.CauseOriginatorCancel, callstatus.OutcomeCanceled},
		{telnyx.CauseTimeout, callstatus.OutcomeNoAnswer},
		{telnyx.CauseTimeLimit, callstatus.OutcomeTimeLimit},
		{telnyx.CauseUserBusy, callstatus.OutcomeBusy},
		{telnyx.CauseNotFound, callstatus.OutcomeInvalidDestination},
		{telnyx.CauseNoAnswer, callstatus.OutcomeNoAnswer},
		{telnyx.CauseUnspecified, callstatus.OutcomeUnknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.outcome, telnyx.ResolveHangup(telnyx.CallHangupPayloadStateHangup, tt.cause).Outcome, string(tt.cause))
		assert.Equal(t, tt.outcome, telnyx.ResolveHangup("", tt.cause).Outcome, "no state: %s", tt.cause)
	}
}

func FuzzCallHangupEvent(f *testing.F) {
	payloadtest.Fuzz[telnyx.CallHangupEvent](f, "telnyx")
}
