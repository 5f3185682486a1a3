package basic_test

import (
	"encoding/json"
	"fmt"

	basic "github.com/docenum/docenum/testdata/generate/basic/want"
)

// A webhook body decodes straight into the generated type; a status the
// spec does not list yet still decodes, keeps its raw string and is not
// IsKnown.
func Example() {
	var hook struct {
		CallID string           `json:"call_id"`
		Status basic.CallStatus `json:"status"`
	}
	for _, body := range []string{
		`{"call_id": "c1", "status": "NO-ANSWER"}`,
		`{"call_id": "c2", "status": "VOICEMAIL"}`,
	} {
		if err := json.Unmarshal([]byte(body), &hook); err != nil {
			fmt.Println(err)
			return
		}
		switch hook.Status {
		case basic.CallStatusAnswered:
			fmt.Println(hook.CallID, "answered")
		case basic.CallStatusNoAnswer, basic.CallStatusBusy:
			fmt.Println(hook.CallID, "retry later:", hook.Status)
		default:
			fmt.Println(hook.CallID, "status", hook.Status, "known:", hook.Status.IsKnown())
		}
	}
	// Output:
	// c1 retry later: NO-ANSWER
	// c2 status VOICEMAIL known: false
}

// Parse is the strict variant: it reports a value the spec does not list,
// and still returns it.
func ExampleParseCallStatus() {
	s, err := basic.ParseCallStatus("BUSY")
	fmt.Println(s, err)
	s, err = basic.ParseCallStatus("VOICEMAIL")
	fmt.Println(s, err)
	// Output:
	// BUSY <nil>
	// VOICEMAIL basic: unknown CallStatus value "VOICEMAIL"
}

func ExampleCallStatusValues() {
	for _, s := range basic.CallStatusValues()[:3] {
		fmt.Println(s)
	}
	// Output:
	// ANSWERED
	// BUSY
	// NO-ANSWER
}

func ExampleOutcome_Q850() {
	for _, o := range basic.OutcomeValues() {
		if cause, ok := o.Q850(); ok {
			fmt.Println(o, cause)
		} else {
			fmt.Println(o, "none")
		}
	}
	// Output:
	// completed 16
	// busy 17
	// canceled none
}
