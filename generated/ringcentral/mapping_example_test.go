package ringcentral_test

import (
	"fmt"

	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/kaleyra"
	"github.com/docenum/docenum/generated/ringcentral"
)

// ResolveCallStatus reads a party's code and reason together: the reason
// says how a Disconnected party ended, and the answered flag settles a
// Disconnected party that came without a reason.
func ExampleResolveCallStatus() {
	busy := ringcentral.ResolveCallStatus(ringcentral.CodeDisconnected, ringcentral.ReasonTargetBusy, false)
	fmt.Println(busy.Raw, busy.Detail, busy.Phase, busy.Outcome, busy.EndedBy, busy.Q850(), busy.SIP())

	bare := ringcentral.ResolveCallStatus(ringcentral.CodeDisconnected, "", true)
	fmt.Println(bare.Raw, bare.Phase, bare.Outcome)

	live := ringcentral.ResolveCallStatus(ringcentral.CodeAnswered, ringcentral.ReasonTargetBusy, true)
	fmt.Printf("%s %s outcome=%q\n", live.Raw, live.Phase, live.Outcome)
	// Output:
	// Disconnected TargetBusy ended busy callee 17 486
	// Disconnected ended completed
	// Answered connected outcome=""
}

// CallStatusInfoReasonFor translates another vendor's status into the
// nearest RingCentral reasons: the reasons whose mapping has the same
// outcome, most certain first.
func ExampleCallStatusInfoReasonFor() {
	for _, s := range []kaleyra.CallStatus{kaleyra.BusyLeg2, kaleyra.NoAnswer} {
		outcome := s.Canonical().Outcome
		fmt.Println(s, "->", outcome, "->", ringcentral.CallStatusInfoReasonFor(outcome, callstatus.LegUnknown))
	}
	// Output:
	// BUSY_LEG2 -> busy -> [TargetBusy]
	// NOANSWER -> no_answer -> [Timeout NoAnswer AgentDropped]
}
