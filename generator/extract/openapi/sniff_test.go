package openapi

import (
	"fmt"
	"strings"
	"time"

	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"openapi: 3.0.3\ninfo: {}\n", true},
		{"# comment\n---\ninfo:\n  title: x\nopenapi: '3.1.0'\nservers:\n- url: x\n", true},
		{"swagger: \"2.0\"\n", true},
		{"swagger: '1.2'\n", false},
		{"openapi: 2.0\n", false},
		{`{"info": {"openapi": "3.0.0"}, "paths": {}}`, false},
		{"{\n  \"components\": {\"x\": \"\\\"openapi\\\"\"},\n  \"openapi\" : \"3.0.1\"\n}", true},
		{`{"swagger": "2.0"}`, true},
		{"\xef\xbb\xbf{\"openapi\":\"3.1.0\"}", true},
		{"# Call statuses\n\nThe API:\n\n```yaml\nopenapi: 3.0.0\n```\n", false},
		{"", false},
	} {
		assert.Equal(t, tc.want, Sniff([]byte(tc.in)), "%q", tc.in)
	}
}

func TestJSONForYAML(t *testing.T) {
	in := `{"a": "x\/y \ud83d\udcde \ud800 \\ud83d \u00e9"}`
	want := `{"a": "x/y \U0001F4DE \uFFFD \\ud83d \u00e9"}`
	assert.Equal(t, want, string(jsonForYAML([]byte(in))))
}

func TestReadErrors(t *testing.T) {
	_, err := Read("f.yaml", []byte("a: [\n"), Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "f.yaml:")
	_, err = Read("f.yaml", []byte("info: {}\n"), Options{})
	assert.EqualError(t, err, `f.yaml: not an OpenAPI 3.x or Swagger 2.0 document: no top-level openapi: 3.x or swagger: "2.0"`)
	_, err = Read("f.yaml", []byte("openapi: 3.0.0\n"), Options{Select: []string{"[a"}})
	assert.ErrorContains(t, err, `-select "[a"`)
}

// TestAliases: a YAML alias that contains itself, and a document that
// doubles its schemas through aliases at every level, end quickly.
func TestAliases(t *testing.T) {
	in := "openapi: 3.0.0\ncomponents:\n  schemas:\n    A: &a\n      type: object\n      properties:\n        self: *a\n        e: {type: string, enum: [x]}\n"
	r, err := Read("f.yaml", []byte(in), Options{})
	require.NoError(t, err)
	require.Len(t, r.Enums, 1)
	require.Len(t, r.Models, 1)
	assert.Equal(t, "A", r.Models[0].Fields[0].Type)
}

// TestAliasDoubling: 40 levels, each naming the one below twice through
// aliases, would be 2^40 schemas if walked as a tree.
func TestAliasDoubling(t *testing.T) {
	var b strings.Builder
	b.WriteString("openapi: 3.0.0\ncomponents:\n  schemas:\n    L0: &l0 {type: string, enum: [x]}\n")
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&b, "    L%d: &l%d {properties: {a: *l%d, b: {allOf: [*l%d, *l%d]}, c: {oneOf: [*l%d, *l%d]}}}\n", i, i, i-1, i-1, i-1, i-1, i-1)
	}
	start := time.Now()
	r, err := Read("f.yaml", []byte(b.String()), Options{})
	require.NoError(t, err)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.Len(t, r.Models, 40+39) // L1..L40, and the allOf objects LnB of L2..L40
	assert.Len(t, r.Enums, 1)
}
