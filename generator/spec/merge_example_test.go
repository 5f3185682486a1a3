package spec_test

import (
	"fmt"
	"os"

	"github.com/docenum/docenum/generator/spec"
)

// A vendor rewords BUSY, drops FAILED and adds REJECTED; the curated name
// of BUSY survives and FAILED is kept, marked removed.
func ExampleMerge() {
	old, _ := spec.Load("specs/acme.yaml", []byte(`
vendor: acme
enums:
  - name: CallStatus
    values:
      - {wire: BUSY, name: Engaged, description: The callee was busy., line: 4}
      - {wire: FAILED, description: The call failed., line: 5}
`))
	fresh := &spec.File{Enums: []*spec.Enum{{Name: "CallStatus", Values: []*spec.Value{
		{Wire: "BUSY", Description: "The callee was busy on another call.", Line: 4},
		{Wire: "REJECTED", Description: "The callee rejected the call.", Line: 5},
	}}}}

	merged, drift := spec.Merge(old, fresh)
	drift.Report(os.Stdout, "specs/acme.yaml")
	for _, v := range merged.Enums[0].Values {
		fmt.Printf("%s name=%q removed=%v\n", v.Wire, v.Name, v.Notes().Removed)
	}
	// Output:
	// specs/acme.yaml: CallStatus: ~ BUSY: description changed
	// specs/acme.yaml: CallStatus: - FAILED (removed)
	// specs/acme.yaml: CallStatus: + REJECTED (line 5)
	// BUSY name="Engaged" removed=false
	// FAILED name="" removed=true
	// REJECTED name="" removed=false
}
