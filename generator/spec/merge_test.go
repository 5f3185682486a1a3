package spec_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fresh is what the extractor found in the vendor document of every case
// below unless a case says otherwise.
const freshYAML = `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: BUSY, description: The callee was busy., line: 7}
      - {wire: FAILED, description: The call failed., line: 8}
`

// first is the spec the first extraction of freshYAML writes.
const firstYAML = freshYAML

func TestMerge(t *testing.T) {
	tests := []struct {
		name  string
		old   string // spec on disk; "" for none
		fresh string // extraction; "" for freshYAML
		drift []string
		check func(t *testing.T, f *spec.File)
	}{
		{
			name:  "first extraction",
			drift: []string{"+ enum CallStatus (line 3, 3 values)"},
			check: func(t *testing.T, f *spec.File) {
				assert.Equal(t, []string{"ANSWER", "BUSY", "FAILED"}, wires(f, "CallStatus"))
			},
		},
		{
			name: "identical re-extraction",
			old:  firstYAML,
		},
		{
			name: "lines shift only",
			old:  firstYAML,
			fresh: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 13
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 16}
      - {wire: BUSY, description: The callee was busy., line: 17}
      - {wire: FAILED, description: The call failed., line: 18}
`,
			check: func(t *testing.T, f *spec.File) {
				assert.Equal(t, 13, f.Enums[0].Line)
				assert.Equal(t, 17, value(f, "CallStatus", "BUSY").Line)
			},
		},
		{
			name: "vendor adds a value",
			old:  firstYAML,
			fresh: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 4
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: BUSY, description: The callee was busy., line: 7}
      - {wire: REJECTED, description: The callee rejected the call., line: 8}
      - {wire: FAILED, description: The call failed., line: 9}
`,
			drift: []string{
				"CallStatus: ~ stated count 3 → 4",
				"CallStatus: + REJECTED (line 8)",
			},
			check: func(t *testing.T, f *spec.File) {
				assert.Equal(t, []string{"ANSWER", "BUSY", "REJECTED", "FAILED"}, wires(f, "CallStatus"))
			},
		},
		{
			name: "vendor removes a value",
			old:  firstYAML,
			fresh: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: FAILED, description: The call failed., line: 7}
`,
			drift: []string{"CallStatus: - BUSY (removed)"},
			check: func(t *testing.T, f *spec.File) {
				assert.Equal(t, []string{"ANSWER", "BUSY", "FAILED"}, wires(f, "CallStatus"))
				assert.True(t, value(f, "CallStatus", "BUSY").Notes().Removed)
				assert.False(t, value(f, "CallStatus", "FAILED").Notes().Removed)
			},
		},
		{
			name: "removed value reappears",
			old: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: BUSY, description: The callee was busy., line: 7, removed: true, name: Engaged}
      - {wire: FAILED, description: The call failed., line: 7}
`,
			drift: []string{"CallStatus: + BUSY (line 7, back in the document)"},
			check: func(t *testing.T, f *spec.File) {
				v := value(f, "CallStatus", "BUSY")
				assert.False(t, v.Notes().Removed)
				assert.Equal(t, "Engaged", v.Name)
			},
		},
		{
			name: "vendor rewords a value and the enum",
			old:  firstYAML,
			fresh: `
vendor: acme
enums:
  - name: CallStatus
    description: The statuses of a call.
    line: 3
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: BUSY, description: The callee was busy on another call., line: 7}
      - {wire: FAILED, description: The call failed., line: 8}
`,
			drift: []string{
				"CallStatus: ~ description changed",
				"CallStatus: ~ BUSY: description changed",
			},
			check: func(t *testing.T, f *spec.File) {
				assert.Equal(t, "The callee was busy on another call.", value(f, "CallStatus", "BUSY").Description)
			},
		},
		{
			name: "curation survives",
			old: `
vendor: acme
kind: vendor
title: Acme Telecom
source: sources/acme.txt
format: glued
doc: Acme's call statuses.
enums:
  - name: Status
    doc: Status is the final status of a call.
    description: All call statuses.
    line: 3
    count: 3
    prefix: ""
    columns:
      - {name: sip, type: int}
    values:
      - wire: ANSWER
        name: Answered
        doc: The call was answered.
        description: The call was answered.
        line: 6
        data: {sip: 200}
        canonical: {phase: ended, outcome: completed, confidence: high}
      - wire: BUSY
        description: The callee was busy.
        line: 7
        deprecated: use REJECTED
        data: {sip: null}
      - {wire: FAILED, description: The call failed., line: 8}
resolvers:
  - {name: ResolveStatus, state: Status}
`,
			check: func(t *testing.T, f *spec.File) {
				assert.Equal(t, "Acme Telecom", f.Title)
				assert.Equal(t, "glued", f.Format)
				assert.Len(t, f.Resolvers, 1)
				e := f.Enums[0]
				assert.Equal(t, "Status", e.Name, "an enum renamed in the spec keeps its name")
				require.NotNil(t, e.Prefix)
				assert.Equal(t, "", *e.Prefix)
				assert.Len(t, e.Columns, 1)
				v := value(f, "Status", "ANSWER")
				assert.Equal(t, "Answered", v.Name)
				assert.Equal(t, "completed", v.Canonical.Outcome)
				assert.Equal(t, "200", v.Data["sip"].Text)
				assert.Equal(t, "use REJECTED", value(f, "Status", "BUSY").Notes().Deprecated)
			},
		},
		{
			name: "curated value keeps its place",
			old: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: BUSY, description: The callee was busy., line: 7}
      - wire: CONGESTION
        description: The network was congested.
        origin: curated
        reason: listed by the operator article only
        ref: https://example.com/operator-status
      - {wire: FAILED, description: The call failed., line: 8}
`,
			fresh: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 3
    values:
      - {wire: FAILED, description: The call failed., line: 6}
      - {wire: ANSWER, description: The call was answered., line: 7}
      - {wire: BUSY, description: The callee was busy., line: 8}
`,
			check: func(t *testing.T, f *spec.File) {
				assert.Equal(t, []string{"FAILED", "ANSWER", "BUSY", "CONGESTION"}, wires(f, "CallStatus"))
				v := value(f, "CallStatus", "CONGESTION")
				assert.False(t, v.Notes().Removed, "curated values are never removed")
				assert.Equal(t, spec.OriginCurated, v.Notes().Origin)
			},
		},
		{
			name: "curated value listed by the document is adopted",
			old: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: BUSY, description: The callee was busy., line: 7}
      - {wire: FAILED, description: The call failed., line: 8}
      - wire: FAILED_LEG1
        description: The first leg failed.
        line: 9
        origin: curated
        reason: the row lost its name in the copy
`,
			fresh: `
vendor: acme
enums:
  - name: CallStatus
    description: All call statuses.
    line: 3
    count: 3
    values:
      - {wire: ANSWER, description: The call was answered., line: 6}
      - {wire: BUSY, description: The callee was busy., line: 7}
      - {wire: FAILED, description: The call failed., line: 8}
      - {wire: FAILED_LEG1, description: The first leg failed., line: 9}
`,
			drift: []string{"CallStatus: ~ FAILED_LEG1: now in the document (line 9), no longer curated"},
			check: func(t *testing.T, f *spec.File) {
				v := value(f, "CallStatus", "FAILED_LEG1")
				assert.Equal(t, "", v.Notes().Origin)
				assert.Equal(t, "the row lost its name in the copy", v.Notes().Reason)
			},
		},
		{
			name: "curated enum stays curated",
			old: firstYAML + `
  - name: Direction
    origin: curated
    reason: the document types direction without its values
    values:
      - {wire: inbound, name: In}
      - {wire: outbound}
`,
			fresh: freshYAML + `
  - name: Direction
    line: 20
    values:
      - {wire: outbound, description: From the platform., line: 21}
      - {wire: internal, description: Between users., line: 22}
`,
			drift: []string{
				"Direction: ~ outbound: description changed",
				"Direction: + internal (line 22)",
			},
			check: func(t *testing.T, f *spec.File) {
				e := enumNamed(f, "Direction")
				assert.Equal(t, spec.OriginCurated, e.Origin)
				assert.Equal(t, []string{"inbound", "outbound", "internal"}, wires(f, "Direction"))
				assert.False(t, value(f, "Direction", "inbound").Notes().Removed, "values of a curated enum are never removed")
				assert.Equal(t, "In", value(f, "Direction", "inbound").Name)
			},
		},
		{
			name: "enum gone from the document",
			old: firstYAML + `
  - name: Direction
    line: 20
    values:
      - {wire: in, line: 21}
      - {wire: out, line: 22, origin: curated}
`,
			drift: []string{"- enum Direction (no longer in the document; 1 value marked removed)"},
			check: func(t *testing.T, f *spec.File) {
				assert.True(t, value(f, "Direction", "in").Notes().Removed)
				assert.False(t, value(f, "Direction", "out").Notes().Removed)
			},
		},
		{
			name: "vendor renames an enum",
			old: `
vendor: acme
enums:
  - name: CallStatus
    prefix: Status
    line: 3
    values:
      - {wire: ANSWER, line: 6}
      - {wire: BUSY, line: 7}
      - {wire: FAILED, line: 8}
`,
			fresh: `
vendor: acme
enums:
  - name: CallStatuses
    line: 3
    values:
      - {wire: ANSWER, line: 6}
      - {wire: BUSY, line: 7}
      - {wire: NOANSWER, line: 8}
`,
			drift: []string{
				"CallStatus: - FAILED (removed)",
				"CallStatus: + NOANSWER (line 8)",
			},
			check: func(t *testing.T, f *spec.File) {
				require.Len(t, f.Enums, 1)
				assert.Equal(t, "Status", *f.Enums[0].Prefix)
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var old *spec.File
			if tt.old != "" {
				old = load(t, "old.yaml", tt.old)
			}
			freshText := tt.fresh
			if freshText == "" {
				freshText = freshYAML
			}
			fresh := load(t, "fresh.yaml", freshText)
			oldBytes, freshBytes := marshal(t, old), marshal(t, fresh)

			got, drift := spec.Merge(old, fresh)
			assert.Equal(t, tt.drift, changes(drift))
			assert.Equal(t, oldBytes, marshal(t, old), "Merge must not modify old")
			assert.Equal(t, freshBytes, marshal(t, fresh), "Merge must not modify fresh")
			if tt.check != nil {
				tt.check(t, got)
			}
			if tt.old != "" && tt.fresh == "" && len(tt.drift) == 0 {
				assert.Equal(t, string(oldBytes), string(marshal(t, got)), "no drift, same bytes")
			}
			assertStable(t, got, fresh)
		})
	}
}

// assertStable checks that merging the same extraction again into the
// written result changes nothing.
func assertStable(t *testing.T, merged, fresh *spec.File) {
	t.Helper()
	written := marshal(t, merged)
	again, drift := spec.Merge(load(t, "merged.yaml", string(written)), fresh)
	assert.Empty(t, changes(drift), "second merge drifts")
	assert.Equal(t, string(written), string(marshal(t, again)), "second merge changes bytes")
}

func TestMergeModels(t *testing.T) {
	old := load(t, "old.yaml", `
vendor: acme
field_naming: snake
enums:
  - name: EventType
    line: 5
    values:
      - {wire: answer, line: 5}
models:
  - name: DisconnectCallback
    line: 3
    fields:
      - {wire: eventType, source_name: event_type, type: str, enum: EventType, line: 5}
      - {wire: sender, source_name: var_from, name: From, type: str, line: 6}
      - {wire: call_id, type: str, line: 7}
      - {wire: accountId, type: str, line: 8}
      - {wire: tag, type: str, line: 9, optional: true}
      - {wire: custom, type: str, origin: curated, reason: sent but undocumented}
`)
	fresh := load(t, "fresh.yaml", `
vendor: acme
enums:
  - name: EventTypes
    line: 5
    values:
      - {wire: answer, line: 5}
models:
  - name: DisconnectCallback
    line: 3
    fields:
      - {wire: event_type, type: str, line: 5}
      - {wire: var_from, type: str, line: 6}
      - {wire: call_id, type: int, line: 7, optional: true}
      - {wire: account_id, source_name: account_id, type: str, line: 8}
      - {wire: event_time, type: datetime, enum: EventTypes, line: 9}
`)
	got, drift := spec.Merge(old, fresh)
	assert.Equal(t, []string{
		"DisconnectCallback: ~ callId: wire call_id → callId",
		"DisconnectCallback: ~ callId: type str → int",
		"DisconnectCallback: ~ callId: now optional",
		"DisconnectCallback: - tag (removed)",
		"DisconnectCallback: + eventTime (line 9)",
	}, changes(drift))
	fields := got.Models[0].Fields
	var wires []string
	for _, f := range fields {
		wires = append(wires, f.Wire+"/"+f.SourceName)
	}
	assert.Equal(t, []string{
		"eventType/event_type", "sender/var_from", "callId/", "accountId/",
		"tag/", "custom/", "eventTime/",
	}, wires)
	assert.Equal(t, "From", fields[1].Name)
	assert.Equal(t, "EventType", fields[0].Enum, "a field keeps its enum link")
	assert.Equal(t, "EventType", fields[6].Enum, "a new field follows the spec's enum name")
	assert.True(t, fields[4].Removed)
	assert.False(t, fields[5].Removed, "curated fields are never removed")
	assertStable(t, got, fresh)
}

func TestMergeModelGone(t *testing.T) {
	old := load(t, "old.yaml", `
vendor: acme
enums: []
models:
  - name: Callback
    fields:
      - {wire: a}
      - {wire: b, origin: curated}
`)
	got, drift := spec.Merge(old, &spec.File{Vendor: "acme"})
	assert.Equal(t, []string{"- model Callback (no longer in the document; 1 field marked removed)"}, changes(drift))
	assert.True(t, got.Models[0].Fields[0].Removed)
	assert.False(t, got.Models[0].Fields[1].Removed)
}

func TestMergeFirstModel(t *testing.T) {
	fresh := load(t, "fresh.yaml", `
vendor: acme
field_naming: snake
enums: []
models:
  - name: Callback
    line: 2
    fields:
      - {wire: event_type, line: 3}
      - {wire: to, line: 4}
`)
	got, drift := spec.Merge(nil, fresh)
	assert.Equal(t, []string{"+ model Callback (line 2, 2 fields)"}, changes(drift))
	assert.Equal(t, "eventType", got.Models[0].Fields[0].Wire)
	assert.Equal(t, "", got.Models[0].Fields[0].SourceName, "the naming rule gives it")
	assert.Equal(t, "", got.Models[0].Fields[1].SourceName)
}

func TestClaimRow(t *testing.T) {
	f := load(t, "spec.yaml", `
vendor: acme
enums:
  - name: CallStatus
    values:
      - {wire: ANSWER, description: Answered.}
      - wire: FAILED_LEG1
        description: When Leg1 number failed to connect
        origin: curated
        line: 17
      - wire: FAILED_LEG1_ALT
        description: Leg1 number failed
        origin: curated
      - {wire: NOANSWER, description: Answered, origin: curated}
      - {wire: HUNGUP_B, description: 'Leg1 "B" hung up', origin: curated}
`)
	tests := []struct {
		name string
		text string
		want string // wire of the claiming value; "" for none
	}{
		{"row text", "When Leg1 number failed to connect", "FAILED_LEG1"},
		{"quoted in a warning, longest wins", `row has no value name: "Outgoing Call status. When Leg1 number failed to connect"`, "FAILED_LEG1"},
		{"a shorter description", "Leg1 number failed to connect", "FAILED_LEG1_ALT"},
		{"not inside a word", "Unanswered call", ""},
		{"escaped in a literal", `row has no value name: "Leg1 \"B\" hung up"`, "HUNGUP_B"},
		{"cut short in a literal", `row has no value name: "When Leg1 number failed t..."`, "FAILED_LEG1"},
		{"too short a cut", `row has no value name: "When Leg1..."`, ""},
		{"extracted values never claim", "Answered.", "NOANSWER"},
		{"unrelated", "table has 3 columns", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range f.Enums[0].Values {
				v.Line = 0
			}
			ok := f.ClaimRow(42, tt.text)
			assert.Equal(t, tt.want != "", ok)
			for _, v := range f.Enums[0].Values {
				assert.Equal(t, v.Wire == tt.want, v.Line == 42, v.Wire)
			}
		})
	}
}

func TestWireFromSnake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"event_type", "eventType"},
		{"var_from", "from"},
		{"call_id", "callId"},
		{"to", "to"},
		{"answer_time", "answerTime"},
		{"leg_1", "leg1"},
		{"var_", "var"},
		{"a__b", "aB"},
		{"_", "_"},
		{"already_camelCase", "alreadyCamelCase"},
		{"variable", "variable"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, spec.WireFromSnake(tt.in), tt.in)
	}
}

func TestDriftReport(t *testing.T) {
	d := spec.Drift{Changes: []spec.Change{
		{Op: spec.Added, Item: spec.ItemEnum, Name: "CallStatus", Line: 7, Detail: "28 values"},
		{Op: spec.Changed, Item: spec.ItemEnum, Name: "CallStatus", Detail: "stated count 28 → 29"},
		{Op: spec.Added, Item: spec.ItemValue, Parent: "CallStatus", Name: "NEW_STATUS", Line: 30},
		{Op: spec.Removed, Item: spec.ItemValue, Parent: "CallStatus", Name: "OLD", Detail: "removed"},
		{Op: spec.Changed, Item: spec.ItemValue, Parent: "CallStatus", Name: "BUSY", Detail: "description changed"},
	}}
	var b bytes.Buffer
	d.Report(&b, "specs/kaleyraio.yaml")
	assert.Equal(t, `specs/kaleyraio.yaml: + enum CallStatus (line 7, 28 values)
specs/kaleyraio.yaml: CallStatus: ~ stated count 28 → 29
specs/kaleyraio.yaml: CallStatus: + NEW_STATUS (line 30)
specs/kaleyraio.yaml: CallStatus: - OLD (removed)
specs/kaleyraio.yaml: CallStatus: ~ BUSY: description changed
`, b.String())
	assert.False(t, d.Empty())
	assert.True(t, spec.Drift{}.Empty())
}

func load(t *testing.T, path, text string) *spec.File {
	t.Helper()
	f, diags := spec.Load(path, []byte(strings.TrimPrefix(text, "\n")))
	require.Empty(t, diags, "load %s", path)
	return f
}

func marshal(t *testing.T, f *spec.File) []byte {
	t.Helper()
	if f == nil {
		return nil
	}
	b, err := spec.Marshal(f)
	require.NoError(t, err)
	return b
}

func changes(d spec.Drift) []string {
	var out []string
	for _, c := range d.Changes {
		out = append(out, c.String())
	}
	return out
}

func enumNamed(f *spec.File, name string) *spec.Enum {
	for _, e := range f.Enums {
		if e.Name == name {
			return e
		}
	}
	return nil
}

func wires(f *spec.File, enum string) []string {
	var out []string
	for _, v := range enumNamed(f, enum).Values {
		out = append(out, v.Wire)
	}
	return out
}

func value(f *spec.File, enum, wire string) *spec.Value {
	for _, v := range enumNamed(f, enum).Values {
		if v.Wire == wire {
			return v
		}
	}
	return nil
}

func FuzzClaimRow(f *testing.F) {
	f.Add(`row has no value name: "When Leg1 number failed t..."`, "When Leg1 number failed to connect")
	f.Add(`"\"`, `"`)
	f.Fuzz(func(t *testing.T, text, desc string) {
		file := &spec.File{Enums: []*spec.Enum{{Name: "E", Values: []*spec.Value{
			{Wire: "X", Description: desc, Curation: &spec.Curation{Origin: spec.OriginCurated}},
		}}}}
		if file.ClaimRow(7, text) && file.Enums[0].Values[0].Line != 7 {
			t.Fatal("claimed without taking the line")
		}
	})
}
