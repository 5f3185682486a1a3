package spec_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// reextract is what docenum extract -o does to the spec old when the
// document gives fresh: merge, marshal, keep the comments.
func reextract(t testing.TB, old, fresh []byte) []byte {
	t.Helper()
	o, errs := spec.Load("old.yaml", old)
	require.False(t, errs.HasErrors(), "%v", errs)
	f, errs := spec.Load("fresh.yaml", fresh)
	require.False(t, errs.HasErrors(), "%v", errs)
	merged, _ := spec.Merge(o, f)
	data, err := spec.Marshal(merged)
	require.NoError(t, err)
	out, err := spec.KeepComments(old, data)
	require.NoError(t, err)
	return out
}

// TestKeepCommentsGolden re-extracts testdata/comments/CASE/old.yaml with
// fresh.yaml and compares the result with want.yaml.
func TestKeepCommentsGolden(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "comments", "*"))
	require.NoError(t, err)
	require.NotEmpty(t, dirs)
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			old := readFile(t, filepath.Join(dir, "old.yaml"))
			fresh := readFile(t, filepath.Join(dir, "fresh.yaml"))
			out := reextract(t, old, fresh)
			golden.Check(t, filepath.Join(dir, "want.yaml"), out)
			_, errs := spec.Load("want.yaml", out)
			assert.False(t, errs.HasErrors(), "%v", errs)
			// Every comment of old is in the result, once.
			for _, c := range commentLines(old) {
				assert.Equal(t, 1, strings.Count(string(out), c), "comment %q", c)
			}
			// Extracting the same document again changes nothing.
			assert.Equal(t, string(out), string(reextract(t, out, fresh)), "second extraction")
		})
	}
}

// TestKeepCommentsItems checks that each comment of the merge case is on
// the item it was written on, whatever the merge did to the item's place.
func TestKeepCommentsItems(t *testing.T) {
	dir := filepath.Join("testdata", "comments", "merge")
	out := reextract(t, readFile(t, filepath.Join(dir, "old.yaml")), readFile(t, filepath.Join(dir, "fresh.yaml")))
	var doc yaml.Node
	require.NoError(t, yaml.Unmarshal(out, &doc))
	top := doc.Content[0]
	enums := yGet(t, top, "enums")
	call := yItem(t, yGet(t, top, "models"), "name", "Call")
	tests := []struct {
		name string
		node *yaml.Node
		head string
		line string
		foot string
	}{
		{name: "document", node: &doc, head: "# Acme spec: curated by the voice team."},
		{name: "vendor key", node: yKey(t, top, "vendor"), head: "# vendor: the Go package"},
		{name: "vendor value", node: yGet(t, top, "vendor"), line: "# keep lower case"},
		{name: "enum", node: yItem(t, enums, "name", "CallStatus"), head: "# head: enum CallStatus"},
		{name: "enum name", node: yGet(t, yItem(t, enums, "name", "CallStatus"), "name"), line: "# line: enum name"},
		{name: "values key", node: yKey(t, yItem(t, enums, "name", "CallStatus"), "values"), head: "# head: values key of CallStatus"},
		{name: "value", node: yValue(t, enums, "CallStatus", "ANSWER"), head: "# head: value ANSWER"},
		{name: "value wire", node: yGet(t, yValue(t, enums, "CallStatus", "ANSWER"), "wire"), line: "# line: value ANSWER"},
		{name: "canonical key", node: yKey(t, yGet(t, yValue(t, enums, "CallStatus", "ANSWER"), "canonical"), "outcome"),
			head: "# head: canonical of ANSWER"},
		{name: "canonical value", node: yGet(t, yGet(t, yValue(t, enums, "CallStatus", "ANSWER"), "canonical"), "outcome"),
			line: "# line: outcome of ANSWER"},
		{name: "moved value", node: yValue(t, enums, "CallStatus", "BUSY"), head: "# head: value BUSY"},
		{name: "curated name", node: yGet(t, yValue(t, enums, "CallStatus", "BUSY"), "name"), line: "# line: name of BUSY"},
		{name: "line key", node: yGet(t, yValue(t, enums, "CallStatus", "BUSY"), "line"), line: "# line: line of BUSY"},
		// FAILED is gone from the document: kept, removed: true, its line:
		// key dropped; the key's comment moves to the next key.
		{name: "removed value", node: yValue(t, enums, "CallStatus", "FAILED"), head: "# head: value FAILED (the document drops it)"},
		{name: "removed wire", node: yGet(t, yValue(t, enums, "CallStatus", "FAILED"), "wire"), line: "# line: value FAILED"},
		{name: "removed key", node: yKey(t, yValue(t, enums, "CallStatus", "FAILED"), "removed"),
			foot: "# line: line of FAILED (merge drops the key)\n# foot: value FAILED"},
		{name: "enum foot", node: yKey(t, yValue(t, enums, "CallStatus", "NOROUTE"), "line"), foot: "# foot: enum CallStatus"},
		{name: "new value", node: yValue(t, enums, "CallStatus", "REJECTED")},
		{name: "second enum", node: yItem(t, enums, "name", "Direction"), head: "# head: enum Direction"},
		{name: "reordered value", node: yGet(t, yValue(t, enums, "Direction", "in"), "wire"), line: "# line: value in"},
		{name: "model", node: call, head: "# head: model Call"},
		{name: "model name", node: yGet(t, call, "name"), line: "# line: model Call"},
		{name: "field", node: yItem(t, yGet(t, call, "fields"), "wire", "status"), head: "# head: field status"},
		{name: "field wire", node: yGet(t, yItem(t, yGet(t, call, "fields"), "wire", "status"), "wire"), line: "# line: field status"},
		{name: "field key", node: yKey(t, yItem(t, yGet(t, call, "fields"), "wire", "direction"), "go_type"),
			head: "# head: key go_type of direction"},
		{name: "field key value", node: yGet(t, yItem(t, yGet(t, call, "fields"), "wire", "direction"), "go_type"),
			line: "# line: go_type of direction"},
		{name: "new field", node: yItem(t, yGet(t, call, "fields"), "wire", "at")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.head, tt.node.HeadComment, "head")
			assert.Equal(t, tt.line, tt.node.LineComment, "line")
			assert.Equal(t, tt.foot, tt.node.FootComment, "foot")
		})
	}
	assert.True(t, strings.HasSuffix(string(out), "\n# foot: document\n"), "the document's foot comment ends it")
}

// TestKeepCommentsNone: without comments in old, the result is updated
// byte for byte, whatever updated holds.
func TestKeepCommentsNone(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "specs", "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data := readFile(t, p)
			f, errs := spec.Load(p, data)
			require.False(t, errs.HasErrors(), "%v", errs)
			marshalled, err := spec.Marshal(f)
			require.NoError(t, err)
			stripped := stripComments(t, data)
			out, err := spec.KeepComments(stripped, marshalled)
			require.NoError(t, err)
			assert.Equal(t, string(marshalled), string(out))
			// The shipped specs as they are (they may hold comments) go
			// through unchanged too: they are what Marshal writes.
			out, err = spec.KeepComments(data, marshalled)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(out))
		})
	}
	out, err := spec.KeepComments(nil, []byte("vendor: x\n"))
	require.NoError(t, err)
	assert.Equal(t, "vendor: x\n", string(out))
}

// TestKeepCommentsDeterministic: the same inputs give the same bytes.
func TestKeepCommentsDeterministic(t *testing.T) {
	dir := filepath.Join("testdata", "comments", "merge")
	old, fresh := readFile(t, filepath.Join(dir, "old.yaml")), readFile(t, filepath.Join(dir, "fresh.yaml"))
	first := reextract(t, old, fresh)
	for range 5 {
		assert.Equal(t, string(first), string(reextract(t, old, fresh)))
	}
}

// TestKeepCommentsErrors: what cannot be read is reported, and updated
// comes back unchanged.
func TestKeepCommentsErrors(t *testing.T) {
	updated := []byte("vendor: x\nenums: []\n")
	tests := []struct {
		name     string
		old, new string
	}{
		{name: "old not YAML", old: "# c\nvendor: [x\n", new: string(updated)},
		{name: "new not YAML", old: "# c\nvendor: x\n", new: "vendor: [x\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := spec.KeepComments([]byte(tt.old), []byte(tt.new))
			assert.Error(t, err)
			assert.Equal(t, tt.new, string(out))
		})
	}
}

// FuzzKeepComments: whatever two valid specs hold, KeepComments does not
// panic and returns a spec that Load accepts, holding the data of the new
// one.
func FuzzKeepComments(f *testing.F) {
	dir := filepath.Join("testdata", "comments", "merge")
	old, fresh := readFile(f, filepath.Join(dir, "old.yaml")), readFile(f, filepath.Join(dir, "fresh.yaml"))
	f.Add(old, fresh)
	f.Add(old, old)
	f.Add([]byte("# a\nvendor: x # b\nenums: [] # c\n# d\n"), []byte("vendor: x\nenums:\n  - name: A\n    values: [{wire: a}]\n"))
	f.Add([]byte("vendor: x\nenums:\n  - &e\n    name: A # n\n    values: []\n  - *e\n"), fresh)
	f.Fuzz(func(t *testing.T, old, updated []byte) {
		if _, errs := spec.Load("old.yaml", old); errs.HasErrors() {
			t.Skip()
		}
		nf, errs := spec.Load("new.yaml", updated)
		if errs.HasErrors() {
			t.Skip()
		}
		out, err := spec.KeepComments(old, updated)
		if err != nil {
			assert.Equal(t, string(updated), string(out), "on error, updated unchanged")
			return
		}
		of, errs := spec.Load("out.yaml", out)
		require.False(t, errs.HasErrors(), "result rejected: %v\n%s", errs, out)
		a, err := spec.Marshal(nf)
		require.NoError(t, err)
		b, err := spec.Marshal(of)
		require.NoError(t, err)
		assert.Equal(t, string(a), string(b), "data changed")
	})
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}

var commentRE = regexp.MustCompile(`#[^\n]*`)

// commentLines are the comments of a YAML text written as comments are
// written in the test data: "# " at a line's start or after "  ".
func commentLines(data []byte) []string {
	var cs []string
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.Index(line, "# "); i >= 0 && (i == 0 || strings.TrimSpace(line[:i]) == "" || strings.HasSuffix(line[:i], " ")) {
			cs = append(cs, commentRE.FindString(line[i:]))
		}
	}
	return cs
}

// stripComments removes every comment of a YAML text.
func stripComments(t testing.TB, data []byte) []byte {
	t.Helper()
	var doc yaml.Node
	require.NoError(t, yaml.Unmarshal(data, &doc))
	var strip func(n *yaml.Node)
	strip = func(n *yaml.Node) {
		n.HeadComment, n.LineComment, n.FootComment = "", "", ""
		for _, c := range n.Content {
			strip(c)
		}
	}
	strip(&doc)
	out, err := yaml.Marshal(&doc)
	require.NoError(t, err)
	return out
}

// yGet is the value of key in the mapping m.
func yGet(t testing.TB, m *yaml.Node, k string) *yaml.Node {
	t.Helper()
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == k {
			return m.Content[i+1]
		}
	}
	t.Fatalf("no key %s", k)
	return nil
}

// yKey is the key node k of the mapping m.
func yKey(t testing.TB, m *yaml.Node, k string) *yaml.Node {
	t.Helper()
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == k {
			return m.Content[i]
		}
	}
	t.Fatalf("no key %s", k)
	return nil
}

// yItem is the mapping of list whose k is v.
func yItem(t testing.TB, list *yaml.Node, k, v string) *yaml.Node {
	t.Helper()
	for _, it := range list.Content {
		for i := 0; i+1 < len(it.Content); i += 2 {
			if it.Content[i].Value == k && it.Content[i+1].Value == v {
				return it
			}
		}
	}
	t.Fatalf("no item %s: %s", k, v)
	return nil
}

// yValue is the value wire of the enum named enum.
func yValue(t testing.TB, enums *yaml.Node, enum, wire string) *yaml.Node {
	t.Helper()
	return yItem(t, yGet(t, yItem(t, enums, "name", enum), "values"), "wire", wire)
}

// BenchmarkKeepComments re-extracts a spec of N values, each with a head
// and a line comment, from a document that drops 1% of them and adds as
// many: the time per value stays flat as N grows (no quadratic matching).
func BenchmarkKeepComments(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 40_000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			var old, fresh strings.Builder
			old.WriteString("# curated\nvendor: acme\nenums:\n  - name: Cause\n    values:\n")
			fresh.WriteString("vendor: acme\nenums:\n  - name: Cause\n    values:\n")
			for i := range n {
				fmt.Fprintf(&old, "      # note on C%d\n      - wire: C%d # line C%d\n        line: %d\n", i, i, i, i+5)
			}
			for i := n / 100; i < n+n/100; i++ {
				fmt.Fprintf(&fresh, "      - {wire: C%d, line: %d}\n", i, i+5)
			}
			o, _ := spec.Load("old.yaml", []byte(old.String()))
			f, _ := spec.Load("fresh.yaml", []byte(fresh.String()))
			merged, _ := spec.Merge(o, f)
			updated, err := spec.Marshal(merged)
			require.NoError(b, err)
			b.ResetTimer()
			for b.Loop() {
				if _, err := spec.KeepComments([]byte(old.String()), updated); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/value")
		})
	}
}
