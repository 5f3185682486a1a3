package mapping_test

import (
	"fmt"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/pipeline"
)

func ExampleTables_Explain() {
	checked, errs := pipeline.CheckDir("../../specs", "")
	tables := checked.Mapping
	if errs.HasErrors() {
		fmt.Println(errs)
		return
	}
	rec, err := tables.Explain("ringcentral", "Disconnected", "TargetBusy")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rec.Phase, rec.Outcome, rec.EndedBy, rec.Confidence, rec.Q850, rec.SIP)
	// Output: ended busy callee medium 17 486
}

func ExampleTables_Settle() {
	checked, errs := pipeline.CheckDir("../../specs", "")
	tables := checked.Mapping
	if errs.HasErrors() {
		fmt.Println(errs)
		return
	}
	hangup, _ := tables.Explain("kaleyraio", "INCOMING_DISCONNECTED")
	fmt.Println(hangup.NeedsAnswer, mapping.Show(hangup.Outcome))
	fmt.Println(tables.Settle(hangup, true).Outcome)
	fmt.Println(tables.Settle(hangup, false).Outcome)
	// Output:
	// true unknown
	// completed
	// canceled
}
