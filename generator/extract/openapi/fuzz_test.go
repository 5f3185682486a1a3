package openapi

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/docenum/docenum/generator/spec"
)

// FuzzRead feeds any bytes to Sniff and Read: they must not panic or hang,
// every enum, value, model and field must have a pointer and a line inside
// the document, and the result must be writable as a spec.
func FuzzRead(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/*/input.*")
	for _, in := range inputs {
		data, err := os.ReadFile(in)
		if err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"", "openapi: 3.0.0", "swagger: '2.0'\ndefinitions: {A: {$ref: '#/definitions/A'}}",
		"openapi: 3.1.0\ncomponents: {schemas: {A: &a {properties: {b: *a}}}}",
		"openapi: 3.0.0\ncomponents: {schemas: {A: {enum: [a, [b], {c: d}, null, 1]}}}",
		`{"openapi": "3.0.0", "paths": {"/": {"$ref": "#/paths/~1"}}}`,
		"openapi: 3.0.0\ncomponents: {schemas: {A: {allOf: [{$ref: '#/components/schemas/A'}]}}}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		Sniff(data)
		r, err := Read("f.yaml", data, Options{})
		if err != nil {
			return
		}
		checkResult(t, r, bytes.Count(data, []byte("\n"))+1)
	})
}

func checkResult(t *testing.T, r Result, lines int) {
	t.Helper()
	at := func(what any, line int) {
		if r.Pointers[what] == "" {
			t.Fatalf("%#v has no pointer", what)
		}
		if line < 1 || line > lines {
			t.Fatalf("%#v at line %d of a %d-line document", what, line, lines)
		}
	}
	for _, e := range r.Enums {
		at(e, e.Line)
		for _, v := range e.Values {
			at(v, v.Line)
		}
	}
	for _, m := range r.Models {
		at(m, m.Line)
		for _, fl := range m.Fields {
			at(fl, fl.Line)
		}
	}
	for _, d := range r.Diags {
		if d.Pos.Line < 0 || d.Pos.Line > lines {
			t.Fatalf("diagnostic %s outside the document", d)
		}
	}
	if _, err := spec.Marshal(&spec.File{Vendor: "x", Enums: r.Enums, Models: r.Models}); err != nil {
		t.Fatal(err)
	}
}
