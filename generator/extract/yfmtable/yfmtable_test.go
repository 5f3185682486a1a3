package yfmtable

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConvert(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{{
		name: "a row a list item, its cells after dashes, its lines under it; the header row blank",
		src:  "#|\n|| **Name**\n`type` | **Description** ||\n|| **ORDER**\n[`string`](types.md) | Sorting direction.\n\nPossible values:\n- `ASC` — ascending\n- `DESC` — descending ||\n|#\nAfter.\n",
		want: "\n\n\n- **ORDER**\n  [`string`](types.md) — Sorting direction.\n\n  Possible values:\n  - `ASC` — ascending\n  - `DESC` — descending\n\nAfter.\n",
	}, {
		name: "a row on one line; a bar in code is kept; a closing row mark alone",
		src:  "#|\n|| A | B ||\n|| x | `a|b` ||\n|| y | text\n||\n|#\n",
		want: "\n\n- x — `a|b`\n- y — text\n\n\n",
	}, {
		name: "text outside tables is kept",
		src:  "# Title\n| a | b |\n|---|---|\n",
		want: "# Title\n| a | b |\n|---|---|\n",
	}} {
		t.Run(tc.name, func(t *testing.T) {
			md := Convert([]byte(tc.src))
			assert.Equal(t, tc.want, string(md))
			assert.Equal(t, strings.Count(tc.src, "\n"), strings.Count(string(md), "\n"), "line for line")
		})
	}
}

func TestSniff(t *testing.T) {
	assert.True(t, Sniff([]byte("text\n#|\n|| a | b ||\n|#\n")))
	assert.False(t, Sniff([]byte("|# before\n#|\n")), "no table closed below an opening")
	assert.False(t, Sniff([]byte("| a | b |\n|---|---|\n")), "a Markdown table")
}

// FuzzConvert checks that Convert never panics and keeps the lines.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{"", "\n", "#|\n|| a | b ||\n|#\n", "#|\n|| a\n| b\n||\n|| c | `d|e` ||\n|#\n", "#|\n||\n||"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		md := Convert(src)
		require.Equal(t, strings.Count(string(src), "\n"), strings.Count(string(md), "\n"), "line for line")
		Sniff(src)
	})
}
