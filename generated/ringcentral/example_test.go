package ringcentral_test

import (
	"encoding/json"
	"fmt"

	"github.com/docenum/docenum/generated/ringcentral"
)

// RingCentral splits a call's status into a code and, for Disconnected, a
// reason; both decode into their own generated types.
func Example() {
	var status struct {
		Code   ringcentral.CallStatusInfoCode   `json:"code"`
		Reason ringcentral.CallStatusInfoReason `json:"reason"`
	}
	body := `{"code": "Disconnected", "reason": "TargetBusy"}`
	if err := json.Unmarshal([]byte(body), &status); err != nil {
		fmt.Println(err)
		return
	}
	if status.Code == ringcentral.CodeDisconnected && status.Reason == ringcentral.ReasonTargetBusy {
		fmt.Println("the callee was busy")
	}
	out, _ := json.Marshal(status)
	fmt.Println(string(out))
	// Output:
	// the callee was busy
	// {"code":"Disconnected","reason":"TargetBusy"}
}
