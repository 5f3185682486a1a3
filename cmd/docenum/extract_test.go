package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const acmeDoc = `# Call statuses

| Status | Description |
|--------|-------------|
| ANSWER | The call was answered. |
| BUSY | The callee was busy. |
| FAILED | The call failed. |
`

// inTempDir runs the test in a fresh directory holding files.
func inTempDir(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	for name, text := range files {
		require.NoError(t, os.MkdirAll(filepath.Dir(name), 0o755))
		require.NoError(t, os.WriteFile(name, []byte(text), 0o644))
	}
}

// docenum runs the command in-process.
func docenum(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// enumsOf loads a spec and returns "Enum: WIRE WIRE..." per enum.
func enumsOf(t *testing.T, path string, data []byte) []string {
	t.Helper()
	f, diags := spec.Load(path, data)
	require.Empty(t, diags)
	var out []string
	for _, e := range f.Enums {
		s := e.Name + ":"
		for _, v := range e.Values {
			s += " " + v.Wire
		}
		out = append(out, s)
	}
	return out
}

func TestExtractPrintsSpec(t *testing.T) {
	inTempDir(t, map[string]string{"Acme-Voice.md": acmeDoc})
	code, stdout, stderr := docenum("extract", "Acme-Voice.md")
	assert.Equal(t, exitOK, code)
	assert.Empty(t, stderr)
	assert.Equal(t, []string{"CallStatus: ANSWER BUSY FAILED"}, enumsOf(t, "stdout", []byte(stdout)))
	assert.True(t, strings.HasPrefix(stdout, "vendor: acmevoice\n"), "vendor from the file name:\n%s", stdout)
	assert.NotContains(t, stdout, "source:", "without -o the spec's directory is unknown")
}

// TestExtractReportsStdoutError: a spec that cannot be printed is an
// error, not a silent exit 0.
func TestExtractReportsStdoutError(t *testing.T) {
	inTempDir(t, map[string]string{"acme.md": acmeDoc})
	var errOut bytes.Buffer
	code := run([]string{"extract", "acme.md"}, failingWriter{}, &errOut)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut.String(), "docenum extract: writing the spec: broken pipe")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

func TestExtractWarnings(t *testing.T) {
	inTempDir(t, map[string]string{"docs/acme.md": acmeDoc + "| BUSY | Listed twice. |\n"})
	code, stdout, stderr := docenum("extract", "docs/acme.md")
	assert.Equal(t, exitOK, code, "warnings do not fail the run")
	assert.Contains(t, stdout, "wire: BUSY")
	assert.Regexp(t, `^docs/acme\.md:8: warning: .*BUSY`, stderr)
}

func TestExtractSpecLifecycle(t *testing.T) {
	inTempDir(t, map[string]string{"specs/sources/acme.md": acmeDoc})
	const specPath, doc = "specs/acme.yaml", "specs/sources/acme.md"

	code, stdout, stderr := docenum("extract", "-o", specPath, doc)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stdout)
	assert.Equal(t, "specs/acme.yaml: + enum CallStatus (line 1, 3 values)\n", stderr)
	written := readFile(t, specPath)
	assert.Contains(t, written, "source: sources/acme.md\n")

	code, _, stderr = docenum("extract", "-check", "-o", specPath, doc)
	assert.Equal(t, exitOK, code, "a fresh spec is up to date")
	assert.Empty(t, stderr)

	curated := strings.Replace(written, "      - wire: BUSY\n", "      - wire: BUSY\n        name: Engaged\n", 1)
	require.NotEqual(t, written, curated)
	writeText(t, specPath, curated)
	code, _, stderr = docenum("extract", "-o", specPath, doc)
	assert.Equal(t, exitOK, code)
	assert.Empty(t, stderr, "curation is not drift")
	assert.Equal(t, curated, readFile(t, specPath), "curation survives, bytes unchanged")

	writeText(t, doc, strings.Replace(acmeDoc, "| FAILED | The call failed. |\n",
		"| REJECTED | The callee rejected the call. |\n", 1))
	code, _, stderr = docenum("extract", "-check", "-o", specPath, doc)
	assert.Equal(t, exitDrift, code)
	assert.Equal(t, "specs/acme.yaml: CallStatus: - FAILED (removed)\n"+
		"specs/acme.yaml: CallStatus: + REJECTED (line 7)\n", stderr)
	assert.Equal(t, curated, readFile(t, specPath), "-check writes nothing")

	code, _, stderr = docenum("extract", "-o", specPath, doc)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stderr, "+ REJECTED")
	assert.Equal(t, []string{"CallStatus: ANSWER BUSY FAILED REJECTED"}, enumsOf(t, specPath, []byte(readFile(t, specPath))))
	assert.Contains(t, readFile(t, specPath), "name: Engaged")

	code, _, stderr = docenum("extract", "-check", "-o", specPath, doc)
	assert.Equal(t, exitOK, code, stderr)

	writeText(t, "other.md", readFile(t, doc))
	code, _, stderr = docenum("extract", "-check", "-o", specPath, "other.md")
	assert.Equal(t, exitOK, code, stderr)
	assert.Equal(t, "specs/acme.yaml: warning: its source is sources/acme.md; extracting other.md\n", stderr)
}

// An absolute source: names the document FILE names too when FILE is
// relative, and the other way round: no "its source is" warning.
func TestExtractAbsoluteSourceIsItself(t *testing.T) {
	inTempDir(t, map[string]string{"docs/acme.md": acmeDoc})
	abs, err := filepath.Abs("docs/acme.md")
	require.NoError(t, err)
	writeText(t, "acme.yaml", "vendor: acme\nsource: "+filepath.ToSlash(abs)+"\nenums: []\n")

	code, _, stderr := docenum("extract", "-o", "acme.yaml", "docs/acme.md")
	require.Equal(t, exitOK, code, stderr)
	assert.NotContains(t, stderr, "warning")
	code, _, stderr = docenum("extract", "-check", "-o", "acme.yaml")
	assert.Equal(t, exitOK, code, stderr)
	assert.Empty(t, stderr)

	writeText(t, "rel.yaml", "vendor: acme\nsource: docs/acme.md\nenums: []\n")
	code, _, stderr = docenum("extract", "-o", "rel.yaml", abs)
	require.Equal(t, exitOK, code, stderr)
	assert.NotContains(t, stderr, "warning")
}

func TestExtractKeepsSpecVendorAndFormat(t *testing.T) {
	inTempDir(t, map[string]string{
		"acme.md":         acmeDoc,
		"specs/acme.yaml": "vendor: acmevoice\nformat: markdown\nenums: []\n",
	})
	code, _, stderr := docenum("extract", "-o", "specs/acme.yaml", "acme.md")
	require.Equal(t, exitOK, code, stderr)
	got := readFile(t, "specs/acme.yaml")
	assert.True(t, strings.HasPrefix(got, "vendor: acmevoice\nformat: markdown\n"), got)

	code, _, stderr = docenum("extract", "-vendor", "acme2", "-format", "auto", "-o", "specs/acme.yaml", "acme.md")
	require.Equal(t, exitOK, code, stderr)
	got = readFile(t, "specs/acme.yaml")
	assert.True(t, strings.HasPrefix(got, "vendor: acme2\nenums:\n"), got)
}

func TestExtractErrors(t *testing.T) {
	inTempDir(t, map[string]string{
		"acme.md":             acmeDoc,
		"123.md":              acmeDoc,
		"已接听.md":              acmeDoc,
		"testdata.md":         acmeDoc,
		"func.md":             acmeDoc,
		"string.md":           acmeDoc,
		"Time.md":             acmeDoc,
		"callstatus.md":       acmeDoc,
		"empty.md":            "# Nothing here\n\nJust prose.\n",
		"specs/bad.yaml":      "vendor: acme\nenums:\n  - name: X\n    colour: red\n",
		"specs/nosource.yaml": "vendor: acme\nenums: []\n",
	})
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"help", []string{"-h"}, exitOK, "exit codes:"},
		{"no file", nil, exitUsage, "nothing to extract: give a vendor document.\n  A first spec:        docenum extract -o specs/acme.yaml"},
		{"flag after file", []string{"acme.md", "-o", "specs/acme.yaml"}, exitUsage,
			"docenum extract: flags go before FILE: found -o after acme.md (write 'docenum extract [flags] FILE')"},
		{"two files", []string{"acme.md", "acme.md"}, exitUsage, "want one FILE, got 2"},
		{"unknown flag", []string{"-x", "acme.md"}, exitUsage, "flag provided but not defined: -x"},
		{"check without spec", []string{"-check", "acme.md"}, exitUsage, "-check needs -o SPEC or -all"},
		{"spec without source", []string{"-o", "specs/nosource.yaml"}, exitUsage, "specs/nosource.yaml names no source document (source:); give FILE"},
		{"missing spec, no file", []string{"-o", "specs/new.yaml"}, exitUsage, "specs/new.yaml does not exist; give FILE to create it"},
		{"specs without all", []string{"-specs", "specs", "acme.md"}, exitUsage, "-specs needs -all"},
		{"all with file", []string{"-all", "acme.md"}, exitUsage, "-all takes no FILE"},
		{"all with spec", []string{"-all", "-o", "specs/bad.yaml"}, exitUsage, "-all and -o do not go together"},
		{"all with format", []string{"-all", "-format", "glued"}, exitUsage, "-format and -vendor are set per spec"},
		{"bad format", []string{"-format", "pdf", "acme.md"}, exitUsage, `unknown -format "pdf"`},
		{"bad vendor", []string{"-vendor", "Acme", "acme.md"}, exitUsage,
			`-vendor "Acme" cannot be a Go package name: use lower-case ASCII letters and digits, starting with a letter`},
		{"windows device vendor", []string{"-vendor", "con", "acme.md"}, exitUsage,
			`-vendor "con" cannot be a Go package name: CON is a device name on Windows`},
		{"import name vendor", []string{"-vendor", "json", "acme.md"}, exitUsage,
			`-vendor "json" cannot be a Go package name: generated code imports encoding/json as json`},
		{"no vendor from file name", []string{"123.md"}, exitUsage,
			`cannot name the vendor after "123.md" (123: use lower-case ASCII letters and digits, starting with a letter); use -vendor NAME` + "\n"},
		{"file name with no letters", []string{"已接听.md"}, exitUsage,
			`cannot name the vendor after "已接听.md" (no ASCII letters); use -vendor NAME` + "\n"},
		{"special file name", []string{"testdata.md"}, exitUsage,
			`cannot name the vendor after "testdata.md" (testdata: the go command ignores directories named testdata); use -vendor NAME, e.g. -vendor xtestdata`},
		{"keyword file name", []string{"func.md"}, exitUsage, `(func: func is a Go keyword); use -vendor NAME, e.g. -vendor xfunc`},
		{"predeclared file name", []string{"string.md"}, exitUsage, `(string: string is predeclared in Go; importing the package would shadow it)`},
		{"import file name", []string{"Time.md"}, exitUsage, `(time: generated code imports time as time; a package of that name would clash with it); use -vendor NAME, e.g. -vendor xtime`},
		{"canonical file name", []string{"callstatus.md"}, exitUsage, `(callstatus: generated code imports the canonical call-status package as callstatus`},
		{"missing file", []string{"nope.md"}, exitError, "docenum extract: nope.md: no such file"},
		{"nothing found", []string{"empty.md"}, exitError, "empty.md: found no enums or models"},
		{"bad spec", []string{"-o", "specs/bad.yaml", "acme.md"}, exitError, `specs/bad.yaml:4:5: unknown key "colour"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := docenum(append([]string{"extract"}, tt.args...)...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, stderr, tt.stderr)
			assert.Empty(t, stdout)
		})
	}
}

// A document named after a Windows device, in any case, cannot name the
// vendor: its package directory could not exist on Windows (nor can the
// document, so the test runs elsewhere).
func TestExtractVendorNotAWindowsDevice(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("CON.md cannot exist on Windows")
	}
	inTempDir(t, map[string]string{"CON.md": acmeDoc})
	code, stdout, stderr := docenum("extract", "CON.md")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, stdout)
	assert.Equal(t, `docenum extract: cannot name the vendor after "CON.md" (con: CON is a device name on Windows, `+
		"where the directory con cannot be created); use -vendor NAME, e.g. -vendor xcon\n", stderr)
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
}

func TestExtractNamelessRow(t *testing.T) {
	const doc = "Call Statuses\n\nCall StatusDescription\n" +
		"ANSWER_LEG2Outgoing call status. Leg2 answered.\n" +
		"Outgoing call status. When Leg1 number failed to connect\n" +
		"BUSY_LEG2Outgoing call status. Leg2 was busy.\n"
	inTempDir(t, map[string]string{"acme.txt": doc})

	code, _, stderr := docenum("extract", "-o", "acme.yaml", "acme.txt")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, stderr, "acme.txt:5: warning: row has no value name")

	f, diags := spec.Load("acme.yaml", []byte(readFile(t, "acme.yaml")))
	require.Empty(t, diags)
	e := f.Enums[0]
	e.Values = append(e.Values, &spec.Value{Wire: "FAILED_LEG1",
		Description: "Outgoing call status. When Leg1 number failed to connect",
		Curation:    &spec.Curation{Origin: spec.OriginCurated, Reason: "the row lost its name"}})
	out, err := spec.Marshal(f)
	require.NoError(t, err)
	writeText(t, "acme.yaml", string(out))

	code, _, stderr = docenum("extract", "-o", "acme.yaml", "acme.txt")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "acme.yaml: no drift, but source lines, order or layout differ\n", stderr,
		"the warning is claimed; the curated value takes the row's line")
	assert.Contains(t, readFile(t, "acme.yaml"), "        line: 5\n        origin: curated\n")

	writeText(t, "acme.txt", "Intro.\n\n"+doc)
	code, _, stderr = docenum("extract", "-check", "-o", "acme.yaml", "acme.txt")
	assert.Equal(t, exitDrift, code, "moved lines make the spec out of date")
	assert.Equal(t, "acme.yaml: no drift, but source lines, order or layout differ\n", stderr)
	code, _, _ = docenum("extract", "-o", "acme.yaml", "acme.txt")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, readFile(t, "acme.yaml"), "        line: 7\n        origin: curated\n")
}

// A document that is not a regular file, or over -max-bytes, fails at once
// with a clear message instead of hanging or exhausting memory.
func TestExtractRefusesHostileFiles(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "big.md")
	require.NoError(t, os.WriteFile(doc, []byte("# Status\n\n- `BUSY`: busy\n- `GONE`: gone\n"), 0o644))
	code, _, stderr := runDocenum("extract", "-max-bytes", "10", doc)
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "file too large")
	assert.Contains(t, stderr, "-max-bytes raises the limit")

	code, _, stderr = runDocenum("extract", dir)
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "not a regular file (a directory)")
	if _, err := os.Stat("/dev/zero"); err == nil {
		code, _, stderr = runDocenum("extract", "/dev/zero")
		assert.Equal(t, exitError, code)
		assert.Contains(t, stderr, "/dev/zero: not a regular file (a device)")
	}
}

// extract -o writes no spec that generate would reject: the document's
// values are kept in the spec only when they make valid Go names.
func TestExtractWritesNoRejectedSpec(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "acme.md")
	require.NoError(t, os.WriteFile(doc, []byte("# Status\n\n- `no-answer`: nobody\n- `no_answer`: nobody either\n"), 0o644))
	out := filepath.Join(dir, "acme.yaml")
	code, _, stderr := runDocenum("extract", "-o", out, doc)
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "acme.yaml:")
	assert.Contains(t, stderr, "not written: docenum generate would reject it")
	assert.NoFileExists(t, out)
}
