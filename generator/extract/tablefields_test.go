package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPathEnumNames(t *testing.T) {
	for _, tc := range []struct {
		paths, want []string
	}{
		{[]string{"data.payload.hangup_cause", "status"}, []string{"HangupCause", "Status"}},
		{[]string{"agent.listen.provider.type", "agent.think.provider.type", "agent.speak.provider.type"},
			[]string{"ListenProviderType", "ThinkProviderType", "SpeakProviderType"}},
		{[]string{"call.status", "call.status"}, []string{"Status", "Status"}},
		{[]string{"a.type", "type"}, []string{"AType", "Type"}},
		{nil, []string{}},
	} {
		assert.Equal(t, tc.want, pathEnumNames(tc.paths), "%v", tc.paths)
	}
}

func TestBilingualName(t *testing.T) {
	for in, want := range map[string]string{
		"形式 modalities":                "modalities",
		"organizer － 组织者 organizer":    "organizer",
		"endDateTime endDateTime":      "endDateTime",
		"status":                       "status",
		"call status":                  "call status",
		"Status der Verbindung status": "Status der Verbindung status",
		"形式":                           "形式",
		"形式 call status":               "形式 call status",
	} {
		assert.Equal(t, want, bilingualName(in), in)
	}
}
