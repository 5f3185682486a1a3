package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCleanSpace(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		clean    bool // taken as it is, without a copy
	}{
		{"", "", true},
		{"busy", "busy", true},
		{"The line is busy.", "The line is busy.", true},
		{" busy", "busy", false},
		{"busy ", "busy", false},
		{"the  line", "the line", false},
		{"the\tline\n", "the line", false},
		{"the\u00a0line", "the line", false},
		{"caf\u00e9 ok", "caf\u00e9 ok", false},
		{"bad \xff byte", "bad \ufffd byte", false},
	} {
		assert.Equal(t, tc.want, cleanSpace(tc.in), "%q", tc.in)
		assert.Equal(t, tc.want, strings.Join(strings.Fields(strings.ToValidUTF8(tc.in, "\ufffd")), " "), "%q: the rule", tc.in)
		assert.Equal(t, tc.clean, isClean(tc.in), "%q", tc.in)
	}
}
