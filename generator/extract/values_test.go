package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWireValue(t *testing.T) {
	tests := []struct {
		in   string
		code bool
		want string
		why  string
	}{
		{in: "BUSY", want: "BUSY"},
		{in: `"Answered - No Key Pressed"`, want: "Answered - No Key Pressed"},
		{in: `"Answered now - No Key Pressed"`, why: "is text, not a value"},
		{in: "no-answer", want: "no-answer"},
		{in: "transfer.noanswer", want: "transfer.noanswer"},
		{in: `"Setup"`, want: "Setup"},
		{in: "<busy/>", want: "busy"}, // an XML condition, named by its element
		{in: "<OTHER>", why: "is a placeholder"},
		{in: "<a href/> x", why: "is text, not a value"},
		{in: "'TakeOver'", want: "TakeOver"},
		{in: "“Gone”", want: "Gone"},
		{in: "486", want: "486"},
		{in: "NO ANSWER", code: true, want: "NO ANSWER"},
		{in: `"NO ANSWER"`, want: "NO ANSWER"},
		{in: "NO ANSWER", why: "is text, not a value"},
		{in: "pjsua_buddy_config::subscribe", why: "is a qualified name in code (a::b), no value"},
		{in: "sip:alice@example.com", want: "sip:alice@example.com"},
		{in: "https://github.com/google/protobuf", why: "is a URL, no value"},
		{in: "waiting for the media to flow now", code: true, why: "is text, not a value"},
		{in: "", why: "is empty"},
		{in: `""`, why: "is empty"},
		{in: "<OTHER>", why: "is a placeholder"},
		{in: "{id}", why: "is a placeholder"},
		{in: "...", why: "is a placeholder"},
		{in: "N/A", why: "is a placeholder"},
		{in: "YYYY", why: "is a placeholder"}, // a date format's parts
		{in: "MM", why: "is a placeholder"},
		{in: "ss", why: "is a placeholder"},
		{in: "MDM", want: "MDM"},
		{in: "SS7", want: "SS7"},
		{in: "null", why: "is no string but null in JSON"},
		{in: `"User alerting, no answer"`, want: "User alerting, no answer"}, // a string literal
		{in: `"Unallocated (unassigned) number"`, want: "Unallocated (unassigned) number"},
		{in: "User alerting, no answer", code: true, why: "has ,, which no value has"},
		{in: "undefined", want: "undefined"}, // a reason some APIs send
		{in: "NULL", want: "NULL"},           // a constant some APIs send
		{in: `{"status":"busy"}`, why: "is a placeholder"},
		{in: "a,b", why: "has ,, which no value has"},
		{in: "--", why: "has no letter or digit"},
		{in: string(make([]byte, 101)), why: "is too long for a value"},
	}
	for _, tt := range tests {
		got, why := wireValue(tt.in, tt.code)
		assert.Equal(t, tt.want, got, "wireValue(%q)", tt.in)
		assert.Equal(t, tt.why, why, "wireValue(%q)", tt.in)
	}
}

func TestTokenShape(t *testing.T) {
	tests := []struct {
		in   string
		want shape
	}{
		{"BUSY", shapeConst},
		{"NO_ANSWER", shapeConst},
		{"no-answer", shapeConst},
		{"transfer.noanswer", shapeConst},
		{"NoAnswer", shapeConst},
		{"noAnswer", shapeConst},
		{"busy2", shapeConst},
		{"busy", shapeWord},
		{"Answered", shapeWord},
		{"A", shapeWord},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tokenShape(tt.in), "tokenShape(%q)", tt.in)
	}
}

func TestIsQuoted(t *testing.T) {
	assert.True(t, isQuoted(`"Setup"`))
	assert.True(t, isQuoted(`'Setup'`))
	assert.False(t, isQuoted("`Setup`"), "code is not a quoted literal")
	assert.False(t, isQuoted(`"a" or "b"`))
	assert.False(t, isQuoted(`Setup`))
	assert.False(t, isQuoted(`""`))
}
