package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/docenum/docenum/generator/spec"
)

// FuzzExtract feeds any bytes to Extract in every format: it must not
// panic, must place every value and diagnostic inside the document, must
// give a spec that can be written, and must leave its input as it was.
func FuzzExtract(f *testing.F) {
	for _, in := range goldenInputs(f) {
		f.Add(in)
	}
	for _, s := range []string{
		"", "---", "---\n---\n", "{:}", "|a|\n|-|\n", "- `x`:\n  - - -", "# \n\n- **", "&#0;\\",
		"| Name | Type | Description |\n|--|--|--|\n| A | str | \"\" |\n", "\xff\xfe|a|\n|-|\n|\xff|",
		"enum S {\n  a = 'x',\n  case b,\n  C(\"c\"),\n}\n", "Hangup By: |\nDescription: |\nA |\nB\n",
		"| S | R |\n|-|-|\n| a | <ul><li>`x`(1): y<ul><li>z</li></ul></li></ul> |\n",
		"Reason Details\nCONTACT_\nFLOW_\nDISCONNECT\n(the flow)\nOTHER\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Lines as the readers count them: a lone "\r" ends one too, as
		// in CommonMark and YAML ("\r!!" has two).
		lines := 1
		for range srcLines(data) {
			lines++
		}
		orig := bytes.Clone(data)
		for _, format := range Formats {
			r := Extract("f.md", data, Options{Format: format})
			checkResult(t, r, lines)
			if !bytes.Equal(orig, data) {
				t.Fatalf("Extract in format %s changed its input", format)
			}
		}
	})
}

func checkResult(t *testing.T, r Result, lines int) {
	t.Helper()
	inside := func(what string, line int) {
		if line < 0 || line > lines {
			t.Fatalf("%s at line %d of a %d-line document", what, line, lines)
		}
	}
	for _, e := range r.Enums {
		inside("enum "+e.Name, e.Line)
		if e.Name == "" {
			t.Fatalf("enum without a name")
		}
		for _, v := range e.Values {
			inside(fmt.Sprintf("value %q", v.Wire), v.Line)
			if v.Wire == "" {
				t.Fatalf("empty wire in %s", e.Name)
			}
		}
	}
	for _, d := range r.Diags {
		inside(d.Msg, d.Pos.Line)
	}
	if _, err := spec.Marshal(&spec.File{Vendor: "f", Enums: r.Enums, Models: r.Models}); err != nil {
		t.Fatal(err)
	}
}

// goldenInputs returns the inputs of the golden cases, the fuzzer's seeds.
func goldenInputs(tb testing.TB) [][]byte {
	paths, _ := filepath.Glob(filepath.Join(goldenDir, "*", "input.*"))
	var out [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}
