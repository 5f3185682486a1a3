package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestItemValue(t *testing.T) {
	tests := []struct {
		item, wire, desc string
		ok               bool
	}{
		{"`LeaveChannel`(5): The user leaves.", "LeaveChannel", "(5): The user leaves.", true},
		{"**ANSWER_MODE**: Adds the header.", "ANSWER_MODE", "Adds the header.", true},
		{"**BUSY:** The line is busy.", "BUSY", "The line is busy.", true},
		{"`busy`", "busy", "", true},
		{"`busy` - the callee is busy", "busy", "the callee is busy", true},
		{"Before calling `join`.", "", "", false},      // a sentence
		{"`join` is called twice", "", "", false},      // code inside a sentence
		{"`unclosed", "", "", false},                   // no closing mark
		{"**Some label text here**: x", "", "", false}, // a label, not a value
		{"“Busy here”: The target number was busy.", "Busy here", "The target number was busy.", true},
		{`"Service Unavailable" - the server is down`, "Service Unavailable", "the server is down", true},
		{"“unclosed: text", "", "", false},
		{"“Busy” is what it says", "", "", false}, // a quote inside a sentence
	}
	for _, tt := range tests {
		wire, desc, ok := itemValue(tt.item)
		assert.Equal(t, tt.ok, ok, tt.item)
		if tt.ok {
			assert.Equal(t, tt.wire, wire, tt.item)
			assert.Equal(t, tt.desc, desc, tt.item)
		}
	}
}

func TestPlainItemValue(t *testing.T) {
	tests := []struct {
		item, wire string
		ok         bool
	}{
		{"criada: chamada foi criada", "criada", true},
		{"sem resposta", "sem resposta", true},
		{"18. sem resposta - mas chamou", "sem resposta - mas chamou", true}, // checked by the caller
		{"31 - normal, nao especificado", "normal, nao especificado", true},
		{"Required when the call is outbound.", "", false}, // a sentence
		{"see the table below for all", "", false},         // too many words
		{"1. The call was answered.", "", false},           // a numbered sentence
	}
	for _, tt := range tests {
		wire, ok := plainItemValue(tt.item)
		assert.Equal(t, tt.ok, ok, tt.item)
		if tt.ok {
			assert.Equal(t, tt.wire, wire, tt.item)
		}
	}
}

func TestHeadName(t *testing.T) {
	for header, want := range map[string]string{
		"Reason": "Reason",
		"Reasons for the state change and how to troubleshoot": "Reason",
		"Call states": "CallState",
		"":            "",
	} {
		assert.Equal(t, want, headName(header), header)
	}
}

func TestCellRunLong(t *testing.T) {
	// More rows than the first batch of cells a run reads.
	var b strings.Builder
	b.WriteString("Call status\n\nDescription\n\n")
	for i := range 300 {
		fmt.Fprintf(&b, "STATE_%d\n\nThe call is in state %d\n\n", i, i)
	}
	r := Extract("x.txt", []byte(b.String()), Options{})
	require.Len(t, r.Enums, 1)
	assert.Len(t, r.Enums[0].Values, 300)
	assert.Equal(t, "STATE_299", r.Enums[0].Values[299].Wire)
}
