package textdiff_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/textdiff"
	"github.com/stretchr/testify/assert"
)

func TestLines(t *testing.T) {
	tests := []struct{ name, want, got, diff string }{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"changed line", "a\nb\nc\n", "a\nB\nc\n", "-2: b\n+2: B\n"},
		{"inserted line shifts nothing else", "a\nb\nc\n", "a\nx\nb\nc\n", "+2: x\n"},
		{"removed line", "a\nb\nc\n", "a\nc\n", "-2: b\n"},
		{"missing trailing newline", "a\n", "a", "-2: \n"},
		{"empty want", "", "a", "-1: \n+1: a\n"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.diff, textdiff.Lines(tt.want, tt.got), tt.name)
	}
}

func TestLinesIsCapped(t *testing.T) {
	var want, got strings.Builder
	for i := range 100 {
		fmt.Fprintf(&want, "w%d\n", i)
		fmt.Fprintf(&got, "g%d\n", i)
	}
	d := textdiff.Lines(want.String(), got.String())
	assert.Equal(t, 41, strings.Count(d, "\n"))
	assert.True(t, strings.HasSuffix(d, "... and 160 more differing lines\n"), d)
}

func ExampleLines() {
	fmt.Print(textdiff.Lines("busy\nno-answer\nfailed\n", "busy\nno_answer\nfailed\n"))
	// Output:
	// -2: no-answer
	// +2: no_answer
}
