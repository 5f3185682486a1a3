package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEnumName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"CallStatusInfoCode", "CallStatusInfoCode"},
		{"call_status", "CallStatus"},
		{"Call statuses", "CallStatus"},
		{"Call Status Values", "CallStatus"},
		{"The call statuses", "CallStatus"},
		{"List of hangup causes", "HangupCause"},
		{"Disconnect codes", "DisconnectCode"},
		{"Event types", "EventType"},
		{"Status", "Status"},
		{"Statuses", "Status"},
		{"Replies", "Reply"},
		{"Call progress", "CallProgress"},
		{"Hangup side {#hangup-side}", "HangupSide"},
		{"2.1 Call states (voice)", "CallState"},
		{"Values", "Value"},
		{"", ""},
		{"1.2", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, enumName(tt.title), "enumName(%q)", tt.title)
	}
}

func TestModelName(t *testing.T) {
	assert.Equal(t, "DisconnectCallback", modelName("DisconnectCallback"))
	assert.Equal(t, "CallDetails", modelName("Call details"))
	assert.Equal(t, "Call", modelName("Call"))
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{
		"statuses": "status", "causes": "cause", "codes": "code", "reasons": "reason",
		"replies": "reply", "boxes": "box", "status": "status", "address": "address",
		"analysis": "analysis", "gas": "gas",
	} {
		assert.Equal(t, want, singular(in), "singular(%q)", in)
	}
}

func TestIsGenericTitle(t *testing.T) {
	for _, title := range []string{"Properties", "**Properties**", "Possible values", "Example", "Notes:"} {
		assert.True(t, isGenericTitle(title), title)
	}
	for _, title := range []string{"Call", "CallStatusInfo", "Call statuses"} {
		assert.False(t, isGenericTitle(title), title)
	}
}

func TestLooksLikeTitle(t *testing.T) {
	for _, s := range []string{"DisconnectCallback", "Call Statuses", "Properties", "History", "DisconnectCallback.md"} {
		assert.True(t, looksLikeTitle(s), s)
	}
	for _, s := range []string{
		"", "The following are the call statuses with their descriptions:",
		"Description of all the Kaleyra call statuses.", "call statuses",
		"A line with far more than six words in it here", "46 lines (37 loc) · 3.27 KB",
	} {
		assert.False(t, looksLikeTitle(s), s)
	}
}

func TestNameAfterFileDropsCounter(t *testing.T) {
	r := Extract("docs/state-3.txt", []byte("| Value | Description |\n|---|---|\n| ST_IDLE | Idle. |\n| ST_BUSY | Busy. |\n"), Options{})
	assert.Equal(t, []string{"State: ST_IDLE ST_BUSY"}, wires(r), "state-3: a site's counter for pages of one name")
}

func TestLeadName(t *testing.T) {
	tests := []struct{ lead, want string }{
		{"These calls have 3 different statuses:", "statuses"},
		{"The call goes through its various call states:", "call states"},
		{"Here are some possible reasons and why you may be seeing them:", "reasons"},
		{"Each call will have a call state that varies.", "call state"},
		{"The following parameters are sent:", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, leadName(tt.lead), "leadName(%q)", tt.lead)
	}
}

func TestIsValueNoun(t *testing.T) {
	for word, want := range map[string]bool{
		"Status": true, "estados": true, "статусах": true, "Причины": true,
		"架電ステータスの一覧": true, "상태는": true, "状态码": true,
		"Information": false, "информация": false, "コメント": false, "stato": true, "statut": true,
	} {
		assert.Equal(t, want, isValueNoun(word), word)
	}
}

func TestCJKNounPhrase(t *testing.T) {
	assert.Equal(t, "架電ステータス", cjkNounPhrase("架電ステータスの一覧は下記の通りです"))
	assert.Equal(t, "상태", cjkNounPhrase("상태는"))
	assert.Equal(t, "", cjkNounPhrase("コメント"))
	assert.Equal(t, "", cjkNounPhrase("status"))
}
