package genesys_test

import (
	"encoding/json"
	"fmt"

	"github.com/docenum/docenum/generated/genesys"
)

// A participant's call decodes into typed fields; Status combines its state,
// disconnectType and connectedTime into the canonical outcome. Fields this
// package has no spec for (segments, disconnectReasons) stay raw JSON.
func ExampleCall() {
	body := []byte(`{
		"state": "disconnected",
		"id": "a8cb2a75-7c66-4a6e-a5a4-3c0c7e6e2f41",
		"direction": "inbound",
		"held": false,
		"disconnectType": "transfer.consult",
		"connectedTime": "2024-05-01T09:30:05.120Z",
		"disconnectedTime": "2024-05-01T09:34:41.007Z",
		"disconnectReasons": [{"type": "q850", "code": 16}]
	}`)
	var call genesys.Call
	if err := json.Unmarshal(body, &call); err != nil {
		fmt.Println(err)
		return
	}
	st := call.Status()
	fmt.Println(call.State, call.DisconnectType, *call.Held, call.DisconnectedTime.Sub(call.ConnectedTime))
	fmt.Printf("outcome %s, ended by %s\n", st.Outcome, st.EndedBy)
	fmt.Println(string(call.DisconnectReasons))
	// Output:
	// disconnected transfer.consult false 4m35.887s
	// outcome transferred, ended by self
	// [{"type": "q850", "code": 16}]
}
