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
		{"multi-line definition", "a\nThe first\nof three\nb\nThe second\nc\nThe third", []string{"a", "b", "c"}},
		{"too few terms", "queued\nQueued calls\nringing\nRinging calls", nil},
		{"lower-case definitions from the first line", "a\nthe first\nb\nthe second\nc\nthe third", []string{"a", "b", "c"}},
		{"lower-case definitions after prose", "Some terms follow.\na\nthe first\nb\nthe second\nc\nthe third", nil},
		{"an introduction first", "Lifecycle of a dial.\ndial.updated\nwebhook will be called when\nthe status changes.\nqueued\nFirst\nringing\nSecond\nbusy\nThird",
			[]string{"queued", "ringing", "busy"}},
		{"terms sharing a definition", "queued\nWaiting\nringing\nRinging\ncompleted\n, failed\n, busy\nThese are final.", []string{"queued", "ringing", "completed", "failed", "busy"}},
		{"sentences", "Calls start queued.\nThen they ring.\nThen they end.\nThe end.\nReally.\nYes.", nil},
		{"a term glued in lower case to the definition above: the terms around it stay", "ended\n: The call endedstarted\n: The call started\nCall Status\nThe status is one of:\nbusy\n: Busy\nidle\n: Idle\nfailed\n: Failed",
			[]string{"ended", "busy", "idle", "failed"}},
	}
	for _, c := range cases {
		defs, _, ok := parseDefinitionLines(lineList(c.text))
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

func TestParsePipeRows(t *testing.T) {
	cases := []struct {
		name   string
		text   string
		values []string // nil: not pipe rows
	}{
		{"rows after an intro", "The status is one of:\nin-progress | The call is up. |\ncompleted | It ended. |", []string{"in-progress", "completed"}},
		{"continued cell", "| busy | The line\nwas busy |\n| failed | It failed |", []string{"busy", "failed"}},
		{"one row", "busy | The line was busy |", nil},
		{"text in the first column", "The call was up | yes |\nIt ended early | no |", nil},
		{"no bars", "busy\nfailed", nil},
		{"labels", "| Abandoned in Queue | Caller hung up while waiting. |\n| Not answered | Nobody answered the call. |", []string{"Abandoned in Queue", "Not answered"}},
		{"label over its description", "| Completed | Call ended |\n| Pending Voicemail |\nA voicemail is pending |", []string{"Completed", "Pending Voicemail"}},
		{"two titled tables", "Overall status\n| Completed | Call ended |\n| Failed | Call failed |\nLeg status\n| Agent Missed | The agent missed it |\n| Agent Declined | The agent declined it |",
			[]string{"Completed", "Failed", "|", "Agent Missed", "Agent Declined"}},
		{"fields cut off their table", "| string |  |\n| handled_at | The time it was handled | string |  |\n| deleted_at | The time it was deleted | string |  |", nil},
		{"tables with headers and delimiter rows, text between", "Call statuses\nEvery call moves through these:| Status | What it means |\n|---|---|\nqueued | Waiting |\nfailed | It failed |\n" +
			"Webhook statuses\nIf you set a webhook_url:\n| Status | What it means |\n|---|---|\npending | Not sent yet |\ndelivered | Your server took it |\nSee the API reference.",
			[]string{"queued", "failed", "|", "pending", "delivered"}},
		{"first row glued to the sentence before it", "The CallStatus parameter takes one of these values:in-progress | The call is up. |\ncompleted | It ended. |", []string{"in-progress", "completed"}},
		{"one cell per line", "Missed call reasons\nEvent | Note | New? |\nshort_abandoned |\n|\nNO |\nno_agent |\nAdd users to help. |\nYES |",
			[]string{"short_abandoned", "no_agent"}},
		{"labels need a longer description", "| Abandoned in Queue | yes |\n| Not answered | no |", nil},
	}
	for _, c := range cases {
		tables, ok := parsePipeRows(lineList(c.text))
		assert.Equal(t, c.values != nil, ok, c.name)
		if ok {
			var got []string
			for i, table := range tables {
				if i > 0 {
					got = append(got, "|")
				}
				for _, r := range table.rows {
					v, _ := pipeValue(r)
					got = append(got, v)
				}
			}
			assert.Equal(t, c.values, got, c.name)
		}
	}
}

func TestParseValueLines(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		terms []string // nil: not value lines
		words bool     // under a title about values
	}{
		{"dashes", "NEW - New Lead - Not called yet\nQUEUE - To Be Called - About to be sent\nDROP - Not Available - Dropped while waiting", []string{"NEW", "QUEUE", "DROP"}, false},
		{"colons", "no-answer: Nobody answered\nbusy_here: The line was busy\nCallRejected: Rejected", []string{"no-answer", "busy_here", "CallRejected"}, false},
		{"prose", "Note: this is a note\nTip: read the guide\nWarning: careful", nil, false},
		{"too few", "NEW - New\nQUEUE - Queued", nil, false},
		{"fields given values (an event example)", "Event-Subclass: callcenter::info\nEvent-Name: CUSTOM\nCC-Agent: 1000@default\nCC-Action: agent-status-change", nil, false},
		{"padded to a column", "no_answer    - on startup\nBLegRefused  - refused\nsipRequest   - in dialog request", []string{"no_answer", "BLegRefused", "sipRequest"}, false},
		{"mostly sentences", "NEW - New\nQUEUE - Queued\nDROP - Dropped\nThe rest of the lines are prose here.\nAnd more prose.", nil, false},
		{"words under a title about values", "start - on startup of call control\ninvite - initial invite\nhangup - the call hung up", []string{"start", "invite", "hangup"}, true},
		{"words elsewhere: fields, perhaps", "start - on startup of call control\ninvite - initial invite\nhangup - the call hung up", nil, false},
		{"labels of capitalised words under a title about values", "No Answer: Nobody answered\nCall Not Set-Up: Out of hours\nBusy: The line was busy", []string{"No Answer", "Call Not Set-Up", "Busy"}, true},
		{"a capitalised phrase is no label elsewhere", "No Answer: Nobody answered\nCall Not Set-Up: Out of hours\nBusy: The line was busy", nil, false},
		{"quoted names of several words leading their lines", "\"[Acme] Call - no answer\" - Nobody answered.\n\"[Acme] Call - busy\" - A busy tone.\n“[Acme] Call - failed” - The call failed.", []string{"[Acme] Call - no answer", "[Acme] Call - busy", "[Acme] Call - failed"}, false},
		{"the page's text after the list", "NEW - New lead\nQUEUE - To be called\nDROP - Dropped\nWas this article helpful?\nCancel", []string{"NEW", "QUEUE", "DROP"}, false},
		{"runs under lines naming values, other lines prose", "What is it?\nThe call status is one of the following:\nSuccess - The call was made\nMissed - Nobody picked up\nIncomplete - Nothing was chosen\nUnder hang-up disposition\nSend_bye - We ended the call\nRecv_bye - They ended the call\nRecv_cancel - They cancelled the call", []string{"Success", "Missed", "Incomplete", "Send_bye", "Recv_bye", "Recv_cancel"}, false},
		{"codes before labels", "0 - Failed: No answer at all\n1 - Success: Executed with success\n4 - Not Called: Not called yet", []string{"Failed", "Success", "Not Called"}, false},
		{"codes alone are no values", "0 - No answer at all\n1 - Executed with success\n4 - Not called yet", nil, false},
		{"bold labels", "**Capture nothing** - Nothing is captured\n**Capture rtp traffic** - Only RTP is captured\n**Capture all traffic** - All is captured", []string{"Capture nothing", "Capture rtp traffic", "Capture all traffic"}, false},
		{"codes before names in single quotes, a sentence after", "0: 'Valid Cause Code Not Yet Received' Indicates that no code came.\n1: 'Unallocated Number' Indicates that the number is not routed.\n17: 'User Busy' Indicates that the user is busy.", []string{"Valid Cause Code Not Yet Received", "Unallocated Number", "User Busy"}, false},
		{"admonitions under a title about values", "Note: this is a note\nTip: read the guide\nWarning: careful", nil, true},
	} {
		runs, _, ok := parseValueLines(lineList(tc.text), tc.words)
		assert.Equal(t, tc.terms != nil, ok, tc.name)
		if ok {
			var terms []string
			for _, r := range runs {
				for _, d := range r.defs {
					terms = append(terms, d.term)
				}
			}
			assert.Equal(t, tc.terms, terms, tc.name)
		}
	}
}

func TestJSONExamples(t *testing.T) {
	got, ok := jsonExamples("direction", `{"direction":"incoming"} {"direction":"outgoing"}Direction of the call.`)
	assert.True(t, ok)
	assert.Equal(t, []string{"incoming", "outgoing"}, got)
	_, ok = jsonExamples("company_id", `{"company_id":1}Company ID.`)
	assert.False(t, ok, "one example, and a number, list nothing")
}

func TestBareListLines(t *testing.T) {
	got := enumWires("Response\nOK\nSpecifies the direction of the call.\ninbound, outbound, web\n\"inbound\"\nStatus of the call\nscheduled, in-progress, completed, failed\n\"completed\"\n" +
		"Latest call event.\ncall_setup, ringing, answered \"call_setup\"\nTotal duration of the call in seconds.\n120\n")
	assert.Equal(t, map[string][]string{
		"SpecifiesTheDirectionOfTheCall": {"inbound", "outbound", "web"},
		"StatusOfTheCall":                {"scheduled", "in-progress", "completed", "failed"},
		"LatestCallEvent":                {"call_setup", "ringing", "answered"},
	}, got, "a bare list on its own line, under the description that names it; quoted examples are no terms")
}

func TestOptionLists(t *testing.T) {
	src := "Response\n\nid\nstring\nrequired\nstatus\nenum<string>\n\nAn enumeration.\n\nAvailable options:\nnot_started,\nin_progress,\nended\nerror_message\nstring\nstage\nenum<string>\nAvailable options:\ncreated,\npicked_up\n"
	assert.Equal(t, []string{"Status: not_started in_progress ended", "Stage: created picked_up"}, wires(Extract("call.txt", []byte(src), Options{})),
		"a field's options one to a line, named after the field over its type line, in this paragraph or one above")
}

func TestDefinitionLinesNeedWords(t *testing.T) {
	r := Extract("call.txt", []byte("POST\n/\nv1\n/\ncalls\n/\nend\n"), Options{})
	assert.Empty(t, r.Enums, "a path broken over lines defines nothing")
}

func TestBareListGluedToNextField(t *testing.T) {
	got := enumWires("Response\nOK\nCall direction of the call\ninbound, outbound Return a 200 status to indicate success\nAnother line\n")
	assert.Equal(t, map[string][]string{"CallDirectionOfTheCall": {"inbound", "outbound"}}, got,
		"a bare list that the next field's description was glued to when the page was copied")
}

// A definition right below another, no term between, lost its term to the
// text above: that line is returned, and the next run starts after it.
func TestParseDefinitionLinesLostTerm(t *testing.T) {
	defs, lost, ok := parseDefinitionLines(lineList("ended\n: The call endedstarted\n: The call started.\nThe status is one of:\nbusy\n: Busy\nidle\n: Idle\nfailed\n: Failed"))
	assert.True(t, ok)
	assert.Equal(t, []Line{{N: 2, Text: ": The call endedstarted"}}, lost)
	assert.Equal(t, "The status is one of:", defs[1].intro)

	// Without an introduction, the term after the lost one still starts a
	// run of its own: the terms before and after it are told apart.
	defs, _, _ = parseDefinitionLines(lineList("a\n: The a\nb\n: The bc\n: The c\nd\n: The d\ne\n: The e"))
	runs, _ := definitionRuns(defs)
	assert.Len(t, runs, 2)
}

func TestIsTermLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"CHANNEL_CREATE", true},
		{"busy", true},
		{"Examples", false},   // a section of a reference page
		{"Operations", false}, // the same
		{"Примеры", false},    // examples, in Russian
		{"Операции", false},   // operations, in Russian
		{"two words", false},
		{"Status:", false},
	} {
		assert.Equal(t, tc.want, isTermLine(tc.line), tc.line)
	}
}
