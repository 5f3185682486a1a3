package htmlmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/golden"
	"github.com/stretchr/testify/require"
)

// corpusPages are real saved pages of the extraction corpus, converted as
// golden cases named corpus-<case>.
var corpusPages = []string{
	"android-telecom-disconnect-cause-html/DisconnectCause.html",
	"sipsorcery-sip-status-codes-html/SIPSorcery.SIP.SIPResponseStatusCodesEnum.html",
	"twilio-call-state-html/Call.State.html",
	"voipbin-queuecall-status-html/queue_struct_queuecall.html",
}

const corpusDir = "../../../testdata/corpus"

// goldenCases maps each golden case name to its HTML input.
func goldenCases(t testing.TB) map[string]string {
	t.Helper()
	cases := map[string]string{}
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	require.NoError(t, err)
	for _, in := range inputs {
		cases[strings.TrimSuffix(filepath.Base(in), ".html")] = in
	}
	for _, p := range corpusPages {
		cases["corpus-"+filepath.Dir(p)] = filepath.Join(corpusDir, p)
	}
	return cases
}

func TestGolden(t *testing.T) {
	for name, in := range goldenCases(t) {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			require.True(t, Sniff(src), "Sniff(%s)", in)
			md, lines, err := Convert(src)
			require.NoError(t, err)
			require.Equal(t, sourceLines(md), len(lines))
			checkLines(t, lines, sourceLines(src))
			golden.Check(t, filepath.Join("testdata", name+".md"), md)
		})
	}
}

// checkLines checks that every mapped line is a line of the source and
// that the map never goes back by much (output follows the source).
func checkLines(t *testing.T, lines []int, last int) {
	t.Helper()
	for i, l := range lines {
		require.True(t, l >= 1 && l <= last, "line %d maps to %d of %d", i+1, l, last)
	}
}
