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
		{"string (enum: `inbound/outbound`)", []string{"inbound", "outbound"}},
		{"enum: a/b, c", []string{"a/b", "c"}},
		{"Enum: `a`, `b`", []string{"a", "b"}},
		{"enum (inbound, outbound)", []string{"inbound", "outbound"}},
		{"Enum<call.answered|call.hangup>", []string{"call.answered", "call.hangup"}},
		{"string (inbound | outbound)", []string{"inbound", "outbound"}},
		{"string (enum: `incoming call`, `answered by staff`, `missed`)", []string{"incoming call", "answered by staff", "missed"}},
		{"`\"requested\" | \"error\"`", []string{"requested", "error"}},
		{"`[ \"PCMU\" | \"OPUS\" ]`", []string{"PCMU", "OPUS"}},
		{"`string`", nil},
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
		{`[ "PCMU" | "OPUS" ]`, []string{"PCMU", "OPUS"}},
		{"[ MediaDeviceInfo ]", nil},
		{"ENUM STATUS ringing\nactive\nno answer\n", []string{"ringing", "active", "no answer"}},
		{"enum outbound\ninbound", []string{"outbound", "inbound"}},
		{"ENUM DIRECTION\n", nil},
		{"enum of the states\nsee below for what each means in detail", nil},
	}
	for _, c := range cases {
		got, ok := typeValues(c.cell)
		assert.Equal(t, c.want != nil, ok, c.cell)
		assert.Equal(t, c.want, got, c.cell)
	}
}

func TestTypeLike(t *testing.T) {
	for _, c := range []struct {
		cell string
		want bool
	}{
		{"bool", true}, {"number", true}, {"AudioSendSettings", true}, {"[ MediaDeviceInfo ]", true},
		{"string[]", true}, {`"speech" | "music" | AudioSendSettings`, true}, {"string | null", true},
		{"busy", false}, {"BUSY", false}, {"Busy", false}, {`"busy"`, false}, {"Off | Error", false},
		{"A String with one of these values", false},
		{"CameraSettings or CustomTrackSettings", true}, {"busy or failed", false},
	} {
		assert.Equal(t, c.want, typeLike(c.cell), c.cell)
	}
	values, ok := typeValues(`"speech" | "music" | AudioSendSettings`)
	assert.True(t, ok)
	assert.Equal(t, []string{"speech", "music"}, values)
}
