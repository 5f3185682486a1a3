package callstatus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Statuses built by hand, as a vendor's Canonical would return them.
var (
	ended  = Status{Vendor: "v", Raw: "Ended", Phase: PhaseEnded, NeedsAnswer: true, Confidence: ConfidenceHigh, Text: &Text{Note: "ended"}}
	live   = Status{Vendor: "v", Raw: "Talking", Phase: PhaseConnected, Confidence: ConfidenceHigh, Text: &Text{Note: "talking"}}
	dtmf   = Status{Vendor: "v", Raw: "dtmf", None: NoneNotAStatus, Text: &Text{Note: "a digit"}}
	odd    = Status{Vendor: "v", Raw: "odd", None: NoneUnmappable, Text: &Text{Note: "undocumented"}}
	newOne = Status{Vendor: "v", Raw: "New"}
	busy   = Status{Vendor: "v", Raw: "busy", Phase: PhaseEnded, Outcome: OutcomeBusy, Answered: AnsweredNo, EndedBy: EndedByCallee,
		Confidence: ConfidenceMedium, Text: &Text{Lossy: "486 vs 600", Note: "busy here"}}
	hangup = Status{Vendor: "v", Raw: "hangup", Phase: PhaseEnded, EndedBy: EndedByCaller, NeedsAnswer: true,
		Confidence: ConfidenceLow, Text: &Text{Note: "someone hung up"}}
	none = Status{Vendor: "v", Raw: "n/a", None: NoneUnmappable, Text: &Text{Note: "no idea"}}
)

func TestCombine(t *testing.T) {
	tests := []struct {
		name          string
		state, detail Status
		want          Status
	}{
		{"absent detail changes nothing", ended, Status{Vendor: "v"}, ended},
		{"ended state takes the detail", ended, busy, Status{
			Vendor: "v", Raw: "Ended", Detail: "busy", Phase: PhaseEnded, Outcome: OutcomeBusy, Answered: AnsweredNo, EndedBy: EndedByCallee,
			Confidence: ConfidenceMedium, Text: &Text{Note: "ended"}, DetailText: &Text{Lossy: "486 vs 600", Note: "busy here"},
		}},
		{"a detail that needs the answer replaces the outcome", ended, hangup, Status{
			Vendor: "v", Raw: "Ended", Detail: "hangup", Phase: PhaseEnded, EndedBy: EndedByCaller, NeedsAnswer: true,
			Confidence: ConfidenceLow, Text: &Text{Note: "ended"}, DetailText: &Text{Note: "someone hung up"},
		}},
		{"live state ignores the detail", live, busy, Status{
			Vendor: "v", Raw: "Talking", Detail: "busy", Phase: PhaseConnected, Confidence: ConfidenceHigh, Text: &Text{Note: "talking"},
		}},
		{"not a status ignores the detail", dtmf, busy, Status{
			Vendor: "v", Raw: "dtmf", Detail: "busy", None: NoneNotAStatus, Text: &Text{Note: "a digit"},
		}},
		{"unmappable state takes the detail", odd, busy, Status{
			Vendor: "v", Raw: "odd", Detail: "busy", Phase: PhaseEnded, Outcome: OutcomeBusy, Answered: AnsweredNo, EndedBy: EndedByCallee,
			Confidence: ConfidenceMedium, Text: &Text{Note: "undocumented"}, DetailText: &Text{Lossy: "486 vs 600", Note: "busy here"},
		}},
		{"unknown state takes the detail", newOne, busy, Status{
			Vendor: "v", Raw: "New", Detail: "busy", Phase: PhaseEnded, Outcome: OutcomeBusy, Answered: AnsweredNo, EndedBy: EndedByCallee,
			Confidence: ConfidenceMedium, DetailText: &Text{Lossy: "486 vs 600", Note: "busy here"},
		}},
		{"a detail with no meaning only adds its note", ended, none, Status{
			Vendor: "v", Raw: "Ended", Detail: "n/a", Phase: PhaseEnded, NeedsAnswer: true, Confidence: ConfidenceHigh,
			Text: &Text{Note: "ended"}, DetailText: &Text{Note: "no idea"},
		}},
		{"absent state: the detail alone", Status{Vendor: "v"}, busy, Status{
			Vendor: "v", Detail: "busy", Phase: PhaseEnded, Outcome: OutcomeBusy, Answered: AnsweredNo, EndedBy: EndedByCallee,
			Confidence: ConfidenceMedium, DetailText: &Text{Lossy: "486 vs 600", Note: "busy here"},
		}},
		{"absent state keeps a detail's none", Status{}, none, Status{
			Vendor: "v", Detail: "n/a", None: NoneUnmappable, DetailText: &Text{Note: "no idea"},
		}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.state.Combine(tt.detail), tt.name)
	}
}

func TestSettle(t *testing.T) {
	tests := []struct {
		endedBy  EndedBy
		answered bool
		want     Outcome
	}{
		{EndedByCaller, true, OutcomeCompleted},
		{EndedByUnknown, true, OutcomeCompleted},
		{EndedByCaller, false, OutcomeCanceled},
		{EndedByCallee, false, OutcomeRejected},
		{EndedBySelf, false, OutcomeRejected},
		{EndedByPeer, false, OutcomeUnknown},
		{EndedByAgent, false, OutcomeUnknown},
		{EndedByCustomer, false, OutcomeUnknown},
		{EndedBySystem, false, OutcomeUnknown},
		{EndedByNetwork, false, OutcomeUnknown},
		{EndedByUnknown, false, OutcomeUnknown},
	}
	for _, tt := range tests {
		s := Status{Raw: "x", Phase: PhaseEnded, EndedBy: tt.endedBy, NeedsAnswer: true, Confidence: ConfidenceHigh}
		got := s.Settle(tt.answered)
		assert.Equal(t, tt.want, got.Outcome, "ended by %q, answered %t", tt.endedBy, tt.answered)
		assert.False(t, got.NeedsAnswer)
		assert.Equal(t, PhaseEnded, got.Phase)
	}
	assert.Equal(t, busy, busy.Settle(true), "a status that does not need the answer and says it is left alone")
	failed := Status{Raw: "error", Phase: PhaseEnded, Outcome: OutcomeFailed}
	assert.Equal(t, AnsweredYes, failed.Settle(true).Answered, "a failure after answer is told from one before it")
	assert.Equal(t, AnsweredNo, failed.Settle(false).Answered)
	assert.Equal(t, OutcomeFailed, failed.Settle(true).Outcome)
	assert.Equal(t, live, live.Settle(false))
}

// TestSettleDirection: the answer rule reads the direction for the relative
// and contact-centre roles.
func TestSettleDirection(t *testing.T) {
	tests := []struct {
		endedBy   EndedBy
		direction Direction
		want      Outcome
	}{
		{EndedBySelf, DirectionOutbound, OutcomeCanceled},
		{EndedBySelf, DirectionInbound, OutcomeRejected},
		{EndedBySelf, DirectionUnknown, OutcomeRejected},
		{EndedByAgent, DirectionOutbound, OutcomeCanceled},
		{EndedByAgent, DirectionInbound, OutcomeRejected},
		{EndedByPeer, DirectionInbound, OutcomeAbandoned},
		{EndedByPeer, DirectionOutbound, OutcomeRejected},
		{EndedByCustomer, DirectionInbound, OutcomeAbandoned},
		{EndedByCustomer, DirectionOutbound, OutcomeRejected},
		{EndedByCaller, DirectionInbound, OutcomeCanceled},
		{EndedByCallee, DirectionOutbound, OutcomeRejected},
	}
	for _, tt := range tests {
		s := Status{Raw: "x", Phase: PhaseEnded, EndedBy: tt.endedBy, Direction: tt.direction, NeedsAnswer: true}
		got := s.Settle(false)
		assert.Equal(t, tt.want, got.Outcome, "ended by %s, %s", tt.endedBy, tt.direction)
		assert.Equal(t, AnsweredNo, got.Answered)
	}
}

func TestStatusCodes(t *testing.T) {
	assert.Equal(t, 17, busy.Q850())
	assert.Equal(t, 486, busy.SIP())
	assert.Equal(t, 0, live.Q850(), "no outcome, no code")
	canceled := Status{Outcome: OutcomeCanceled}
	assert.Equal(t, 0, canceled.Q850(), "canceled has no Q.850 cause of its own")
	assert.Equal(t, 487, canceled.SIP())
}

func TestIsKnown(t *testing.T) {
	assert.True(t, busy.IsKnown())
	assert.True(t, dtmf.IsKnown(), "a value with no meaning on purpose is known")
	assert.False(t, newOne.IsKnown())
	assert.False(t, Status{}.IsKnown())
}

func TestConfidence(t *testing.T) {
	assert.True(t, ConfidenceHigh.AtLeast(ConfidenceMedium))
	assert.True(t, ConfidenceMedium.AtLeast(ConfidenceMedium))
	assert.False(t, ConfidenceLow.AtLeast(ConfidenceMedium))
	assert.False(t, ConfidenceUnknown.AtLeast(ConfidenceLow))
	assert.True(t, ConfidenceUnknown.AtLeast(ConfidenceUnknown))
	assert.Equal(t, ConfidenceLow, ConfidenceHigh.lower(ConfidenceLow))
	assert.Equal(t, ConfidenceLow, ConfidenceLow.lower(ConfidenceHigh))
	assert.Equal(t, ConfidenceMedium, ConfidenceUnknown.lower(ConfidenceMedium))
	assert.Equal(t, ConfidenceMedium, ConfidenceMedium.lower(ConfidenceUnknown))
}

func TestStatusAllocatesNothing(t *testing.T) {
	var sink Status
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = ended.Combine(busy).Settle(false) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { sink = hangup.Settle(false) }))
	_ = sink
}
