package main

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Comments a person wrote in a spec survive extract -o and -all, on the
// item they were written on, including a value the document drops; once
// written, a spec whose document did not change is up to date for -check.
func TestExtractKeepsComments(t *testing.T) {
	inTempDir(t, map[string]string{"specs/sources/acme.md": acmeDoc})
	const specPath, doc = "specs/acme.yaml", "specs/sources/acme.md"
	code, _, stderr := docenum("extract", "-o", specPath, doc)
	require.Equal(t, exitOK, code, stderr)
	data, err := os.ReadFile(specPath)
	require.NoError(t, err)
	commented := strings.NewReplacer(
		"vendor: acme\n", "# Acme: curated by the voice team\nvendor: acme # the package\n",
		"      - wire: BUSY\n", "      # BUSY: engaged, not rejected\n      - wire: BUSY # line on BUSY\n",
		"      - wire: FAILED\n", "      # FAILED: ask support\n      - wire: FAILED\n",
	).Replace(string(data))
	require.NotEqual(t, string(data), commented)
	require.NoError(t, os.WriteFile(specPath, []byte(commented), 0o644))

	// The document drops FAILED and adds REJECTED.
	newDoc := strings.Replace(acmeDoc, "| FAILED | The call failed. |", "| REJECTED | The callee rejected the call. |", 1)
	require.NoError(t, os.WriteFile(doc, []byte(newDoc), 0o644))
	code, _, stderr = docenum("extract", "-o", specPath)
	require.Equal(t, exitOK, code, stderr)
	assert.NotContains(t, stderr, "comments not kept")
	got, err := os.ReadFile(specPath)
	require.NoError(t, err)
	for _, want := range []string{
		"# Acme: curated by the voice team\nvendor: acme # the package\n",
		"      # BUSY: engaged, not rejected\n      - wire: BUSY # line on BUSY\n",
		"      # FAILED: ask support\n      - wire: FAILED\n        description: The call failed.\n        removed: true\n",
		"      - wire: REJECTED\n",
	} {
		assert.Contains(t, string(got), want)
	}

	code, stdout, stderr := docenum("extract", "-all", "-check", "-specs", "specs")
	assert.Equal(t, exitOK, code, "comments are no drift: %s", stderr)
	assert.Contains(t, stdout, "up to date")
	code, _, stderr = docenum("extract", "-all", "-specs", "specs")
	require.Equal(t, exitOK, code, stderr)
	again, err := os.ReadFile(specPath)
	require.NoError(t, err)
	assert.Equal(t, string(got), string(again))
}
