package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runExplainIn runs "docenum explain args..." from the repository root, so
// the default -specs finds the shipped specs.
func runExplainIn(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Chdir(repoRoot(t))
	var out, errOut bytes.Buffer
	code = run(append([]string{"explain"}, args...), &out, &errOut)
	return code, out.String(), errOut.String()
}

// repoRootDir is the repository root, found while the working directory is
// still this package's.
var repoRootDir, _ = filepath.Abs("../..")

func repoRoot(t *testing.T) string {
	t.Helper()
	require.NotEmpty(t, repoRootDir)
	return repoRootDir
}

func TestExplainText(t *testing.T) {
	code, out, errOut := runExplainIn(t, "kaleyraio", "BUSY_CHANNEL2")
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, `vendor:      kaleyraio
raw:         BUSY_CHANNEL2
phase:       ended
outcome:     busy
answered:    no
leg:         b
direction:   outbound
ended_by:    callee
answered_by: unknown
confidence:  high
q850:        17
sip:         486
note:        The first number answered; the second was busy.
`, out)
}

func TestExplainJSON(t *testing.T) {
	code, out, errOut := runExplainIn(t, "-json", "ringcentral", "Disconnected", "TargetBusy")
	require.Equal(t, exitOK, code, errOut)
	var got map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "ringcentral", got["vendor"])
	assert.Equal(t, []any{"Disconnected", "TargetBusy"}, got["raw"])
	assert.Equal(t, "ended", got["phase"])
	assert.Equal(t, "busy", got["outcome"])
	assert.Equal(t, "no", got["answered"])
	assert.Equal(t, "unknown", got["leg"])
	assert.Equal(t, "callee", got["ended_by"])
	assert.Equal(t, "medium", got["confidence"])
	assert.Equal(t, 17.0, got["q850"])
	assert.Equal(t, 486.0, got["sip"])
	assert.NotContains(t, got, "needs_answer")
	assert.Equal(t, 1, strings.Count(out, "\n"), "one JSON object on one line")
}

// Values that only say "ended" stay unsettled unless -answered is given.
func TestExplainAnswered(t *testing.T) {
	tests := []struct {
		args    []string
		outcome string
		needs   bool
	}{
		{[]string{"-json", "bandwidth", "disconnect", "hangup"}, "unknown", true},
		{[]string{"-json", "-answered", "bandwidth", "disconnect", "hangup"}, "completed", false},
		{[]string{"-json", "-answered=false", "ringcentral", "Disconnected", "Cancelled"}, "canceled", false},
		{[]string{"-json", "-answered=false", "kaleyraio", "INCOMING_DISCONNECTED"}, "canceled", false},
		{[]string{"-json", "-answered=false", "genesys", "disconnected", "endpoint"}, "rejected", false},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errOut := runExplainIn(t, tc.args...)
			require.Equal(t, exitOK, code, errOut)
			var got map[string]any
			require.NoError(t, json.Unmarshal([]byte(out), &got))
			assert.Equal(t, tc.outcome, got["outcome"])
			assert.Equal(t, tc.needs, got["needs_answer"] == true)
		})
	}
}

func TestExplainPicksEnum(t *testing.T) {
	code, out, _ := runExplainIn(t, "genesys", "none")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "none:        unmappable\n", "the resolver's state enum wins")

	code, out, _ = runExplainIn(t, "genesys", "RecordingState=none")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "none:        not_a_status\n")
}

func TestExplainErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"acme", "BUSY"}, exitError, `docenum explain: unknown vendor "acme" (vendors: ` + strings.Join(shippedVendors(t), ", ") + ")"},
		{[]string{"bandwidth", "hungup"}, exitError, "docenum explain: unknown bandwidth value \"hungup\"\n  EventType: answer, bridgeComplete,"},
		{[]string{"bandwidth", "hungup"}, exitError, "\n  Cause: hangup, busy, timeout,"},
		{[]string{"ringcentral", "Disconnected", "Busy"}, exitError, `unknown ringcentral CallStatusInfoReason value "Busy" (values: Pickup,`},
		{[]string{"kaleyra"}, exitUsage, "want a vendor and one or two values"},
		{[]string{"-bogus", "kaleyra", "BUSY"}, exitUsage, "flag provided but not defined: -bogus"},
		{[]string{"-specs", "nowhere", "kaleyra", "BUSY"}, exitError, "nowhere: open nowhere: no such file or directory"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errOut := runExplainIn(t, tc.args...)
			assert.Equal(t, tc.code, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.want)
		})
	}
}

// shippedVendors lists the vendors of the shipped specs, sorted: the
// specs of specs/ but the canonical one.
func shippedVendors(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(repoRootDir, "specs", "*.yaml"))
	require.NoError(t, err)
	var vendors []string
	for _, p := range paths {
		f, errs := spec.LoadFile(p)
		require.False(t, errs.HasErrors(), "%v", errs)
		if f.Kind != spec.KindCanonical {
			vendors = append(vendors, f.Vendor)
		}
	}
	require.NotEmpty(t, vendors)
	sort.Strings(vendors)
	return vendors
}

func TestExplainHelp(t *testing.T) {
	code, out, errOut := runExplainIn(t, "-h")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "usage: docenum explain")
	assert.Contains(t, errOut, "-answered")
}
