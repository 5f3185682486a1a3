package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// TestProseGolden reads one text per line of each case: the enum of a line
// holds what inlineValues and statedCount find in it.
func TestProseGolden(t *testing.T) {
	runGoldenCases(t, "prose", func(file string, lines []Line) (*spec.File, diag.List) {
		f := &spec.File{}
		for _, l := range lines {
			if textBlank(l.Text) || strings.HasPrefix(l.Text, "#") {
				continue
			}
			e := &spec.Enum{Name: fmt.Sprintf("Line%d", l.N), Description: l.Text, Line: l.N, Values: []*spec.Value{}}
			e.Count, _ = statedCount(l.Text)
			values, _ := inlineValues(l.Text)
			for _, v := range values {
				e.Values = append(e.Values, &spec.Value{Wire: v})
			}
			f.Enums = append(f.Enums, e)
		}
		return f, nil
	})
}

func TestTrailingAlternatives(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"the direction of the call: inbound or outbound", []string{"inbound", "outbound"}},
		{"the state: `a`, `b` or `c`.", []string{"a", "b", "c"}},
		{"the direction: inbound or outbound calls", nil},
		{"the direction of the call", nil},
		{"note: see below", nil},
	} {
		got, ok := trailingAlternatives(c.text)
		assert.Equal(t, c.want != nil, ok, c.text)
		assert.Equal(t, c.want, got, c.text)
	}
}

func TestInlineValues(t *testing.T) {
	tests := []struct {
		text string
		want []string // nil: no list
	}{
		// Code spans keep their backticks in the text offered here.
		{"Valid values: `Authenticated` | `Not Enrolled`", []string{"Authenticated", "Not Enrolled"}},
		{"Accepted values: ANSWERED, NO ANSWER, BUSY, TRANSFERRED.include)tags — call tags.", []string{"ANSWERED", "NO ANSWER", "BUSY", "TRANSFERRED"}}, // constants of two words, the page run on after them
		{"Accepted values: ANSWERED, NO ANSWER or BUSY.", []string{"ANSWERED", "NO ANSWER", "BUSY"}},
		{"Accepted values: ANSWERED, NO ANSWER.", nil}, // two constants: too few to read a phrase of capitals as one
		{"Valid values: `TELEPHONE_NUMBER`", []string{"TELEPHONE_NUMBER"}},
		{"The response status will then return the error code eg. error_invalid_method, error_no_credit, error_rate_limit, etc. Log it.", []string{"error_invalid_method", "error_no_credit", "error_rate_limit"}},
		{"Pass the fields e.g. call_id, from_number, to_number.", nil},
		{"The status (e.g. Busy, Ringing, Answered) of the call.", []string{"Busy", "Ringing", "Answered"}}, // some of its values: the caller warns
		{"List of roles this participant's media has had on the conversation, ie monitor, coach, etc", []string{"monitor", "coach"}},
		{"The codes, ie 486, 603, etc", nil},
		{"This value must be 1 or greater.", nil},
		{"The field `label` is one of `camera`, `screenshare` or `video`, and will be matched.", []string{"camera", "screenshare", "video"}},
		{"Galène will interpret the `nack`, `nack pli`, `ccm fir` and `goog-remb` RTCP feedback types, and act accordingly.", []string{"nack", "nack pli", "ccm fir", "goog-remb"}},
		{"Set `a` and `b` to true. Other types exist.", nil},
		{`why the call ended, common reasons include "hangup" "end trace" "twiml"`, []string{"hangup", "end trace", "twiml"}},
		{"It is the callee, ie the party called.", nil},
		{"Call Status: `Ringing`/`Connected`/`In Progress`", []string{"Ringing", "Connected", "In Progress"}},
		{"The agent states are: Available, Not available, Paused and Offline.", []string{"Available", "Not available", "Paused", "Offline"}},
		{"The agent states are: Available, Not available, and Offline.", []string{"Available", "Not available", "Offline"}},
		{"complementando los estados existentes: Disponible, No disponible, Pausa y Desconectado. La pre-pausa ayuda.", []string{"Disponible", "No disponible", "Pausa", "Desconectado"}},
		{"We met these people: Anna Smith, Bob Jones and Carl Brown.", nil},
		{"The end reason sent. Valid values:\n\"hangup\" — normal hangup (default)\"cancel\" — cancel the call\"busy\" — signal busy", []string{"hangup", "cancel", "busy"}},
		{"A.「発信成功」「不在着信」「発信失敗」の3つのステータスが存在し", []string{"発信成功", "不在着信", "発信失敗"}},
		{"結果のステータスは「正常終了」もしくは「途中終呼」になります。", []string{"正常終了", "途中終呼"}},
		{"「発信日時」と「着信日時」は発信ログに出力されます。", nil},
		{"It can be `only`.", nil},
		{"The supported requests are register, unregister, call and hangup.", []string{"register", "unregister", "call", "hangup"}},
		{"The supported requests are described below.", nil},
		{"We currently support 2 types, 'callback' and 'uuid-standby'. callback will reach the agent.", []string{"callback", "uuid-standby"}},
		{"There are three states: idle, busy and away.", []string{"idle", "busy", "away"}},
		{"You can respond with speak, play, play_multiple, hangup, or send_dtmf.", []string{"speak", "play", "play_multiple", "hangup", "send_dtmf"}},
		{"It can be used from REQUEST_ROUTE, REPLY_ROUTE, and FAILURE_ROUTE.", nil},
		{"Each participant gets a tag, `LEG-A` or `LEG-B`.", nil},
		{"Тип события. Может принимать значения dial-in, dial-out, hangup или message-out в зависимости от типа события", []string{"dial-in", "dial-out", "hangup", "message-out"}},
		{"Тип события. Может принимать значения быстро, медленно или никак в зависимости", nil},
		{"El sistema contempla 3 estados: Online, Ausente y Desconectado.", []string{"Online", "Ausente", "Desconectado"}},
		{"It takes 2 values from the table below.", nil},
		{"The general contract is that this comparison should be reflexive, symmetric, and transitive.", nil},
		{"The state should be idle, busy, or away.", []string{"idle", "busy", "away"}},
		{"The engine also records dispositions itself: no_route, originate_failed, abandoned, voicemail, and maps unanswered legs from the cause.", []string{"no_route", "originate_failed", "abandoned", "voicemail"}},
		{"It reads the fields: call_id, from_number, to_number, and returns them to the caller.", nil},
		{"2 types supported, callback and uuid-standby. callback will reach the agent.", []string{"callback", "uuid-standby"}},
		{"Data is sent at six different moments for incoming, internal, and outgoing calls: Created, Ringing, Answered, Warm transfer, Cold transfer, and Hang-up.", []string{"Created", "Ringing", "Answered", "Warm transfer", "Cold transfer", "Hang-up"}},
		{"Data is sent at three moments for incoming calls: Created, and Warm transfer.", nil},
		{"There are two authentication headers: Authorization, and WWW-Authenticate.", nil},
		{"Supported since version 2: Chrome, Firefox.", nil},
		{"pause_class: One of the 'break' or 'hold' types", []string{"break", "hold"}},
		{"Currently the following commands are defined: ping, offer and answer.", []string{"ping", "offer", "answer"}},
		{"The status of the call. The statuses are BUSY , CALLING_CRM_USER , CANCELED ,", []string{"BUSY", "CALLING_CRM_USER", "CANCELED"}},
		{"The states are explained in the next section.", nil},
		{"For compatibility between clients values `m.usermedia` and `m.screenshare` are defined.", []string{"m.usermedia", "m.screenshare"}},
		{"The values `a` and `b` look alike to the eye.", nil},
		{"RFC 4235 defines the states `trying`, `early`, `confirmed`, and `terminated`.", []string{"trying", "early", "confirmed", "terminated"}},
		{"The states `trying` and `early` come first.", nil},
		{"Event type: `ice`, `ace`, `dice`", []string{"ice", "ace", "dice"}},
		{"`pstn` or `mxp`", []string{"pstn", "mxp"}},
		{"Values can be: 'agent', 'user', 'ivr", []string{"agent", "user", "ivr"}},
		{"Available values are the following country codes: **at**, **au**, **no**.", []string{"at", "au", "no"}},
		{"one of incoming, outgoing or ringing, reflecting the state", []string{"incoming", "outgoing", "ringing"}},
		{"either of incoming or outgoing, Yate instance-wise", []string{"incoming", "outgoing"}},
		{"one of initialize, update or finalize depending on the state", []string{"initialize", "update", "finalize"}},
		{"Valid values: `A` | `B`\nThe `A` state is rare.", []string{"A", "B"}},
		{"A String with one of these possible values `\"a\"`, `\"b\"`, ", []string{"a", "b"}},
		{"`\"ANSWERED\"`, `\"N/A\"`", []string{"ANSWERED", "N/A"}},
		{"Can be: `inbound` for inbound calls, `outbound-api` for API calls or `outbound-dial` for dialed ones.", []string{"inbound", "outbound-api", "outbound-dial"}},
		{"Either `human` or `machine` if detection ran. Empty otherwise.", []string{"human", "machine"}},
		{"Possible values:\n`active` to redirect the call\n`completed` to hang up", []string{"active", "completed"}},
		{"Can be `inbound` for calls we take, like most.", nil},
		{"value can be one of the following: a, b, c", []string{"a", "b", "c"}},
		{"Can be: `a`, `b`, or `c`", []string{"a", "b", "c"}},
		{"Possible values are: a, b and c.", []string{"a", "b", "c"}},
		{"One of a | b | c", []string{"a", "b", "c"}},
		{"Reason the call failed - hangup, busy, error, or unknown.", []string{"hangup", "busy", "error", "unknown"}},
		{"- a, b, or z.", []string{"a", "b", "z"}},
		{"Allowed values: x, y", []string{"x", "y"}},
		{"Valid values are up, down.", []string{"up", "down"}},
		{"Enum: A_1, B_2", []string{"A_1", "B_2"}},
		{"Either inbound or outbound.", []string{"inbound", "outbound"}},
		{"The mode, can be either mono or stereo [optional]", []string{"mono", "stereo"}},
		{"Possible values are \"a-b\", 'c.d' and “e”.", []string{"a-b", "c.d", "e"}},
		{"Allowed values are 'queue' or 'web widget'", []string{"queue", "web widget"}},
		{"This field can take the values inbound, outbound and internal.", []string{"inbound", "outbound", "internal"}},
		{"Options are idle, busy and away.", []string{"idle", "busy", "away"}},
		{"Supported responses are hangup, speak, play,play_multiple, or dial.", []string{"hangup", "speak", "play", "play_multiple", "dial"}},
		{"Status values include queued, ringing and completed.", []string{"queued", "ringing", "completed"}},
		{"Three modes supported: `audio`, `video` and `screen`.", []string{"audio", "video", "screen"}},
		{"Whether it was answered. (Possible values can be \"answered\" or \"notanswered\")", []string{"answered", "notanswered"}},
		{"Possible values are ‘queue’ or ‘web widget’.", []string{"queue", "web widget"}},
		{"Possible values are 'the agent's line' or 'queue'.", nil},
		{"Values are **queued**, **ringing** or **done**; others may follow.", []string{"queued", "ringing", "done"}},
		{"one of: `transfer.noanswer`, `transfer.busy` (since v2)", []string{"transfer.noanswer", "transfer.busy"}},
		{"Status: queued, ringing, or completed", []string{"queued", "ringing", "completed"}},
		{"Codes – 200, 486, or 603.", []string{"200", "486", "603"}},

		{"The call id, the account and the tag are kept", nil},
		{"Must be a phone number in E.164 format (e.g. +15555555555).", nil},
		{"e.g. a, b, or c", nil},
		{"Colours, for example: red, green, or blue.", nil},
		{"Such as: red, green, or blue.", nil},
		{"Possible values: a, b, <OTHER>", nil},
		{"Possible values: <A>, <B>", nil},
		{"Possible values are a, b, ..., or z.", []string{"a", "b", "z"}}, // cut short: the named values, and a warning
		{"Possible values are a, b, … or z.", []string{"a", "b", "z"}},
		{"One of a, b, c, etc.", []string{"a", "b", "c"}},
		{"Possible values: ..., a", nil},
		{"One of a.", nil},
		{"Can be set to a, b or c for tests", nil},
		{"Use red, green, or blue.", nil},
		{"Status: queued, ringing, completed", nil}, // no or/and: not a strong shape
		{"Status: queued, or completed", nil},       // two items: not a strong shape
		{"Status: the call was queued, ringing, or completed", nil},
		{"Possible values are a, b, and the caller's choice.", nil},
		{"Possible values: café, thé", nil},
		{"", nil},
		{"enum", nil},
		{"This is one of those cases, and, or, but", nil},
		{"one of A,A(0", nil}, // one distinct item (found by FuzzFields)
		{"One of a, b, a.", []string{"a", "b", "a"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := inlineValues(tt.text)
			assert.Equal(t, tt.want != nil, ok)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestInlineValuesSeeds(t *testing.T) {
	got, ok := inlineValues("The event type, value can be one of the following: answer, bridgeComplete, bridgeTargetComplete, conferenceCreated, conferenceRedirect, conferenceMemberJoin, conferenceMemberExit, conferenceCompleted, conferenceRecordingAvailable, disconnect, dtmf, gather, initiate, machineDetectionComplete, recordingComplete, recordingAvailable, redirect, transcriptionAvailable, transferAnswer, transferComplete, transferDisconnect.")
	require.True(t, ok)
	assert.Len(t, got, 21)
	assert.Equal(t, "transferDisconnect", got[20])
	got, ok = inlineValues("Reason the call failed - hangup, busy, timeout, cancel, rejected, callback-error, invalid-bxml, application-error, account-limit, node-capacity-exceeded, error, or unknown.")
	require.True(t, ok)
	assert.Equal(t, []string{"hangup", "busy", "timeout", "cancel", "rejected", "callback-error", "invalid-bxml", "application-error", "account-limit", "node-capacity-exceeded", "error", "unknown"}, got)
}

func TestStatedCount(t *testing.T) {
	tests := []struct {
		text string
		want int // 0: none
	}{
		{"Every Voice call has a status value. Voice currently has 28 call statuses, following are the descriptions:", 28},
		{"The following 12 values are sent.", 12},
		{"The field holds one of 5 states.", 5},
		{"There are 7 possible values.", 7},
		{"The API defines 3 disconnect reasons", 3},
		{"The call has 2 legs.", 0},
		{"Call 28 statuses later.", 0},
		{"has 0 values", 0},
		{"The call has two legs.", 0},
		{"", 0},
	}
	for _, tt := range tests {
		n, ok := statedCount(tt.text)
		assert.Equal(t, tt.want != 0, ok, tt.text)
		assert.Equal(t, tt.want, n, tt.text)
	}
}

// Example_inlineValues shows the lists inlineValues takes and one it
// leaves alone.
func Example_inlineValues() {
	for _, text := range []string{
		"Reason the call failed - hangup, busy, or unknown.",
		"Can be: `inbound` or `outbound`.",
		"The call id, the account and the tag are kept.",
	} {
		values, ok := inlineValues(text)
		fmt.Println(ok, values)
	}
	// Output:
	// true [hangup busy unknown]
	// true [inbound outbound]
	// false []
}

// FuzzInlineValues feeds any text to the readers of values in prose: each
// value they give must be in the text, as a token, quoted or a label.
func FuzzInlineValues(f *testing.F) {
	fuzzSeeds(f)
	for _, s := range []string{"One of a | b | c", "Can be: `a`, `b`, or `c`", "x - a, b, or c.", "Possible values: a, b, <OTHER>", "0 - ANSWERED - answered; 1 - NO ANSWER - no answer",
		"结束时所在位置:bridged接通;feedback评价;queue队列", "sip:SIP话机接听方式;pstn:电话接听方式", "inbound for inbound calls, outbound for API calls"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		values, ok := inlineValues(text)
		if !ok {
			require.Empty(t, values)
		} else {
			require.NotEmpty(t, values) // one, after "valid values" or "Values:"
		}
		for _, v := range values {
			// One token, several words the text quotes (`Not Authenticated`),
			// or a label of a few capitalised words (Not available, NO ANSWER).
			quoted := strings.Contains(text, "`"+v+"`") || strings.Contains(text, `"`+v+`"`) || strings.Contains(text, "“"+v+"”") ||
				strings.Contains(text, "'"+v+"'") || strings.Contains(text, "‘"+v+"’") || strings.Contains(text, "「"+v+"」")
			require.True(t, v == proseToken(v) || quoted || fuzzLabel(v), "value %q is neither one token nor quoted nor a label", v)
			require.Contains(t, text, v)
		}
		for _, read := range []func(string) ([]string, bool){commentValues, pairedValues, bareGlossList, clauseEndedList} {
			if vs, ok := read(text); ok {
				require.GreaterOrEqual(t, len(vs), 2)
				for _, v := range vs {
					require.NotEmpty(t, v)
					require.Contains(t, text, v)
				}
			}
		}
		n, ok := statedCount(text)
		require.Equal(t, ok, n > 0)
		codes, names := numberedNames(text)
		require.Len(t, codes, len(names))
		for i, name := range names {
			require.Contains(t, text, codes[i], "code of %q", name)
			require.Contains(t, text, name)
		}
	})
}

func BenchmarkInlineValues1MB(b *testing.B) {
	text := bigInputs()["1MB list"]
	b.ResetTimer()
	for b.Loop() {
		inlineValues(text)
	}
}

func TestLabelGlosses(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Events to notify. The events are: Offered: when the platform offers a call Accepted: when the network accepts it Trombone Connected: when both legs connect", []string{"Offered", "Accepted", "Trombone Connected"}},
		{"The new status. One of the following: Placing: started. Dialing: dialed. OnQueue: queued. OffHold: off hold.", []string{"Placing", "Dialing", "OnQueue", "OffHold"}}, // a label in Pascal case
		{"The events are: Offered: when offered Accepted: when accepted", nil},          // two labels only
		{"See below: the states are Offered: when offered Accepted: x Dropped: y", nil}, // the first label is not right after the colon
		{"Notes: Note: this is a note Warning: careful Tip: look Info: more", nil},      // admonitions
	}
	for _, tt := range tests {
		got, ok := labelGlosses(tt.text)
		if tt.want == nil {
			assert.False(t, ok, tt.text)
			continue
		}
		assert.True(t, ok, tt.text)
		assert.Equal(t, tt.want, got, tt.text)
	}
}

func TestFixedValue(t *testing.T) {
	for text, want := range map[string][]string{
		"The event type, value is hangup .":                             {"hangup"},
		"Has the value “call_hungup” for this event":                    {"call_hungup"},
		"The direction of the call. Always `outbound` for this event.":  {"outbound"},
		"For call status events the value will be \"CALL_STATUS\"":      {"CALL_STATUS"},
		"This value is optional.":                                       nil,
		"Always capitalized for calls.":                                 nil,
		"It is always CALL_STATUS.":                                     {"CALL_STATUS"},
		"The default value is Resolved.":                                nil,
		"The value is used to route the call.":                          nil,
		"The value is 5.":                                               nil,
		"The value is true.":                                            nil,
		"This value is shared for all legs belonging to the same call.": nil,
	} {
		got, ok := fixedValue(text)
		assert.Equal(t, want != nil, ok, text)
		assert.Equal(t, want, got, text)
	}
}

func TestDefinitionValues(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // nil: no values
	}{
		{"Direction of the Call. `inbound` for Calls into the platform, `outboundAPI` for Calls initiated via the REST API, `outboundDial` for Calls initiated by the `OutDial` command.",
			[]string{"inbound", "outboundAPI", "outboundDial"}},
		{"Can be: `inbound` for inbound calls or `outbound-api` for API calls. With SIP trunking, the values can be `trunking-terminating` for outgoing calls or `trunking-originating` for incoming calls.",
			[]string{"inbound", "outbound-api", "trunking-terminating", "trunking-originating"}},
		{"The `status` field: `queued` when waiting, `ringing` when the phone rings.", []string{"queued", "ringing"}},
		{"String describing the direction of the Call – inbound for inbound calls, outbound for Calls initiated via the REST API, or outboundDial for Calls initiated by the OutDial command.", []string{"inbound", "outbound", "outboundDial"}},
		{"outbound for outgoing calls, inbound for incoming calls", []string{"outbound", "inbound"}},
		{"Used for billing, needed for routing.", nil},
		{"sip:SIP话机接听方式;pstn:电话接听方式;webrtc:网页电话接听方式", []string{"sip", "pstn", "webrtc"}},
		{"1:在线;2:勿扰;默认勿扰", nil},
		{"Note: see below; Example: later", nil},
		{"SIP Hangup Cause (NORMAL_CLEARING, ORIGINATOR_CANCEL, etc)", []string{"NORMAL_CLEARING", "ORIGINATOR_CANCEL"}},
		{"Other agents (Alice, Bob, etc) may join.", nil},
		{"Set it for routing, or leave it for billing.", nil},
		{"The method used:`BRIDGE` for a bridge merge, `APP` for running an application on a bridge or channel, or `LINK` for linking two bridges.", []string{"BRIDGE", "APP", "LINK"}},
		{"Whether the input timed out: `true` if it did, `false` if not.", nil},
		{"The message the host wrote when calling `hold` or `reject`.", nil},
		{"Set `record` for a recording.", nil},
		{"The scope of the call: 'internal' if all the participants are from the company, 'external' if some are not, or 'unknown' if the scope is unknown.", []string{"internal", "external", "unknown"}},
		{`The leg: "caller" when it places the call, "callee" when it receives it.`, []string{"caller", "callee"}},
		{"It's 'on' if the agent's phone is set.", nil},
		{`The protocol of the candidate ("udp" / "tcp").`, []string{"udp", "tcp"}},
		{`The type of candidate (always "host").`, []string{"host"}},
		{"Audio formats such as mp3 / wav are accepted.", nil},
		{"The status of the conversation (live or ended).", []string{"live", "ended"}},
		{"The timeout of the call (seconds or minutes).", nil},
	} {
		got, ok := definitionValues(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestListEndsAtClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The operation, one of initialize, update or finalize depending on the state of the record.", []string{"initialize", "update", "finalize"}},
		{"Can be one of `queued`, `ringing` or `busy` when the call is placed.", []string{"queued", "ringing", "busy"}},
		{"One of the agents or supervisors when asked.", nil},
	} {
		got, ok := inlineValues(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestBoldLabelValues(t *testing.T) {
	names := enumWires
	list := "1. **Downstream BYE**: When the originator hangs up.\n2. **Upstream BYE**: When the receiver hangs up.\n3. **Ping Timeout**: When a ping gets no answer.\n"
	assert.Equal(t, map[string][]string{"CallReleaseReason": {"Downstream BYE", "Upstream BYE", "Ping Timeout"}},
		names("## Call Release Reasons\n\n"+list), "under a heading about values, bold labels are values")
	assert.Empty(t, names("## Campaign Settings\n\n"+list), "elsewhere they name fields")
}

func TestTermsOfDifferentObjects(t *testing.T) {
	doc := "# Record\n\n## Endpoint\n\n**Type**  \nThe endpoint type.  \nValid values: `TELEPHONE_NUMBER` | `SIP_URI`\n\n" +
		"## Recording\n\n**Type**  \nThe recording type.  \nValid values: `AUDIO` | `VIDEO`\n\n" +
		"## Stream\n\n**Type**  \nThe stream type.  \nValid values: `AUDIO`\n\n" +
		"## Address\n\n**Type**  \nThe endpoint type again.  \nValid values: `SIP_URI`\n"
	got := map[string][]string{}
	for _, e := range Extract("terms.md", []byte(doc), Options{}).Enums {
		for _, v := range e.Values {
			got[e.Name] = append(got[e.Name], v.Wire)
		}
	}
	assert.Equal(t, map[string][]string{
		"EndpointType":  {"TELEPHONE_NUMBER", "SIP_URI"},
		"RecordingType": {"AUDIO", "VIDEO"},
		"StreamType":    {"AUDIO"},
	}, got, "a term of one name under two objects with other values is two fields; values held already are the same field")
}

func TestParenthesizedValues(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Output mode of the recording (`COMPOSED` or `INDIVIDUAL`)", []string{"COMPOSED", "INDIVIDUAL"}},
		{"The layout (`\"BEST_FIT\"`, `\"PICTURE_IN_PICTURE\"`, `\"CUSTOM\"` ... )", []string{"BEST_FIT", "PICTURE_IN_PICTURE", "CUSTOM"}},
		{"The layout (see `a` or `b`)", nil},
		{"Hangs up (`a`)", nil},
	} {
		got, ok := parenthesizedValues(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestWhetherValues(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Whether the request to `recordingStatusCallback` URL is a `GET` or a `POST`.", []string{"GET", "POST"}},
		{"Specifies whether to record the `inbound` audio from the called party or the `outbound` audio to it or `both` the inbound and outbound audio.", []string{"inbound", "outbound", "both"}},
		{"Whether `record` is on. Use `a` or `b` elsewhere.", nil},
		{"The `a` or `b` field.", nil},
	} {
		got, ok := whetherValues(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestSentenceGlosses(t *testing.T) {
	got, ok := sentenceGlosses("The direction of the call leg. `Inbound` represents a call made to the service. `Outbound` represents a call made from it.")
	assert.True(t, ok)
	assert.Equal(t, []string{"Inbound", "Outbound"}, got)
	_, ok = sentenceGlosses("`Inbound` represents a call made to the service. The other way is not listed.")
	assert.False(t, ok, "one value is no list")
}

func TestMoreTriggers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"This is exposed in the `call_method` field with values `regular`, `power`, or `predictive`.", []string{"regular", "power", "predictive"}},
		{`Current state of the call. Possible values: ["abandoned", "active", "no_answer"]`, []string{"abandoned", "active", "no_answer"}},
	} {
		got, ok := inlineValues(tc.text)
		assert.True(t, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestGlossedItems(t *testing.T) {
	names := enumWires
	assert.Equal(t, map[string][]string{"Disposition": {"answered", "no-answer", "busy"}},
		names("## Disposition\n\n- `answered` if the call was answered.\n- `no-answer` if it was not.\n- `busy` when the line was busy.\n"),
		"a code span then 'if' or 'when' is a value and its gloss")
	assert.Empty(t, names("## Equals\n\n- `true` if the objects are equal.\n"), "a boolean explained is no enum")
}

func TestLineValues(t *testing.T) {
	page := "CallDisconnectReason\n\nEnum that says why a call ended.\n\nConstants\n\nAnsweredElsewhere\n\nCopy URL\n\nAnother device has answered the call.\n\n" +
		"LocalEnded\n\nCopy URL\n\nThe local party ended the call.\n\nMethods\n\nToString\n\nReturns the name.\n"
	r := Extract("page.txt", []byte(page), Options{})
	require.Len(t, r.Enums, 1)
	e := r.Enums[0]
	assert.Equal(t, "CallDisconnectReason", e.Name)
	require.Len(t, e.Values, 2, "ToString, under Methods, is no value")
	assert.Equal(t, "AnsweredElsewhere", e.Values[0].Wire)
	assert.Equal(t, "Another device has answered the call.", e.Values[0].Description, "the site's 'Copy URL' line is skipped")
	assert.Equal(t, "LocalEnded", e.Values[1].Wire)
}

func TestParenthesizedCodes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"fired when the call reaches a final status (answered, no_answer, busy, congested ou failed).", []string{"answered", "no_answer", "busy", "congested", "failed"}},
		{"for a final status (answered, no_answer, busy or failed)", []string{"answered", "no_answer", "busy", "failed"}},
		{"is sent (see the guide, the FAQ or the forum)", nil},
		{"holds three parts (name, age and address)", nil},
		{"sbc call status (Disconnected, NoReply, Ringing, Connected, Unknown)", []string{"Disconnected", "NoReply", "Ringing", "Connected", "Unknown"}},
		{"the call status (Disconnected, Ringing, Connected)", nil},
		{"the four parts (name, age, address, phone)", nil},
	} {
		got, ok := parenthesizedValues(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestParenthesizedCodesInProse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The event fires for a final status (answered, no_answer, busy, congested ou failed).", []string{"answered", "no_answer", "busy", "congested", "failed"}},
		{"The Call's timestamp fields (`tm_ringing`, `tm_hangup`, `tm_update`) are omitted.", nil},
		{"It is shown where the call state (\"Dialing\", \"Disconnected\") is shown.", nil},
		{"A call's direction (`inbound` or `outbound`) is kept.", []string{"inbound", "outbound"}},
		{"The call (`inbound` or `outbound`) is kept.", nil},
	} {
		got, ok := inlineValues(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestValuesLabel(t *testing.T) {
	got, ok := inlineValues("Status of the dial. Values: completed , busy , failed , timeout , no-answer")
	assert.True(t, ok)
	assert.Equal(t, []string{"completed", "busy", "failed", "timeout", "no-answer"}, got)
	_, ok = inlineValues("The values of the fields are kept as sent.")
	assert.False(t, ok, "values without a colon is a word")
}

func TestPipeRowsOfFields(t *testing.T) {
	doc := "# Dial\n\nParameter | Description |\n---|---|\nDialStatus | Status of the dial. Values: completed , busy , failed |\nDialALegUUID | CallUUID of the A leg. |\n"
	r := Extract("dial.txt", []byte(doc), Options{})
	require.Len(t, r.Enums, 1, "a table of fields gives the enums its descriptions list, not its field names")
	assert.Equal(t, "DialStatus", r.Enums[0].Name)
	assert.Len(t, r.Enums[0].Values, 3)
}

func TestMarkdownDefinitionList(t *testing.T) {
	names := enumWires
	assert.Equal(t, map[string][]string{"Status": {"queued", "ringing", "no-answer"}},
		names("## Status\n\nqueued\n: The call waits.\n\nringing\n: The phone rings.\n\nno-answer\n: Nobody answered.\n"),
		"terms that are values")
	assert.Equal(t, map[string][]string{"Direction": {"inbound", "outbound"}},
		names("## Fields\n\ncall_id\n: The call's id.\n\ndirection\n: One of `inbound` or `outbound`.\n\nstarted_at\n: When it started.\n"),
		"terms that are fields: a definition listing values gives its field's enum")
	assert.Empty(t, names("## Notes\n\nThe first note\n: Something said.\n\nAnother note\n: Something else.\n"), "terms of several words are prose")
}

func TestListNamedByItsIntroduction(t *testing.T) {
	names := func(doc string) []string {
		var out []string
		for _, e := range Extract("intro.md", []byte(doc), Options{}).Enums {
			out = append(out, e.Name)
		}
		return out
	}
	list := "\n\n- `answered` if the call was answered.\n- `no-answer` if it was not.\n- `busy` if the line was busy.\n"
	assert.Equal(t, []string{"Disposition"}, names("# Calls\n\nEvery call also has a `disposition`. The values can be:"+list))
	assert.Equal(t, []string{"Call"}, names("# Calls\n\nIt is recorded as `CUSTOMER_DISCONNECT` then. Type: String. Calls end so:"+list),
		"a code span far from the colon names nothing")
}

func TestItemGlosses(t *testing.T) {
	got, ok := inlineValues("The attestation level. Possible values are `A` (full), `B` (partial) or `C` (gateway).")
	assert.True(t, ok)
	assert.Equal(t, []string{"A", "B", "C"}, got)
}

func TestSlashAndBracketLists(t *testing.T) {
	got, ok := inlineValues("Created call status, the possible values are : (Queued, Completed , Terminated, Busy/NoAnswer , Rejected and Failed)")
	assert.True(t, ok)
	assert.Equal(t, []string{"Queued", "Completed", "Terminated", "Busy", "NoAnswer", "Rejected", "Failed"}, got)
	got, ok = inlineValues("Possible values: audio/wav or audio/mpeg.")
	assert.NotEqual(t, []string{"audio", "wav", "mpeg"}, got, "a MIME type is not two values")
	_ = ok
}

func TestMemberDeclarations(t *testing.T) {
	doc := "# Enumeration State\n\nPossible states of the Call.\n\n## Enumeration Members\n\n### Closed\n\n`Closed: \"closed\"`\n\n### Open\n\n`Open = 'open'`\n\n### Ringing\n\n`Ringing: \"ringing\"`\n\nThe phone rings.\n"
	r := Extract("state.md", []byte(doc), Options{})
	require.Len(t, r.Enums, 1)
	var wires []string
	for _, v := range r.Enums[0].Values {
		wires = append(wires, v.Wire)
	}
	assert.Equal(t, []string{"closed", "open", "ringing"}, wires, "a member heading's declaration gives its wire")
	assert.Equal(t, "The phone rings.", r.Enums[0].Values[2].Description)
}

func TestCodeHeadingValues(t *testing.T) {
	names := enumWires
	assert.Equal(t, map[string][]string{"CallStatus": {"queued", "no-answer", "completed"}},
		names("## Call statuses\n\n### `queued`\n\nWaiting.\n\n### `no-answer`\n\nNobody answered.\n\n### `completed`\n\nEnded.\n"))
	assert.Empty(t, names("## Call fields\n\n### `direction`\n\nThe direction.\n\n### `from`\n\nThe caller.\n"), "code headings under fields name fields")
}

func TestQuotedPairThenClause(t *testing.T) {
	got, ok := definitionValues(`"inbound" or "outbound", relative to the platform`)
	assert.True(t, ok)
	assert.Equal(t, []string{"inbound", "outbound"}, got)
}

func TestAssignmentSublists(t *testing.T) {
	doc := "## Hook Specific\n\n* channel_create\n    * hook_event: channel_create\n* channel_destroy\n    * hook_event: channel_destroy\n    * hangup_cause: SIP Hangup Cause\n" +
		"* doc\n    * hook_event: doc\n    * action: doc_created, doc_updated, doc_deleted\n"
	got := map[string][]string{}
	for _, e := range Extract("hooks.md", []byte(doc), Options{}).Enums {
		for _, v := range e.Values {
			got[e.Name] = append(got[e.Name], v.Wire)
		}
	}
	assert.Equal(t, []string{"channel_create", "channel_destroy", "doc"}, got["HookEvent"], "one field's values over the event lists")
	assert.Equal(t, []string{"doc_created", "doc_updated", "doc_deleted"}, got["Action"])
	assert.NotContains(t, got, "HangupCause", "a description is no value")
	for name, wires := range got {
		assert.NotContains(t, wires, "hook_event", "%s: a field name is no value", name)
	}
}

// enumWires extracts doc and returns each enum's wires by enum name.
func enumWires(doc string) map[string][]string {
	out := map[string][]string{}
	for _, e := range Extract("doc.md", []byte(doc), Options{}).Enums {
		for _, v := range e.Values {
			out[e.Name] = append(out[e.Name], v.Wire)
		}
	}
	return out
}

func TestBarsInBrackets(t *testing.T) {
	got, ok := inlineValues("`direction` (inbound | outbound | internal)")
	assert.True(t, ok)
	assert.Equal(t, []string{"inbound", "outbound", "internal"}, got)
	_, ok = inlineValues("The call (see a | b) is kept.")
	assert.False(t, ok, "brackets after a word that is not about values")
}

func TestMoreListShapes(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"O (callee offline), Q (waiting in queue), R (ringing to an agent), F (finished)", []string{"O", "Q", "R", "F"}},
		{"The op parameter can be: 'eq' - equal; 'ne' - not equal; 'sw' - start with.", []string{"eq", "ne", "sw"}},
		{"It gives the call direction (inbound/outbound) and its state.", []string{"inbound", "outbound"}},
		{`The status can be "queued", "ringing" or "busy".Final result enum:`, []string{"queued", "ringing", "busy"}},
		{"The file (audio/wav) is kept.", nil},
	} {
		got, ok := inlineValues(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
	assert.Equal(t, "Op", proseSubject("The op parameter can be: 'eq' - equal", "eq"), "the word before 'parameter' names the field")
}

func TestLabeledLists(t *testing.T) {
	got := enumWires("# Test call\n\nCall status:\n\"queued\", \"ringing\", \"completed\".Final result enum:\n\"connected\", \"failed\", \"busy\".Call duration in seconds.\n")
	assert.Equal(t, map[string][]string{
		"CallStatus":  {"queued", "ringing", "completed"},
		"FinalResult": {"connected", "failed", "busy"},
	}, got, "a list per label in one paragraph")
}

func TestListsLineByLine(t *testing.T) {
	got := enumWires("# Schema\n\nThe schema defines the following properties:\nstate (string, enum)Current state of the call. Allowed values are started, answered\nThis element must be one of the following enum values:\nstartedansweredapiCode (string, required)The code.\n")
	assert.Equal(t, map[string][]string{"State": {"started", "answered"}}, got, "a line's end ends its list in copied text")
}

func TestGluedQuotedListEnd(t *testing.T) {
	got, ok := inlineValues(`The status of the call. Can be any value of "ringing", "in-progress" or "completed"extensionsarray of strings`)
	assert.True(t, ok, "a closing quote glued to the next word ends the list")
	assert.Equal(t, []string{"ringing", "in-progress", "completed"}, got)
}

func TestParenthesizedWordsAfterNoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"info on the agent state (free, wrapup, incall) and sessions", []string{"free", "wrapup", "incall"}},
		{"the direction (string, enum, required) of the call", nil},
		{"the call parts (free, wrapup, incall)", nil},
		{"the call state (Free, Wrapup, Incall)", []string{"Free", "Wrapup", "Incall"}},
		{"the call parts (Free, Wrapup, Incall)", nil},
		{"the call state (Free Calls, Wrapup, Incall)", nil},
		{"direction - direction of call (internal, incoming, outgoing)", []string{"internal", "incoming", "outgoing"}},
		{"direction of call (internal, incoming, outgoing) and more", nil},
	} {
		got, ok := parenthesizedCodes(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestExampleValuesInBrackets(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The status of the call (e.g., 'completed', 'missed', 'failed').", []string{"completed", "missed", "failed"}},
		{"Notification type (e.g., `\"recording_finished\"`, `\"transcription_complete\"`)", []string{"recording_finished", "transcription_complete"}},
		{"The status of the call (e.g. completed, missed, failed).", nil},
		{"The number to call (e.g., '+15555550100', '+15555550101').", nil},
		{"The caller (e.g., 'alice', 'bob').", nil},
	} {
		got, ok := parenthesizedCodes(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestQuotedAlternatives(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"a tag, `LEG-A` or `LEG-B`", []string{"LEG-A", "LEG-B"}},
		{"The direction of the call, typically 'inbound' or 'outbound'", []string{"inbound", "outbound"}},
		{`Either "inbound" or "outbound".`, []string{"inbound", "outbound"}},
		{"`A` and `B` do the same", nil},
		{"the caller's and the callee's", nil},
		{"Olay tipi. `ringing`, `answer` yada `hangup` döner.", []string{"ringing", "answer", "hangup"}},
		{"The kind of call. `inbound` or `outbound` is returned.", []string{"inbound", "outbound"}},
		{"The kind of call. `inbound` or `outbound` is what the caller wants to send.", nil},
	} {
		got, ok := quotedAlternatives(tc.text)
		assert.Equal(t, tc.want != nil, ok, tc.text)
		assert.Equal(t, tc.want, got, tc.text)
	}
}

func TestNumberedNames(t *testing.T) {
	for _, tc := range []struct {
		text         string
		codes, names []string
	}{
		{"The call disposition: 0 - ANSWERED - to fetch calls that were answered; 1 - BUSY - busy tone 2 - FAILED - failed 3 - NO ANSWER - had no answer 4 - UNKNOWN - ",
			[]string{"0", "1", "2", "3", "4"}, []string{"ANSWERED", "BUSY", "FAILED", "NO ANSWER", "UNKNOWN"}},
		{"Direction: 0 = Inbound, 1 = Outbound.", []string{"0", "1"}, []string{"Inbound", "Outbound"}},
		{"Wait 2 - 3 seconds, then 5 - 10 more.", nil, nil},
		{"Step 1 - Create an account. Step 2 - Log in to it.", nil, nil},
		{"Only 1 - BUSY - here.", nil, nil},
		{"0 - BUSY - a; 1 - BUSY - b", nil, nil},
	} {
		codes, names := numberedNames(tc.text)
		assert.Equal(t, tc.codes, codes, tc.text)
		assert.Equal(t, tc.names, names, tc.text)
	}
}

func TestSlashValues(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"agent / account", []string{"agent", "account"}},
		{"Password Type: plaintext/MD5", []string{"plaintext", "MD5"}},
		{"Use the following string, if you need statistics training / meeting / leave / other", []string{"training", "meeting", "leave", "other"}},
		{"The caller's name/number", nil},
		{"1(Pause)/2(Unpause)", nil},
		{"Calls per second, 10/20", nil},
		{"通话类型(audio / video)", []string{"audio", "video"}},
		{"A plain sentence.", nil},
	} {
		assert.Equal(t, tc.want, slashValues(tc.text), tc.text)
	}
}

func TestCodedNames(t *testing.T) {
	tests := []struct {
		text         string
		names, codes []string
	}{
		{"Status of the messages. new(1) : new unheard message old(2) : heard message", []string{"new", "old"}, []string{"1", "2"}},
		{"Enumerations: - enabled (1) - move-to-old (2) - enabled (1)", []string{"enabled", "move-to-old"}, []string{"1", "2"}},
		{"Call construct(a, b) and retry(3) later.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			names, codes, ok := codedNames(tt.text)
			assert.Equal(t, tt.names != nil, ok)
			if ok {
				assert.Equal(t, tt.names, names)
				assert.Equal(t, tt.codes, codes)
			}
		})
	}
}

// fuzzLabel reports a value of a few words of letters, digits, hyphens
// and underscores, the first starting with a capital.
func fuzzLabel(v string) bool {
	words := strings.Fields(v)
	if len(words) == 0 || len(words) > maxWords || !textStartsUpper(v) {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
				return false
			}
		}
	}
	return true
}
