package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTypeValues(t *testing.T) {
	cases := []struct {
		cell string
		want []string
	}{
		{"enum: answered, hangup", []string{"answered", "hangup"}},
		{"enum: event", []string{"event"}},
		{"Enum: `a`, `b`", []string{"a", "b"}},
		{"enum (inbound, outbound)", []string{"inbound", "outbound"}},
		{"Enum<call.answered|call.hangup>", []string{"call.answered", "call.hangup"}},
		{"string (inbound | outbound)", []string{"inbound", "outbound"}},
		{`"speech" | "music"`, []string{"speech", "music"}},
		{`null | "requested" | "accepted"`, []string{"requested", "accepted"}},
		{"one of: busy, failed", []string{"busy", "failed"}},
		{"string", nil},
		{"string | null", nil},
		{"integer", nil},
		{"enum", nil},
		{`"only"`, nil},
		{"string (ISO 8601 date and time)", nil},
		{"enum: a, ...", nil},
		{"Enum<a|b> or null", nil},
	}
	for _, c := range cases {
		got, ok := typeValues(c.cell)
		assert.Equal(t, c.want != nil, ok, c.cell)
		assert.Equal(t, c.want, got, c.cell)
	}
}
