package model_test

import (
	"testing"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodSpec = `
vendor: acme
title: ACME Telecom
source: sources/acme.md
doc: Curated package notes.
enums:
  - name: CallStatus
    description: The state of a call.
    line: 12
    values:
      - wire: IVR-ANSWER
        description: Answered by an IVR.
      - wire: BUSY
        doc: The callee was busy.
        description: busy
        deprecated: use Cause instead
      - wire: "3way"
        removed: true
      - wire: ""
        name: Unknown
        origin: curated
        reason: zero value
        canonical:
          outcome: busy
  - name: Outcome
    prefix: ""
    columns:
      - name: q850
        type: int
        doc: ITU-T Q.850 cause.
      - name: label
        type: string
    values:
      - wire: busy
        data: {q850: 17, label: Busy}
      - wire: canceled
        data: {q850: null, label: ""}
`

func build(t *testing.T, path, text string) *model.Package {
	t.Helper()
	f, errs := spec.Load(path, []byte(text))
	require.Empty(t, errs)
	set, errs := model.Build([]*spec.File{f}, model.Options{})
	require.Empty(t, errs)
	require.Len(t, set.Packages, 1)
	return set.Packages[0]
}

func TestBuildPackage(t *testing.T) {
	p := build(t, "specs/acme.yaml", goodSpec)
	assert.Equal(t, "acme", p.Name)
	assert.Equal(t, spec.KindVendor, p.Kind)
	assert.Equal(t, "ACME Telecom", p.Title)
	assert.Equal(t, "specs/acme.yaml", p.SpecPath)
	assert.Equal(t, "specs/sources/acme.md", p.SourcePath)
	assert.Equal(t, "Curated package notes.", p.Doc)
	require.Len(t, p.Enums, 2)
	assert.Same(t, p.Enums[1], p.Enum("Outcome"))
	assert.Nil(t, p.Enum("Nope"))
}

func TestBuildNamesValuesInSpecOrder(t *testing.T) {
	e := build(t, "specs/acme.yaml", goodSpec).Enum("CallStatus")
	assert.Equal(t, "CallStatus", e.Prefix)
	assert.Equal(t, "The state of a call.", e.Doc)
	assert.Equal(t, 12, e.SourceLine)
	var names, wires []string
	for i, v := range e.Values {
		assert.Equal(t, i, v.Index)
		names = append(names, v.Name)
		wires = append(wires, v.Wire)
	}
	assert.Equal(t, []string{"CallStatusIVRAnswer", "CallStatusBusy", "CallStatus3way", "CallStatusUnknown"}, names)
	assert.Equal(t, []string{"IVR-ANSWER", "BUSY", "3way", ""}, wires)
	assert.Equal(t, model.Helpers{
		Parse: "ParseCallStatus", Values: "CallStatusValues", ValuesVar: "valuesCallStatus",
		Lookup: "lookupCallStatus", LookupData: "lookupCallStatusSlots",
		CanonicalVar: "canonicalCallStatus", For: "CallStatusFor", ForVar: "forCallStatus",
	}, e.Helpers)
}

func TestBuildValueDetails(t *testing.T) {
	e := build(t, "specs/acme.yaml", goodSpec).Enum("CallStatus")
	busy := e.Value("BUSY")
	assert.Equal(t, "The callee was busy.", busy.Doc, "curated doc wins over the description")
	assert.Equal(t, "use Cause instead", busy.Deprecated)
	assert.True(t, e.Value("3way").Removed)
	unknown := e.Value("")
	assert.True(t, unknown.Curated)
	assert.Equal(t, "zero value", unknown.Reason)
	require.NotNil(t, unknown.Canonical)
	assert.Same(t, unknown.Spec.Canonical, unknown.Canonical)
	assert.Equal(t, "busy", unknown.Canonical.Outcome)
	assert.Equal(t, diag.Pos{File: "specs/acme.yaml", Line: 13, Col: 9}, busy.Pos)
}

func TestBuildColumns(t *testing.T) {
	e := build(t, "specs/acme.yaml", goodSpec).Enum("Outcome")
	require.Len(t, e.Columns, 2)
	assert.Equal(t, "Q850", e.Columns[0].Method)
	assert.Equal(t, model.ColumnInt, e.Columns[0].Type)
	assert.Equal(t, "int", e.Columns[0].Type.GoType())
	assert.Equal(t, "Label", e.Columns[1].Method)
	assert.Equal(t, "string", e.Columns[1].Type.GoType())
	assert.Equal(t, "Busy", e.Values[0].Name, `prefix "" gives bare names`)
	assert.Equal(t, []model.Datum{{Valid: true, Int: 17}, {Valid: true, String: "Busy"}}, e.Values[0].Data)
	assert.Equal(t, []model.Datum{{}, {}}, e.Values[1].Data, "null and empty are none")
}

func TestBuildSortsPackagesAndRejectsDuplicateVendors(t *testing.T) {
	load := func(path, text string) *spec.File {
		f, errs := spec.Load(path, []byte(text))
		require.Empty(t, errs)
		return f
	}
	b := load("specs/b.yaml", "vendor: bravo\nenums: [{name: E, values: [{wire: x}]}]\n")
	a := load("specs/a.yaml", "vendor: alpha\nenums: [{name: E, values: [{wire: x}]}]\n")
	a2 := load("specs/z.yaml", "vendor: alpha\nenums: [{name: E, values: [{wire: x}]}]\n")
	set, errs := model.Build([]*spec.File{b, nil, a, a2}, model.Options{})
	assert.Equal(t, `specs/z.yaml:1:1: vendor "alpha" is already generated from specs/a.yaml`, errs.Error())
	require.Len(t, set.Packages, 2)
	assert.Equal(t, "alpha", set.Packages[0].Name)
	assert.Equal(t, "bravo", set.Packages[1].Name)
	assert.Same(t, set.Packages[1], set.Package("bravo"))
	assert.Nil(t, set.Package("charlie"))
}

// TestVendorNameRule: the model checks vendors by naming.CheckPackage; only
// the canonical spec may take the name every vendor package imports it by.
func TestVendorNameRule(t *testing.T) {
	tests := []struct{ kind, vendor, want string }{
		{"canonical", "callstatus", ""},
		{"", "acme", ""},
		{"", "callstatus", `x.yaml:1:1: vendor "callstatus" cannot be a Go package name: generated code imports the canonical call-status package as callstatus; a package of that name would clash with it (e.g. "xcallstatus")`},
		{"canonical", "json", `x.yaml:1:1: vendor "json" cannot be a Go package name: generated code imports encoding/json as json; a package of that name would clash with it (e.g. "xjson")`},
		{"", "lpt3", `x.yaml:1:1: vendor "lpt3" cannot be a Go package name: LPT3 is a device name on Windows, where the directory lpt3 cannot be created (e.g. "xlpt3")`},
		{"", "testdata", `x.yaml:1:1: vendor "testdata" cannot be a Go package name: the go command ignores directories named testdata (e.g. "xtestdata")`},
		{"", "int", `x.yaml:1:1: vendor "int" cannot be a Go package name: int is predeclared in Go; importing the package would shadow it (e.g. "xint")`},
		{"", "2fa", `x.yaml:1:1: vendor "2fa" cannot be a Go package name: use lower-case ASCII letters and digits, starting with a letter (e.g. "fa")`},
	}
	for _, tt := range tests {
		text := "vendor: " + tt.vendor + "\nkind: " + tt.kind + "\nenums: [{name: E, values: [{wire: x}]}]\n"
		f, errs := spec.Load("x.yaml", []byte(text))
		require.Empty(t, errs)
		_, errs = model.Build([]*spec.File{f}, model.Options{})
		if tt.want == "" {
			assert.Empty(t, errs, tt.vendor)
		} else {
			assert.Equal(t, tt.want, errs.Error(), tt.vendor)
		}
	}
}
