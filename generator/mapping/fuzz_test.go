package mapping_test

import (
	"os"
	"testing"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/pipeline"
	"github.com/docenum/docenum/generator/spec"
)

// FuzzBuild feeds arbitrary vendor specs to Build next to the shipped
// canonical spec: it must report problems, never panic, and return tables
// exactly when there is no error.
func FuzzBuild(f *testing.F) {
	for _, dir := range []string{"unmapped", "none_with_dimensions", "needs_answer"} {
		if data, err := os.ReadFile("testdata/errors/" + dir + "/acme.yaml"); err == nil {
			f.Add(data)
		}
	}
	canon, errs := spec.LoadFile("../../specs/callstatus.yaml")
	if errs.HasErrors() {
		f.Fatal(errs)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		vendor, errs := spec.Load("specs/acme.yaml", data)
		if vendor == nil || errs.HasErrors() {
			return
		}
		tables, errs := mapping.Build([]*spec.File{canon, vendor})
		if (tables == nil) != errs.HasErrors() {
			t.Fatalf("tables %v with errors %v", tables != nil, errs)
		}
	})
}

// FuzzExplain: any vendor and values give a record or an error, never a
// panic.
func FuzzExplain(f *testing.F) {
	checked, errs := pipeline.CheckDir("../../specs", "")
	tables := checked.Mapping
	if errs.HasErrors() {
		f.Fatal(errs)
	}
	f.Add("ringcentral", "Disconnected", "TargetBusy")
	f.Add("genesys", "RecordingState=none", "")
	f.Add("kaleyra", "BUSY", "")
	f.Add("bandwidth", "", "=")
	f.Fuzz(func(t *testing.T, vendor, a, b string) {
		values := []string{a}
		if b != "" {
			values = append(values, b)
		}
		rec, err := tables.Explain(vendor, values...)
		if err == nil && rec.Vendor != vendor {
			t.Fatalf("record of %q for vendor %q", rec.Vendor, vendor)
		}
	})
}
