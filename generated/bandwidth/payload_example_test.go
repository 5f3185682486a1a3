package bandwidth_test

import (
	"encoding/json"
	"fmt"

	"github.com/docenum/docenum/generated/bandwidth"
)

// A disconnect callback decodes in one json.Unmarshal; Status gives its
// canonical outcome, whichever cause Bandwidth sent.
func ExampleDisconnectCallback() {
	body := []byte(`{
		"eventType": "disconnect",
		"callId": "c-15ac29a2-1331029c",
		"direction": "outbound",
		"startTime": "2024-05-01T14:01:58.119Z",
		"endTime": "2024-05-01T14:02:11.420Z",
		"cause": "busy",
		"errorMessage": "Callee is busy"
	}`)
	var cb bandwidth.DisconnectCallback
	if err := json.Unmarshal(body, &cb); err != nil {
		fmt.Println(err)
		return
	}
	st := cb.Status()
	fmt.Println(cb.CallID, cb.Direction, cb.EndTime.Sub(cb.StartTime))
	fmt.Printf("outcome %s, ended by %s, SIP %d\n", st.Outcome, st.EndedBy, st.SIP())
	// Output:
	// c-15ac29a2-1331029c outbound 13.301s
	// outcome busy, ended by callee, SIP 486
}

// A hangup only says that the call ended; the callback's answerTime tells a
// completed call from one that never got going.
func ExampleDisconnectCallback_Status() {
	for _, body := range []string{
		`{"eventType": "disconnect", "cause": "hangup", "answerTime": "2024-05-01T15:08:04.517Z"}`,
		`{"eventType": "disconnect", "cause": "hangup"}`,
	} {
		var cb bandwidth.DisconnectCallback
		if err := json.Unmarshal([]byte(body), &cb); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("answered %v: %q\n", !cb.AnswerTime.IsZero(), cb.Status().Outcome)
	}
	// Output:
	// answered true: "completed"
	// answered false: ""
}

// A malformed field fails with encoding/json's *json.UnmarshalTypeError,
// which names it, timestamps included.
func ExampleDisconnectCallback_UnmarshalJSON() {
	var cb bandwidth.DisconnectCallback
	err := json.Unmarshal([]byte(`{"eventType": "disconnect", "answerTime": "yesterday"}`), &cb)
	fmt.Println(err)
	// Output:
	// json: cannot unmarshal string "yesterday" into Go struct field DisconnectCallback.answerTime of type time.Time
}
