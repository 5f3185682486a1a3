package genesys_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/genesys"
	"github.com/docenum/docenum/testkit/payloadtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func at(t *testing.T, s string) time.Time {
	t.Helper()
	ts, err := time.Parse(time.RFC3339Nano, s)
	require.NoError(t, err)
	return ts
}

func ptr[T any](v T) *T { return &v }

// raw are the raw JSON fields of a Call, compared as JSON.
type raw struct{ segments, errorInfo, disconnectReasons, faxStatus string }

// TestCallSamples decodes each sample of testdata/payloads/genesys, checks
// every field and the canonical status, and re-encodes it.
func TestCallSamples(t *testing.T) {
	tests := []struct {
		name    string
		want    genesys.Call
		raw     raw
		phase   callstatus.Phase
		outcome callstatus.Outcome
		endedBy callstatus.EndedBy
	}{
		{
			name: "transfer_consult",
			want: genesys.Call{
				State:            genesys.StateDisconnected,
				ID:               "a8cb2a75-7c66-4a6e-a5a4-3c0c7e6e2f41",
				Direction:        genesys.DirectionInbound,
				Recording:        ptr(true),
				RecordingState:   genesys.RecordingActive,
				Muted:            ptr(false),
				Confined:         ptr(false),
				Held:             ptr(false),
				RecordingID:      "0f5e5e7a-3b6e-4d0f-a2b4-8d3f0a1b2c3d",
				DisconnectType:   genesys.DisconnectTransferConsult,
				ConnectedTime:    at(t, "2024-05-01T09:30:05.120Z"),
				DisconnectedTime: at(t, "2024-05-01T09:34:41.007Z"),
				Provider:         "Edge",
				ScriptID:         "9a2f0e3c-4b5d-4e6f-8a7b-1c2d3e4f5a6b",
			},
			raw: raw{
				segments: `[{"startTime": "2024-05-01T09:30:05.120Z", "endTime": "2024-05-01T09:34:41.007Z",
					"type": "Interact", "howEnded": "Transfer"}]`,
				disconnectReasons: `[{"type": "q850", "code": 16, "phrase": "Normal call clearing"}]`,
			},
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeTransferred, endedBy: callstatus.EndedBySelf,
		},
		{
			// peer only says who ended the call: connectedTime settles it.
			name: "peer_hangup",
			want: genesys.Call{
				State:            genesys.StateDisconnected,
				ID:               "5d0a7f43-2e4b-4c71-9b0e-6a1b2c3d4e5f",
				Direction:        genesys.DirectionOutbound,
				Recording:        ptr(false),
				Muted:            ptr(false),
				Confined:         ptr(false),
				Held:             ptr(false),
				DisconnectType:   genesys.DisconnectPeer,
				ConnectedTime:    at(t, "2024-05-01T10:15:00.000Z"),
				DisconnectedTime: at(t, "2024-05-01T10:21:37.250Z"),
				Provider:         "Edge",
			},
			phase: callstatus.PhaseEnded, outcome: callstatus.OutcomeCompleted, endedBy: callstatus.EndedByPeer,
		},
		{
			// Values the spec does not list are kept raw and map to
			// Unknown; null, absent and unknown fields are ignored.
			name: "unknown_values",
			want: genesys.Call{
				State:            "scheduled",
				ID:               "c3e0b1f2-9a8d-4c7b-b6a5-0f1e2d3c4b5a",
				Direction:        genesys.DirectionInbound,
				RecordingState:   "archived",
				DisconnectType:   "spam.suspected",
				DocumentID:       "doc-77",
				DisconnectedTime: at(t, "2024-05-01T11:00:00.5+01:00"),
			},
			raw: raw{faxStatus: `{"direction": "send", "expectedPages": 3, "activePage": 1}`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sample := payloadtest.Read(t, "genesys", tt.name)
			got := payloadtest.Decode[genesys.Call](t, "genesys", tt.name)
			st := got.Status()
			assert.Equal(t, tt.phase, st.Phase)
			assert.Equal(t, tt.outcome, st.Outcome)
			assert.Equal(t, tt.endedBy, st.EndedBy)
			assert.False(t, st.NeedsAnswer, "connectedTime settles every status")
			want := genesys.ResolveCall(got.State, got.DisconnectType, !got.ConnectedTime.IsZero())
			assert.Equal(t, want.WithDirection(got.Direction.Canonical().Direction), st, "the resolver, with the payload's direction")
			payloadtest.RoundTrip(t, sample, got)

			assertRaw(t, tt.raw, &got)
			assertTimes(t, &tt.want, &got)
			assert.Equal(t, tt.want, got)
		})
	}
}

// assertRaw compares the raw JSON fields and clears them.
func assertRaw(t *testing.T, want raw, got *genesys.Call) {
	t.Helper()
	fields := []struct {
		name string
		want string
		got  *json.RawMessage
	}{
		{"segments", want.segments, &got.Segments},
		{"errorInfo", want.errorInfo, &got.ErrorInfo},
		{"disconnectReasons", want.disconnectReasons, &got.DisconnectReasons},
		{"faxStatus", want.faxStatus, &got.FaxStatus},
	}
	for _, f := range fields {
		if f.want == "" {
			assert.Nil(t, *f.got, f.name)
		} else {
			assert.JSONEq(t, f.want, string(*f.got), f.name)
		}
		*f.got = nil
	}
}

// assertTimes compares the timestamps as instants and clears them.
func assertTimes(t *testing.T, want, got *genesys.Call) {
	t.Helper()
	for _, ts := range [][2]*time.Time{
		{&want.StartHoldTime, &got.StartHoldTime},
		{&want.ConnectedTime, &got.ConnectedTime},
		{&want.DisconnectedTime, &got.DisconnectedTime},
	} {
		assert.True(t, ts[0].Equal(*ts[1]), "want %v, got %v", *ts[0], *ts[1])
		*ts[0], *ts[1] = time.Time{}, time.Time{}
	}
}

func TestCallNeverConnected(t *testing.T) {
	call := genesys.Call{State: genesys.StateDisconnected, DisconnectType: genesys.DisconnectPeer}
	st := call.Status()
	assert.Equal(t, callstatus.PhaseEnded, st.Phase)
	assert.Equal(t, callstatus.OutcomeUnknown, st.Outcome, "a peer ending a call never connected says nothing of how")
}

func TestCallMalformedTimestamp(t *testing.T) {
	var call genesys.Call
	err := json.Unmarshal(payloadtest.Read(t, "genesys", "malformed_time"), &call)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, "Call", te.Struct)
	assert.Equal(t, "connectedTime", te.Field)
	assert.Equal(t, `string "1714555805120"`, te.Value)
}

// TestCallBoolTypeError: a field encoding/json decodes itself is named too.
func TestCallBoolTypeError(t *testing.T) {
	var call genesys.Call
	err := json.Unmarshal([]byte(`{"held": "no"}`), &call)
	assert.EqualError(t, err, "json: cannot unmarshal string into Go struct field Call.held of type bool")
}

func FuzzCall(f *testing.F) {
	payloadtest.Fuzz[genesys.Call](f, "genesys")
}

// Genesys payloads in upper case resolve like lower case.
func TestCallUpperCase(t *testing.T) {
	var upper, lower genesys.Call
	require.NoError(t, json.Unmarshal([]byte(`{"state":"DISCONNECTED","disconnectType":"PEER","direction":"INBOUND"}`), &upper))
	require.NoError(t, json.Unmarshal([]byte(`{"state":"disconnected","disconnectType":"peer","direction":"inbound"}`), &lower))
	assert.Equal(t, lower, upper, "upper case decodes to the constants")
	assert.Equal(t, genesys.StateDisconnected, upper.State)
	st, err := genesys.ParseDisconnectType("Transfer.NoAnswer")
	require.NoError(t, err)
	assert.Equal(t, genesys.DisconnectType("transfer.noanswer"), st)
	assert.Equal(t, callstatus.PhaseEnded, genesys.State("DISCONNECTED").Canonical().Phase)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_, _ = genesys.ParseState("DISCONNECTED")
		_ = genesys.State("Connected").Canonical()
	}))
}

// An inbound participant whose peer hung up before it answered: the caller
// abandoned the call; an outbound one: the callee declined.
func TestCallDirectionDecidesUnanswered(t *testing.T) {
	in := genesys.Call{State: genesys.StateDisconnected, DisconnectType: genesys.DisconnectPeer, Direction: genesys.DirectionInbound}
	assert.Equal(t, callstatus.OutcomeAbandoned, in.Status().Outcome)
	out := in
	out.Direction = genesys.DirectionOutbound
	assert.Equal(t, callstatus.OutcomeRejected, out.Status().Outcome)
}

// held and confined put a connected call on hold.
func TestCallHeld(t *testing.T) {
	yes := true
	for _, c := range []genesys.Call{{State: genesys.StateConnected, Held: &yes}, {State: genesys.StateConnected, Confined: &yes}} {
		assert.Equal(t, callstatus.PhaseHeld, c.Status().Phase)
	}
	live := genesys.Call{State: genesys.StateConnected}
	assert.Equal(t, callstatus.PhaseConnected, live.Status().Phase)
	ended := genesys.Call{State: genesys.StateDisconnected, Held: &yes}
	assert.Equal(t, callstatus.PhaseEnded, ended.Status().Phase, "an ended call is not held")
}
