package extract

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark/ast"
)

// sameAsGoldmark extracts data with pipe tables read both ways and
// requires the same result.
func sameAsGoldmark(t testing.TB, name string, data []byte, format Format) {
	fast := Extract(name, data, Options{Format: format})
	slow := Extract(name, data, Options{Format: format, goldmarkTables: true})
	if !assert.Equal(t, slow, fast, "%s: a pipeTable read differs from goldmark's", name) {
		t.FailNow()
	}
}

// TestPipeTableSameAsGoldmark compares the two table readers on every
// document the repository holds: the corpus, the extraction cases and the
// shipped vendors' sources.
func TestPipeTableSameAsGoldmark(t *testing.T) {
	n := 0
	for _, root := range []string{"../../testdata/corpus", goldenDir, "../../specs/sources"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(path, ".yaml") || strings.HasPrefix(d.Name(), "want") {
				return err
			}
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			sameAsGoldmark(t, path, data, Auto)
			n++
			return nil
		})
		require.NoError(t, err)
	}
	assert.Greater(t, n, 100, "documents compared")
}

func TestPipeTableCases(t *testing.T) {
	for _, tc := range []struct {
		name  string
		doc   string
		plain bool // read as a pipeTable
	}{
		{"plain", "| Code | Meaning |\n|---|:--:|\n| `busy` | The line is busy |\n| no_answer | Nobody answered |\n", true},
		{"no outer pipes", "Code | Meaning\n--- | ---\nbusy | Busy\n", true},
		{"short and long rows", "| a | b |\n|---|---|\n| x |\n| y | z | extra |\n|\n||\n", true},
		{"code spans mid cell", "| a | b |\n|---|---|\n| x `y` z | `p` and ` q ` |\n", true},
		{"header count differs", "| a | b |\n|---|\n| x | y |\n", false},
		{"emphasis", "| a | b |\n|---|---|\n| *x* | y |\n", false},
		{"leading underscore", "| a | b |\n|---|---|\n| _x | y |\n", false},
		{"escaped pipe", "| a | b |\n|---|---|\n| x \\| y | z |\n", false},
		{"entity", "| a | b |\n|---|---|\n| x &amp; y | z |\n", false},
		{"link", "| a | b |\n|---|---|\n| [x](y) | z |\n", false},
		{"double backticks", "| a | b |\n|---|---|\n| ``x`` | z |\n", false},
		{"open code span", "| a | b |\n|---|---|\n| `x | z` |\n", false},
		{"text above header", "Causes\n| a | b |\n|---|---|\n| x | y |\n", false},
		{"in a list", "- | a | b |\n  |---|---|\n  | x | y |\n", false},
		{"in a quote", "> | a | b |\n> |---|---|\n> | x | y |\n", false},
		{"in a fence", "```\n| a | b |\n|---|---|\n| x | y |\n```\n", false},
		{"indented delimiter", "| a | b |\n    |---|---|\n| x | y |\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := []byte("# Cause\n\n" + tc.doc)
			assert.Equal(t, tc.plain, hasPipeTable(parse(doc, true)), "read as a pipeTable")
			sameAsGoldmark(t, tc.name, doc, Auto)
		})
	}
}

func hasPipeTable(root ast.Node) bool {
	found := false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, ok := n.(*pipeTable); ok && entering {
			found = true
		}
		return ast.WalkContinue, nil
	})
	return found
}

// FuzzPipeTable checks that reading plain tables without goldmark's nodes
// never changes what a document gives.
func FuzzPipeTable(f *testing.F) {
	for _, s := range []string{
		"| a | b |\n|---|---|\n| `x` | y z |\n",
		"# T\n\n| Code | Description |\n| :-- | --: |\n| no_answer | `a` b `c` |\n| x |\n",
		"| a |\n|-|\n| x | y |\n\n- | a |\n  |---|\n  | b |\n",
		"<div>\n\n| a | b |\n|---|---|\n| x | y |\n\n</div>\n",
		"```\n| a | b |\n|---|---|\n```\n| a | b |\n|---|---|\n| c | d |\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		if len(doc) > 1<<14 {
			return
		}
		sameAsGoldmark(t, "fuzz.md", []byte(doc), Auto)
	})
}

// BenchmarkPipeTable reads a plain table of 20,000 rows both ways.
func BenchmarkPipeTable(b *testing.B) {
	var doc strings.Builder
	doc.WriteString("# Cause\n\n| Code | Description |\n|---|---|\n")
	for i := range 20_000 {
		fmt.Fprintf(&doc, "| `C%d` | The call ended for reason %d. |\n", i, i)
	}
	data := []byte(doc.String())
	for _, bc := range []struct {
		name string
		opts Options
	}{{"pipeTable", Options{}}, {"goldmark", Options{goldmarkTables: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Extract("big.md", data, bc.opts)
			}
		})
	}
}

func TestMappingColumns(t *testing.T) {
	doc := func(other ...string) []byte {
		return []byte("# Causes\n\n| Value | Meaning | Other system |\n|---|---|---|\n" +
			"| NORMAL_CLEARING | Ended | " + other[0] + " |\n| USER_BUSY | Busy | " + other[1] + " |\n" +
			"| NO_ANSWER | Nobody answered | " + other[2] + " |\n| CALL_REJECTED | Rejected | " + other[3] + " |\n")
	}
	other := func(r Result) []string {
		var wires []string
		for _, e := range r.Enums {
			if e.Name == "OtherSystem" {
				for _, v := range e.Values {
					wires = append(wires, v.Wire)
				}
			}
		}
		return wires
	}
	r := Extract("map.md", doc("gone, success", "busy", "request-timeout", "general-error"), Options{})
	assert.Equal(t, []string{"gone", "success", "busy", "request-timeout", "general-error"}, other(r),
		"a column of lower-case codes, a quarter of them compound, is an enum of the other system's names")
	assert.Empty(t, other(Extract("map.md", doc("yes", "no", "yes", "no"), Options{})), "a yes/no column")
	assert.Empty(t, other(Extract("map.md", doc("inbound only", "v1", "v2", "optional"), Options{})), "words and versions")
}

func TestDescriptionSplitByBars(t *testing.T) {
	doc := "# CallLog\n\n## Properties\nName | Type | Description | Notes\n------------ | ------------- | ------------- | -------------\n" +
		"**id** | **String** | Call Log ID | [optional]\n" +
		"**direction** | **String** | Direction of the call. \\&quot;inbound\\&quot; | \\&quot;outbound\\&quot; | [optional]\n" +
		"**result** | **String** | Result. `connected` | `no_answer` | [optional]\n"
	for _, opts := range []Options{{}, {goldmarkTables: true}} {
		r := Extract("model.md", []byte(doc), opts)
		got := map[string][]string{}
		for _, e := range r.Enums {
			for _, v := range e.Values {
				got[e.Name] = append(got[e.Name], v.Wire)
			}
		}
		assert.Equal(t, map[string][]string{"Direction": {"inbound", "outbound"}, "Result": {"connected", "no_answer"}}, got,
			"the bars of a union split the description; its cells are taken back")
	}
}

func TestTableNestedInARow(t *testing.T) {
	doc := "# Bandwidth::CallState\n\n## Properties\n\n| Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n" +
		"| **call_id** | **String** | The call ID. | [optional] |\n" +
		"| **disconnect_cause** | **String** | | Cause | Description | |:------|:------------| | &#x60;hangup&#x60;| One party hung up. | | &#x60;busy&#x60; | Callee was busy. | |  Note: This list is not exhaustive. | [optional] |\n"
	r := Extract("state.md", []byte(doc), Options{})
	require.Len(t, r.Enums, 1)
	assert.Equal(t, "DisconnectCause", r.Enums[0].Name, "named after the field whose description held the table")
	var wires []string
	for _, v := range r.Enums[0].Values {
		wires = append(wires, v.Wire)
	}
	assert.Equal(t, []string{"hangup", "busy"}, wires)
	require.Len(t, r.Models, 1)
	assert.Len(t, r.Models[0].Fields, 2, "the row stays a field")
}

func TestCodeSpanSplitByABar(t *testing.T) {
	doc := "# Webhook\n\nKey | Description | Type | Default\n--- | --- | --- | ---\n`enabled` | Is it on | `boolean()` | `true`\n`http_verb` | The HTTP method | `string('get' | 'post')` | `post`\n"
	r := Extract("hook.md", []byte(doc), Options{})
	require.Len(t, r.Enums, 1)
	assert.Equal(t, "HTTPVerb", r.Enums[0].Name)
	require.Len(t, r.Enums[0].Values, 2, "the bar inside the code span split the Type cell; the span is joined back")
}

func TestTableRowShapes(t *testing.T) {
	doc := "# Cause\n\n| Value | Description |\n|---|---|\n| `busy`, `user_busy` | The line is busy |\n| `failed` | It failed |\n" +
		"| Value | Description |\n| `no-answer` | Nobody answered |\n| `rejected` | The callee\nrejected it |\n| `canceled` | Canceled\n"
	for _, opts := range []Options{{}, {goldmarkTables: true}} {
		r := Extract("t.md", []byte(doc), opts)
		require.Len(t, r.Enums, 1)
		var wires, descs []string
		for _, v := range r.Enums[0].Values {
			wires, descs = append(wires, v.Wire), append(descs, v.Description)
		}
		assert.Equal(t, []string{"busy", "user_busy", "failed", "no-answer", "rejected", "canceled"}, wires,
			"two values in a cell, a repeated header row skipped, a row missing its closing bar")
		assert.Equal(t, "The callee rejected it", descs[4], "a row wrapped over two lines")
		assert.Empty(t, r.Diags)
	}
}

func TestTwoTablesReadAsOne(t *testing.T) {
	doc := "# Call Status Changed\n\n| Parameter | Type | Description |\n|---|---|---|\n| call_id | string | The call. |\n| status | string | The new status. |\n" +
		"Status Types\n| Status | Meaning |\n|---|---|\n| ringing | The phone rings |\n| completed | Hung up after talking |\n"
	got := enumWires(doc)
	assert.Equal(t, map[string][]string{"StatusType": {"ringing", "completed"}}, got,
		"the second table, named after its title row, is read on its own")
}
