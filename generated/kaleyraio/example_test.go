package kaleyraio_test

import (
	"encoding/json"
	"fmt"

	"github.com/docenum/docenum/generated/kaleyraio"
)

// A callback body decodes straight into the generated type. The constants
// are real constants, so a switch reads like the vendor's table; a status
// Kaleyra.io adds later still decodes and keeps its raw string.
func Example() {
	var callback struct {
		ID     string               `json:"id"`
		Status kaleyraio.CallStatus `json:"status"`
	}
	for _, body := range []string{
		`{"id": "a1", "status": "ANSWER"}`,
		`{"id": "a2", "status": "BUSY_CHANNEL2"}`,
		`{"id": "a3", "status": "SOMETHING_NEW"}`,
	} {
		if err := json.Unmarshal([]byte(body), &callback); err != nil {
			fmt.Println(err)
			return
		}
		switch callback.Status {
		case kaleyraio.Answer:
			fmt.Println(callback.ID, "answered")
		case kaleyraio.Busy, kaleyraio.BusyChannel1, kaleyraio.BusyChannel2:
			fmt.Println(callback.ID, "busy:", callback.Status)
		default:
			fmt.Printf("%s %s (known: %t)\n", callback.ID, callback.Status, callback.Status.IsKnown())
		}
	}
	// Output:
	// a1 answered
	// a2 busy: BUSY_CHANNEL2
	// a3 SOMETHING_NEW (known: false)
}

// ParseCallStatus is the strict variant, for input that must be one of the
// documented statuses.
func ExampleParseCallStatus() {
	if _, err := kaleyraio.ParseCallStatus("MAYBE"); err != nil {
		fmt.Println(err)
	}
	s, err := kaleyraio.ParseCallStatus("NOANSWER")
	fmt.Println(s == kaleyraio.NoAnswer, err)
	// Output:
	// kaleyraio: unknown CallStatus value "MAYBE"
	// true <nil>
}

// Values lists the statuses in the order of the vendor's document.
func ExampleCallStatusValues() {
	all := kaleyraio.CallStatusValues()
	fmt.Println(len(all), all[0], all[1])
	// Output: 28 NOANSWER ANSWER
}
