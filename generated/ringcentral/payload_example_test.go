package ringcentral_test

import (
	"encoding/json"
	"fmt"

	"github.com/docenum/docenum/generated/ringcentral"
)

// A party's status decodes into typed fields; Status combines its code and
// reason into the canonical outcome.
func ExampleCallStatusInfo() {
	body := []byte(`{"code": "Disconnected", "reason": "TargetBusy", "description": "Callee is busy",
		"peerId": {"sessionId": "4503991004", "partyId": "p-a0d7b54c6f2c8z18a8e1f3d5b1c9000-2"}}`)
	var info ringcentral.CallStatusInfo
	if err := json.Unmarshal(body, &info); err != nil {
		fmt.Println(err)
		return
	}
	st := info.Status()
	fmt.Println(info.Code, info.Reason)
	fmt.Printf("phase %s, outcome %s, Q.850 %d\n", st.Phase, st.Outcome, st.Q850())
	// Output:
	// Disconnected TargetBusy
	// phase ended, outcome busy, Q.850 17
}

// CallStatusInfo does not say whether the party was answered, so a bare
// Disconnected stays unsettled until the caller says.
func ExampleCallStatusInfo_Status() {
	var info ringcentral.CallStatusInfo
	if err := json.Unmarshal([]byte(`{"code": "Disconnected"}`), &info); err != nil {
		fmt.Println(err)
		return
	}
	st := info.Status()
	fmt.Printf("needs answer %v, outcome %q\n", st.NeedsAnswer, st.Outcome)
	answeredEarlier := true // seen in an earlier event of the session
	fmt.Printf("settled: %s\n", st.Settle(answeredEarlier).Outcome)
	// Output:
	// needs answer true, outcome ""
	// settled: completed
}
