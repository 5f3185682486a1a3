package adocmd

import (
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/linemap"
	"github.com/stretchr/testify/assert"
)

func TestConvert(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		lines           []int
	}{{
		name:  "titles, a table with its header option, a list",
		src:   "= API\n\n== Calls\n\n[cols=\",\",options=\"header\",]\n|====\n|Property |Description\n|Status |One of *queued* or *ringing*.\n|====\n\n* item\n** nested\n",
		want:  "# API\n\n## Calls\n\n\n\n| Property | Description |\n|---|---|\n| Status | One of **queued** or **ringing**. |\n\n\n- item\n  - nested\n",
		lines: []int{1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12},
	}, {
		name:  "cells one to a line, a cell over two lines, a width from cols",
		src:   "[cols=\"1,3\"]\n|===\n|Name\n|Meaning\n\n|busy\n|The line\nwas busy.\n|===\n",
		want:  "\n\n| Name | Meaning |\n|---|---|\n| busy | The line was busy. |\n\n",
		lines: []int{1, 2, 3, 3, 6, 9},
	}, {
		name:  "a listing block is fenced code; its lines are kept",
		src:   "== X\n----\n|===\n== not a title\n----\n",
		want:  "## X\n```\n|===\n== not a title\n```\n",
		lines: []int{1, 2, 3, 4, 5},
	}, {
		name:  "a description list, its nested terms below the first; a directive is no term",
		src:   "ifdef::env-github[:btn:]\nStatus:: Choose one:\nNot held::: The call did not happen.\nHeld:::\nDate:: The date.\n",
		want:  "ifdef::env-github[:btn:]\n- **Status**: Choose one:\n  - **Not held**: The call did not happen.\n  - **Held**\n- **Date**: The date.\n",
		lines: []int{1, 2, 3, 4, 5},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			md, lines := Convert([]byte(tc.src))
			assert.Equal(t, tc.want, string(md))
			assert.Equal(t, tc.lines, lines)
			linemap.Check(t, []byte(tc.src), md, lines)
		})
	}
}

func TestSniff(t *testing.T) {
	assert.True(t, Sniff([]byte("= Restcomm API\n\n== Calls\n\n|===\n|a |b\n|===\n")))
	assert.False(t, Sniff([]byte("# Title\n\n== not AsciiDoc\n\n|===\n")), "a Markdown heading")
	assert.False(t, Sniff([]byte("Title\n=====\n\nText.\n")), "a setext heading")
	assert.False(t, Sniff([]byte("[link]\n\ntext\n")), "one signal")
}

func TestColumns(t *testing.T) {
	for attr, want := range map[string]int{`[cols=",",options="header",]`: 2, `[cols="1,2,3"]`: 3, `[cols="4*"]`: 4, `[options="header"]`: 0, `[cols="x*"]`: 0} {
		assert.Equal(t, want, columns(attr), attr)
	}
}

// FuzzConvert checks that Convert never panics and that its line map fits
// the output and the source.
func FuzzConvert(f *testing.F) {
	for _, s := range []string{"", "\n", "= T\n== S\n", "|===\n|a |b\n|c\n|===\n", "[cols=\"2*\"]\n|===\n|a\n", "----\nx\n", "* a\n** b\n. c\n+\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		md, lines := Convert(src)
		linemap.Check(t, src, md, lines)
		Sniff(src)
	})
}

func BenchmarkConvert(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("== Calls\n\n[cols=\",\",options=\"header\",]\n|===\n|Property |Description\n|Status |One of *queued* or *ringing*.\n|Sid |The id.\n|===\n\n* item\n\n")
	}
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Convert(src)
	}
}
