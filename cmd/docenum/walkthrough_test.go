package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// walkthroughMain is the program of README "Your own vendor": it decodes a
// webhook of the user's vendor and compares its canonical status with a
// shipped vendor's.
const walkthroughMain = `package main

//go:generate go tool docenum extract -all -specs specs
//go:generate go tool docenum generate -specs specs -out internal/enums

import (
	"encoding/json"
	"fmt"
	"log"

	"example.com/callbot/internal/enums/acmevoice"
	"github.com/docenum/docenum/generated/callstatus"
	"github.com/docenum/docenum/generated/kaleyraio"
)

const body = ` + "`" + `{"data": {"event_type": "call.hangup", "id": "0ccc7b54", "record_type": "event",
  "payload": {"hangup_cause": "user_busy", "hangup_source": "callee", "state": "hangup"}}}` + "`" + `

func main() {
	var hook acmevoice.CallHangup
	if err := json.Unmarshal([]byte(body), &hook); err != nil {
		log.Fatal(err)
	}
	var st callstatus.Status = hook.Data.Payload.HangupCause.Canonical()
	var id, recordType string = hook.Data.ID, hook.Data.RecordType
	fmt.Println(id, recordType, st.Phase, st.Outcome, st.Outcome == kaleyraio.Busy.Canonical().Outcome)
	unmapped := acmevoice.HangupCauseTimeout.Canonical()
	fmt.Println(unmapped.Outcome == callstatus.OutcomeUnknown, unmapped.Confidence == callstatus.ConfidenceUnknown)
}
`

// TestWalkthrough runs README "Your own vendor" in a scratch module: the
// module requires this checkout through a replace directive, tracks
// docenum as a tool, extracts a spec from a vendor document docenum does
// not ship, curates it (an ignored enum and value, a Go type, three mapped
// values), runs go generate (which extracts again: the curation stays)
// and builds and runs a program decoding a webhook.
func TestWalkthrough(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a scratch module with the go command")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	checkout, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	dir := t.TempDir()
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s %s:\n%s", name, strings.Join(args, " "), out)
		return string(out)
	}
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}

	// Install: a local checkout (the module cache and the checkout's
	// go.sum stand in for the module proxy, so no network is needed).
	run(goBin, "mod", "init", "example.com/callbot")
	run(goBin, "mod", "edit", "-replace", "github.com/docenum/docenum="+checkout)
	run(goBin, "mod", "edit", "-require", "github.com/docenum/docenum@v0.0.0-00010101000000-000000000000")
	sum, err := os.ReadFile(filepath.Join(checkout, "go.sum"))
	require.NoError(t, err)
	write("go.sum", sum)
	run(goBin, "get", "-tool", "github.com/docenum/docenum/cmd/docenum@v0.0.0-00010101000000-000000000000")

	// Extract: the first spec, from a document docenum does not ship.
	doc, err := os.ReadFile(filepath.Join(checkout, "testdata", "corpus", "telnyx-voice-webhook-fields", "api-details.md"))
	require.NoError(t, err)
	write("specs/sources/acmevoice.md", doc)
	run(goBin, "tool", "docenum", "extract", "-o", "specs/acmevoice.yaml", "specs/sources/acmevoice.md")

	// Curate and map a few values.
	specPath := filepath.Join(dir, "specs", "acmevoice.yaml")
	f, errs := spec.LoadFile(specPath)
	require.False(t, errs.HasErrors(), "%v", errs)
	curate(t, f)
	data, err := spec.Marshal(f)
	require.NoError(t, err)
	write("specs/acmevoice.yaml", data)

	// Generate, build, use.
	write("main.go", []byte(walkthroughMain))
	out := run(goBin, "generate", "./...")
	assert.Contains(t, out, "HangupCause: 6 of 8 values have no canonical mapping", "unmapped values are warnings")
	run(goBin, "build", "./...")
	assert.Equal(t, "0ccc7b54 event ended busy true\ntrue true\n", run(goBin, "run", "."))

	// The curation survived the extraction go generate ran.
	f, errs = spec.LoadFile(specPath)
	require.False(t, errs.HasErrors(), "%v", errs)
	assert.Equal(t, "the page lists the constant record_type as an enum", enumNamed(f, "RecordType").Ignore)
	assert.Equal(t, "prose, not a state the webhook sends", valueOf(enumNamed(f, "State"), "bridging").Notes().Ignore)
	assert.Equal(t, "string", fieldOf(f, "CallHangupData", "id").GoType)
	gen, err := os.ReadFile(filepath.Join(dir, "internal", "enums", "acmevoice", "acmevoice_gen.go"))
	require.NoError(t, err)
	assert.NotContains(t, string(gen), "RecordType", "an ignored enum is not generated")
	assert.NotContains(t, string(gen), `"bridging"`, "an ignored value is not generated")
	assert.NoDirExists(t, filepath.Join(dir, "internal", "enums", "callstatus"), "the shipped canonical package is imported")
}

// curate makes the walkthrough's hand edits to the extracted spec.
func curate(t *testing.T, f *spec.File) {
	enumNamed(f, "RecordType").Ignore = "the page lists the constant record_type as an enum"
	valueOf(enumNamed(f, "State"), "bridging").Curate().Ignore = "prose, not a state the webhook sends"
	fieldOf(f, "CallHangupData", "id").GoType = "string"
	fieldOf(f, "CallHangupData", "record_type").GoType = "string"
	causes := enumNamed(f, "HangupCause")
	valueOf(causes, "unspecified").Curate().Ignore = "a placeholder of the page"
	valueOf(causes, "user_busy").Canonical = &spec.Canonical{Phase: "ended", Outcome: "busy", Confidence: "high"}
	valueOf(causes, "no_answer").Canonical = &spec.Canonical{Phase: "ended", Outcome: "no_answer", Confidence: "high"}
	require.NotNil(t, causes)
}

func enumNamed(f *spec.File, name string) *spec.Enum {
	for _, e := range f.Enums {
		if e.Name == name {
			return e
		}
	}
	panic("no enum " + name)
}

func valueOf(e *spec.Enum, wire string) *spec.Value {
	for _, v := range e.Values {
		if v.Wire == wire {
			return v
		}
	}
	panic("no value " + wire)
}

func fieldOf(f *spec.File, model, wire string) *spec.Field {
	for _, m := range f.Models {
		if m.Name != model {
			continue
		}
		for _, fl := range m.Fields {
			if fl.Wire == wire {
				return fl
			}
		}
	}
	panic("no field " + model + "." + wire)
}
