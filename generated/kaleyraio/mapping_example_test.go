package kaleyraio_test

import (
	"fmt"

	"github.com/docenum/docenum/generated/kaleyraio"
)

// Canonical reads what a Kaleyra.io status means in the canonical model:
// BUSY_CHANNEL2 packs an outbound call, its second leg, busy, and who ended
// it into one string. A status the spec does not list keeps its raw string
// and maps to Unknown everywhere.
func ExampleCallStatus_Canonical() {
	s := kaleyraio.BusyChannel2.Canonical()
	fmt.Println(s.Vendor, s.Raw)
	fmt.Println(s.Phase, s.Outcome, s.Leg, s.Direction, s.EndedBy, s.Confidence)
	fmt.Println("Q.850", s.Q850(), "SIP", s.SIP())

	u := kaleyraio.CallStatus("SOMETHING_NEW").Canonical()
	fmt.Printf("%s known=%t phase=%q outcome=%q\n", u.Raw, u.IsKnown(), u.Phase, u.Outcome)
	// Output:
	// kaleyraio BUSY_CHANNEL2
	// ended busy b outbound callee high
	// Q.850 17 SIP 486
	// SOMETHING_NEW known=false phase="" outcome=""
}

// A status that only says the call ended is settled by whether it was
// answered.
func ExampleCallStatus_Canonical_settle() {
	s := kaleyraio.IncomingDisconnected.Canonical()
	fmt.Println(s.NeedsAnswer, s.EndedBy)
	fmt.Println(s.Settle(true).Outcome)
	fmt.Println(s.Settle(false).Outcome)
	// Output:
	// true caller
	// completed
	// canceled
}
