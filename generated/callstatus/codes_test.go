package callstatus

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every Q.850 cause 1-127 and every SIP final response 200-699 maps, with a
// confidence; codes outside give the zero Status.
func TestCodesCoverEverything(t *testing.T) {
	for cause := 1; cause <= 127; cause++ {
		s := FromQ850(cause)
		assert.True(t, s.IsKnown(), "cause %d", cause)
		assert.Equal(t, PhaseEnded, s.Phase, "cause %d", cause)
		assert.Equal(t, uint8(cause), s.Q850Cause)
		assert.NotEmpty(t, s.Note())
	}
	for code := 200; code <= 699; code++ {
		s := FromSIP(code)
		assert.True(t, s.IsKnown(), "SIP %d", code)
		assert.Equal(t, uint16(code), s.SIPCode)
	}
	for _, code := range []int{-1, 0, 128, 487} {
		assert.Equal(t, Status{}, FromQ850(code), "cause %d", code)
	}
	for _, code := range []int{0, 100, 180, 199, 700} {
		assert.Equal(t, Status{}, FromSIP(code), "SIP %d", code)
	}
}

func TestCodesMeaning(t *testing.T) {
	q850 := map[int]Outcome{
		1: OutcomeInvalidDestination, 17: OutcomeBusy, 18: OutcomeUnavailable, 19: OutcomeNoAnswer,
		20: OutcomeUnavailable, 21: OutcomeRejected, 26: OutcomeAnsweredElsewhere, 34: OutcomeFailed,
		52: OutcomeRestricted, 54: OutcomeRestricted, 102: OutcomeFailed, 111: OutcomeError, 127: OutcomeError,
		45: OutcomeFailed, 120: OutcomeError,
	}
	for cause, want := range q850 {
		assert.Equal(t, want, FromQ850(cause).Outcome, "cause %d", cause)
	}
	for _, cause := range []int{16, 31, 10} {
		assert.True(t, FromQ850(cause).NeedsAnswer, "cause %d only says the call ended", cause)
		assert.Equal(t, OutcomeCompleted, FromQ850(cause).Settle(true).Outcome)
	}
	assert.Equal(t, ConfidenceLow, FromQ850(120).Confidence, "a cause Q.850 does not define: its class")
	sip := map[int]Outcome{
		200: OutcomeCompleted, 302: OutcomeTransferred, 402: OutcomeLimitExceeded, 403: OutcomeRestricted,
		404: OutcomeInvalidDestination, 408: OutcomeUnavailable, 480: OutcomeUnavailable, 486: OutcomeBusy,
		487: OutcomeCanceled, 503: OutcomeFailed, 600: OutcomeBusy, 603: OutcomeRejected, 607: OutcomeRejected,
		608: OutcomeRestricted, 499: OutcomeError, 650: OutcomeBusy,
	}
	for code, want := range sip {
		assert.Equal(t, want, FromSIP(code).Outcome, "SIP %d", code)
	}
	assert.Equal(t, ConfidenceLow, FromSIP(402).Confidence, "402 is reserved")
	assert.Equal(t, AnsweredYes, FromSIP(200).Answered)
	assert.Equal(t, AnsweredNo, FromSIP(486).Answered)
}

// A raw code is kept, and explains an end the vendor's values leave open.
func TestWithCodes(t *testing.T) {
	hangup := Status{Vendor: "v", Raw: "hangup", Phase: PhaseEnded, NeedsAnswer: true, Confidence: ConfidenceHigh}
	got := hangup.WithQ850(17)
	assert.Equal(t, OutcomeBusy, got.Outcome)
	assert.False(t, got.NeedsAnswer)
	assert.Equal(t, uint8(17), got.Q850Cause)
	assert.Equal(t, ConfidenceHigh, got.Confidence)
	assert.True(t, hangup.WithQ850(16).NeedsAnswer, "normal clearing still needs the answer")

	busy := Status{Raw: "busy", Phase: PhaseEnded, Outcome: OutcomeBusy, Confidence: ConfidenceHigh}
	got = busy.WithSIP(600)
	assert.Equal(t, OutcomeBusy, got.Outcome, "the vendor's outcome wins")
	assert.Equal(t, uint16(600), got.SIPCode)
	assert.Equal(t, busy, busy.WithSIP(42), "a code that is no final response changes nothing")

	live := Status{Raw: "talking", Phase: PhaseConnected, Confidence: ConfidenceHigh}
	assert.Equal(t, PhaseConnected, live.WithQ850(17).Phase, "a live status is not ended by a stale cause")
}

func TestCodesAllocateNothing(t *testing.T) {
	s := Status{Raw: "x", Phase: PhaseEnded, NeedsAnswer: true}
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = FromQ850(17)
		_ = FromSIP(486)
		_ = s.WithQ850(19).WithSIP(480)
	}))
}
