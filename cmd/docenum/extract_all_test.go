package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shippedSpecs is the repository's specs/, found while the working
// directory is still this package's.
var shippedSpecs, _ = filepath.Abs("../../specs")

// copySpecs copies the shipped specs/*.yaml and specs/sources/ into a
// temporary directory and returns its specs/.
func copySpecs(t testing.TB) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "specs")
	for _, pattern := range []string{"*.yaml", "sources/*"} {
		paths, err := filepath.Glob(filepath.Join(shippedSpecs, pattern))
		require.NoError(t, err)
		for _, p := range paths {
			rel, err := filepath.Rel(shippedSpecs, p)
			require.NoError(t, err)
			data, err := os.ReadFile(p)
			require.NoError(t, err)
			require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dst, rel)), 0o755))
			require.NoError(t, os.WriteFile(filepath.Join(dst, rel), data, 0o644))
		}
	}
	return dst
}

// TestSpecsUpToDate extracts every shipped spec again from its vendor
// document and compares the result with specs/ byte for byte: a change to
// a document or to the extractor must come with its reviewed spec, as a
// change to a spec must come with its generated code.
func TestSpecsUpToDate(t *testing.T) {
	dir := copySpecs(t)
	code, stdout, stderr := runDocenum("extract", "-all", "-specs", dir)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stderr, "the shipped documents extract without drift or unclaimed warnings")
	assert.Contains(t, stdout, " 0 written", "specs/ is stale; run make generate and review the spec diff")
	specs, err := filepath.Glob(filepath.Join(shippedSpecs, "*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, specs)
	for _, p := range specs {
		want := readFile(t, p)
		got := readFile(t, filepath.Join(dir, filepath.Base(p)))
		if want != got {
			n := firstDiffLine([]byte(want), []byte(got))
			t.Errorf("specs/%s is stale; run make generate and review the spec diff. Line %d:\n  spec:      %q\n  extracted: %q",
				filepath.Base(p), n, lineOf(want, n), lineOf(got, n))
		}
	}
}

// lineOf is the 1-based line n of s, or "" past its end.
func lineOf(s string, n int) string {
	lines := strings.Split(s, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// TestExtractAllTwiceIsStable: a second run over its own output changes
// nothing, so make generate on a clean tree leaves no diff.
func TestExtractAllTwiceIsStable(t *testing.T) {
	dir := copySpecs(t)
	code, _, stderr := runDocenum("extract", "-all", "-specs", dir)
	require.Equal(t, exitOK, code, stderr)
	first := readSpecs(t, dir)
	code, stdout, stderr := runDocenum("extract", "-all", "-specs", dir)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, " 0 written")
	assert.Equal(t, first, readSpecs(t, dir))
	code, _, stderr = runDocenum("extract", "-all", "-check", "-specs", dir)
	assert.Equal(t, exitOK, code, stderr)
}

func readSpecs(t *testing.T, dir string) map[string]string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	require.NoError(t, err)
	out := map[string]string{}
	for _, p := range paths {
		out[filepath.Base(p)] = readFile(t, p)
	}
	return out
}

// TestExtractAllCheckReportsDocumentChanges edits a shipped vendor
// document the three ways vendors do (a value added, one dropped, one
// reworded): -check names each change and exits 3; extracting then keeps
// every curated name, value and canonical block.
func TestExtractAllCheckReportsDocumentChanges(t *testing.T) {
	dir := copySpecs(t)
	src := filepath.Join(dir, "sources", "kaleyra.txt")
	doc := readFile(t, src)
	edited := replaceOnce(t, doc, "DNDOutgoing call status: If callee number is registered under DND registry.\n", "")
	edited = replaceOnce(t, edited, "BUSYIncoming call status: Agent disconnected the call or busy on another call.",
		"BUSYIncoming call status: Agent was busy on another call.")
	edited = replaceOnce(t, edited, "BLOCKEDIncoming", "REJECTEDIncoming call status: Agent rejected the call.\nBLOCKEDIncoming")
	writeText(t, src, edited)
	specPath := filepath.Join(dir, "kaleyra.yaml")
	before := readFile(t, specPath)

	code, stdout, stderr := runDocenum("extract", "-all", "-check", "-specs", dir)
	assert.Equal(t, exitDrift, code)
	assert.Empty(t, stdout)
	assert.Equal(t, specPath+": CallStatus: ~ BUSY: description changed\n"+
		specPath+": CallStatus: + REJECTED (line 16)\n"+
		specPath+": CallStatus: - DND (removed)\n"+
		"docenum extract: 1 of 8 specs in "+dir+" out of date with their documents (drift above); "+
		"run 'docenum extract -all -specs "+dir+"' (or go generate), review the spec diff and commit it\n", stderr)
	assert.Equal(t, before, readFile(t, specPath), "-check writes nothing")

	code, stdout, stderr = runDocenum("extract", "-all", "-specs", dir)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stdout, "8 specs in "+dir+", 1 written")
	assertCurationKept(t, loadSpecFile(t, specPath, before), loadSpecFile(t, specPath, readFile(t, specPath)))

	code, _, stderr = runDocenum("extract", "-all", "-check", "-specs", dir)
	assert.Equal(t, exitOK, code, "once extracted, the spec is up to date:\n%s", stderr)
}

func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	require.Equal(t, 1, strings.Count(s, old), "the document holds %q once", old)
	return strings.Replace(s, old, new, 1)
}

func loadSpecFile(t *testing.T, path, text string) *spec.File {
	t.Helper()
	f, diags := spec.Load(path, []byte(text))
	require.False(t, diags.HasErrors(), "%v", diags)
	return f
}

// assertCurationKept checks that every curated field of old is unchanged
// in merged, value by value.
func assertCurationKept(t *testing.T, old, merged *spec.File) {
	t.Helper()
	assert.Equal(t, old.Doc, merged.Doc)
	require.Len(t, merged.Enums, len(old.Enums))
	for i, oe := range old.Enums {
		me := merged.Enums[i]
		assert.Equal(t, oe.Name, me.Name)
		assert.Equal(t, oe.Prefix, me.Prefix)
		assert.Equal(t, oe.Doc, me.Doc)
		byWire := map[string]*spec.Value{}
		for _, v := range me.Values {
			byWire[v.Wire] = v
		}
		for _, ov := range oe.Values {
			mv := byWire[ov.Wire]
			require.NotNil(t, mv, "value %s is kept", ov.Wire)
			assert.Equal(t, curation(ov), curation(mv), "curation of %s", ov.Wire)
		}
	}
}

// curation is what merge must never change about a value.
func curation(v *spec.Value) spec.Value {
	n := v.Notes()
	c := spec.Value{Name: v.Name, Doc: v.Doc, Curation: &spec.Curation{Origin: n.Origin, Reason: n.Reason, Ref: n.Ref,
		Deprecated: n.Deprecated}}
	for k, d := range v.Data {
		if c.Data == nil {
			c.Data = map[string]*spec.Datum{}
		}
		c.Data[k] = nil
		if d != nil {
			c.Data[k] = &spec.Datum{Text: d.Text}
		}
	}
	if v.Canonical != nil {
		canon := *v.Canonical
		canon.At = diag.Pos{}
		c.Canonical = &canon
	}
	if v.IsCurated() {
		c.Description = v.Description
	}
	return c
}

func TestExtractAllSkipsAndSumsUp(t *testing.T) {
	inTempDir(t, map[string]string{
		"specs/sources/acme.md": acmeDoc,
		"specs/acme.yaml":       "vendor: acme\nsource: sources/acme.md\nenums: []\n",
		"specs/canon.yaml":      "vendor: canon\nkind: canonical\nsource: sources/acme.md\nenums: []\n",
		"specs/bare.yaml":       "vendor: bare\nenums: []\n",
	})
	code, stdout, stderr := docenum("extract", "-all")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, "specs/acme.yaml: + enum CallStatus (line 1, 3 values)\n", stderr)
	assert.Equal(t, "docenum extract: 1 spec in specs, 1 written (1 vendor spec without a source: key skipped)\n", stdout)
	assert.Equal(t, "vendor: canon\nkind: canonical\nsource: sources/acme.md\nenums: []\n", readFile(t, "specs/canon.yaml"),
		"the canonical spec is never extracted")

	code, stdout, stderr = docenum("extract", "-all", "-check")
	assert.Equal(t, exitOK, code, stderr)
	assert.Equal(t, "docenum extract: 1 spec in specs up to date with their documents (1 vendor spec without a source: key skipped)\n", stdout)
}

func TestExtractAllErrors(t *testing.T) {
	inTempDir(t, map[string]string{
		"specs/sources/acme.md": acmeDoc,
		"specs/acme.yaml":       "vendor: acme\nsource: sources/acme.md\nenums: []\n",
		"specs/bad.yaml":        "vendor: bad\nsource: sources/bad.md\nenums:\n  - name: X\n    colour: red\n",
		"specs/gone.yaml":       "vendor: gone\nsource: sources/gone.md\nenums: []\n",
	})
	code, stdout, stderr := docenum("extract", "-all", "-check")
	assert.Equal(t, exitError, code, "errors win over drift")
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "specs/acme.yaml: + enum CallStatus", "the other specs are still checked")
	assert.Contains(t, stderr, `specs/bad.yaml:5:5: unknown key "colour"`)
	assert.Contains(t, stderr, "specs/gone.yaml: source: specs/sources/gone.md: no such file")
	assert.True(t, strings.HasSuffix(stderr, "docenum extract: errors in 2 of 3 specs in specs (printed above)\n"), stderr)

	code, _, stderr = docenum("extract", "-all", "-specs", "nowhere")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "docenum extract: no specs directory nowhere; nothing to extract. Write the first spec from a vendor document with 'docenum extract -o nowhere/acme.yaml FILE'")

	require.NoError(t, os.MkdirAll("empty", 0o755))
	code, _, stderr = docenum("extract", "-all", "-specs", "empty")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "docenum extract: no spec in empty names a source document; nothing to extract. "+
		"Write a spec from a vendor document with 'docenum extract -o empty/acme.yaml FILE' (it records FILE in source:)\n", stderr)
}

// A source: that is absolute or leaves the module works, with a warning:
// another checkout will not find the document.
func TestExtractAllWarnsAboutSourcesOutsideTheModule(t *testing.T) {
	inTempDir(t, map[string]string{
		"mod/go.mod":                "module example.com/m\n",
		"mod/specs/sources/acme.md": acmeDoc,
		"mod/specs/acme.yaml":       "vendor: acme\nsource: sources/acme.md\nenums: []\n",
		"mod/specs/outside.yaml":    "vendor: outside\nsource: ../../docs/acme.md\nenums: []\n",
		"docs/acme.md":              acmeDoc,
	})
	abs, err := filepath.Abs("docs/acme.md")
	require.NoError(t, err)
	writeText(t, "mod/specs/absolute.yaml", "vendor: absolute\nsource: "+filepath.ToSlash(abs)+"\nenums: []\n")
	t.Chdir("mod")

	code, _, stderr := docenum("extract", "-all")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "specs/absolute.yaml: warning: source "+filepath.ToSlash(abs)+" is an absolute path; "+
		"a checkout elsewhere will not find it: keep the document in the module (specs/sources/)\n")
	assert.Contains(t, stderr, "specs/outside.yaml: warning: source ../../docs/acme.md is outside the module; ")
	assert.NotContains(t, stderr, "specs/acme.yaml: warning")
	assert.NotContains(t, stderr, "its source is", "an absolute source: is not another document")
	assert.Equal(t, []string{"CallStatus: ANSWER BUSY FAILED"}, enumsOf(t, "specs/absolute.yaml", []byte(readFile(t, "specs/absolute.yaml"))))
}

// With -o and no FILE, the spec's source: names the document.
func TestExtractFileFromSpecSource(t *testing.T) {
	inTempDir(t, map[string]string{
		"specs/sources/acme.md": acmeDoc,
		"specs/acme.yaml":       "vendor: acme\nsource: sources/acme.md\nenums: []\n",
	})
	code, _, stderr := docenum("extract", "-check", "-o", "specs/acme.yaml")
	assert.Equal(t, exitDrift, code)
	assert.Equal(t, "specs/acme.yaml: + enum CallStatus (line 1, 3 values)\n", stderr)
	code, _, stderr = docenum("extract", "-o", "specs/acme.yaml")
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, []string{"CallStatus: ANSWER BUSY FAILED"}, enumsOf(t, "specs/acme.yaml", []byte(readFile(t, "specs/acme.yaml"))))
	code, _, stderr = docenum("extract", "-check", "-o", "specs/acme.yaml")
	assert.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stderr)
}

// BenchmarkPipeline measures the main job on the shipped vendors, in
// process: extract every spec again from its document, then generate every
// package. After the first round nothing changes on disk, as in a
// "make generate" on a clean checkout.
func BenchmarkPipeline(b *testing.B) {
	dir := copySpecs(b)
	root := filepath.Dir(dir)
	out := filepath.Join(root, "generated")
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/bench\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if code, _, stderr := runDocenum("extract", "-all", "-specs", dir); code != exitOK {
			b.Fatalf("extract: exit %d\n%s", code, stderr)
		}
		if code, _, stderr := runDocenum("generate", "-specs", dir, "-out", out); code != exitOK {
			b.Fatalf("generate: exit %d\n%s", code, stderr)
		}
	}
}
