package crosscheck

import (
	"testing"

	"github.com/docenum/docenum/generated/bandwidth"
	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/genesys"
	"github.com/docenum/docenum/generated/kaleyra"
	"github.com/docenum/docenum/generated/kaleyraio"
	"github.com/docenum/docenum/generated/ringcentral"
	"github.com/stretchr/testify/assert"
)

// TestKnownEquivalences checks, through the generated code alone, that
// values different vendors spell differently mean the same outcome
// (canonical-research.md, section 5). The answered flag must not matter:
// each of these says how the call ended.
func TestKnownEquivalences(t *testing.T) {
	tests := []struct {
		name    string
		status  func(answered bool) callstatus.Status
		outcome callstatus.Outcome
	}{
		{"kaleyra BUSY", single(kaleyra.Busy), callstatus.OutcomeBusy},
		{"kaleyraio BUSY", single(kaleyraio.Busy), callstatus.OutcomeBusy},
		{"bandwidth busy", single(bandwidth.CauseBusy), callstatus.OutcomeBusy},
		{"bandwidth disconnect + busy", bandwidthEvent(bandwidth.EventDisconnect, bandwidth.CauseBusy), callstatus.OutcomeBusy},
		{"ringcentral Disconnected + TargetBusy", ringcentralStatus(ringcentral.CodeDisconnected, ringcentral.ReasonTargetBusy), callstatus.OutcomeBusy},

		{"bandwidth timeout", single(bandwidth.CauseTimeout), callstatus.OutcomeNoAnswer},
		{"ringcentral Disconnected + Timeout", ringcentralStatus(ringcentral.CodeDisconnected, ringcentral.ReasonTimeout), callstatus.OutcomeNoAnswer},
		{"kaleyraio RING_TIMEOUT", single(kaleyraio.RingTimeout), callstatus.OutcomeError},

		{"ringcentral Disconnected + BlindTransfer", ringcentralStatus(ringcentral.CodeDisconnected, ringcentral.ReasonBlindTransfer), callstatus.OutcomeTransferred},
		{"genesys disconnected + transfer.consult", genesysCall(genesys.StateDisconnected, genesys.DisconnectTransferConsult), callstatus.OutcomeTransferred},
	}
	for _, tt := range tests {
		for _, answered := range []bool{false, true} {
			got := tt.status(answered)
			assert.Equal(t, tt.outcome, got.Outcome, "%s, answered %t", tt.name, answered)
			assert.Equal(t, callstatus.PhaseEnded, got.Phase, tt.name)
			assert.True(t, got.IsKnown(), tt.name)
		}
	}
}

func single[T interface{ Canonical() callstatus.Status }](v T) func(bool) callstatus.Status {
	return func(answered bool) callstatus.Status { return v.Canonical().Settle(answered) }
}

func ringcentralStatus(code ringcentral.CallStatusInfoCode, reason ringcentral.CallStatusInfoReason) func(bool) callstatus.Status {
	return func(answered bool) callstatus.Status { return ringcentral.ResolveCallStatus(code, reason, answered) }
}

func bandwidthEvent(event bandwidth.EventType, cause bandwidth.Cause) func(bool) callstatus.Status {
	return func(answered bool) callstatus.Status { return bandwidth.ResolveEvent(event, cause, answered) }
}

func genesysCall(state genesys.State, disconnect genesys.DisconnectType) func(bool) callstatus.Status {
	return func(answered bool) callstatus.Status { return genesys.ResolveCall(state, disconnect, answered) }
}

// TestBusyChannel2 pins one value's whole meaning: Kaleyra.io says in one
// string that an outbound call ended busy on its second leg.
func TestBusyChannel2(t *testing.T) {
	got := kaleyraio.BusyChannel2.Canonical()
	assert.Equal(t, callstatus.Status{
		Vendor:     "kaleyraio",
		Raw:        "BUSY_CHANNEL2",
		Phase:      callstatus.PhaseEnded,
		Outcome:    callstatus.OutcomeBusy,
		Leg:        callstatus.LegB,
		Direction:  callstatus.DirectionOutbound,
		EndedBy:    callstatus.EndedByCallee,
		Confidence: callstatus.ConfidenceHigh,
	}, dimsAndIdentity(got))
	assert.Equal(t, 17, got.Q850())
	assert.Equal(t, 486, got.SIP())
	assert.NotEmpty(t, got.Note())
}

func dimsAndIdentity(s callstatus.Status) callstatus.Status {
	d := dims(s)
	d.Vendor, d.Raw, d.Detail, d.Confidence, d.None = s.Vendor, s.Raw, s.Detail, s.Confidence, s.None
	return d
}

// TestResolverRules walks the combination rule on RingCentral values.
func TestResolverRules(t *testing.T) {
	// A reason sent with a live party is stale: ignored, but recorded.
	live := ringcentral.ResolveCallStatus(ringcentral.CodeAnswered, ringcentral.ReasonTargetBusy, true)
	assert.Equal(t, callstatus.PhaseConnected, live.Phase)
	assert.Equal(t, callstatus.OutcomeUnknown, live.Outcome)
	assert.Equal(t, "TargetBusy", live.Detail)
	assert.Empty(t, live.DetailNote())

	// A bare Disconnected is settled by the answer rule.
	assert.Equal(t, callstatus.OutcomeCompleted, ringcentral.ResolveCallStatus(ringcentral.CodeDisconnected, "", true).Outcome)
	bare := ringcentral.ResolveCallStatus(ringcentral.CodeDisconnected, "", false)
	assert.Equal(t, callstatus.PhaseEnded, bare.Phase)
	assert.False(t, bare.NeedsAnswer)

	// A code this version does not know lets the reason decide.
	newCode := ringcentral.ResolveCallStatus("Teleported", ringcentral.ReasonTargetBusy, false)
	assert.Equal(t, callstatus.OutcomeBusy, newCode.Outcome)
	assert.Equal(t, "Teleported", newCode.Raw)

	// No code at all: the reason alone, in the Detail fields.
	alone := ringcentral.ResolveCallStatus("", ringcentral.ReasonTargetBusy, false)
	assert.Equal(t, callstatus.OutcomeBusy, alone.Outcome)
	assert.Equal(t, "", alone.Raw)
	assert.Equal(t, "TargetBusy", alone.Detail)
	assert.Equal(t, ringcentral.ReasonTargetBusy.Canonical().Note(), alone.DetailNote())
}

// TestTranslate maps a Kaleyra status to the RingCentral reasons that
// express the same outcome.
func TestTranslate(t *testing.T) {
	busy := kaleyra.BusyLeg2.Canonical()
	assert.Equal(t, []ringcentral.CallStatusInfoReason{ringcentral.ReasonTargetBusy},
		ringcentral.CallStatusInfoReasonFor(busy.Outcome, callstatus.LegUnknown))
	// RingCentral names no legs: asking for leg b still finds the reason.
	assert.Equal(t, []ringcentral.CallStatusInfoReason{ringcentral.ReasonTargetBusy},
		ringcentral.CallStatusInfoReasonFor(busy.Outcome, busy.Leg))
	// Kaleyra.io names legs: values on the leg first, then the leg-less
	// value; the other leg's value is left out.
	assert.Equal(t, []kaleyraio.CallStatus{kaleyraio.BusyChannel2, kaleyraio.Busy},
		kaleyraio.CallStatusFor(busy.Outcome, busy.Leg))
	assert.Nil(t, ringcentral.CallStatusInfoReasonFor(callstatus.OutcomeUnknown, callstatus.LegUnknown))
}

// TestZeroAllocs holds the generated mapping code to its promise.
func TestZeroAllocs(t *testing.T) {
	var sink callstatus.Status
	var reasons []ringcentral.CallStatusInfoReason
	unknown := kaleyraio.CallStatus("SOMETHING_NEW")
	for name, f := range map[string]func(){
		"Canonical":         func() { sink = kaleyraio.BusyChannel2.Canonical() },
		"Canonical unknown": func() { sink = unknown.Canonical() },
		"ResolveCallStatus": func() {
			sink = ringcentral.ResolveCallStatus(ringcentral.CodeDisconnected, ringcentral.ReasonTargetBusy, false)
		},
		"ResolveEvent": func() { sink = bandwidth.ResolveEvent(bandwidth.EventDisconnect, bandwidth.CauseBusy, true) },
		"ResolveCall":  func() { sink = genesys.ResolveCall(genesys.StateDisconnected, genesys.DisconnectTransferConsult, true) },
		"Settle":       func() { sink = ringcentral.CodeDisconnected.Canonical().Settle(false) },
		"For": func() {
			reasons = ringcentral.CallStatusInfoReasonFor(callstatus.OutcomeNoAnswer, callstatus.LegB)
		},
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
	_, _ = sink, reasons
}
