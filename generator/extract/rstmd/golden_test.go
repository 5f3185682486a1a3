package rstmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpus holds real documents used as golden inputs; their wanted output
// is testdata/<name>.md.
var corpus = map[string]string{
	"daily-python-types":         "../../../testdata/corpus/daily-python-types-rst/types.rst",
	"fusionpbx-call-center":      "../../../testdata/corpus/fusionpbx-call-center/call_center.rst",
	"ipsc-ccf-call":              "../../../testdata/corpus/ipsc-ccf-call-api-rst/call.rst",
	"most-voip-voip-event":       "../../../testdata/corpus/most-voip-voip-event-rst/VoipEvent.rst",
	"pyvoip-voip":                "../../../testdata/corpus/pyvoip-call-state-rst/VoIP.rst",
	"pyvoip-sip":                 "../../../testdata/corpus/pyvoip-sip-status-rst/SIP.rst",
	"voipbin-call-struct":        "../../../testdata/corpus/voipbin-call-struct-rst/call_struct_call.rst",
	"wazo-reporting":             "../../../testdata/corpus/wazo-queue-call-status/reporting.rst",
	"wazo-switchboard-statistic": "../../../testdata/corpus/wazo-switchboard-statistics/statistics.rst",
}

// TestGolden converts testdata/<case>.rst and the corpus documents and
// compares the result with testdata/<case>.md.
func TestGolden(t *testing.T) {
	cases := map[string]string{}
	for name, path := range corpus {
		cases[name] = path
	}
	files, err := filepath.Glob("testdata/*.rst")
	require.NoError(t, err)
	for _, f := range files {
		cases[strings.TrimSuffix(filepath.Base(f), ".rst")] = f
	}
	for name, path := range cases {
		t.Run(name, func(t *testing.T) { runGolden(t, path, filepath.Join("testdata", name+".md")) })
	}
}

func runGolden(t *testing.T, in, want string) {
	src, err := os.ReadFile(in)
	require.NoError(t, err)
	require.True(t, Sniff(src), "%s sniffs as reStructuredText", in)
	md, lines := Convert(src)
	checkMap(t, src, md, lines)
	golden.Check(t, want, md)
	again, _ := Convert(src)
	assert.Equal(t, md, again, "deterministic")
}
