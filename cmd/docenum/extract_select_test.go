package main

import (
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// acmeOpenAPI is an OpenAPI document with three enums, one a call status.
const acmeOpenAPI = `openapi: 3.0.3
info: {title: ACME Voice, version: "1"}
paths: {}
components:
  schemas:
    call_status:
      type: string
      enum: [queued, ringing, completed]
    call_direction:
      type: string
      enum: [inbound, outbound]
    http_method:
      type: string
      enum: [GET, POST]
`

// TestExtractSelectIsRecorded: -select picks the enums, the patterns go
// into the spec, and extract -all (like -o SPEC without -select) runs the
// same selection again: a value the vendor adds to a selected enum is
// drift, an enum outside the selection stays out.
func TestExtractSelectIsRecorded(t *testing.T) {
	inTempDir(t, map[string]string{"specs/sources/acme.yaml": acmeOpenAPI})

	code, _, stderr := docenum("extract", "-vendor", "acme", "-select", "call_status", "-select", "#/components/schemas/call_d",
		"-o", "specs/acme.yaml", "specs/sources/acme.yaml")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "specs/sources/acme.yaml: 2 enums in 1 place: 2 components.schemas; 0 models")
	data := []byte(readFile(t, "specs/acme.yaml"))
	f, diags := spec.Load("specs/acme.yaml", data)
	require.Empty(t, diags)
	assert.Equal(t, []string{"call_status", "#/components/schemas/call_d"}, f.Select)
	assert.Equal(t, []string{"CallStatus: queued ringing completed", "CallDirection: inbound outbound"}, enumsOf(t, "specs/acme.yaml", data))
	assert.Contains(t, string(data), "select:\n  - call_status\n")

	// The vendor adds a status and an enum; -all keeps to the selection.
	writeText(t, "specs/sources/acme.yaml", strings.Replace(acmeOpenAPI,
		"enum: [queued, ringing, completed]", "enum: [queued, ringing, completed, failed]", 1)+
		"    call_kind:\n      type: string\n      enum: [voice, video]\n")
	code, _, stderr = docenum("extract", "-all", "-check", "-specs", "specs")
	assert.Equal(t, exitDrift, code, stderr)
	assert.Contains(t, stderr, "failed")
	assert.NotContains(t, stderr, "CallKind")
	assert.NotContains(t, stderr, "HTTPMethod")

	code, _, stderr = docenum("extract", "-all", "-specs", "specs")
	require.Equal(t, exitOK, code, stderr)
	assert.NotContains(t, stderr, "enums in", "-all prints no summaries")
	data = []byte(readFile(t, "specs/acme.yaml"))
	assert.Equal(t, []string{"CallStatus: queued ringing completed failed", "CallDirection: inbound outbound"}, enumsOf(t, "specs/acme.yaml", data))
	f, _ = spec.Load("specs/acme.yaml", data)
	assert.Equal(t, []string{"call_status", "#/components/schemas/call_d"}, f.Select, "the selection stays")

	// -o SPEC without -select re-runs it too: nothing changes.
	code, _, stderr = docenum("extract", "-o", "specs/acme.yaml")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, string(data), readFile(t, "specs/acme.yaml"))

	// A new -select replaces the recorded one.
	code, _, stderr = docenum("extract", "-select", "call_kind", "-o", "specs/acme.yaml")
	require.Equal(t, exitOK, code, stderr)
	f, _ = spec.Load("specs/acme.yaml", []byte(readFile(t, "specs/acme.yaml")))
	assert.Equal(t, []string{"call_kind"}, f.Select)
}

// TestExtractWithoutSelectTakesEverything: without -select every enum of an
// OpenAPI document goes in, and stderr says how many were found where.
func TestExtractWithoutSelectTakesEverything(t *testing.T) {
	inTempDir(t, map[string]string{"acme.yaml": acmeOpenAPI})
	code, stdout, stderr := docenum("extract", "acme.yaml")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, "acme.yaml: 3 enums in 1 place: 3 components.schemas; 0 models\n", stderr)
	assert.Equal(t, []string{"CallStatus: queued ringing completed", "CallDirection: inbound outbound", "HTTPMethod: GET POST"},
		enumsOf(t, "acme.yaml", []byte(stdout)))
	assert.NotContains(t, stdout, "select:")
}

func TestExtractSelectErrors(t *testing.T) {
	inTempDir(t, map[string]string{"acme.yaml": acmeOpenAPI})
	code, _, stderr := docenum("extract", "-select", "", "acme.yaml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "empty pattern")

	code, _, stderr = docenum("extract", "-select", "[", "acme.yaml")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "[")

	// A pattern that keeps nothing is a warning, and nothing selected is
	// an error: merging nothing would mark every value removed.
	code, _, stderr = docenum("extract", "-select", "nothing_here", "acme.yaml")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "nothing_here")
}
