package ringcentral_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/ringcentral"
	"github.com/docenum/docenum/testkit/payloadtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCallStatusInfoSamples decodes each sample of
// testdata/payloads/ringcentral, checks every field and the canonical
// status, and re-encodes it.
func TestCallStatusInfoSamples(t *testing.T) {
	tests := []struct {
		name        string
		want        ringcentral.CallStatusInfo
		peer        string // the raw peerId, compared as JSON
		phase       callstatus.Phase
		outcome     callstatus.Outcome
		needsAnswer bool
	}{
		{
			name: "disconnected_busy",
			want: ringcentral.CallStatusInfo{
				Code:        ringcentral.CodeDisconnected,
				Reason:      ringcentral.ReasonTargetBusy,
				Description: "Callee is busy",
			},
			peer: `{"sessionId": "4503991004", "telephonySessionId": "s-a0d7b54c6f2c8z18a8e1f3d5b1c9000",
				"partyId": "p-a0d7b54c6f2c8z18a8e1f3d5b1c9000-2"}`,
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeBusy,
		},
		{
			// No reason, and nothing in the payload says whether the party
			// was answered: the status is left for the caller to settle.
			name:  "disconnected_bare",
			want:  ringcentral.CallStatusInfo{Code: ringcentral.CodeDisconnected},
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeUnknown, needsAnswer: true,
		},
		{
			name: "answered",
			want: ringcentral.CallStatusInfo{
				Code:        ringcentral.CodeAnswered,
				Description: "Call answered by the callee",
			},
			phase: callstatus.PhaseConnected,
		},
		{
			// Ringing and Voicemail are not in this spec's lists (SDK
			// versions differ): kept raw, mapped to Unknown.
			name: "unknown_values",
			want: ringcentral.CallStatusInfo{
				Code:        "Ringing",
				Reason:      "Voicemail",
				Description: "A status this SDK version does not know",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sample := payloadtest.Read(t, "ringcentral", tt.name)
			got := payloadtest.Decode[ringcentral.CallStatusInfo](t, "ringcentral", tt.name)
			if tt.peer == "" {
				assert.Nil(t, got.PeerID)
			} else {
				assert.JSONEq(t, tt.peer, string(got.PeerID))
			}
			got.PeerID = nil
			assert.Equal(t, tt.want, got)

			st := got.Status()
			assert.Equal(t, tt.phase, st.Phase)
			assert.Equal(t, tt.outcome, st.Outcome)
			assert.Equal(t, tt.needsAnswer, st.NeedsAnswer)
			assert.Equal(t, string(got.Code), st.Raw)

			full := payloadtest.Decode[ringcentral.CallStatusInfo](t, "ringcentral", tt.name)
			payloadtest.RoundTrip(t, sample, full)
		})
	}
}

// TestCallStatusInfoSettle: a bare Disconnected settles with what the
// caller knows, as ResolveCallStatus would.
func TestCallStatusInfoSettle(t *testing.T) {
	info := payloadtest.Decode[ringcentral.CallStatusInfo](t, "ringcentral", "disconnected_bare")
	for _, answered := range []bool{true, false} {
		assert.Equal(t, ringcentral.ResolveCallStatus(info.Code, info.Reason, answered), info.Status().Settle(answered))
	}
	assert.Equal(t, callstatus.OutcomeCompleted, info.Status().Settle(true).Outcome)
}

// TestCallStatusInfoStatusIsResolver: whenever the answer does not decide
// the outcome, Status has the resolver's outcome, and settled it is the
// resolver's status (the answer still fills in Answered).
func TestCallStatusInfoStatusIsResolver(t *testing.T) {
	for _, code := range ringcentral.CallStatusInfoCodeValues() {
		for _, reason := range append(ringcentral.CallStatusInfoReasonValues(), "", "Voicemail") {
			info := ringcentral.CallStatusInfo{Code: code, Reason: reason}
			st := info.Status()
			if st.NeedsAnswer {
				continue
			}
			for _, answered := range []bool{false, true} {
				want := ringcentral.ResolveCallStatus(code, reason, answered)
				assert.Equal(t, want, st.Settle(answered), "%s %s", code, reason)
				assert.Equal(t, want.Outcome, st.Outcome, "%s %s: the answer changes no outcome", code, reason)
			}
		}
	}
}

func TestCallStatusInfoMalformed(t *testing.T) {
	var info ringcentral.CallStatusInfo
	err := json.Unmarshal(payloadtest.Read(t, "ringcentral", "malformed"), &info)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, "CallStatusInfo", te.Struct)
	assert.Equal(t, "code", te.Field)
	assert.EqualError(t, err, "json: cannot unmarshal number 6 into Go struct field CallStatusInfo.code of type ringcentral.CallStatusInfoCode")
}

func FuzzCallStatusInfo(f *testing.F) {
	payloadtest.Fuzz[ringcentral.CallStatusInfo](f, "ringcentral")
}
