package spec

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bomb is a spec of nested aliases: enums × values × data keys nodes once
// expanded, from a few KB.
func bomb(enums, values, keys int) string {
	var data []string
	for i := range keys {
		data = append(data, fmt.Sprintf("k%d: %d", i, i))
	}
	return "vendor: acme\nenums:\n" +
		"  - &e {name: A, values: [&v {wire: a, data: {" + strings.Join(data, ", ") + "}}" +
		strings.Repeat(", *v", values) + "]}\n" +
		strings.Repeat("  - *e\n", enums)
}

// TestLoadLimitsAliasExpansion: nested aliases end quickly in an error at
// the alias whose expansion ran past the budget, not in minutes and GBs.
func TestLoadLimitsAliasExpansion(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// The budget is 100 times the written nodes: each case's first
		// alias past it is the error's position.
		{"billion laughs: 5 KB", bomb(150, 330, 280), "x.yaml:3:3653: alias *v expands the spec past its limit of 105600 YAML nodes"},
		{"small bomb", bomb(100, 100, 100), "x.yaml:5:5: alias *e expands the spec past its limit of 41600 YAML nodes"},
		{"many enum aliases", bomb(5000, 100, 1), "x.yaml:842:5: alias *e expands the spec past its limit of 511800 YAML nodes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, errs := Load("x.yaml", []byte(tt.text))
			assert.Less(t, time.Since(start), 2*time.Second)
			require.True(t, errs.HasErrors())
			assert.Contains(t, errs.Error(), tt.want)
			assert.Contains(t, errs.Error(), "nested aliases multiply")
			assert.Less(t, len(errs), 5, "errors repeated by every expansion are reported once")
		})
	}
}

// TestLoadKeepsOrdinaryAliases: sharing a block by alias, the use YAML
// aliases are for, stays within the budget.
func TestLoadKeepsOrdinaryAliases(t *testing.T) {
	text := "vendor: acme\nenums:\n  - name: A\n    values:\n" +
		"      - {wire: a, canonical: &busy {outcome: busy, confidence: high}}\n"
	for i := range 200 {
		text += fmt.Sprintf("      - {wire: b%d, canonical: *busy}\n", i)
	}
	f, errs := Load("x.yaml", []byte(text))
	require.Empty(t, errs)
	require.Len(t, f.Enums[0].Values, 201)
	assert.Equal(t, "busy", f.Enums[0].Values[200].Canonical.Outcome)
}

// TestLoadReportsAnErrorInsideAnAliasOnce: every expansion of an alias
// repeats the errors of what it stands for, at the same position.
func TestLoadReportsAnErrorInsideAnAliasOnce(t *testing.T) {
	text := "vendor: acme\nenums:\n  - name: A\n    values:\n" +
		"      - &v {wire: a, colour: red}\n      - *v\n      - *v\n"
	_, errs := Load("x.yaml", []byte(text))
	assert.Equal(t, `x.yaml:5:22: unknown key "colour" (known: wire, name, doc, description, line, origin, reason, ref, deprecated, removed, ignore, data, canonical)`, errs.Error())
}

// TestLoadRequiresWire: a value's wire cannot be left out or null; only a
// written "" is the empty wire string.
func TestLoadRequiresWire(t *testing.T) {
	tests := []struct{ value, want string }{
		{`{wire: ""}`, ""},
		{`{wire: "null"}`, ""},
		{`{wire: 404}`, ""},
		{`{description: lost}`, `x.yaml:4:14: missing wire: write the string, or wire: "" for the empty string`},
		{`{wire: }`, `x.yaml:4:15: wire is null: write the string, or wire: "" for the empty string`},
		{`{wire: null}`, `x.yaml:4:15: wire is null: write the string, or wire: "" for the empty string`},
		{`{wire: ~}`, `x.yaml:4:15: wire is null: write the string, or wire: "" for the empty string`},
	}
	for _, tt := range tests {
		text := "vendor: acme\nenums:\n  - name: A\n    values: [" + tt.value + "]\n"
		f, errs := Load("x.yaml", []byte(text))
		if tt.want == "" {
			require.Empty(t, errs, tt.value)
			assert.NotNil(t, f.Enums[0].Values[0], tt.value)
			continue
		}
		assert.Equal(t, tt.want, errs.Error(), tt.value)
	}
}
