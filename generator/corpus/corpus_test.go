package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

const corpusDir = "../../testdata/corpus"

type threshold struct {
	Recall    float64 `yaml:"recall"`
	Precision float64 `yaml:"precision"`
}

type thresholds struct {
	Tuning  threshold `yaml:"tuning"`
	Heldout threshold `yaml:"heldout"`
}

// TestCorpus extracts every corpus document and fails when the overall
// recall or precision falls below testdata/corpus/thresholds.yaml.
func TestCorpus(t *testing.T) {
	cases, err := Load(corpusDir)
	require.NoError(t, err)
	scores := make([]Score, len(cases))
	for i, c := range cases {
		scores[i] = Run(c)
		require.NoError(t, scores[i].Err, c.Name)
	}
	data, err := os.ReadFile(filepath.Join(corpusDir, "thresholds.yaml"))
	require.NoError(t, err)
	var min thresholds
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	require.NoError(t, dec.Decode(&min))
	tuning, held := Split(scores)
	for _, set := range []struct {
		name  string
		total Total
		min   threshold
	}{{"tuning", tuning, min.Tuning}, {"heldout", held, min.Heldout}} {
		assert.GreaterOrEqual(t, set.total.Recall(), set.min.Recall, "%s recall fell below thresholds.yaml; run make corpus", set.name)
		assert.GreaterOrEqual(t, set.total.Precision(), set.min.Precision, "%s precision fell below thresholds.yaml; run make corpus", set.name)
		t.Logf("%s: recall %.3f, precision %.3f over %d documents", set.name, set.total.Recall(), set.total.Precision(), set.total.Docs)
	}
}

// TestCorpusCoverage holds the corpus to its size and layout spread.
func TestCorpusCoverage(t *testing.T) {
	cases, err := Load(corpusDir)
	require.NoError(t, err)
	scores := make([]Score, len(cases))
	for i, c := range cases {
		scores[i] = Score{Case: c}
	}
	assert.GreaterOrEqual(t, len(cases), 40, "documents")
	assert.GreaterOrEqual(t, len(vendors(scores)), 20, "vendors")
	by := ByLayout(scores)
	for _, l := range Layouts {
		if assert.NotNil(t, by[l], l) {
			assert.GreaterOrEqual(t, by[l].Docs, 3, "documents of layout %s", l)
		}
	}
}

func key(enums ...KeyEnum) Case {
	return Case{Name: "case", Key: Key{Vendor: "v", Layouts: []string{"table"}, Enums: enums}}
}

func TestCompare(t *testing.T) {
	status := KeyEnum{Name: "call_status", Also: []string{"Status"}, Values: []string{"busy", "no-answer", "completed"}}
	dir := KeyEnum{Name: "direction", Values: []string{"inbound", "outbound"}}
	empty := KeyEnum{Name: "state"}
	cases := []struct {
		name                          string
		found                         []Found
		hits, expected, correct, extr int
		names                         int
		misses, inventions            []string
	}{
		{"exact", []Found{{"CallStatus", []string{"busy", "no-answer", "completed"}}, {"Direction", []string{"inbound", "outbound"}}},
			5, 5, 5, 5, 2, nil, nil},
		{"case matters", []Found{{"CallStatus", []string{"BUSY", "no-answer", "completed"}}},
			2, 5, 2, 3, 1, []string{"call_status:busy", "direction:inbound", "direction:outbound"}, []string{"CallStatus:BUSY"}},
		{"split enum counts once", []Found{{"A", []string{"busy"}}, {"B", []string{"busy", "no-answer"}}},
			2, 5, 3, 3, 0, []string{"call_status:completed", "direction:inbound", "direction:outbound"}, nil},
		{"merged enums: extra values are inventions", []Found{{"Status", []string{"busy", "no-answer", "completed", "inbound"}}},
			3, 5, 3, 4, 1, []string{"direction:inbound", "direction:outbound"}, []string{"Status:inbound"}},
		{"values for an empty key enum are inventions", []Found{{"State", []string{"open"}}},
			0, 5, 0, 1, 0, []string{"call_status:busy", "call_status:no-answer", "call_status:completed", "direction:inbound", "direction:outbound"}, []string{"State:open"}},
		{"nothing found", nil, 0, 5, 0, 0, 0,
			[]string{"call_status:busy", "call_status:no-answer", "call_status:completed", "direction:inbound", "direction:outbound"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := Compare(key(status, dir, empty), c.found)
			assert.Equal(t, c.hits, s.Hits, "hits")
			assert.Equal(t, c.expected, s.Expected, "expected")
			assert.Equal(t, c.correct, s.Correct, "correct")
			assert.Equal(t, c.extr, s.Extracted, "extracted")
			assert.Equal(t, c.names, s.Names, "names")
			assert.Equal(t, 2, s.Named)
			assert.Equal(t, c.misses, s.Misses)
			assert.Equal(t, c.inventions, s.Inventions)
		})
	}
}

// Two key enums with the same values are told apart by name.
func TestCompareSameValues(t *testing.T) {
	a := KeyEnum{Name: "ChannelStateDesc", Values: []string{"Up", "Down"}}
	b := KeyEnum{Name: "DestChannelStateDesc", Values: []string{"Up", "Down"}}
	s := Compare(key(a, b), []Found{{"ChannelStateDesc", []string{"Up", "Down"}}, {"DestChannelStateDesc", []string{"Up", "Down"}}})
	assert.Equal(t, 4, s.Hits)
	assert.Equal(t, 2, s.Names)
	assert.Empty(t, s.Misses)
}

// Two key enums of the same name and values take one found enum each.
func TestCompareSameNameAndValues(t *testing.T) {
	in := KeyEnum{Name: "State", Also: []string{"MediaFlowIn"}, Values: []string{"Flowing", "NotFlowing"}}
	out := KeyEnum{Name: "State", Also: []string{"MediaFlowOut"}, Values: []string{"Flowing", "NotFlowing"}}
	s := Compare(key(in, out), []Found{{"MediaFlowInState", []string{"Flowing", "NotFlowing"}}, {"MediaFlowOutState", []string{"Flowing", "NotFlowing"}}})
	assert.Equal(t, 4, s.Hits)
	assert.Empty(t, s.Misses)
	// One found enum only: the second key enum's values are missed.
	s = Compare(key(in, out), []Found{{"State", []string{"Flowing", "NotFlowing"}}})
	assert.Equal(t, 2, s.Hits)
	assert.Equal(t, []string{"State:Flowing", "State:NotFlowing"}, s.Misses)
}

// A found enum goes to the key enum whose values it lists exactly, not to
// a larger one listed first that holds them too.
func TestCompareClosest(t *testing.T) {
	call := KeyEnum{Name: "Call.state", Values: []string{"accepted", "incoming", "established"}}
	conf := KeyEnum{Name: "Conference.state", Values: []string{"accepted", "established"}}
	s := Compare(key(call, conf), []Found{{"Changed", []string{"accepted", "established"}}})
	assert.Equal(t, []string{"Call.state:accepted", "Call.state:incoming", "Call.state:established"}, s.Misses)
}

func TestFold(t *testing.T) {
	for _, s := range []string{"hangup_cause", "HangupCause", "Hangup cause", "hangup-cause"} {
		assert.Equal(t, "hangupcause", fold(s), s)
	}
	for _, s := range []string{"Call's leg state", "Call’s leg state", "CallLegState"} {
		assert.Equal(t, "calllegstate", fold(s), s)
	}
}

func TestKeyCheck(t *testing.T) {
	bad := []struct {
		key  string
		want string
	}{
		{"vendor: v\nsource: {url: u}\nlayouts: []\n", "no layouts"},
		{"vendor: v\nsource: {url: u}\nlayouts: [tables]\n", `unknown layout "tables"`},
		{"vendor: v\nsource: {repo: a/b}\nlayouts: [table]\n", "source needs repo and path, or url"},
		{"vendor: v\nsource: {url: u}\nlayouts: [table]\nenums: [{values: [a]}]\n", "an enum has no name"},
		{"vendor: v\nsource: {url: u}\nlayout: [table]\n", "field layout not found"},
	}
	for _, b := range bad {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "key.yaml"), []byte(b.key), 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "doc.md"), nil, 0o644))
		_, err := loadCase(dir)
		require.Error(t, err, b.key)
		assert.True(t, strings.Contains(err.Error(), b.want), "%v does not say %q", err, b.want)
	}
}

func TestReport(t *testing.T) {
	s := Compare(key(KeyEnum{Name: "status", Values: []string{"a|b", "c"}}), []Found{{"Status", []string{"a|b", "x"}}})
	var b strings.Builder
	Report(&b, []Score{s})
	out := b.String()
	assert.Contains(t, out, "| case | table | 1 | 1 | 2 | 0.50 | 0.50 | 1/1 | `status:c` | `Status:x` |")
	assert.Contains(t, out, "| **all** | 1 | 2 | 0.500 | 0.500 | 1/1 |")
	assert.Contains(t, out, "1 documents from 1 vendors.")
}
