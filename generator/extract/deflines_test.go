package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func lineList(text string) []Line {
	var out []Line
	for i, l := range strings.Split(text, "\n") {
		out = append(out, Line{N: i + 1, Text: l})
	}
	return out
}

func TestParseDefinitionLines(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		terms []string // nil: not definitions
	}{
		{"copied dl", "queued\nAll new calls are queued -\nringing\nTwilio dials -\nbusy\nThe line was busy", []string{"queued", "ringing", "busy"}},
		{"multi-line definition", "a\nthe first\nof three\nb\nthe second\nc\nthe third", []string{"a", "b", "c"}},
		{"too few terms", "queued\nqueued calls\nringing\nringing calls", nil},
		{"prose first", "The statuses are\nqueued\nfirst\nringing\nsecond\nbusy\nthird", nil},
		{"two terms in a row", "a\nb\none\nc\ntwo\nd\nthree", nil},
		{"sentences", "Calls start queued.\nThen they ring.\nThen they end.\nThe end.\nReally.\nYes.", nil},
	}
	for _, c := range cases {
		defs, ok := parseDefinitionLines(lineList(c.text))
		assert.Equal(t, c.terms != nil, ok, c.name)
		var terms []string
		for _, d := range defs {
			terms = append(terms, d.term)
		}
		if ok {
			assert.Equal(t, c.terms, terms, c.name)
		}
	}
}
