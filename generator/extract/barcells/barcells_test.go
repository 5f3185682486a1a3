package barcells

import (
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/linemap"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConvert(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		lines           []int
	}{{
		name:  "rows end where two bars meet",
		src:   "|\nStatus\n|\nDescription\n|\n|\nQueued\n|\nWaiting in line.\n|\n|\nFailed\n|\nNot completed.\n|\n",
		want:  "| Status | Description |\n|---|---|\n| Queued | Waiting in line. |\n| Failed | Not completed. |\n",
		lines: []int{2, 2, 7, 12},
	}, {
		name:  "a delimiter row gives the width of the rows after it",
		src:   "Code\n|\nDescription\n|\nMaps to\n|\n---|---|---|\nBusy\n|\nBusy number.\n|\nBusy\n|\nConnected\n|\nConnected.\n|\n",
		want:  "| Code | Description | Maps to |\n|---|---|---|\n| Busy | Busy number. | Busy |\n| Connected | Connected. |\n",
		lines: []int{1, 1, 8, 14},
	}, {
		name:  "other blocks are kept as they are, blank lines between",
		src:   "Title\n\n|\nA\n|\nB\n|\n|\nc\n|\nd a | b\n|\n\nAfter.\n",
		want:  "Title\n\n| A | B |\n|---|---|\n| c | d a \\| b |\n\nAfter.\n",
		lines: []int{1, 2, 4, 4, 9, 13, 14},
	}, {
		name:  "blocks of text set apart by bars, one cell to most rows: a page's layout, no table",
		src:   "Title\n|\n|\nSome text.\n|\n|\nResponse\n|\n|\nSTATUS can be:\n- NONE - Idle.\n|\n|\n",
		want:  "Title\n|\n|\nSome text.\n|\n|\nResponse\n|\n|\nSTATUS can be:\n- NONE - Idle.\n|\n|\n",
		lines: []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13},
	}, {
		name:  "rows that open with a bar alone, each cell closed by its bar, text above and below",
		src:   "These constants give the status:\n|\nConstant |\nDescription |\n|---|---|\n|\nBUSY |\nThe line is busy. |\n|\nIDLE |\nNothing happens. |\n|\nDOWN |\nThe line is down. |\nAfter.\n",
		want:  "These constants give the status:\n| Constant | Description |\n|---|---|\n| BUSY | The line is busy. |\n| IDLE | Nothing happens. |\n| DOWN | The line is down. |\nAfter.\n",
		lines: []int{1, 3, 3, 7, 10, 13, 15},
	}, {
		name:  "such rows under a pipe header",
		src:   "Type: string\n| Value | Description |\n|---|---|\n|\nST_IDLE |\nIdle state. |\n|\nST_BUSY |\nBusy state. |\n|\nST_DOWN |\nDown state. |\n|\nST_UP |\nUp state. |\n",
		want:  "Type: string\n| Value | Description |\n|---|---|\n| ST_IDLE | Idle state. |\n| ST_BUSY | Busy state. |\n| ST_DOWN | Down state. |\n| ST_UP | Up state. |\n",
		lines: []int{1, 2, 2, 5, 8, 11, 14},
	}, {
		name:  "too few bars: no table",
		src:   "a\n|\nb\n|\nc\n",
		want:  "a\n|\nb\n|\nc\n",
		lines: []int{1, 2, 3, 4, 5},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			md, lines := Convert([]byte(tc.src))
			assert.Equal(t, tc.want, string(md))
			assert.Equal(t, tc.lines, lines)
			checkMap(t, []byte(tc.src), md, lines)
		})
	}
}

func TestSniff(t *testing.T) {
	assert.True(t, Sniff([]byte("|\nStatus\n|\nDescription\n|\n|\nQueued\n|\nWaiting.\n|\n")))
	assert.False(t, Sniff([]byte("| a | b |\n|---|---|\n| c | d |\n")), "a Markdown table")
	assert.False(t, Sniff([]byte("text\n|\nmore text\nand more\nand more\nand more\n|\n")), "a few stray bars")
}

// FuzzConvert checks that Convert never panics and that its line map fits
// the output and the source.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{"", "\n", "|\na\n|\nb\n|\n|\nc\n|\nd\n|\n", "a\n|\nb\n|\n---|---|\nc\n|\nd\n|\n|\n|\n", "|\n|\n|\n|\n|\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		md, lines := Convert(src)
		checkMap(t, src, md, lines)
		Sniff(src)
	})
}

// checkMap is linemap.Check, and the lines keep their order.
func checkMap(t testing.TB, src, md []byte, lines []int) {
	t.Helper()
	linemap.Check(t, src, md, lines)
	require.IsNonDecreasing(t, lines, "lines keep their order")
}

func BenchmarkConvert(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("|\nStatus\n|\nDescription\n|\n|\nQueued\n|\nThe call is waiting in line.\n|\n|\nFailed\n|\nThe call failed.\n|\n\n")
	}
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Convert(src)
	}
}
