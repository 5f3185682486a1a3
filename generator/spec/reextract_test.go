package spec_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/extract"
	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reextractCase is a vendor document extracted, curated by hand, changed
// by the vendor and extracted again. Its goldens are in
// testdata/merge/<name>/: report.txt (what "docenum extract -o" prints on
// the second run: unclaimed warnings, then the drift) and spec.yaml (the
// merged spec).
type reextractCase struct {
	name   string
	seed   string             // file under specs/sources/
	curate func(f *spec.File) // hand edits after the first extraction
	edits  []edit             // the vendor's changes to the document
	check  func(*testing.T, *spec.File)
}

// edit replaces the one occurrence of old in the document.
type edit struct{ old, new string }

var reextractCases = []reextractCase{
	{
		name: "kaleyraio",
		seed: "kaleyraio.txt",
		curate: func(f *spec.File) {
			e := f.Enums[0]
			e.Prefix, e.Doc = new(string), "CallStatus is the final status of a call."
			find(e, "ANSWER").Name = "Answered"
			find(e, "BUSY").Canonical = &spec.Canonical{Phase: "ended", Outcome: "busy", EndedBy: "callee", Confidence: "high"}
			find(e, "MAXUSE").Canonical = &spec.Canonical{Phase: "ended", Outcome: "restricted", Confidence: "medium"}
			insertAfter(e, "FAILED", &spec.Value{Wire: "CHANUNAVAIL", Curation: &spec.Curation{
				Origin: spec.OriginCurated, Reason: "an operator status the article does not list"}})
		},
		edits: []edit{
			{"statuses.\n\n", "statuses.\n\nStatuses arrive in the status field of the call webhook.\n\n"},
			{"has 28 call statuses", "has 29 call statuses"},
			{"BUSYThe callee (dialled number) was busy.", "BUSYThe callee (dialled number) was busy on another call."},
			{"MAXUSEThe call was not initiated as the channel capacity reached its maximum limit.\n", ""},
			{"second dialled number was busy.\n", "second dialled number was busy.\nBUSY_CHANNEL3The third dialled number was busy.\n"},
			{"CANCELThe call was rejected by the caller.\n", "CANCELThe call was rejected by the caller.\nTRANSFER_FAILEDThe call could not be transferred.\n"},
		},
		check: func(t *testing.T, f *spec.File) {
			e := f.Enums[0]
			require.NotNil(t, e.Prefix)
			assert.Equal(t, "", *e.Prefix)
			assert.Equal(t, "CallStatus is the final status of a call.", e.Doc)
			assert.Equal(t, 29, e.Count)
			assert.Equal(t, "Answered", find(e, "ANSWER").Name)
			assert.Equal(t, "busy", find(e, "BUSY").Canonical.Outcome)
			assert.True(t, find(e, "MAXUSE").Notes().Removed)
			assert.Equal(t, "restricted", find(e, "MAXUSE").Canonical.Outcome, "a removed value keeps its curation")
			assert.Equal(t, spec.OriginCurated, find(e, "CHANUNAVAIL").Notes().Origin)
			assert.Equal(t, "FAILED", e.Values[indexOf(e, "CHANUNAVAIL")-1].Wire, "a curated value keeps its place")
		},
	},
	{
		// Two rows of the article lost their names in the copy; curators
		// named them. The vendor then fixes one row.
		name: "kaleyra",
		seed: "kaleyra.txt",
		curate: func(f *spec.File) {
			e := f.Enums[0]
			insertAfter(e, "NOANSWER_LEG2", &spec.Value{Wire: "NOANSWER_LEG1", Name: "NoAnswerLeg1",
				Description: "Outgoing Call status. When Leg1 only not answered the call",
				Curation:    &spec.Curation{Origin: spec.OriginCurated, Reason: "the row lost its name in the copy"}})
			insertAfter(e, "NOANSWER_LEG1", &spec.Value{Wire: "FAILED_LEG1",
				Description: "Outgoing Call status. When Leg1 number failed to connect",
				Curation:    &spec.Curation{Origin: spec.OriginCurated, Reason: "the row lost its name in the copy"}})
		},
		edits: []edit{
			{"\nOutgoing Call status. When Leg1 only not answered the call\n",
				"\nNOANSWER_LEG1Outgoing Call status. When Leg1 only not answered the call\n"},
			{"The following are", "Statuses are sent with every call record.\n\nThe following are"},
		},
		check: func(t *testing.T, f *spec.File) {
			e := f.Enums[0]
			adopted := find(e, "NOANSWER_LEG1")
			assert.Equal(t, "", adopted.Notes().Origin, "the document names the row now")
			assert.Equal(t, "NoAnswerLeg1", adopted.Name)
			claimed := find(e, "FAILED_LEG1")
			assert.Equal(t, spec.OriginCurated, claimed.Notes().Origin)
			assert.Equal(t, 25, claimed.Line, "the claimed row's line follows the document")
		},
	},
}

// TestReextractCaseDirs: every directory of testdata/merge is the goldens
// of a case of reextractCases, whose input is its seed; a directory
// without its case fails instead of being left unchecked.
func TestReextractCaseDirs(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("testdata", "merge"))
	require.NoError(t, err)
	cases := map[string]bool{}
	for _, tc := range reextractCases {
		cases[tc.name] = true
	}
	for _, e := range entries {
		if e.IsDir() {
			assert.True(t, cases[e.Name()], "testdata/merge/%s has no case in reextractCases (its input)", e.Name())
		}
	}
}

// TestReextract runs each case the way "docenum extract -o" does twice.
func TestReextract(t *testing.T) {
	for _, tc := range reextractCases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := os.ReadFile(filepath.Join("..", "..", "specs", "sources", tc.seed))
			require.NoError(t, err)
			path := "specs/sources/" + tc.seed

			first, _ := extractSpec(t, nil, path, doc)
			curated := reload(t, first)
			tc.curate(curated)
			curated = reload(t, curated)

			merged, report := extractSpec(t, curated, path, applyEdits(t, doc, tc.edits))
			tc.check(t, merged)
			golden.Check(t, filepath.Join("testdata", "merge", tc.name, "report.txt"), report)
			golden.Check(t, filepath.Join("testdata", "merge", tc.name, "spec.yaml"), marshal(t, merged))

			again, report := extractSpec(t, reload(t, merged), path, applyEdits(t, doc, tc.edits))
			assert.Empty(t, string(report), "a third run finds nothing new")
			assert.Equal(t, string(marshal(t, merged)), string(marshal(t, again)))
		})
	}
}

// extractSpec extracts doc, merges it into old and claims nameless rows;
// report is the unclaimed warnings and the drift, as the CLI prints them.
func extractSpec(t *testing.T, old *spec.File, path string, doc []byte) (*spec.File, []byte) {
	t.Helper()
	res := extract.Extract(path, doc, extract.Options{})
	require.False(t, res.Diags.HasErrors(), "%v", res.Diags)
	fresh := &spec.File{Vendor: "vendor", Enums: res.Enums, Models: res.Models}
	merged, drift := spec.Merge(old, fresh)
	var report bytes.Buffer
	var left diag.List
	for _, d := range res.Diags {
		if !merged.ClaimRow(d.Pos.Line, d.Msg) {
			left = append(left, d)
		}
	}
	left.Sort()
	for _, d := range left {
		report.WriteString(d.String() + "\n")
	}
	drift.Report(&report, "specs/vendor.yaml")
	return merged, report.Bytes()
}

// reload writes f and loads it back, as a curator's editor would see it.
func reload(t *testing.T, f *spec.File) *spec.File {
	t.Helper()
	return load(t, "specs/vendor.yaml", string(marshal(t, f)))
}

func applyEdits(t *testing.T, doc []byte, edits []edit) []byte {
	t.Helper()
	s := string(doc)
	for _, e := range edits {
		require.Equal(t, 1, strings.Count(s, e.old), "edit %q must match once", e.old)
		s = strings.Replace(s, e.old, e.new, 1)
	}
	return []byte(s)
}

func find(e *spec.Enum, wire string) *spec.Value {
	if i := indexOf(e, wire); i >= 0 {
		return e.Values[i]
	}
	return &spec.Value{}
}

func indexOf(e *spec.Enum, wire string) int {
	for i, v := range e.Values {
		if v.Wire == wire {
			return i
		}
	}
	return -1
}

func insertAfter(e *spec.Enum, wire string, v *spec.Value) {
	i := indexOf(e, wire) + 1
	e.Values = append(e.Values[:i], append([]*spec.Value{v}, e.Values[i:]...)...)
}
