package twilio_test

import (
	"encoding/json"
	"errors"
	"net/url"
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/twilio"
	"github.com/docenum/docenum/testkit/payloadtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStatusCallbackSamples decodes each status callback sample of
// testdata/payloads/twilio, checks every field and the canonical status,
// and re-encodes it.
func TestStatusCallbackSamples(t *testing.T) {
	const account = "AC0123456789abcdef0123456789abcdef"
	tests := []struct {
		name       string
		want       twilio.StatusCallback
		phase      callstatus.Phase
		outcome    callstatus.Outcome
		endedBy    callstatus.EndedBy
		answeredBy callstatus.AnsweredBy
		known      bool
	}{
		{
			name: "status_callback_busy",
			want: twilio.StatusCallback{
				CallSid:         "CA5f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c",
				AccountSid:      account,
				From:            "+14155550100",
				To:              "+14155550199",
				CallStatus:      twilio.CallStatusBusy,
				APIVersion:      "2010-04-01",
				Direction:       twilio.DirectionOutboundAPI,
				CallbackSource:  "call-progress-events",
				Timestamp:       "Wed, 01 May 2024 14:02:11 +0000",
				SequenceNumber:  "2",
				CallDuration:    "0",
				SIPResponseCode: "486",
			},
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeBusy, endedBy: callstatus.EndedByCallee, known: true,
		},
		{
			// The status says completed; what answered is AnsweredBy's,
			// which Status() does not read: it maps on its own.
			name: "status_callback_completed_machine",
			want: twilio.StatusCallback{
				CallSid:         "CA9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b",
				AccountSid:      account,
				From:            "+14155550100",
				To:              "+14155550142",
				CallStatus:      twilio.CallStatusCompleted,
				APIVersion:      "2010-04-01",
				Direction:       twilio.DirectionOutboundDial,
				ParentCallSid:   "CA0f1e2d3c4b5a69788796a5b4c3d2e1f0",
				CallbackSource:  "call-progress-events",
				Timestamp:       "Wed, 01 May 2024 15:10:42 +0000",
				SequenceNumber:  "3",
				CallDuration:    "37",
				Duration:        "1",
				SIPResponseCode: "200",
				AnsweredBy:      twilio.AnsweredByMachineEndBeep,
			},
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeCompleted, known: true,
		},
		{
			// Values this spec does not list are kept raw and map to
			// Unknown; nulls and unknown parameters are ignored.
			name: "unknown_values",
			want: twilio.StatusCallback{
				CallSid:        "CA00000000000000000000000000000001",
				AccountSid:     account,
				CallStatus:     "on-hold",
				Direction:      "outbound-sip",
				AnsweredBy:     "robot",
				SequenceNumber: "0",
			},
			phase: callstatus.PhaseUnknown, outcome: callstatus.OutcomeUnknown,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sample := payloadtest.Read(t, "twilio", tt.name)
			got := payloadtest.Decode[twilio.StatusCallback](t, "twilio", tt.name)
			assert.Equal(t, tt.want, got)

			st := got.Status()
			assert.Equal(t, tt.phase, st.Phase)
			assert.Equal(t, tt.outcome, st.Outcome)
			assert.Equal(t, tt.endedBy, st.EndedBy)
			assert.Equal(t, tt.known, st.IsKnown())
			assert.Equal(t, twilio.ResolveCallStatus(got.CallStatus), st)

			payloadtest.RoundTrip(t, sample, got)
		})
	}
}

// TestStatusCallbackFromForm: Twilio posts the callback form-encoded; its
// parameters, one string each, decode through JSON.
func TestStatusCallbackFromForm(t *testing.T) {
	body := "CallSid=CA5f2c1d0e9b8a7f6e5d4c3b2a1f0e9d8c&AccountSid=AC0123456789abcdef0123456789abcdef" +
		"&From=%2B14155550100&To=%2B14155550199&CallStatus=no-answer&Direction=outbound-api" +
		"&ApiVersion=2010-04-01&CallbackSource=call-progress-events&SequenceNumber=1" +
		"&Timestamp=Wed%2C+01+May+2024+14%3A02%3A41+%2B0000&Called=%2B14155550199"
	form, err := url.ParseQuery(body)
	require.NoError(t, err)
	params := map[string]string{}
	for k := range form {
		params[k] = form.Get(k)
	}
	data, err := json.Marshal(params)
	require.NoError(t, err)
	var cb twilio.StatusCallback
	require.NoError(t, json.Unmarshal(data, &cb))
	assert.Equal(t, twilio.CallStatusNoAnswer, cb.CallStatus)
	assert.Equal(t, "+14155550100", cb.From)
	assert.Equal(t, "Wed, 01 May 2024 14:02:41 +0000", cb.Timestamp)
	st := cb.Status()
	assert.Equal(t, callstatus.OutcomeNoAnswer, st.Outcome)
	assert.Equal(t, callstatus.EndedBySystem, st.EndedBy)
}

// TestCallResourceSample decodes the Call resource of the document's own
// example (Create a Call, 201): RFC 2822 times stay strings.
func TestCallResourceSample(t *testing.T) {
	sample := payloadtest.Read(t, "twilio", "call_resource")
	got := payloadtest.Decode[twilio.Call](t, "twilio", "call_resource")
	assert.Equal(t, "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", got.Sid)
	assert.Equal(t, twilio.CallStatusCompleted, got.CallStatus)
	assert.Equal(t, twilio.DirectionInbound, got.Direction)
	assert.Equal(t, twilio.AnsweredBy(""), got.AnsweredBy, "null")
	assert.Equal(t, "Tue, 31 Aug 2010 20:36:29 +0000", got.StartTime)
	assert.Equal(t, "15", got.Duration)
	assert.JSONEq(t, `{
		"notifications": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Notifications.json",
		"recordings": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Recordings.json"
	}`, string(got.SubresourceUris))

	st := got.Status()
	assert.Equal(t, callstatus.PhaseEnded, st.Phase)
	assert.Equal(t, callstatus.OutcomeCompleted, st.Outcome)
	assert.True(t, st.IsKnown())
	payloadtest.RoundTrip(t, sample, got)
}

// TestCallStatusMapping: every status Twilio documents, through the
// resolver.
func TestCallStatusMapping(t *testing.T) {
	tests := []struct {
		status  twilio.CallStatus
		phase   callstatus.Phase
		outcome callstatus.Outcome
	}{
		{twilio.CallStatusQueued, callstatus.PhaseQueued, callstatus.OutcomeUnknown},
		{twilio.CallStatusInitiated, callstatus.PhaseInitiated, callstatus.OutcomeUnknown},
		{twilio.CallStatusRinging, callstatus.PhaseRinging, callstatus.OutcomeUnknown},
		{twilio.CallStatusInProgress, callstatus.PhaseConnected, callstatus.OutcomeUnknown},
		{twilio.CallStatusCompleted, callstatus.PhaseEnded, callstatus.OutcomeCompleted},
		{twilio.CallStatusBusy, callstatus.PhaseEnded, callstatus.OutcomeBusy},
		{twilio.CallStatusFailed, callstatus.PhaseEnded, callstatus.OutcomeFailed},
		{twilio.CallStatusNoAnswer, callstatus.PhaseEnded, callstatus.OutcomeNoAnswer},
		{twilio.CallStatusCanceled, callstatus.PhaseEnded, callstatus.OutcomeCanceled},
	}
	for _, tt := range tests {
		st := twilio.ResolveCallStatus(tt.status)
		assert.Equal(t, tt.phase, st.Phase, string(tt.status))
		assert.Equal(t, tt.outcome, st.Outcome, string(tt.status))
	}
}

func TestStatusCallbackTypeErrors(t *testing.T) {
	tests := []struct{ body, field string }{
		{`{"CallStatus": 3}`, "CallStatus"},
		{`{"AnsweredBy": ["human"]}`, "AnsweredBy"},
		{`{"SequenceNumber": 2}`, "SequenceNumber"},
	}
	for _, tt := range tests {
		var cb twilio.StatusCallback
		err := json.Unmarshal([]byte(tt.body), &cb)
		var te *json.UnmarshalTypeError
		if assert.True(t, errors.As(err, &te), "%s: %v", tt.body, err) {
			assert.Equal(t, "StatusCallback."+tt.field, te.Struct+"."+te.Field, tt.body)
		}
	}
}

func FuzzStatusCallback(f *testing.F) {
	payloadtest.Fuzz[twilio.StatusCallback](f, "twilio")
}
