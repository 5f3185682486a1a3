package openapi

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/require"
)

// TestGolden reads each case's input.yaml or input.json (with the -select
// patterns of its optional select file, one a line) and compares the spec,
// the diagnostics and the summary with pointers to want.yaml,
// want.warnings and want.pointers. Every wanted spec must also pass the
// model's validation: what Read gives must generate (when it has enums).
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*")
	require.NoError(t, err)
	for _, dir := range dirs {
		input := caseInput(dir)
		if input == "" {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) { runGolden(t, dir, input) })
	}
}

// caseInput returns the case's input file name, or "".
func caseInput(dir string) string {
	for _, name := range []string{"input.yaml", "input.json"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return name
		}
	}
	return ""
}

func runGolden(t *testing.T, dir, input string) {
	data, err := os.ReadFile(filepath.Join(dir, input))
	require.NoError(t, err)
	require.True(t, Sniff(data), "Sniff(%s)", input)
	r, err := Read(input, data, Options{Select: caseSelect(t, dir)})
	require.NoError(t, err)
	got, err := spec.Marshal(&spec.File{Vendor: "x", Enums: r.Enums, Models: r.Models})
	require.NoError(t, err)
	compareGolden(t, filepath.Join(dir, "want.yaml"), string(got))
	compareGolden(t, filepath.Join(dir, "want.warnings"), diagText(r))
	compareGolden(t, filepath.Join(dir, "want.pointers"), pointerText(r))
	if len(r.Enums) > 0 { // a spec needs an enum to generate
		checkGenerates(t, got)
	}
}

// caseSelect reads the case's select file.
func caseSelect(t *testing.T, dir string) []string {
	data, err := os.ReadFile(filepath.Join(dir, "select"))
	if os.IsNotExist(err) {
		return nil
	}
	require.NoError(t, err)
	return strings.Fields(string(data))
}

func diagText(r Result) string {
	var b strings.Builder
	for _, d := range r.Diags {
		b.WriteString(d.String() + "\n")
	}
	return b.String()
}

// pointerText lists the summary, then every enum, value, model and field
// with its pointer, in result order.
func pointerText(r Result) string {
	var b strings.Builder
	b.WriteString(r.Summary + "\n")
	for _, e := range r.Enums {
		fmt.Fprintf(&b, "enum %s %s\n", e.Name, r.Pointers[e])
		for _, v := range e.Values {
			fmt.Fprintf(&b, "  %q %s\n", v.Wire, r.Pointers[v])
		}
	}
	for _, m := range r.Models {
		fmt.Fprintf(&b, "model %s %s\n", m.Name, r.Pointers[m])
		for _, f := range m.Fields {
			fmt.Fprintf(&b, "  %s %s\n", f.Wire, r.Pointers[f])
		}
	}
	return b.String()
}

// checkGenerates loads the spec as docenum generate does and validates it.
func checkGenerates(t *testing.T, data []byte) {
	t.Helper()
	f, errs := spec.Load("want.yaml", data)
	require.Empty(t, errs.Errors())
	_, errs = model.Build([]*spec.File{f}, model.Options{})
	require.Empty(t, errs.Errors(), "the spec does not generate")
}

func compareGolden(t *testing.T, path, got string) {
	t.Helper()
	golden.Check(t, path, []byte(got))
}
