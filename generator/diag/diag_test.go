package diag

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEscape: text quoted from documents and specs cannot break a
// diagnostic's line, recolour the terminal or reorder what it shows.
func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, «quotes», Вusy", "plain text, «quotes», Вusy"},
		{"two\nlines", `two\nlines`},
		{"cr\rover", `cr\rover`},
		{"tab\there", `tab\there`},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"bell\a", `bell\a`},
		{"nel\u0085", `nel\u0085`},
		{"rtl \u202eevil\u202c", `rtl \u202eevil\u202c`},
		{"isolate \u2066x\u2069", `isolate \u2066x\u2069`},
		{"bad \xff utf8", `bad \xff utf8`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Escape(tt.in), "%q", tt.in)
	}
}

func TestDiagnosticStringEscapes(t *testing.T) {
	var l List
	l.Warnf(Pos{File: "specs/a\nb.yaml", Line: 3, Col: 5}, "row %s", "x\nspecs/other.yaml:1:1: fake")
	l.Errorf(Pos{}, "no position \x1b[2J")
	assert.Equal(t, `specs/a\nb.yaml:3:5: warning: row x\nspecs/other.yaml:1:1: fake`, l[0].String())
	assert.Equal(t, `no position \x1b[2J`, l[1].String())
	assert.Equal(t, l[0].String()+"\n"+l[1].String(), l.Error())
}
