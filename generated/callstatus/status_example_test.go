package callstatus_test

import (
	"fmt"

	"github.com/docenum/docenum/generated/callstatus"
)

// Combine and Settle are the two rules every resolver is made of. Here a
// state that only says the call ended meets a detail that says who ended
// it, and the answer rule decides the outcome.
func ExampleStatus_Combine() {
	state := callstatus.Status{Vendor: "acme", Raw: "ended", Phase: callstatus.PhaseEnded, NeedsAnswer: true, Confidence: callstatus.ConfidenceHigh}
	detail := callstatus.Status{Vendor: "acme", Raw: "caller-hangup", Phase: callstatus.PhaseEnded, EndedBy: callstatus.EndedByCaller,
		NeedsAnswer: true, Confidence: callstatus.ConfidenceMedium}

	s := state.Combine(detail)
	fmt.Println(s.Raw, s.Detail, s.EndedBy, s.Confidence, s.NeedsAnswer)
	fmt.Println(s.Settle(true).Outcome, s.Settle(false).Outcome)
	// Output:
	// ended caller-hangup caller medium true
	// completed canceled
}
