package extract_test

import (
	"fmt"

	"github.com/docenum/docenum/generator/extract"
)

func ExampleExtract() {
	doc := []byte(`# Call statuses

The status of a call.

| Status | Description |
|--------|-------------|
| ` + "`busy`" + ` | The callee was busy. |
| ` + "`no-answer`" + ` | Nobody answered. |
|  | A row that lost its value. |
`)
	r := extract.Extract("docs/calls.md", doc, extract.Options{})
	for _, e := range r.Enums {
		fmt.Printf("%s (line %d): %s\n", e.Name, e.Line, e.Description)
		for _, v := range e.Values {
			fmt.Printf("  %s (line %d): %s\n", v.Wire, v.Line, v.Description)
		}
	}
	for _, d := range r.Diags {
		fmt.Println(d)
	}
	// Output:
	// CallStatus (line 1): The status of a call.
	//   busy (line 7): The callee was busy.
	//   no-answer (line 8): Nobody answered.
	// docs/calls.md:9: warning: table row has no value; skipped: "A row that lost its value."
}
