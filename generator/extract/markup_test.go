package extract

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMarkupNames(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"<Response>\n\t<Dial callerId=\"49\" anonymous=\"true\">\n\t\t<Number>4921</Number>\n\t</Dial>\n</Response>", []string{"Dial", "Number", "Response", "anonymous", "callerId"}},
		{"<Reject reason=\"busy\" />", []string{"Reject", "reason"}},
		{"a<b and <OTHER-VALUE>", []string{"OTHER-VALUE"}},
		{"x < y, <unclosed attr=\"no end", nil},
		{"<<<>>>", nil},
		{"<Play", nil},                                // no end: no tag
		{"<Gather onData=\"x\"\ntimeout=\"1\">", nil}, // not closed on its line
	}
	for _, tt := range tests {
		var got []string
		for n := range markupNames([]byte(tt.src)) {
			got = append(got, n)
		}
		sort.Strings(got)
		assert.Equal(t, tt.want, got, tt.src)
	}
}
