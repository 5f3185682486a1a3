package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shippedCanonical is the canonical spec of the repository.
func shippedCanonical(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "specs", "callstatus.yaml"))
	require.NoError(t, err)
	return string(data)
}

const mappedSpec = `vendor: acme
title: ACME Telecom
enums:
  - name: CallStatus
    prefix: ""
    values:
      - wire: BUSY
        canonical: {phase: ended, outcome: busy, confidence: high, note: The callee was busy.}
      - wire: DTMF
        canonical: {none: not_a_status}
`

func TestGenerateWritesTheMapping(t *testing.T) {
	root := genModule(t, map[string]string{
		"go.mod":                "module example.com/m\n\ngo 1.24\n",
		"specs/callstatus.yaml": shippedCanonical(t),
		"specs/acme.yaml":       mappedSpec,
	})
	code, stdout, stderr := generateIn(root)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "12 files") // 4 per package (doc, enums, mapping, tests), 2 READMEs, MAPPING.md, the crosscheck registry
	for _, p := range []string{"MAPPING.md", "acme/README.md", "acme/mapping_gen.go", "callstatus/mapping_gen.go", "callstatus/README.md", "internal/crosscheck/registry_gen_test.go"} {
		assert.FileExists(t, filepath.Join(root, "generated", filepath.FromSlash(p)))
	}
	gen, err := os.ReadFile(filepath.Join(root, "generated", "acme", "mapping_gen.go"))
	require.NoError(t, err)
	assert.Contains(t, string(gen), `import "example.com/m/generated/callstatus"`)
	assert.Contains(t, string(gen), "func (x CallStatus) Canonical() callstatus.Status {")

	code, stdout, _ = generateIn(root, "-check")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stdout, "up to date")
	mappingMD := filepath.Join(root, "generated", "MAPPING.md")
	cur, err := os.ReadFile(mappingMD)
	require.NoError(t, err)
	header, _, _ := strings.Cut(string(cur), "\n")
	require.NoError(t, os.WriteFile(mappingMD, []byte(header+"\nold\n"), 0o644))
	code, _, stderr = generateIn(root, "-check")
	assert.Equal(t, exitDrift, code)
	assert.Contains(t, stderr, filepath.Join(root, "generated", "MAPPING.md")+": stale")
}

// A vendor whose spec is gone loses every file docenum generated for it:
// its code, its README and its generated tests; hand-written files stay.
func TestGenerateRemovesOrphans(t *testing.T) {
	root := genModule(t, map[string]string{
		"go.mod":                "module example.com/m\n\ngo 1.24\n",
		"specs/callstatus.yaml": shippedCanonical(t),
		"specs/acme.yaml":       mappedSpec,
	})
	code, _, stderr := generateIn(root)
	require.Equal(t, exitOK, code, stderr)
	hand := filepath.Join(root, "generated", "acme", "hand_test.go")
	require.NoError(t, os.WriteFile(hand, []byte("package acme\n"), 0o644))
	require.NoError(t, os.Remove(filepath.Join(root, "specs", "acme.yaml")))
	code, _, stderr = generateIn(root)
	require.Equal(t, exitOK, code, stderr)
	entries, err := os.ReadDir(filepath.Join(root, "generated", "acme"))
	require.NoError(t, err)
	require.Len(t, entries, 1)
	assert.Equal(t, "hand_test.go", entries[0].Name())
}

func TestGenerateReportsMappingErrors(t *testing.T) {
	root := genModule(t, map[string]string{
		"go.mod":                "module example.com/m\n",
		"specs/callstatus.yaml": shippedCanonical(t),
		"specs/acme.yaml": `vendor: acme
mapping: complete
enums:
  - name: CallStatus
    values:
      - wire: BUSY
      - wire: GONE
        canonical: {outcome: busy, confidence: sure}
`,
	})
	code, _, stderr := generateIn(root)
	assert.Equal(t, exitError, code)
	assert.Equal(t, `specs/acme.yaml:6:9: CallStatus value BUSY has no canonical mapping and the spec says mapping: complete; add canonical: or canonical: {none: ...}
specs/acme.yaml:8:20: CallStatus value GONE: outcome busy needs phase: ended (an outcome only exists once the call ended), found phase unknown
specs/acme.yaml:8:20: CallStatus value GONE: unknown confidence "sure" (known: high, medium, low)
`, stderr)
	assert.NoDirExists(t, filepath.Join(root, "generated"), "nothing is written when the mapping has errors")
}

// With -no-canonical there is no model to map onto: a canonical: block is
// an error at its line, never ignored.
func TestGenerateNoCanonicalRejectsMappings(t *testing.T) {
	root := genModule(t, map[string]string{
		"go.mod":          "module example.com/m\n",
		"specs/acme.yaml": mappedSpec,
	})
	code, _, stderr := generateIn(root, "-no-canonical")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, `specs/acme.yaml:8:20: CallStatus value "BUSY": canonical: has no canonical model to map onto`)
	assert.Contains(t, stderr, `specs/acme.yaml:10:20: CallStatus value "DTMF"`)
	assert.NoDirExists(t, filepath.Join(root, "generated"))
}
