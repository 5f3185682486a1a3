package extract

import (
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// wires summarizes a result as "Enum: wire wire" lines, models as
// "Model{field field}".
func wires(r Result) []string {
	var out []string
	for _, e := range r.Enums {
		var ws []string
		for _, v := range e.Values {
			ws = append(ws, v.Wire)
		}
		out = append(out, e.Name+": "+strings.Join(ws, " "))
	}
	for _, m := range r.Models {
		var fs []string
		for _, f := range m.Fields {
			fs = append(fs, f.Wire)
		}
		out = append(out, m.Name+"{"+strings.Join(fs, " ")+"}")
	}
	return out
}

func diagStrings(r Result) []string {
	var out []string
	for _, d := range r.Diags {
		out = append(out, d.String())
	}
	return out
}

func TestExtractBlocks(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		want  []string
		diags []string
	}{{
		name: "quoted wires, constant names",
		src:  "# Code\n\n| Name | Type | Description |\n|---|---|---|\n| NO_ANSWER | str | \"NoAnswer\" |\n",
		want: []string{"Code: NoAnswer"},
	}, {
		name: "value column",
		src:  "# Code\n\n| Name | Value |\n|---|---|\n| BUSY | `user-busy` |\n",
		want: []string{"Code: user-busy"},
	}, {
		name: "numeric value column: the names are the values",
		src:  "# Code\n\n| Name | Value |\n|---|---|\n| BUSY | `486` |\n",
		want: []string{"Code: BUSY"},
	}, {
		name: "numeric first column: the column of names",
		src:  "# Cause\n\n| Code | Enumeration | Description |\n|---|---|---|\n| 16 | _NORMAL\\_CLEARING_ | normal |\n| 17 | _USER\\_BUSY_ | busy |\n",
		want: []string{"Cause: NORMAL_CLEARING USER_BUSY"},
	}, {
		name: "a code column with a class of codes (5XXX) is still codes",
		src:  "# ErrorCode\n\n| ID | Name |\n|---|---|\n| 5002 | EC_BUSY |\n| 5XXX | EC_UNKNOWN |\n",
		want: []string{"ErrorCode: EC_BUSY EC_UNKNOWN"},
	}, {
		name: "a generic heading after a sibling with a body belongs to the heading over both",
		src:  "# ErrorCode\n\n## getId()\n\nThe id.\n\n## Possible Values\n\n| Name | Description |\n|---|---|\n| EC_BUSY | Busy. |\n",
		want: []string{"ErrorCode: EC_BUSY"},
	}, {
		name: "a generic heading right after its sibling is about it",
		src:  "## Call\n\n## Values\n\n| Name | Description |\n|---|---|\n| busy | Busy. |\n",
		want: []string{"Call: busy"},
	}, {
		name: "Textile table: the Value column of | Constant | Value | Description |",
		src:  "# Causes\n\n|_.Constant|_.Value|_.Description|\n|@BUSY@|'Busy'|The line is busy.|\n|@NOT_FOUND@|'Not Found'|No such user.|\n",
		want: []string{"Cause: Busy Not Found"},
	}, {
		name: "tables of one paragraph, a sentence glued to each header: each titled by the line above",
		src:  "Call statuses\nA call moves through these:| Status | Meaning |\n|---|---|\nqueued | Waits |\ndone | Ended |\nWebhook statuses\nIf you set a URL:| Status | Meaning |\n|---|---|\nsent | Sent |\nlost | Lost |\n",
		want: []string{"CallStatus: queued done", "WebhookStatus: sent lost"},
	}, {
		name: "a cell listing several values by commas gives each",
		src:  "# Event\n\n| Event name | Theme |\n|---|---|\n| [peer.join](#a),<br/> [peer.leave](#b) | Peer |\n| [room.end](#c) | Room |\n",
		want: []string{"Event: peer.join peer.leave room.end"},
	}, {
		name: "constants on lines of their own under a member heading (Dokka's Entries)",
		src:  "# CallStatus\n\n## Entries\n\nRINGING\n\nRINGING\n\nThe call rings.\n\nCONNECTED\n\nThe call is answered.\n\n## Properties\n\nname\n\nordinal\n",
		want: []string{"CallStatus: RINGING CONNECTED"},
	}, {
		name:  "a note row is no value; a column of actions, asides and dashes aside, is an enum",
		src:   "# X\n\n| State | Allowed Action | Description |\n|---|---|---|\n| HELD | RETRIEVE, TRANSFER (if active) | a |\n| DROPPED | - | b |\n| ACTIVE | HOLD | c |\n| Note | In release 12 ... |\n",
		want:  []string{"X: HELD DROPPED ACTIVE", "AllowedAction: RETRIEVE TRANSFER HOLD"},
		diags: []string{`x.md:8: warning: table row "Note | In release 12 ..." is a note, not a value; skipped`},
	}, {
		name: "tables copied as one, a title line and a sentence between them: the title names the next",
		src:  "# Enums\n\n| Value | Description |\n|---|---|\n| Ok | |\n| Failed | |\n2.1.4. linphone.CallDir¶\nEnum representing the direction of a call.\n| Value | Description |\n|---|---|\n| Outgoing | out |\n| Incoming | in |\n",
		want: []string{"Enum: Ok Failed", "LinphoneCallDir: Outgoing Incoming"},
	}, {
		name: "code headings under a heading about events that holds a code span itself",
		src:  "# Lifecycle\n\n## Application-Level Events (`Srf`)\n\n### `connect`\n\nConnected.\n\n### `error`\n\nFailed.\n",
		want: []string{"Srf: connect error"},
	}, {
		name: "a title standing alone may open with a quote",
		src:  "Introduction\n\nSome text.\n\n\"Endcall\" Event - \"Direction\" Values\n\n  • all\n  • incoming\n  • outgoing\n",
		want: []string{"EndcallEventDirection: all incoming outgoing"},
	}, {
		name: "constants on lines of their own under a label naming them",
		src:  "Rate this page:\n\nCallReason\n\nWebhooks:\n\nnotify_start\n\nnotify_end\n\nWhere:\n\nsome text follows here.\n",
		want: []string{"Webhook: notify_start notify_end"},
	}, {
		name:  "a field's nested values may end with a sentence saying the list is open",
		src:   "# Notification\n\nA notification holds these values:\n\n* `command`: the command\n* `event`: one of the following values:\n  * `Error`: an error\n  * `Ended`: the end\n  * an arbitrary name describing the status\n* `data`: extra data\n",
		want:  []string{"Event: Error Ended"},
		diags: []string{`x.md:9: warning: list item "an arbitrary name describing the status" under Event is no value; skipped`},
	}, {
		name: "an enum's members table, under the enum's heading and its sibling Enumeration Members",
		src:  "## SessionState enum\n\nSession state.\n\n## Enumeration Members\n\n| Member | Value | Description |\n| --- | --- | --- |\n| Established | <code>&quot;Established&quot;</code> | Done. |\n| Initial | <code>&quot;Initial&quot;</code> | Start. |\n",
		want: []string{"SessionState: Established Initial"},
	}, {
		name: "member declarations under Fields on a .NET enum page",
		src:  "Enum DisconnectReason\n\nNamespace\n\nFields\n\nAgentError = 16\nClientInitiated = 1\n\nthe client initiated the disconnect\n\nJoinFailure = 7\n\nclient was unable to connect\n",
		want: []string{"DisconnectReason: AgentError ClientInitiated JoinFailure"},
	}, {
		name: "a list introduced by a sentence opening with the field in bold",
		src:  "# Disconnect call event\n\n**reason** may have one of the following values:\n\n> - “TIMEOUT”\n> - “CALLERHANGUP”\n\n**result** may have one of the following values:\n\n> - “ANSWERED”\n> - “BUSY”\n",
		want: []string{"Reason: TIMEOUT CALLERHANGUP", "Result: ANSWERED BUSY"},
	}, {
		name: "list items quoted as values are, like code; named after the noun of the sentence over them",
		src:  "# Disconnect callback\n\nThe reason is one of:\n\n- \"TIMEOUT\"\n- \"CALLERHANGUP\"\n- \"BLOCKED\"\n",
		want: []string{"Reason: TIMEOUT CALLERHANGUP BLOCKED"},
	}, {
		name: "values one to a paragraph, each a constant, a colon and a sentence",
		src:  "Hangup causes\n\nBelow are the parameters to expect:\n\nUNSPECIFIED: This cause happens rarely.\n\nNORMAL_CLEARING: The call was cleared by a user.\n\nUSER_BUSY: The called party is busy.\n\nNote: this is not a value.\n",
		want: []string{"HangupCause: UNSPECIFIED NORMAL_CLEARING USER_BUSY"},
	}, {
		name: "example headers one to a paragraph are no values",
		src:  "# Event\n\nEvent-Name: CUSTOM\n\nCC-Agent: 1000\n\nCC-Action: agent-offering\n",
		want: nil,
	}, {
		name: "a variable whose description speaks of a status, over its values",
		src:  "# AMD()\n\nThis application sets the following channel variables:\n\n* `AMDSTATUS` - This is the status of the detection<br>\n\n    * `MACHINE`\n\n    * `HUMAN`\n\n* `AMDCAUSE` - Indicates the cause that led to the conclusion\n\n    * `TOOLONG` - Total Time.\n\n    * `MAXWORDS` - Word Count.\n",
		want: []string{"Amdstatus: MACHINE HUMAN", "Amdcause: TOOLONG MAXWORDS"},
	}, {
		name: "an event described by its item, over its payload fields, is a value",
		src:  "# Events\n\n* _CallerAnswered_: triggered when the caller answered\n  * _caller_: the caller\n  * _callee_: the callee\n* _Transferring_: triggered when the caller is put through\n  * _caller_: the caller\n",
		want: []string{"Event: CallerAnswered Transferring"},
	}, {
		name: "labels of capitalised words in a table a line about statuses introduces",
		src:  "Call Status\nThe call is processed.\nPossible call statuses include the following:\nDescription | Meaning |\n---|---|\nUnknown | An unknown error occurred |\nCall Not Answered | The call did not get answered |\nLine Busy | The end number returned busy tones |\n",
		want: []string{"CallStatus: Unknown Call Not Answered Line Busy"},
	}, {
		name: "labels of capitalised words are no values in a table about something else",
		src:  "# Features\n\n| Name | Description |\n|---|---|\n| Call Recording | Records the calls of a queue |\n| Voice Mail | Takes a message when no one answers |\n",
		want: nil,
	}, {
		name: "a one-line label about values names the table under it, under any heading",
		src:  "# Agents\n\nAgent Status:\n\n| String | Description |\n|---|---|\n| Available | Ready to receive calls. |\n| On Break | Still logged in. |\n\nAgent State:\n\n| String | Description |\n|---|---|\n| Idle | No calls are given. |\n| Waiting | Ready to receive calls. |\n",
		want: []string{"AgentStatus: Available On Break", "AgentState: Idle Waiting"},
	}, {
		name: "headings written in HTML below front matter name the HTML tables under them",
		src:  "---\ntitle: RTCPeerConnection\n---\n<h3 id=\"a\">RTCBundlePolicy enum</h3>\n\n<table>\n<tr><th>Constant</th><th>Description</th></tr>\n<tr><td><code>\"balanced\"</code></td><td>One.</td></tr>\n<tr><td><code>\"max-compat\"</code></td><td>Two.</td></tr>\n</table>\n\n<h3 id=\"b\">RTCIceGatheringState enum</h3>\n\n<table>\n<tr><th>Constant</th><th>Description</th></tr>\n<tr><td><code>\"new\"</code></td><td>New.</td></tr>\n<tr><td><code>\"gathering\"</code></td><td>Gathering.</td></tr>\n</table>\n",
		want: []string{"RtcBundlePolicy: balanced max-compat", "RtcIceGatheringState: new gathering"},
	}, {
		name: "a See also list holds links, not values",
		src:  "# Call states\n\n- `new`\n- `closed`\n\n## See also\n\n- [TutorRoom](https://example.com/t): a sample application\n- `Sample`: another one\n",
		want: []string{"CallState: new closed"},
	}, {
		name: "a list of plain links is a list of pages; links written as code list values",
		src:  "# Events\n\n- [`started`](#started)\n- [`ringing`](#ringing)\n\n### API Reference\n\n- [getConnectionState]()\n- [connectionChangedToState]()\n",
		want: []string{"Event: started ringing"},
	}, {
		name: "items declaring a field and its type, the values in the text below",
		src:  "Query parameters\n\n  • CallType string\n\n    A Call Type of the calls. One of carrier, sip or client.\n\n  • Direction string\n\n    A Direction of the calls. One of inbound, outbound_api.\n",
		want: []string{"CallType: carrier sip client", "Direction: inbound outbound_api"},
	}, {
		name: "paragraphs below a declaration line describe its field",
		src:  "# Summaries\n\nCallState string\n\nThe state of the calls. One of ringing, completed or busy.\n\nSortBy string required\n\nValues are start_time or end_time.\n",
		want: []string{"CallState: ringing completed busy", "SortBy: start_time end_time"},
	}, {
		name: "of two description headers, the longer texts describe; the other column is values",
		src:  "# Hangup causes\n\n| Reason | Details | Description |\n|---|---|---|\n| busy | remote-busy | The called party is busy with another call. |\n| no-answer | timeout | No one answered in time. |\n| rejected | call-blocked | The call was blocked by the platform. |\n| failed | invalid-account | Your account is blocked for now. |\n",
		want: []string{"HangupCause: busy no-answer rejected failed", "Detail: remote-busy timeout call-blocked invalid-account"},
	}, {
		name: "a label of members (Consts) ends the type's introduction in definitions copied as text",
		src:  "# CallState\n\nCallState\nEnum representing call states.\nConsts\nCreated\nThe initial state of a call.\nConnected\nThe call is connected.\nFailed\nThe call has failed.\n",
		want: []string{"CallState: Created Connected Failed"},
	}, {
		name: "a sentence announcing the following columns makes a list one of fields",
		src:  "# Report\n\nThe generated report includes the following columns:\n\n* date: The date at which the calls were received\n* answered: The number of calls answered\n* waiting_time_average: The average time spent waiting\n",
		want: nil,
	}, {
		name:  "a field item whose description is only a list of constants gives its values",
		src:   "# CDR\n\nThe following builtin variables are available.\n\n* ${CDR(src)} Source\n* ${CDR(disposition)} ANSWERED, NO ANSWER, BUSY\n* ${CDR(amaflags)} DOCUMENTATION, BILL, IGNORE etc\n",
		want:  []string{"CDRDisposition: ANSWERED NO ANSWER BUSY", "CDRAmaflags: DOCUMENTATION BILL IGNORE"},
		diags: []string{`x.md:7: warning: the list of CDRAmaflags is cut short ("...", "etc.", "and others" or examples); only the 3 values it names are kept`},
	}, {
		name: "numbered points of a diagram are labels, not values",
		src:  "# Reconnection\n\nIn the above diagram:\n\n- T0: The SDK receives the request.\n- T1: 200 ms later, the user joins.\n- T2: The other user is told.\n",
		want: nil,
	}, {
		name:  "a two-column table copied one cell per line: a token, then its description",
		src:   "Hangup Causes\nCause | Description |\n---|---|\nORIGINATOR_CANCEL |\nCalling party disconnected |\nNORMAL_CLEARING |\nNormal hangup |\n<OTHER> |\nAnything else is an internal error |\nHTTP request sent\n/{x}?\n",
		want:  []string{"HangupCause: ORIGINATOR_CANCEL NORMAL_CLEARING"},
		diags: []string{`x.md:8: warning: table row has no value; skipped: "Anything else is an internal error"`},
	}, {
		name: "a column of labels headed by a value noun, in a table of values, is an enum",
		src:  "# Participant state\n\nThe following table describes possible values for the state parameter:\n\n| Participant State | Call State on Desktop | Description |\n|---|---|---|\n| INITIATING | Off Hook | An outgoing call exists. |\n| ALERTING | Incoming | A call is ringing. |\n| ACTIVE | Active | The participant is on the call. |\n| HELD | Hold | The call is held. |\n",
		want: []string{"ParticipantState: INITIATING ALERTING ACTIVE HELD", "CallStateOnDesktop: Off Hook Incoming Active Hold"},
	}, {
		name: "a question title names the values it asks about",
		src:  "# What do the call statuses mean?\n\n- `queued`: waiting\n- `ringing`: ringing\n",
		want: []string{"CallStatus: queued ringing"},
	}, {
		name: "a wider table copied right below a table of fields keeps its own columns",
		src:  "# Events\n\nParameter | Description |\n---|---|\nEventType | An identifier |\nResourceType | The type of object this event is about (Task, Reservation, Worker) |\nResourceSid | The sid of the object (TaskSid, ReservationSid, WorkerSid) |\nEventType | Field Data | Description |\n---|---|---|\nactivity.created | ActivitySid ActivityName | An Activity is created |\nactivity.updated | ActivitySid ActivityName | An Activity is updated |\n",
		want: []string{"ResourceType: Task Reservation Worker", "Event: activity.created activity.updated", "Events{EventType ResourceType ResourceSid}"},
	}, {
		name: "a Member column a line about an enum introduces holds values",
		src:  "# iceConnectionState\n\nThe RTCIceConnectionState enum has the following enumerations:\n\n| Member | Description |\n|---|---|\n| \"new\" | Waiting for candidates. |\n| \"checking\" | Being checked. |\n",
		want: []string{"IceConnectionState: new checking"},
	}, {
		name: "a text table of labels, each separated from its description by a space, the description opening with a determiner",
		src:  "Timeline disconnect reasons\n\nDisconnect reason Description\nClient The user interface caused the disconnect.\nNo Answer Transfer A transfer after an alerting timeout caused the disconnect.\nPeer Another participant caused the disconnect.\n",
		want: []string{"DisconnectReason: Client No Answer Transfer Peer"},
	}, {
		name: "codes and constants one to a paragraph, a list copied without its bullets",
		src:  "# Agent status\n\nThe available agent status codes include the following -\n\n0 UNKNOWN\n\n1 LOGGED_OUT\n\n2 ON_BREAK\nThe API enables you to:\n\n## Authentication\n\n- HTTP: Basic Auth\n",
		want: []string{"AgentStatus: UNKNOWN LOGGED_OUT ON_BREAK"},
	}, {
		name:  "nested items of a code, a name and a description; & joins states written as code; a bad item is reported",
		src:   "# ExtensionStatus\n\n* `Status` - Numerical value of the extension status.\n    * `-2` - The extension was removed.\n    * `0` - Idle - Devices are idle.\n    * `9` - InUse&Ringing - Devices ring and are in calls.\n* `StatusText` - Text representation of the status.\n    * `Idle`\n    * `InUse&Ringing`\n    * `In%Use`\n",
		want:  []string{"Status: Idle InUse&Ringing", "StatusText: Idle InUse&Ringing"},
		diags: []string{`x.md:4: warning: value "-2" of Status is a number, a code rather than a string value; skipped`, `x.md:10: warning: list item "In%Use" under StatusText is no value; skipped`},
	}, {
		name: "a glued table of fields whose type is glued to the description: the descriptions give values",
		src:  "Aircall Calls\n\nNameData TypeDescription\ncall_idINTEGERPrimary key\nstarted_atTimestamp_NTZTimestamp when the Call started.\ndirectionSTRINGDirection of the call: \"inbound\" or \"outbound\".\nstatusSTRINGStatus of the call: \"answered\", \"missed\" or \"refused\".\n",
		want: []string{"Direction: inbound outbound", "Status: answered missed refused", "AircallCalls{call_id started_at direction status}"},
	}, {
		name: "kinds of values, each over its own values, nested in a field's list; a signature in brackets is no list of values",
		src:  "# API\n\n* `JitsiMeetJS.events` - JS object that contains all events:\n    1. `conference`\n        - `USER_JOINED` - new user joined. (parameters - id(string), user(JitsiParticipant))\n        - `USER_LEFT` - a participant left.\n    2. `connection`\n        - `CONNECTION_FAILED` - the connection failed.\n        - `WRONG_STATE` - wrong state.\n",
		want: []string{"JitsiMeetJsEvents: conference connection", "JitsiMeetJsEventsConnection: CONNECTION_FAILED WRONG_STATE", "JitsiMeetJsEventsConference: USER_JOINED USER_LEFT"},
	}, {
		name: "a list a sentence announces as the components of an API holds no values",
		src:  "## Components\n\nJitsi Meet API has the following components:\n\n* JitsiMeetJS\n\n* JitsiConnection\n\n* JitsiConference\n",
		want: nil,
	}, {
		name: "a prose list after a noun of fields lists fields",
		src:  "# Contact states\n\nThe records are linked together through the contactId fields: original, next, and previous.\n",
		want: nil,
	}, {
		name: "a list after a few words naming fields lists fields",
		src:  "# Call states\n\nTwo arguments are provided: `oldState`, `newState` and `data`.\n",
		want: nil,
	}, {
		name: "constants written with their arguments are values; methods are not",
		src:  "### Queue log event types\n\n* ABANDON(position|origposition|waittime) - The caller abandoned.\n* ADDMEMBER - A member was added.\n* AGENTLOGIN(channel) - The agent logged in.\n\n### Methods\n\n* `enumerateDevices(callback)` - returns the devices.\n* `isDeviceListAvailable()` - returns true.\n",
		want: []string{"QueueLogEventType: ABANDON ADDMEMBER AGENTLOGIN"},
	}, {
		name: "a kind key with a value of its own in the example under each of three headings",
		src:  "# Meeting events\n\n## Meeting starts\n\n**Example**\n\n```\n{\"detail\": {\"eventType\": \"chime:MeetingStarted\", \"type\": \"a\"}}\n```\n\n## Meeting ends\n\n**Example**\n\n```\n{\"detail\": {\"eventType\": \"chime:MeetingEnded\", \"type\": \"b\"}}\n```\n\n## Attendee joins\n\n```\n{\"eventType\": \"chime:AttendeeJoined\", \"type\": \"c\", \"source\": \"aws.chime\"}\n```\n",
		want: []string{"EventType: chime:MeetingStarted chime:MeetingEnded chime:AttendeeJoined"},
	}, {
		name: "a wider table copied with each row broken after its first cell",
		src:  "ACSCallState Enum\n\nValues\nName | Value | Description | Remarks |\n---|---|---|---|\nACSCallStateNone |\n0 | None - disposed early | |\nACSCallStateRinging |\n4 | Call is ringing | |\n",
		want: []string{"AcsCallState: ACSCallStateNone ACSCallStateRinging"},
	}, {
		name:  "a page copied with every line indented is text, not a code block; a type ending a union of quoted values opens it",
		src:   "Sinch Node.js SDK\n\n    Type Alias CallResult\n\n    CallResult:\n        | \"QUEUED\"\n        | \"BUSY\"\n        | string\n\n    The outcome of the call.\n",
		want:  []string{"CallResult: QUEUED BUSY"},
		diags: []string{`x.md:8: warning: "string" among quoted values is a type: the list is open; skipped`},
	}, {
		name: "member headings over a TypeDoc signature that declares the wire",
		src:  "# Enumeration FeedbackIssue\n\n## Enumeration members\n\n### AudioLatency\n\nAudioLatency: = \"audio-latency\"\n\n### ChoppyAudio\n\n`ChoppyAudio: = \"choppy-audio\"`\n",
		want: []string{"FeedbackIssue: audio-latency choppy-audio"},
	}, {
		name: "member headings over TypeDoc signatures of a numeric enum: the names are the values",
		src:  "# Enumeration CallEndReason\n\n## Enumeration Members\n\n### Failed\n\n`Failed: 1`\n\n### RemoteEnded\n\n`RemoteEnded: 2`\n",
		want: []string{"CallEndReason: Failed RemoteEnded"},
	}, {
		name: "the member index above TypeDoc signatures lists SDK names, not wires",
		src:  "# Enumeration FeedbackIssue\n\n## Index\n\n- AudioLatency\n- ChoppyAudio\n- Dropped\n\n## Enumeration members\n\n### AudioLatency\n\nAudioLatency: = \"audio-latency\"\n\n### ChoppyAudio\n\n`ChoppyAudio: = \"choppy-audio\"`\n",
		want: []string{"FeedbackIssue: Dropped audio-latency choppy-audio"},
	}, {
		name: "event names defined as text, one text giving a field's values, a label among them",
		src:  "# Lifecycle events\n\nloading\nFires when the bundle begins loading.\njoined-meeting\nFires once the participant has joined.\nAlways\n\"joined-meeting\". The ID of the instance.\nleft-meeting\nFires once the participant has left.\naccess-state-updated\nFires when the access state changes. The level field is one of 'none', 'lobby', or 'full'.\n",
		want: []string{"LifecycleEvent: loading joined-meeting left-meeting access-state-updated", "Level: none lobby full"},
	}, {
		name: "values as headings",
		src:  "# VoipEvent\n\n## Enum Constants\n\n### CALL_RINGING\n\nThe call rings.\n\n### CALL_HANGUP\n\nHung up.\n\n## Methods\n\n### values\n",
		want: []string{"VoipEvent: CALL_RINGING CALL_HANGUP"},
	}, {
		name: "declarations as headings",
		src:  "# DisconnectCause\n\n#### public static final int BUSY\n\nBusy.\n\n#### public static final int LOCAL\n",
		want: []string{"DisconnectCause: BUSY LOCAL"},
	}, {
		name: "qualified values nested under their enum",
		src:  "# Enums\n\n- VoIP.**CallState**: CallState is an Enum with two attributes.\n  - CallState.**DIALING**: dialing.\n  - CallState.**ENDED**: ended.\n",
		want: []string{"CallState: DIALING ENDED"},
	}, {
		name: "a mapping table: every column of constants is an enum",
		src:  "# Cause\n\n| Value | MFC/R2 | Final | Description |\n|---|---|---|---|\n| AST_BUSY | OR2_BUSY | yes | busy |\n| AST_GONE | OR2_GONE, OR2_OUT | no | gone |\n",
		want: []string{"Cause: AST_BUSY AST_GONE", "MfcR2: OR2_BUSY OR2_GONE OR2_OUT"},
	}, {
		name: "constants as terms, and quoted alternatives under a term",
		src:  "# Event types\n\n**NEW\\_CALL**  \nA new call.\n\n**HANGUP**  \nThe call ended.\n\n# Legs\n\n**Status**  \nWhether a leg is `Connected` or `Disconnected`\n",
		want: []string{"EventType: NEW_CALL HANGUP", "Status: Connected Disconnected"},
	}, {
		name:  "numbers are codes, not values",
		src:   "# Code\n\n- **0** – Normal clearing\n- **480** – No answer\n",
		diags: []string{"x.md:3: warning: value \"0\" of Code is a number, a code rather than a string value; skipped", "x.md:4: warning: value \"480\" of Code is a number, a code rather than a string value; skipped"},
	}, {
		name: "possible values column and a quoted description",
		src:  "# New call\n\nParameter | Description\n--- | ---\nevent | \"newCall\"\nfrom | The calling number\n\n## Dial\n\nAttribute | Possible values | Default\n--- | --- | ---\nanonymous | true, false | false\ncallerId | Number in E.164 format | none\n",
		want: []string{"Event: newCall", "Anonymous: true false", "NewCall{event from}", "Dial{anonymous callerId}"},
	}, {
		name: "SDK enum page: the value is in parentheses",
		src:  "# CallStateEnum\n\n## Enum\n\n* `Active` (value: `'active'`)\n\n* `NO_ANSWER` (value: `\"no-answer\"`)\n",
		want: []string{"CallStateEnum: active no-answer"},
	}, {
		name:  "a table of text keeps its value-like rows in warnings",
		src:   "# Status\n\n| Status | Description |\n|---|---|\n| The call was set up | a |\n| It rang for a while | b |\n| `busy` | c |\n",
		diags: []string{"x.md:7: warning: table row \"busy\" looks like a value, but most of its table's first column is text; the table is not read as an enum"},
	}, {
		name: "a header's last word gives its role",
		src:  "# Leg\n\n| Leg | Event description |\n|---|---|\n| `a` | The caller's leg |\n| `b` | The callee's leg |\n",
		want: []string{"Leg: a b"},
	}, {
		name: "one column of values",
		src:  "### callType values\n\n| Member\n|:---\n| unknown\n| groupCall\n",
		want: []string{"CallType: unknown groupCall"},
	}, {
		name: "first column with description",
		src:  "# Result\n\n| Result | Description |\n|---|---|\n| ok | fine |\n| `bad` (legacy) | not fine |\n",
		want: []string{"Result: ok bad"},
	}, {
		name: "value header without description",
		src:  "# Causes\n\n| Cause |\n|---|\n| busy |\n| rejected |\n",
		want: []string{"Cause: busy rejected"},
	}, {
		name: "value header with a type column",
		src:  "# Result\n\n| Value | Type | Description |\n|---|---|---|\n| ok | string | fine |\n",
		want: []string{"Result: ok"},
	}, {
		name: "status header with a type column",
		src:  "# Result\n\n| Status | Type | Description |\n|---|---|---|\n| ok | string | fine |\n",
		want: []string{"Result: ok"},
	}, {
		name: "model by type column",
		src:  "# Leg\n\n| Name | Type |\n|---|---|\n| **id** | **str** |\n| peers | [**list[Peer]**](Peer.md) |\n",
		want: []string{"Leg{id peers}"},
	}, {
		name: "model by field header",
		src:  "# Leg\n\n| Field | Description |\n|---|---|\n| id | The id. |\n",
		want: []string{"Leg{id}"},
	}, {
		name: "table of sentences",
		src:  "# Steps\n\n| Step | Description |\n|---|---|\n| Dial the number | The call starts. |\n",
	}, {
		name:  "table of something else: no values, and a warning saying so",
		src:   "# Regions\n\n| Region | Supported |\n|---|---|\n| eu | yes |\n",
		diags: []string{"x.md:3: warning: table (region | supported) lists nothing docenum reads as values or fields; check it by hand"},
	}, {
		name: "no heading, header names the enum",
		src:  "| Call status | Description |\n|---|---|\n| busy | Busy. |\n",
		want: []string{"CallStatus: busy"},
	}, {
		name:  "no heading, nothing names the enum but the file",
		src:   "| Value | Description |\n|---|---|\n| busy | Busy. |\n",
		want:  []string{"X: busy"},
		diags: []string{"x.md:1: warning: values found here have no heading to name their enum; named X after the file"},
	}, {
		name: "generic heading keeps the section",
		src:  "# Cause\n\n## Values\n\n- `busy`\n- `failed`\n",
		want: []string{"Cause: busy failed"},
	}, {
		name: "bold title",
		src:  "**Hangup cause**\n\n- `busy`: busy\n- `failed`: failed\n",
		want: []string{"HangupCause: busy failed"},
	}, {
		name: "plain words need a heading about values",
		src:  "# Benefits\n\n- Fast: it is fast\n- Cheap: it is cheap\n",
	}, {
		name: "plain words under a heading about values",
		src:  "# Call states\n\n- Ringing: it rings\n- Answered: it was answered\n",
		want: []string{"CallState: Ringing Answered"},
	}, {
		name: "sentences are not values",
		src:  "# Call states\n\n- The call rings first.\n- Then it is answered.\n",
	}, {
		name: "labels in bold are not strong values",
		src:  "# Tips\n\n- **Note:** read this\n- **Warning:** and this\n",
	}, {
		name:  "a stray item in a value list",
		src:   "# Cause\n\n- `busy`: busy\n- `failed`: failed\n- see the FAQ for more\n",
		want:  []string{"Cause: busy failed"},
		diags: []string{`x.md:5: warning: list item "see the FAQ for more" does not look like a value; skipped`},
	}, {
		name: "a value needs a separator",
		src:  "# Cause\n\n- `busy` is returned by the API\n- `failed` happens rarely\n",
	}, {
		name: "a gloss word separates a code span",
		src:  "# Cause\n\n- `busy` means busy\n- `failed` if it failed\n",
		want: []string{"Cause: busy failed"},
	}, {
		name: "lone strong value",
		src:  "# Cause\n\n- `busy`: the only one\n",
		want: []string{"Cause: busy"},
	}, {
		name: "lone weak value",
		src:  "# Cause\n\n- busy: the only one\n- and a sentence here\n",
	}, {
		name: "groups nested in a prose list",
		src:  "# Cause\n\n- Caller side:\n  - `cancel`: gave up\n- Callee side:\n  - `busy`: busy\n",
		want: []string{"Cause: cancel busy"},
	}, {
		name: "code blocks hold no values",
		src:  "# Cause\n\n```\n- `busy`: busy\n```\n\n<div>BUSY</div>\n",
	}, {
		name: "HTML lists and tables inside Markdown are read",
		src:  "# Cause\n\n<ul><li><code>BUSY</code></li><li><code>GONE</code></li></ul>\n\n# Leg\n\n<table><tr><th>Value</th><th>Description</th></tr><tr><td>a</td><td>A leg</td></tr></table>\n",
		want: []string{"Cause: BUSY GONE", "Leg: a"},
	}, {
		name: "a list item's nested list announced as attributes lists fields; a field's headers are no values",
		src:  "# Enums\n\n- SIP.**Status**: Status has the following attributes:\n  - status.**value**: The integer value.\n  - status.**phrase**: The phrase.\n\n  The statuses:\n  - `trying`\n  - `ringing`\n\n# Classes\n\n- *class* SIP.**Message**(data: bytes): The data.\n\n  Message has the following attributes:\n  - Message.**type**: A MessageType.\n  - Message.**authentication**: There are two authentication headers: Authorization, and WWW-Authenticate.\n",
		want: []string{"Status: trying ringing"},
	}, {
		name:  "XML verbs the examples show are markup, not values",
		src:   "# Responses\n\n| Action | Description |\n|---|---|\n| Dial | Send the call on |\n| Reject | Reject the call |\n\n# Reject\n\n| Reason | Description |\n|---|---|\n| busy | Busy |\n| rejected | Rejected |\n\n```xml\n<Response>\n  <Dial>\n  <Reject reason=\"busy\" />\n</Response>\n```\n",
		want:  []string{"Reject: busy rejected"},
		diags: []string{"x.md:1: warning: enum Response lists names of the XML the document shows (Dial, Reject), not values; skipped"},
	}, {
		name: "rows broken after a first cell that starts with a bar; descriptions restating the names as wires",
		src:  "# CallConnectionState\n\nProperties\n| Name | Description |\n|---|---|\n| Connected |\nconnected. |\n| TransferAccepted |\ntransferAccepted. |\nMethods\n",
		want: []string{"CallConnectionState: connected transferAccepted"},
	}, {
		name: "a description restating the name in its own case is no wire",
		src:  "# State\n\n| Name | Description |\n|---|---|\n| BUSY | Busy. |\n| IDLE | Idle. |\n",
		want: []string{"State: BUSY IDLE"},
	}, {
		name: "a field table copied as text, titles separated by spaces; the bullets below its last row are that field's values",
		src:  "# Call Status Changed\n\nReport parameters\n\nParameter Type Description\ntype Integer Event ID.\nmsg Object<Call_Info> The calls.\nmember_status String The current call status of the member.\n  • ALERT: The caller hears ringback.\n  • RING: The callee rings.\n",
		want: []string{"MemberStatus: ALERT RING", "CallStatusChanged{type msg member_status}"},
	}, {
		name: "a line of junk between two rows of a table of fields copied as text keeps the table whole",
		src:  "# CallSummary\n\n| Field | Description |\n|---|\naccount_sid | The Account. |\nlint:disable-next-line Check.MaxLineLength\n| call_state | The state. One of ringing, completed or busy. |\ncall_type | The type. One of carrier, sip or client. |\n",
		want: []string{"CallState: ringing completed busy", "CallType: carrier sip client"},
	}, {
		name: "a field's values in an HTML list in its description cell; a table of request headers lists no values",
		src:  "# Initiate a call\n\n| Name | Value |\n|---|---|\n| Content-Type | `application/json` |\n| Authorization | `Bearer <token>` |\n\n| Parameter | Type | Description |\n|---|---|---|\n| additional_header | string | The possible values are:<ul><li><strong>ANSWER_MODE</strong>: Adds the Answer-Mode header.</li><li><strong>CALL_INFO</strong>: Adds the Call-Info header.</li></ul><p>(optional)</p> |\n",
		want: []string{"AdditionalHeader: ANSWER_MODE CALL_INFO", "InitiateACall{additional_header}"},
	}, {
		name: "a column whose cells are HTML lists of values, a list nested in an item among them",
		src:  "### Connection state change reasons\n\n| Connection state | Reasons for the state change and how to troubleshoot |\n| --- | --- |\n| Disconnected | <ul><li>`LeaveChannel`(5): The user leaves.</li><li>`InvalidToken`(8): Use a valid token.</li></ul> |\n| Failed | <ul><li>`Rejected`(10): This occurs when:<ul><li>The app calls join twice.</li></ul></li></ul> |\n",
		want: []string{"ConnectionStateChangeReason: Disconnected Failed", "Reason: LeaveChannel InvalidToken Rejected"},
	}, {
		name: "a table copied one cell to a paragraph: a description over two paragraphs, a second table after its introduction",
		src:  "State Values\n\nDialog State\n\nDescription\n\nACTIVE\n\nThe dialog is active\n\nINTERRUPTED\n\nThe dialog was interrupted.\n\nWhile a dialog is interrupted, all its actions are disabled.\n\nCLOSED\n\nThe dialog is closed\n\nNonvoice States\n\nThe following table describes the nonvoice states:\n\nDialog State\n\nDescription\n\nOFFERED\n\nThe dialog was offered\n\nPAUSED\n\nThe dialog is paused\n",
		want: []string{"DialogState: ACTIVE INTERRUPTED CLOSED OFFERED PAUSED"},
	}, {
		name: "a table copied one cell to a line ending in its bar, after an introduction and cut short",
		src:  "Call logs show the outcome of a call.\nHangup By: |\nDescription: |\nTERMINATOR END |\nThe termination point ended the call |\nCall forwarding did not work |\nNo route was found |\nStatus: |\nDescription: |\nUSER_BUSY |\nThe user is bu\n",
		want: []string{"HangupBy: TERMINATOR END Call forwarding did not work", "Status: USER_BUSY"},
	}, {
		name: "a table of three columns copied one cell to a paragraph: codes, then the values",
		src:  "# Eic_State\n\nThe table below contains possible values.\n\nEnum\n\nString\n\nMeaning\n\n0\n\nA\n\nAlerting: the call is alerting.\n\n1\n\nC\n\nConnected: the call is connected.\n",
		want: []string{"EicState: A C"},
	}, {
		name: "a table copied one cell to a paragraph, led by a column of row numbers under a title",
		src:  "Flow Status\n\nSr. No\n\nStatus Name\n\nType of Record\n\nDescription\n\n1\n\nPHONE_NOT_WHITELISTED\n\nInvalid Record\n\nThe number is not whitelisted.\n\n2\n\nIN_PROGRESS\n\nValid Record\n\nThe number is being processed.\n",
		want: []string{"StatusName: PHONE_NOT_WHITELISTED IN_PROGRESS", "TypeOfRecord: Invalid Record Valid Record"},
	}, {
		name: "lines of a word, a dash and its description under a title about values",
		src:  "# Events\n\nstart            - on startup of call control\ninvite           - initial invite\nhangup           - the call hung up\n",
		want: []string{"Event: start invite hangup"},
	}, {
		name: "constants one to a paragraph under a label that is a type's name",
		src:  "Some intro.\n\nNODETYPE:\n\nAddResult\n\nCheckCounter\n\nDTMF\n\nEVENTTYPE:\n\nNodeStart\n\nNodeUpdate\n",
		want: []string{"Nodetype: AddResult CheckCounter DTMF", "Eventtype: NodeStart NodeUpdate"},
	}, {
		name: "constants one to a line under labels in one paragraph, each label naming its own",
		src:  "# Events\n\nNODETYPE:\nAddResult\nCheckCounter\nDTMF\nEVENTTYPE:\nNodeStart\nNodeUpdate\nNodeResult\n",
		want: []string{"Nodetype: AddResult CheckCounter DTMF", "Eventtype: NodeStart NodeUpdate NodeResult"},
	}, {
		name: "paragraphs of labels and sentences after a line saying statuses follow, named after it, labels of capitalised words too",
		src:  "Articles on: How It Works\n\nThe following status is for the incoming call (made by a customer)\n\nCompleted: The call completed.\n\nMissed:  The call went unanswered.\n\nWelcome Message: The caller hung up during the welcome message.\n\nNo Answer: Nobody answered.\n",
		want: []string{"Status: Completed Missed Welcome Message No Answer"},
	}, {
		name: "a term's definition lists labelled reasons below a line saying they follow",
		src:  "# Statuses\n\nBusy\nThe line was busy.\nFailed\nThe call failed for one of the following reasons:\nFlooding: Too many calls.\nUser Unreachable: The number was not reachable.\nRinging\nThe phone rings.\n",
		want: []string{"Status: Busy Failed Ringing", "Reason: Flooding User Unreachable"},
	}, {
		name: "lines of values, then the page's text, read as prose",
		src:  "# Dispositions\n\nNEW - New lead\nQUEUE - To be called\nDROP - Dropped\nThe `direction` field is one of `inbound` or `outbound`.\nWas this article helpful?\n",
		want: []string{"Disposition: NEW QUEUE DROP", "Direction: inbound outbound"},
	}, {
		name: "a field's options in brackets, copied one to a line, named after the line describing them",
		src:  "Subscribe\nPath Parameters\nPossible values: [incomingCall\n, outgoingCall\n, callEnd\n]\nThe event to subscribe to\nRequest Body required\n",
		want: []string{"Event: incomingCall outgoingCall callEnd"},
	}, {
		name: "a field's options in brackets under a response code the page's text ran into",
		src:  "# Webhook\n\n- 200\nYour server returns this code\nPossible values: [UNANSWERED, ANSWERED, VOICEMAIL]\nThe cause of the call ending\n",
		want: []string{"Cause: UNANSWERED ANSWERED VOICEMAIL"},
	}, {
		name:  "the rest of a paragraph a table copied one cell to a line ends in is reported",
		src:   "Status: |\nDescription: |\nUSER_BUSY |\nThe user is busy |\nNO_ANSWER |\nNo answer |\nLast updated: |\n",
		want:  []string{"Status: USER_BUSY NO_ANSWER"},
		diags: []string{`x.md:7: warning: line does not continue the table above it; ignored: "Last updated:"`},
	}, {
		name: "paragraphs of a capitalised word and its sentence under a title about values",
		src:  "Call Results\n\nBusy: This call result is when the number is busy.\n\nLose-race: This call result is when another agent answered first.\n\nAnswered: This call result is when the call is answered.\n\nNote: This is a note, not a value.\n\nWarning: Neither is this one.\n\nTip: Nor this.\n",
		want: []string{"CallResult: Busy Lose-race Answered"},
	}, {
		name: "an enum declared in a code block and one copied as text",
		src:  "# Types\n\n```ts\nexport enum CallEndReason {\n  Failed = 'failed',\n  RemoteEnded = 'remote_ended',\n}\n```\n\nCallState represents the state of the call\nenum CallState {\n  newCall,\n  done,\n}\n",
		want: []string{"CallEndReason: failed remote_ended", "CallState: newCall done"},
	}, {
		name: "rows numbered \"1.\" under S.No stay in their table; the values are in a later column headed by a value noun",
		src:  "# Incoming calls\n\nS.No | Trigger by | CALL STATUS | DESCRIPTION |\n---|---|---|---|\n1. | LEG B | ANSWER (16) | Call is answered. |\n2. 3. | Either party A or B | CANCEL (0) | Call is cancelled. |\n4. | LEG B | Not connected | No call forwarding occurred. |\n5. | LEG B | ANSWER (16) | Answered again. |\n",
		want: []string{"CallStatus: ANSWER CANCEL Not connected"},
	}, {
		name: "a numbered list item with a bar in its text stays a list item",
		src:  "# Steps\n\nA | B\n1. Set the | flag\n",
		want: nil,
	}, {
		name: "rows of a field table whose cells were glued, each listing its own values",
		src:  "Calls have the following properties:\n\nNameTypeRead-onlyMandatoryDescription\nagent_idintegerfalsefalseThe agent who answered the call\nconsentstringfalsefalseConsent configured. Allowed values are 'always', 'opt_in' or 'never'\ncompletion_statusstringfalsefalseStatus of the call. Allowed values are 'completed', 'abandoned_in_queue' or 'abandoned_in_ivr'\n",
		want: []string{"Consent: always opt_in never", "CompletionStatus: completed abandoned_in_queue abandoned_in_ivr"},
	}, {
		name: "values one to a line below a line saying values follow",
		src:  "# PeerStatus\n\nRepresents the possible statuses of a peer connection to a room.\nidle\nconnecting\nconnected\nerror\nThe status changes as the peer connects.\n\nThe following fields are sent.\nid\nname\nroom\n",
		want: []string{"PeerStatus: idle connecting connected error"},
	}, {
		name: "under a heading of fields, a list after a line saying values follow lists values; bold bullets of a converted PDF are bullets",
		src:  "## Fields\n\n- `CallId`: the call\n- `Status`: the status\n\n### Status\n\nFor Sales Dialer, possible values are:\n\n**•** `in progress`\n\n**•** `busy`\n",
		want: []string{"Status: in progress busy"},
	}, {
		name: "the indented body of an admonition is text under its title, not code; a list of code spans then a dash and what they are",
		src:  "# Dispositions\n\n!!! Info \"Custom Disposition Information\"\n      `DO NOT CALL`, `SALE MADE`, `BUSY` — Predefined Disposition Statuses.\n      Users can create custom statuses.\n\nAfter the note.\n",
		want: []string{"CustomDispositionInformation: DO NOT CALL SALE MADE BUSY"},
	}, {
		name:  "a bare list under a sentence that names nothing is reported",
		src:   "Who was supposed to talk first when the call started.\nAGENT_FIRST, USER_FIRST\n",
		diags: []string{`x.md:2: warning: values AGENT_FIRST, USER_FIRST follow "Who was supposed to talk first when the call started.", but no field names them; skipped`},
	}, {
		name:  "a page's one short line of values in brackets is no title: its values are reported",
		src:   "Possible values: [active, inactive]\n",
		diags: []string{`x.md:1: warning: values active, inactive follow "Possible values: [active, inactive]", but no field names them; skipped`},
	}, {
		name:  "a line listing values that no reader took is reported with its line",
		src:   "## Call\n\n**CallId**  \nThe call id, for example one of: `c-100`, `c-200`.\n",
		diags: []string{`x.md:4: warning: line lists values c-100, c-200, but no enum took them; skipped`},
	}, {
		name: "a bare list of constants that share a prefix is named after it",
		src:  "Who was supposed to talk first when the call started.\nFIRST_SPEAKER_AGENT, FIRST_SPEAKER_USER\n",
		want: []string{"FirstSpeaker: FIRST_SPEAKER_AGENT FIRST_SPEAKER_USER"},
	}, {
		name: "constants listed with commas in glued text are an enum named after their prefix",
		src:  "Time outsystem_error BILLING_STATUS_PENDING, BILLING_STATUS_FREE_OTHER, BILLING_STATUS_BILLED Who talks first.\n",
		want: []string{"BillingStatus: BILLING_STATUS_PENDING BILLING_STATUS_FREE_OTHER BILLING_STATUS_BILLED"},
	}, {
		name: "typographic bullets indented like code with no list above are a list; a compound name then its sentence is a value",
		src:  "# Events\n\nNow you can subscribe to all the following events.\n\n    • conference-start The conference has started.\n    • conference-end The last participant has left.\n      ◦ participant-left A note nested under it.\n    • participant-join Notifies when a participant joins.\n",
		want: []string{"Event: conference-start conference-end participant-join"},
	}, {
		name: "a glued header whose first title is a field in snake case, a third title after the description; a field's row is no header",
		src:  "Hangup cause codes\n\nhangup_causeMeaningReal-world scenario\nNORMAL_CLEARINGCall ended normallyOne party hung up\nUSER_BUSYDestination busyThe customer was on another call\n\nhangup_causeMeaning\nMEDIA_TIMEOUTThe media stopped arriving\n\nresult_desc Result description\nservice_name Service name\n",
		want: []string{"HangupCause: NORMAL_CLEARING USER_BUSY MEDIA_TIMEOUT"},
	}, {
		name: "lines of values under lines of the paragraph that introduce them, each run named after its noun; an aside in brackets after a label",
		src:  "What is hang-up status?\nThis is a general status on the call showing the following:\nSuccess - The call was made\nFailed (call failed during setup) - The call was not made\nMissed - The call was not picked up\nWhat is a hang-up reason?\nUnder Hang-up-reason\nNORMAL_CLEARING: The call ended as expected\nORIGINATOR_CANCEL: The caller hung up first\nUSER_BUSY: The called party was busy\n",
		want: []string{"GeneralStatus: Success Failed Missed", "HangUpReason: NORMAL_CLEARING ORIGINATOR_CANCEL USER_BUSY"},
	}, {
		name: "paragraphs of a code, a label and its sentence: the label is the value",
		src:  "Status on Voice API\n\n0 - Failed: No answer, busy or unreachable.\n\n1 - Success: Executed with success.\n\n4 - Not Called: Not called yet.\n",
		want: []string{"StatusOnVoiceAPI: Failed Success Not Called"},
	}, {
		name: "an HTML table written with blank lines between its cells is read whole",
		src:  "### TUICallStatus\n\nCall status.\n<table>\n<tr>\n<td>Type</td>\n\n<td>Description</td>\n</tr>\n\n<tr>\n<td>none</td>\n\n<td>Idle.</td>\n</tr>\n\n<tr>\n<td>waiting</td>\n\n<td>Waiting.</td>\n</tr>\n</table>\n\n### Next\n\nText.\n",
		want: []string{"TuiCallStatus: none waiting"},
	}, {
		name: "a Value column beside types of several kinds lists fields, not values",
		src:  "### VideoRenderParams\n\n| Value | Type | Description |\n|---|---|---|\n| fillMode | \\[FillMode\\](https://example.com/a) | Fill mode |\n| rotation | [Rotation](https://example.com/b) | Rotation |\n| roomId | String? | The room. |\n",
		want: []string{"VideoRenderParams{fillMode rotation roomId}"},
	}, {
		name: "a first column of a few classes over a column of results: both enums; asides that tell results apart are kept",
		src:  "# Result codes\n\n| Status | Result | Explanation |\n|---|---|---|\n| Success | Sent Ok | Answered |\n| Success | AnswerPhone | Answered by a machine |\n| Failed | No Answer | Unanswered |\n| Failed | Bad Number (NRD) | Invalid |\n| Failed | Bad Number (OC) | Rejected |\n| Failed | Busy | Busy tone |\n",
		want: []string{"Status: Success Failed", "Result: Sent Ok AnswerPhone No Answer Bad Number (NRD) Bad Number (OC) Busy"},
	}, {
		name: "bullets of capitalised labels and sentences under a title about statuses; label items start lists of their own",
		src:  "# Agent Statuses\n\n- Default agent status names:\n- Available: The agent takes calls.\n- On a Call: The agent is on a call.\n- Default agent status actions:\n- No Action: Nothing happens.\n- Set Ready: The agent takes new calls.\n",
		want: []string{"DefaultAgentStatusName: Available On a Call", "DefaultAgentStatusAction: No Action Set Ready"},
	}, {
		name: "a page copied as text starts with its title, its text on the next line",
		src:  "Agent Statuses\nAgent statuses declare an agent's queue availability to the system.\n- Available: The agent takes calls.\n- Not Available: The agent takes no calls.\n",
		want: []string{"AgentStatus: Available Not Available"},
	}, {
		name: "dartdoc: an enum's constants over a class's members",
		src:  "CometChatCallAction enum\nCall action from the push payload.\n\nValues\n\n- initiated → const CometChatCallAction\n-\nThe call has been initiated.\n- ended → const CometChatCallAction\n-\nThe call has ended.\n\nProperties\n\n- hashCode → int\n-\nThe hash code for this object.\n- name → String\n",
		want: []string{"CometChatCallAction: initiated ended"},
	}, {
		name: "a table copied one cell to a line, its bars on lines of their own; labels in a column headed Status",
		src:  "|\nStatus\n|\nDescription\n|\n|\nQueued\n|\nThe call is waiting.\n|\n|\nFar End Disconnect\n|\nThe other party hung up.\n|\n",
		want: []string{"Status: Queued Far End Disconnect"},
	}, {
		name: "a glued header whose key column is a field noun: the terms are fields, their descriptions give values",
		src:  "Payload\nPayload Fields Description\norganisation_id\nUnique identifier for the organisation.\ncall_status\nWhether the call was answered. (Possible values can be \"answered\" or \"notanswered\")\ncall_duration\nTotal duration of the call in seconds.\n",
		want: []string{"CallStatus: answered notanswered"},
	}, {
		name: "glued tables headed Value Meaning under titles: each named after its title",
		src:  "Call Status\n\nFinal status of a call.\nValueMeaning\nuserHangupThe remote party hung up.\nbusyThe line was busy.\n\nDispatch Status\n\nPer-contact state.\nValueMeaning\npendingNot yet eligible.\nqueuedWaiting for capacity.\n",
		want: []string{"CallStatus: userHangup busy", "DispatchStatus: pending queued"},
	}, {
		name: "tables copied one cell to a paragraph: a table of parameters gives no values; 'values of X' names the next",
		src:  "Parameter Description\n\nTable 1 HwmCallRecordInfo parameters\n\nParameter\n\nType\n\nDescription\n\ncallInfo\n\nHwmCallInfo\n\nCall information.\n\nreason\n\nHwmCallEndReason\n\nReason that the call ends.\n\nTable 2 Enumerated values of HwmCallEndReason\n\nEnumerated Value\n\nDescription\n\nHWM_CALL_END_REASON_INVALID\n\nNone.\n\nHWM_CALL_END_REASON_FAILED\n\nCall fails.\n",
		want: []string{"HwmCallEndReason: HWM_CALL_END_REASON_INVALID HWM_CALL_END_REASON_FAILED"},
	}, {
		name: "codes, then short labels under Description, then the longer Explanation: the labels are the values",
		src:  "Possible results\n\n| Code | Description | Explanation |\n|---|---|---|\n| 9 | Cancelled | The call was not answered and was cancelled. |\n| 10 | Finished successfully | The call was placed and answered before ending. |\n| 12 | Call rejected | The callee refused the call. |\n",
		want: []string{"PossibleResult: Cancelled Finished successfully Call rejected"},
	}, {
		name: "items each a phrase after a line saying values follow, named after its noun",
		src:  "# Supported Events\n\nTriggered whenever a call's status changes. Possible values are:\n\n1. Outbound call initiated\n2. Call answered\n3. Call completed\n\nSample payload follows.\n\n- A note, with a comma.\n- Another note here\n",
		want: []string{"Status: Outbound call initiated Call answered Call completed"},
	}, {
		name: "field items: bold values with long conditional glosses; lines of bold labels below a line ending in a colon",
		src:  "## The CDR's attributes:\n\n- **Status**: Status of the call. Could be **SUCCESS** (if \"Success\" flag is enabled for the code applied to the call) or **FAILURE** (otherwise).\n- **Dump Level**: Level of capturing of the call:\n  **Capture nothing** - Nothing is captured.\n  **Capture signaling traffic** - Only signaling is captured.\n  **Capture all traffic** - Everything is captured.\n- **Duration**: Duration of the call in seconds.\n",
		want: []string{"Status: SUCCESS FAILURE", "DumpLevel: Capture nothing Capture signaling traffic Capture all traffic"},
	}, {
		name: "definitions written ': text' below their terms with no blank line between items; API page sections are no terms",
		src:  "# Get Call\n\nAuthorizations\nAuthentication header containing the API key.\nResponse\nType of the call.\n\n## Status of call\n\nregistered\n: Call id issued. -\nongoing\n: Call connected and ongoing. -\nended\n: The call has ended.\n",
		want: []string{"StatusOfCall: registered ongoing ended"},
	}, {
		name: "definitions whose next term, in capitals, was glued to their text are split apart",
		src:  "# Events\n\nCall status can be one of the following:\nCOMPLETED\n: A conversation occurred with the contactANSWERED\n: A call occurred but another attempt will be madeNOT_REACHED\n: We could not reach the contact\n",
		want: []string{"Event: COMPLETED ANSWERED NOT_REACHED"},
	}, {
		name: "a table of contents, its sections' links nested under its parts, lists no values",
		src:  "# Call Control API\n\n### Table of contents\n\n1. [Setup](#setup)\n1. [Your XML response](#your-xml-response)\n    1. [Forward](#forward)\n    1. [Reject](#reject)\n1. [Security](#security)\n1. [FAQ](#faq)\n",
		want: nil,
	}, {
		name: "a phrase in kebab case ending in a field's word (duration) is a value, not a field",
		src:  "## Timeouts\n\n- `exceeded-max-duration` — The call reached its limit.\n- `silence-timed-out` — No speech was detected.\n",
		want: []string{"Timeout: exceeded-max-duration silence-timed-out"},
	}, {
		name: "paragraphs of a label each, its description in the paragraphs below, under a title about statuses",
		src:  "Call answer status\n\nHere is a breakdown of those statuses and their definitions.\n\nInbound answered call\n\nWhen a call comes in and you answer it.\n\nVoicemail call\n\nTypically, when the voicemail step answers the call.\n\nWe detect voicemails on the number.\n\nOutbound call\n\nWhen you place a call to a customer.\n\nWas this article helpful?\n",
		want: []string{"CallAnswerStatus: Inbound answered call Voicemail call Outbound call"},
	}, {
		name: "paragraphs of a label and a sentence elsewhere are sections",
		src:  "Getting started\n\nSome words about the product here.\n\nInstall the app\n\nDownload it from the store today.\n\nCreate an account\n\nSign up with your email address.\n\nMake a call\n\nDial the number of a friend.\n",
		want: nil,
	}, {
		name: "constants of one prefix named as code across a guide's text are an enum; constants a table lists are not again",
		src:  "# Redirection\n\nReturn `PJSIP_REDIRECT_ACCEPT` from the callback to accept.\n\nAlternatively `PJSIP_REDIRECT_STOP` can be returned.\n\nReturn `PJSIP_REDIRECT_PENDING` to wait. Set `MAX_URL_SIZE` too.\n\n| Cause | Meaning |\n|---|---|\n| `SIP_CAUSE_BUSY` | busy |\n| `SIP_CAUSE_GONE` | gone |\n\nSee `SIP_CAUSE_BUSY`, `SIP_CAUSE_GONE` and `SIP_CAUSE_LATE`.\n",
		want: []string{"Redirection: SIP_CAUSE_BUSY SIP_CAUSE_GONE", "PjsipRedirect: PJSIP_REDIRECT_ACCEPT PJSIP_REDIRECT_STOP PJSIP_REDIRECT_PENDING"},
	}, {
		name: "a paragraph that is only a list, below a line saying values follow",
		src:  "# Calls\n\nThe complete list of valid statuses:\n\nadded-to-schedule, blocked, busy,\ncaller-hung-up, canceled,\nwaiting.\n\nBoth \"canceled\" and \"cancelled\" are accepted, busy or idle.\n",
		want: []string{"Status: added-to-schedule blocked busy caller-hung-up canceled waiting"},
	}, {
		name: "a list below a sentence naming a value noun: labels and their sentences, named after the noun",
		src:  "Each call record will have a call state that will be variable until the call has ended.\n\n- Queued: The call has been queued.\n- In Progress: The call has been answered.\n- Busy: The remote party indicated they were busy\n",
		want: []string{"CallState: Queued In Progress Busy"},
	}, {
		name: "AsciiDoc: a table of properties whose descriptions list values",
		src:  "= Restcomm API\n\n== Calls\n\n[cols=\",\",options=\"header\",]\n|====\n|Property |Description\n|Sid |A string that identifies this call.\n|Status |The status of the call. Possible values are queued, ringing, in-progress and completed.\n|====\n",
		want: []string{"Status: queued ringing in-progress completed", "Calls{Sid Status}"},
	}, {
		name: "items giving a field its values (State = *Flowing*: ...) under each event: one enum per event's field",
		src:  "## MediaFlowInStateChange\n\n- State = *Flowing*: Data is arriving.\n- State = *NotFlowing*: No data arrives.\n\n## IceComponentStateChange\n\n- State = *Gathering*: Candidates are gathered.\n- State = *Connected*: A pair is connected.\n",
		want: []string{"MediaFlowInStateChangeState: Flowing NotFlowing", "IceComponentStateChangeState: Gathering Connected"},
	}, {
		name: "a table copied one cell to a line ending in its bar, its header lost and its last line cut short",
		src:  "# System Dispositions\n\nAbandoned - Before Call Routed |\nCaller hung up the call immediately after answering |\nAnswering Machine - System |\nSystem detected an answering |\nBusy |\nAgent indicated their last call was a busy signal |\nCall Back |\nA previously scheduled call that hasn't reached its ti\n",
		want: []string{"SystemDisposition: Abandoned - Before Call Routed Answering Machine - System Busy Call Back"},
	}, {
		name: "MDX: the titles of a group of accordions under a heading about types are its items; other components' titles are not",
		src:  "## Client event types\n\n<AccordionGroup>\n  <Accordion title=\"conversation_initiation_metadata\">\n    - Sent when a conversation starts\n  </Accordion>\n  <Accordion title=\"user_transcript\">\n    - The user's words as text\n  </Accordion>\n</AccordionGroup>\n\n## Troubleshooting\n\n<Note title=\"Connection issues\">\nCheck the network.\n</Note>\n",
		want: []string{"ClientEventType: conversation_initiation_metadata user_transcript"},
	}, {
		name: "a table copied one cell to a paragraph: a long middle title, and its column of labels an enum of its own",
		src:  "Disposition Code\n\nDisplay Text in BV Reports\n\nDescription\n\nNO_ANSWER\n\nMissed Call\n\nThe call is not answered in time\n\nLOSE_RACE\n\nLose Race\n\nAnother phone answered first\n\nCALL_REJECTED\n\nCall Rejected\n\nThe user declined the call\n",
		want: []string{"DispositionCode: NO_ANSWER LOSE_RACE CALL_REJECTED", "DisplayTextInBvReport: Missed Call Lose Race Call Rejected"},
	}, {
		name: "a page copied as text: the prose after a list is no part of its last item, and the list after that prose is a list of its own",
		src:  "This report contains:\n- A row for each call.\n- A column for each data point.\nCall Lifecycle Events\nThese events capture the phases of a call:\n- Inbound Call: Call arrived.\n- Connected: Call connected to a target.\n- Busy Call: The target was busy.\n",
		want: []string{"CallLifecycleEvent: Inbound Call Connected Busy Call"},
	}, {
		name: "a table of fields copied one cell to a line ending in its bar, its header lost: a field's description lists its values",
		src:  "The request has these parameters :\n\nCallID |\nA unique ID that identifies a voice call |\nCallStatus |\nCreated call status, the possible values are : (Queued, Completed and Failed) |\nRecipient |\nDestination mobile number in international format |\n",
		want: []string{"CallStatus: Queued Completed Failed"},
	}, {
		name: "a name set to words in sentences is an enum of them; not in a configuration's lines or a link",
		src:  "A Queue event is written with result=q when queued.\n\nIf the call gives result=b (busy) or result=e (error), it ends.\n\n    ;auth_pass=secret\n\nauth_pass=password\n\nSee https://example.com/?result=x for the rest of the rows.\n",
		want: []string{"Result: q b e"},
	}, {
		name:  "field items: quoted alternatives and quoted examples in brackets give each field its values",
		src:   "Parameters Description\n\n- tenant_id: The unique identifier of the tenant.\n- call_direction: The direction of the call, typically 'inbound' or 'outbound'\n- call_status: The status of the call (e.g., 'completed', 'missed', 'failed').\n- talk_time: Duration of the call in seconds.\n- recording_url: URL to access the call recording.\n",
		want:  []string{"CallDirection: inbound outbound", "CallStatus: completed missed failed"},
		diags: []string{`x.md:5: warning: the list of CallStatus is cut short ("...", "etc.", "and others" or examples); only the 3 values it names are kept`},
	}, {
		name: "a table copied one cell to a paragraph under a value noun and any second title; a description may hold a list; a footnote's mark is no part of a value",
		src:  "State\n\nExtension\n\nIdle\n\nThere is no call on this extension.\n\nIn Use Inaccessible\n\nFor call appearance buttons:\n\n  • The button has no LEDs.\n\nFor line appearance buttons:\n\n  • The line is out of service.\n\nRingback*\n\nThe user is listening to ringback tone.\n",
		want: []string{"State: Idle In Use Inaccessible Ringback"},
	}, {
		name: "a table copied one cell to a line, inside one paragraph after its introduction, named by the introduction",
		src:  "The service will receive the following call events:\nLabel\nExplanation\nOffering\nThe call is being offered to the line.\nDialtone\nThe call is receiving a dial tone.\nConnected\nThe call is set up and connected.\nIdle\nThe call exists but is not connected.\n",
		want: []string{"CallEvent: Offering Dialtone Connected Idle"},
	}, {
		name: "labels scoped by their party, after a line saying reasons follow",
		src:  "Here are some possible reasons and why you may be seeing them:\n\n- Caller: Hang-up - The calling party hung up\n- Destination: No Answer - The called party did not answer\n- Destination: Busy - The line was busy\n",
		want: []string{"Reason: Caller: Hang-up Destination: No Answer Destination: Busy"},
	}, {
		name: "lines of a field, a dash and its description, in one paragraph: a description ending in its values in brackets gives the field's enum",
		src:  "Start of the call ringtone on internal line.\ncaller_num - caller number\ncaller_name - caller name\ndialed_num - dialed number (only for caller_type external, dialer)\nline_userid - dialed agent user ID\ncall_id - unique call ID\ncaller_type - caller type (external, originate, dialer)\ndirection - direction of call (internal, incoming, outgoing)\nhttp://server/start_int_dial?caller_num=591166223&line_num=101\n",
		want: []string{"CallerType: external originate dialer", "Direction: internal incoming outgoing"},
	}, {
		name: "a field's description numbering its values one by one",
		src:  "## Calls\n\n| Name | Type | Description |\n|---|---|---|\n| disposition | Number | The call disposition: 0 - ANSWERED - calls that were answered; 1 - BUSY - calls that got a busy tone 2 - NO ANSWER - calls with no answer |\n| source | String | The caller. |\n",
		want: []string{"Disposition: ANSWERED BUSY NO ANSWER", "Calls{disposition source}"},
	}, {
		name: "a table of fields copied one cell to a paragraph, five columns: each field's description lists its values, in prose or one to a line",
		src:  "Data Attributes:\n\nName\n\nType\n\nNullable\n\nIs Required?\n\nDescription\n\nstatus\n\nstring\n\nNo\n\nNo\n\nCan be either: Active or Blocked.\n\nmedia_mode\n\nstring\n\nNo\n\nNo\n\nMedia encryption mode.\nPossible values:\n‘disabled’ - Disabled\n‘zrtp’ - ZRTP\n\nname\n\nstring\n\nNo\n\nYes\n\nThe voice out trunk name.\n",
		want: []string{"Status: Active Blocked", "MediaMode: disabled zrtp"},
	}, {
		name: "tables copied one cell to a paragraph, one per tab, an empty cell written <empty>; a column of yes and no is no enum",
		src:  "Intro.\n\nMissed Call Type\n\nHangup Cause\n\nCallback?\n\nDescription\n\nUnknown\n\n<empty>\n\nYes\n\nCatch all for any other missed call types.\n\nMissed Call Type\n\nHangup Cause\n\nCallback?\n\nDescription\n\nAll Busy\n\n<empty>\n\nNo\n\nThere was one or more available devices.\n",
		want: []string{"MissedCallType: Unknown All Busy"},
	}, {
		name: "events typed by their noun in titles are an enum though the examples write them as XML elements; a label announcing elements announces fields",
		src:  "Events list\n-----------\n\nEvent \"agentlinked\"\n\nInformative elements:\n* agent_number: Agent that has been linked.\n* phone: The number that was dialed.\n* trunk: Trunk through which the call was received.\n\nExample:\n<event>\n    <agentlinked>\n        <phone>1065</phone>\n    </agentlinked>\n</event>\n\nEvent \"agentunlinked\"\n\nExample:\n<event><agentunlinked><trunk>SIP/1</trunk></agentunlinked></event>\n\nEvent \"pausestart\"\n\nExample:\n<event><pausestart/></event>\n",
		want: []string{"Event: agentlinked agentunlinked pausestart"},
	}, {
		name: "a table of message types described in a Notes column; fields of one table sharing their last part",
		src:  "### Client Messages\n\n| Type | Structure | Notes |\n|---|---|---|\n| Settings | `{ \"type\": \"Settings\" }` | Sets the agent up |\n| KeepAlive | `{ \"type\": \"KeepAlive\" }` | Keeps the connection open |\n\n### Settings\n\n| Parameter | Type/Details | Notes |\n|---|---|---|\n| agent.think.provider.type | \"open_ai\", \"anthropic\" | LLM provider |\n| agent.speak.provider.type | \"deepgram\", \"cartesia\" | TTS provider |\n",
		want: []string{"ClientMessage: Settings KeepAlive", "ThinkProviderType: open_ai anthropic", "SpeakProviderType: deepgram cartesia", "Settings{agent}", "SettingsAgent{think speak}", "SettingsAgentThink{provider}", "SettingsAgentThinkProvider{type}", "SettingsAgentSpeak{provider}", "SettingsAgentSpeakProvider{type}"},
	}, {
		name: "a table copied from a PDF: rows of a constant and its description wrapped over lines, named by the line above naming a value noun",
		src:  "A record includes:\n• Caller ID (integer)\n• Duration in minutes\n*Disconnect causes could be any of the following:\nDisconnect\ncause\nDescription\nNORMAL Normal call clearing (for\nexample, a hang-up during a\nconference).\nSHUTDOWN System was shutting down.\nNO_RESOURCES All 30/60 ports in use.\nUNKNOWN Unknown error\n",
		want: []string{"Cause: NORMAL SHUTDOWN NO_RESOURCES UNKNOWN"},
	}, {
		name: "lines of constants in prose are no table",
		src:  "# Setup\n\nSIP Trunks are set up here.\nHTTP Requests are signed with a key.\nAPI Keys are made in the console.\nThe rest is prose, as it goes on and on.\nIt says more.\nAnd more, over lines that wrap.\nOver many lines.\nTo the end.\nOf the page.\n",
		want: nil,
	}, {
		name: "event dumps written as header lines outside code blocks: a key whose value is each heading's name",
		src:  "## Events\n\n#### agent-status-change\n\nWhen an agent's Status changes, this event is generated.\n\nEvent-Name: CUSTOM\nCC-Action: agent-status-change\nCC-Agent-Status: Available\n\n#### agent-offering\n\nEvent-Name: CUSTOM\nCC-Action: agent-offering\nCC-Member-CID-Name: CHOUINARD MO\n\n#### Notes\n\nStatus: the agent status\nMode: the mode\n",
		want: []string{"CcAction: agent-status-change agent-offering"},
	}, {
		name: "a table of fields copied one cell to a paragraph: a list in a field's description lists its values",
		src:  "The reason is sent in the following fields:\n\nField\n\nType\n\nDescription\n\nreasonCode\n\nString\n\nA string value indicating the reason.\n\nCan have one of the following values:\n\n  • \"error\": The call failed.\n\n  • \"busy\": The target was busy.\n\nreason\n\nString\n\nFree text describing the reason.\n",
		want: []string{"ReasonCode: error busy"},
	}, {
		name: "a field's description that is nothing but constants joined by or",
		src:  "## Callback Data\n\n| Parameter | Type | Description |\n|---|---|---|\n| direction | string | OUTBOUND or INBOUND |\n| type | string | VOICE, FAX or SMS |\n| uid | string | Unique identifier for the call. |\n",
		want: []string{"Direction: OUTBOUND INBOUND", "Type: VOICE FAX SMS", "CallbackData{direction type uid}"},
	}, {
		name: "fields written three lines each, name, type and description: an enum field's words in brackets are its values",
		src:  "Request body structure:\nextension_ids\nstring[]\nList of extensions\ncall_state\nenum\nCall status ( unknown answered not_answered)\ndate_from\nstring\nStart date (eg: \"2021-03-10\")\ndirection\nenum\nCall direction ( in out ext)\n",
		want: []string{"CallState: unknown answered not_answered", "Direction: in out ext"},
	}, {
		name: "lines of words with a short line between are no fields",
		src:  "Intro\nname\nString\nThe name (first last)\nmode\nString\nThe mode\nkind\nString\nThe kind\n",
		want: nil,
	}, {
		name: "a page copied as text: a list and a table glued to their introductions, titles between them",
		src:  "Call Lifecycle\nCall States\nCalls progress through these states:- INITIATED - Call is being placed\n- COMPLETED - Call ended normally\n- CANCELLED - Call was cancelled before completion\nCall Flow\nRetrieving Call Data\nCall Dispositions\nDispositions indicate how calls ended:Disposition | Description |\n---|---|\nENDED | Normal call completion |\nDNC | Do not call request |\n",
		want: []string{"CallState: INITIATED COMPLETED CANCELLED", "CallDisposition: ENDED DNC"},
	}, {
		name: "tables copied with no blank line between: the title about values nearest the header names the next",
		src:  "Call statuses\nEvery call moves through these:\n| Status | What it means |\n|---|---|\nqueued | Waiting |\nfailed | Went wrong |\nTerminal statuses\nOnce a call hits one of these, it is done.\nResult statuses\nAfter a call completes, extraction runs:\n| Status | What it means |\n|---|---|\npending | Still extracting |\ndone | Finished |\n",
		want: []string{"CallStatus: queued failed", "ResultStatus: pending done"},
	}, {
		name: "a DokuWiki page: its heading, its table of fields, values with slashes between them",
		src:  "====== Agent Pause ======\n^Params ^Type ^Description ^\n|usertype|String|agent / account|\n|pwdtype|String|Password Type: plaintext/MD5|\n|type|String|1(Pause)/2(Unpause)|\n",
		want: []string{"Usertype: agent account", "Pwdtype: plaintext MD5", "AgentPause{usertype pwdtype type}"},
	}, {
		name: "an example payload giving a field its values with bars between them, in a code block or as text",
		src:  "# Call webhook\n\n```json\n{\"direction\": \"outgoing | incoming\", \"from\": \"+5690|x\"}\n```\n\nExample Payload\n{\n\"status\": \"completed | no-answer | busy\",\n\"note\": \"a | b c\"\n}\n",
		want: []string{"Direction: outgoing incoming", "Status: completed no-answer busy"},
	}, {
		name: "a line that is only a union of bare tokens under a heading naming a type; not under a heading of words",
		src:  "## LogLevel\n\nOff | Error | Warn | Info\n\n## Links\n\nHome | Pricing | Docs\n",
		want: []string{"LogLevel: Off Error Warn Info"},
	}, {
		name: "text rows of a label and its description after a space and a lower-case determiner, under a header",
		src:  "Call Status Definitions\n\nCall Status Definition\nRinging an inbound call that has not yet been picked up.\nIn Progress an inbound call that is being handled.\nAnswered an inbound call that has been answered.\n",
		want: []string{"CallStatus: Ringing In Progress Answered"},
	}, {
		name: "a glued table whose descriptions go on in bullets, a value glued to its dash",
		src:  "Call Status\n\nCall StatusDefinition\nCall Ended- Call connected and completed.\n- Call connected and dropped.\nDeclinedThe receiver rejected the call.\nAbandonedThe call was established to the receiver, however,\n- Caller hung up in the IVR menu;\nBusyThe receiver is unable to accept another call.\n",
		want: []string{"CallStatus: Call Ended Declined Abandoned Busy"},
	}, {
		name: "paragraphs of a value and its description: a value starting with a digit is a value, a capitalised word among lower-case values is text",
		src:  "Supported events:\n\ncall_dead - The customer hung up first.\n\ndispo_set - The agent set a disposition.\n\n3way_start - The agent started a 3way call.\n\nAlways - sent for each call.\n\npark_started - The call was parked.\n",
		want: []string{"SupportedEvent: call_dead dispo_set 3way_start park_started"},
	}, {
		name: "an API reference of terms over property lines (Type: String, Valid Values: A | B): the values are the term's",
		src:  "Response Elements\n\nChannel\n\nHow the contact reached your contact center.\n\nType: String\n\nValid Values: VOICE | CHAT | TASK\n\nRequired: No\n\nDescription\n\nThe description of the contact.\n\nType: String\n",
		want: []string{"Channel: VOICE CHAT TASK"},
	}, {
		name: "a table copied with spaces between its cells, each row a paragraph, named by the line declaring it",
		src:  "EnumCallState is an Enumeration\n\nName Type Value Comment\neCALLSTATEBUSY number 16 Call outbound is busy.\n\neCALLSTATEHOLD number 128 Call is on hold.\n\neCALLSTATEIDLE number 256 Call is idle.\n\nVersion 7\n",
		want: []string{"EnumCallState: eCALLSTATEBUSY eCALLSTATEHOLD eCALLSTATEIDLE"},
	}, {
		name: "list items whose term in code is a line of its own, the description below it",
		src:  "# SDK\n\n#### Call Events\n\n* **`connected`**\n  Triggered when the call connects.\n  * **Payload**: `{ code: 200 }`\n\n* **`disconnected`**\n  Triggered when the call drops.\n\n* **`failed`**\n  Triggered when the call fails.\n",
		want: []string{"CallEvent: connected disconnected failed"},
	}, {
		name: "unions of string literals in TypeScript name their key or type; one in a table's row, the row's field and the key",
		src:  "# SDK\n\nThe payload is `{ code: 100, type: \"outbound\" | \"incoming\" }` and the push is `{ provider?: 'apns' | 'fcm' }`.\n\n```ts\ntype CallState = 'init' | 'ended'\n```\n\n| Field | Description |\n| --- | --- |\n| `to` | Destination: `{ \"type\": \"number\"|\"sip\", \"endpoint\": \"...\" }` |\n",
		want: []string{"Type: outbound incoming", "Provider: apns fcm", "CallState: init ended", "ToType: number sip", "Sdk{to}"},
	}, {
		name: "an HTML table of fields without a header, each name followed by its type, lists in cells plain or numbered",
		src:  "# Call object\n\n<table>\n<tr><td>id <span>integer</span></td><td>The id of the call.</td></tr>\n<tr><td>status_geral <span>string</span></td><td>Status geral. <ul><li>criada: chamada foi criada</li><li>curso: em andamento</li></ul></td></tr>\n<tr><td>tipo <span>string</span></td><td>Tipo: <ul><li>ramal</li><li>movel</li></ul></td></tr>\n<tr><td>motivo <span>string</span></td><td>Motivos: <ul><li>1. telefone não existe</li><li>16. normal</li><li>31. normal, nao especificado</li></ul></td></tr>\n</table>\n",
		want: []string{"StatusGeral: criada curso", "Tipo: ramal movel", "Motivo: telefone não existe normal normal, nao especificado", "CallObject{id status_geral tipo motivo}"},
	}, {
		name:  "a list under a line naming events lists the object's events; the values an event's text lists, inline or nested below a line introducing them, are named after the object and the event",
		src:   "# API\n\n### Account\n\nEvents emitted:\n* **registrationStateChanged**: the registration state has changed. Three arguments are provided:\n  `oldState`, `newState` and `data`. Possible states:\n   * null: not started\n   * registering: in progress\n   * registered\n* **incomingCall**: a call arrives. Possible state values are: ringing, answered and missed.\n* **missedCall**: a call was missed.\n",
		want:  []string{"AccountEvent: registrationStateChanged incomingCall missedCall", "AccountRegistrationStateChanged: registering registered", "AccountIncomingCall: ringing answered missed"},
		diags: []string{`x.md:8: warning: list item "null: not started" under AccountRegistrationStateChanged is no value; skipped`},
	}, {
		name:  "common flags include a list that ends saying there are others: the named ones are kept, with a warning",
		src:   "flags\nstring[]\n\nArray of post-processing flags indicating call outcomes. Common flags include: NO_ANSWER, VOICEMAIL, RPC (Right Party Contact), DNC, and others\n",
		want:  []string{"Flag: NO_ANSWER VOICEMAIL RPC DNC"},
		diags: []string{`x.md:4: warning: the list of Flag is cut short ("...", "etc.", "and others" or examples); only the 4 values it names are kept`},
	}, {
		name: "a key and its label over a list indented past the label's text gives the key's values; a list of the keys the page's JSON shows lists fields",
		src:  "# CDR\n\n```json\n{\"uuid\": \"x\", \"call_type\": \"voice\", \"hangup_cause\": \"BUSY\"}\n```\n\n## Sabitler\n\n* **call_type:** Arama Tipi\n      * **voice:** Telefon\n      * **fax:** Fax\n\n## Dönen değerler\n\n* **uuid:** Aramanın id'si\n* **call_type:** Aramanın tipi\n* **hangup_cause:** Sebebi\n",
		want: []string{"CallType: voice fax"},
	}, {
		name: "a list one item to a line, each after a comma, below a description is named after the description's lead",
		src:  "Successful Response\nCurrent status of the call: 'registered' for new calls, 'ended' for completed calls\nregistered\n, ongoing\n, ended\nUnique identifier for the call session\n",
		want: []string{"CurrentStatus: registered ongoing ended"},
	}, {
		name:  "definitions glued to the sentences before them, under a label glued too; a value whose text introduces more values ends the run",
		src:   "Details.max_duration).Statuses:\nnew: A request was received.queued: It was validated.complete: It ended.failed: It failed. This field contains one of the following values:human: A human answered.voicemail: A machine answered.unknown: Nobody knows.\n",
		want:  []string{"Status: new queued complete failed", "X: human voicemail unknown"},
		diags: []string{"x.md:2: warning: values found here have no heading to name their enum; named X after the file"},
	}, {
		name: "a list after 'A map containing ...:' lists the map's keys, unless they are states",
		src:  "# Call\n\nA map containing the call details:\n\n- ACCOUNT_ID\n- PEER_NUMBER\n- CALL_STATE\n\nA map containing the conferences and their states:\n\n- ACTIVE_ATTACHED\n- HOLD\n",
		want: []string{"State: ACTIVE_ATTACHED HOLD"},
	}, {
		name: "a Notes cell that is a list and nothing else gives its field's values",
		src:  "# Events\n\n## Payload\n\n| Field | Data Type | Description | Notes |\n|---|---|---|---|\n| on_duty_status | string | The on duty status. | Available, unavailable, occupied or busy. |\n| date | int | The time. | For example, 1, 2 or 3 |\n",
		want: []string{"OnDutyStatus: Available unavailable occupied busy", "Events{on_duty_status date}"},
	}, {
		name:  "an OpenAPI file whose lines were run together is read as text, its description's table too",
		src:   "openapi: 3.0.3 info: title: Calls description: | Placing calls. ## Call status values | Status | Meaning | |---|---| | `INITIATED` | Call queued | | `BUSY` | Line busy | | `FAILED` | Not placed | ## Callback When a call ends, we POST it.\n",
		want:  []string{"Status: INITIATED BUSY FAILED"},
		diags: []string{"x.md: warning: looks like OpenAPI but is no readable OpenAPI document (not a readable JSON or YAML document: yaml: mapping values are not allowed in this context); read as text"},
	}, {
		name:  "terms over their definitions, copied as text, split into runs where a definition's text ends introducing the next terms, each named by its introduction",
		src:   "Webhooks\nLast updated\nSet up webhooks.\nThe call object contains a status\nfield, which can have these values:\ncompleted\nThe call was successful.\nfailed\nThe call failed.\nbusy\nThe line was busy.\nThe end_call_reason\nparameter says why a call ended:\nvoicemail\nA voicemail answered.\nagent_goodbye\nThe agent said goodbye.\n",
		want:  []string{"Status: completed failed busy", "EndCallReason: voicemail agent_goodbye"},
		diags: []string{`x.md:1: warning: term "Webhooks" over text, and no term after it, is no value; skipped`},
	}, {
		name: "a table whose Chinese header names attributes and their data type lists fields, not values",
		src:  "# 坐席\n\n## 技能\n\n属性名 | 数据类型 | 必填 | 说明\n--- | --- | --- | ---\n`opt` | `Integer` | √ | 操作类型\n`name` | `String` | √ | 技能\n`state` | `String` | | One of `idle`, `busy` or `away`.\n",
		want: []string{"State: idle busy away", "技能{opt name state}"},
	}, {
		name: "lists nested under a field that lists no values are the fields of its object; their own values count, the items do not",
		src:  "# API\n\nThe object has the following properties:\n\n* `mediaDevices` - JS object with methods. Each device has the following properties:\n    - `label` - the name of the device\n    - `kind` - \"audioinput\", \"videoinput\" or \"audiooutput\"\n    - `deviceId` - the id of the device\n* `version` - the version\n",
		want: []string{"Kind: audioinput videoinput audiooutput"},
	}, {
		name: "a command's syntax gives an argument's choices in brackets, bars between them; two commands add up",
		src:  "# callcenter_config\n\nUpdate an agent\n\ncallcenter_config agent set [key(contact|status|state)] [agent name] [value]\n\ncallcenter_config tier set [key(state|level)] [queue name] [value]\n",
		want: []string{"Key: contact status state level"},
	}, {
		name: "a plain-text reference lists a section's values as paragraphs, each starting at the margin, details indented below; a value's details may list another field's values",
		src:  "Events\n------\n\nstart            - on startup\n\ninvite           - initial invite\n   #remote_party\n\n   avars\n      DSM_AVAR_REQUEST - original invite\n\n-- ----- hold related ----\nPutOnHold\n\nCreateHoldRequest,\n\nlegStateChange\n   #SBCCallStatus  - sbc call status (Disconnected, NoReply, Ringing, Connected, Unknown)\n\nThe end.\n",
		want: []string{"Event: start invite PutOnHold CreateHoldRequest legStateChange", "LegStateChange: Disconnected NoReply Ringing Connected Unknown"},
	}, {
		name:  "a table of codes and short labels only lists the labels, the codes their data; labels that are sentences are not",
		src:   "# Campaign\n\n## Campaign Status\n\n| Value | Description |\n| --- | --- |\n| 0 | Pending |\n| 1 | On First Call |\n\n## Cause\n\n| Value | Description |\n| --- | --- |\n| 16 | The call was cleared. |\n| 17 | The line was busy. |\n",
		want:  []string{"CampaignStatus: Pending On First Call"},
		diags: []string{`x.md:12: warning: table lists numbers only (column "value"); no enum of names taken from it`},
	}, {
		name: "lines of codes then a name, dashes between, are an enum of the names, the last code kept",
		src:  "State when call is terminated\n\"0x0001\" - 1 - Auto Attendant\n\"0x0002\" - 2 - Ring No Answer\n\"0x000A\" - 10 - No session\nRecords and Data Schema\n",
		want: []string{"State: Auto Attendant Ring No Answer No session"},
	}, {
		name: "a list of phrases under a line saying which commands are defined lists values",
		src:  "# Protocol\n\nThe value determines the type of message. Currently the following commands are defined:\n\n* ping\n* start recording\n* block DTMF\n",
		want: []string{"Type: ping start recording block DTMF"},
	}, {
		name: "rows broken after their first cell, each line ending in its bar, the descriptions in Chinese",
		src:  "# 通话\n\n## end_reason\n\n| 取值 | 说明 |\n|---|---|\nno_answer_timeout |\n振铃超时无人接听 |\ncallee_busy |\n对方忙线 |\nuser_reject |\n被叫拒绝 |\n",
		want: []string{"EndReason: no_answer_timeout callee_busy user_reject"},
	}, {
		name: "a paragraph of titles right above a list names it, over a section about values: a heading lost in a copy",
		src:  "# Action States and Results\n\n- READY - The action waits.\n- DONE - The action ran.\n\nResult Options\nResults for calls\n- LA - A person answered.\n- AM - A machine answered.\n",
		want: []string{"ActionStatesAndResult: READY DONE", "ResultsForCall: LA AM"},
	}, {
		name: "a TypeDoc enum page: an Enumeration Members heading and column hold the enum's values, string literals whole",
		src:  "# HangupCause\n\n## Enumeration Members\n\n| Enumeration Member | Value | Defined in |\n| ------ | ------ | ------ |\n| `USER_ALERTING` | `\"User alerting, no answer\"` | x.d.ts:703 |\n| `USER_BUSY` | `\"User busy\"` | x.d.ts:698 |\n",
		want: []string{"HangupCause: User alerting, no answer User busy"},
	}, {
		name: "plain items each a token and a gloss in brackets, under a line saying which statuses are supported",
		src:  "For the telephony option, the following statuses are supported:\n\n- registered (registered and idle)\n- ringing (in ringing state)\n- talking (in conversation)\n",
		want: []string{"Status: registered ringing talking"},
	}, {
		name: "a list of bold labels after a line counting states in Spanish, an entity after its colon",
		src:  "# Estados de Agente\n\nEl sistema contempla 3 estados:&#x20;\n\n* **Online:** Agente en línea\n* **Ausente:** Agente no disponible.\n* **Desconectado:** Agente no logueado\n",
		want: []string{"EstadosDeAgente: Online Ausente Desconectado"},
	}, {
		name: "a key whose example value is the name of the heading two above the example",
		src:  "# Commands\n\n## CallStart\n\n### Example\n\n```\n{\"method\": \"CallStart\"}\n```\n\n## CallEnd\n\n### Example\n\n```\n{\"method\": \"CallEnd\"}\n```\n",
		want: []string{"Method: CallStart CallEnd"},
	}, {
		name: "lists under 'Available options:' glued to the next field's description, in Korean, or to its name; named by the description above the label",
		src:  "GET /v2/calls 응답 모델\n통화 유형 Enum\nAvailable options:\nweb, phone, inbound, outbound 에이전트 컨텍스트에 사용되는 동적 변수\n통화의 현재 진행 상태입니다.\nAvailable options:\nqueued, ringing, ended 통화 종료 사유 Enum\nAvailable options:\nuser_hangup, agent_hangup, dial_busy transcript_with_tool_calls\n",
		want: []string{"통화유형: web phone inbound outbound", "통화의현재진행상태입니다: queued ringing ended", "통화종료사유: user_hangup agent_hangup dial_busy"},
	}, {
		name:  "a text table of attributes and types: its descriptions' quoted alternatives and glossed quotes joined by 'and' give values",
		src:   "Attribute Type Description\nid string Unique ID for the call.\nstate string Status of the call for example \"ongoing\" or \"success\".\ndirection string Set to \"outgoing\" for calls made by the API and \"incoming\" for calls made by phones.\n",
		want:  []string{"State: ongoing success", "Direction: outgoing incoming", "Model{id state direction}"},
		diags: []string{"x.md:1: warning: no title line above the model table; the model is named Model"},
	}, {
		name: "a list of class names (TranscriptMessageDto) lists the types a field may hold, no values",
		src:  "# Call\n\nThe transcript holds one of these:\n\n- TranscriptMessageDto\n- ToolCallMessageDto\n- ToolCallResultMessageDto\n",
		want: nil,
	}, {
		name: "pipe rows without delimiter rows: a row of column titles, in Spanish too, starts a table; Name | Type | Description lists fields",
		src:  "# Llamadas\n\nNombre | Tipo | Descripcion |\nurl | string | Call details API URL |\nid | integer | ID de la llamada |\nIdentificador | Tipo |\nincoming | Incoming |\noutgoing | Outgoing |\n",
		want: []string{"Llamada: incoming outgoing"},
	}, {
		name: "a run of value headings goes on past the headings under each value, and plain tokens continue it; a Textile page reads as Markdown",
		src:  "h1. Session\n\nh2. Events\n\nh3(#event_ended). @ended@\n\nFired when the call ends.\n\nh4. Event @data@ fields\n\nThe data.\n\nh3(#event_failed). @failed@\n\nFired when the call fails.\n\nh3(#event_newDTMF). newDTMF\n\nFired for a DTMF.\n\nh2. Attributes\n",
		want: []string{"Event: ended failed newDTMF"},
	}, {
		name: "a list nested in a comment's item, led by a Japanese line naming statuses; each value glossed in brackets, an arrow before its text; a title and labels in kana are no values",
		src:  "Pigeon APIで取得できる架電ステータスについて\n\n完了\n\nコメント\n\n2件のコメント\n\n- 正式なコメント\n  サポートチーム\n\n  架電ステータスの一覧は下記の通りです。\n\n  - preparing (架電準備中)\n   → 架電情報を生成してから\n  - calling (架電中)\n   → 架電リクエストを行なってから\n  - failed (失敗)\n   → 電話の発信自体に失敗した場合\n",
		want: []string{"架電ステータス: preparing calling failed"},
	}, {
		name: "a list of labels each given a number by one key (Удалена id = 23) under a Russian title about statuses: the labels, their codes",
		src:  "Реестр статусов заявок\n\n • Удалена id = 23\n • Потенциальный клиент id = 16\n • Нет ответа id = 2\n",
		want: []string{"РеестрСтатусовЗаявок: Удалена Потенциальный клиент Нет ответа"},
	}, {
		name: "items giving numbers by different keys are no such list",
		src:  "# Statuses\n\n- Busy id = 2\n- Failed code = 3\n- Done id = 4\n",
		want: nil,
	}, {
		name: "a table copied with its rows broken over lines, a cell's values a line each after ENUM and the enum's name",
		src:  "# Webhook\n\nField |\n| Format |\n---|---|---|\nid | UUID of the call |\n|\nstatus | The call status | ENUM STATUS ringing\nactive\nno answer\nfailed |\nlocalNumber |\n| E164 |\nExample message\n",
		want: []string{"Status: ringing active no answer failed", "Webhook{id status localNumber}"},
	}, {
		name: "a field's description that is a list run into one line after a label, or one bullet alone",
		src:  "# Call event\n\nField | Type | Description |\n---|---|---|\ncall_status | String | Call status: - created - started - agentEnded |\ntype | String | - stringee_call |\ncall_id | String | Call ID |\n",
		want: []string{"CallStatus: created started agentEnded", "Type: stringee_call", "CallEvent{call_status type call_id}"},
	}, {
		name: "a table copied a cell a line below a glued header naming values: the names are values, not fields",
		src:  "# Call status\n\nValueDescription\nin-progress\nstring\nThe call was answered.\ncompleted\nstring\nThe call was completed.\nno-answer\nstring\nNo one answered.\n",
		want: []string{"CallStatus: in-progress completed no-answer"},
	}, {
		name:  "paragraphs of bold labels and their text under a Russian title about statuses: a label that is no value is reported and passed over, an aside in brackets kept, bold ending inside its word",
		src:   "# Информация о статусах\n\n**Registred in Bitrix** - Звонок зарегистрирован\n\n**Show call screen - \\[Полное имя агента]** - У агента открылся экран\n\n**Participant join (Contact)** - Контакт подключился\n\n**no-answe**r - Звонок завершился без ответа\n",
		want:  []string{"ИнформацияОСтатусах: Registred in Bitrix Participant join (Contact) no-answer"},
		diags: []string{`x.md:5: warning: "**Show call screen - [Полное имя агента]…", among values written so, has a label that is no value; skipped`},
	}, {
		name:  "definitions ': text' below their terms, the next term glued to the end of a definition: in capitals it is split off; in lower case its line is reported and the run before it kept",
		src:   "Listen to events\ncall_ended\n: Triggered when a call is analyzedcontact_changed\n: Triggered when a contact changes.\nCall status can be one of the following:\nCOMPLETED\n: A conversation occurred with the contactANSWERED\n: A call occurredNOT_REACHED\n: We could not reach the contact\n",
		want:  []string{"CallStatus: COMPLETED ANSWERED NOT_REACHED"},
		diags: []string{"x.md:2: warning: term \"call_ended\" over text, and no term after it, is no value; skipped", "x.md:3: warning: the next term is glued to the end of this definition and cannot be told apart; add it by hand: \": Triggered when a call is analyzedconta…\""},
	}, {
		name: "lines of a label in sentence case, a dash and a lower-case description, in groups each under a line naming statuses and a sentence explaining them; a group of two among longer ones is one too",
		src:  "The system sorts calls by status:\nCompleted communication statuses\nIncludes calls that were completed.\nCompleted inbound call - incoming calls that were answered.\nCompleted outbound call - outgoing calls that were answered.\nCompleted inbound SMS - incoming messages that were received.\nMissed communication statuses\nRepresents calls that were not answered.\nMissed inbound calls - calls that were not answered.\nMissed outbound calls - calls the recipient did not answer.\n",
		want: []string{"CompletedCommunicationStatus: Completed inbound call Completed outbound call Completed inbound SMS", "MissedCommunicationStatus: Missed inbound calls Missed outbound calls"},
	}, {
		name: "labels of capitalised words one to a line below lines saying states follow ('the following states:', 'the states mentioned below')",
		src:  "# Agent states\n\nUser can set the following states with the API:\nReady\nNot Ready\nUsers cannot set the states mentioned below.\nPending Busy\nAfter Call Work\nMissed Call Agent\n",
		want: []string{"AgentState: Ready Not Ready Pending Busy After Call Work Missed Call Agent"},
	}, {
		name: "labels of capitalised words alone in items below a line saying statuses follow; a page footer repeated as pipe rows (Page | 4) is no table; Code Examples is no title about values",
		src:  "Status Filter with the call status, the available statuses are the following:\n• Answered\n• No Answer\n• Busy\nPage | 4\nGuide\nPage | 5\n\n## Code Examples\n\n- cURL (Webhook)\n- JS (TS)\n- PHP CRest\n",
		want: []string{"Status: Answered No Answer Busy"},
	}, {
		name: "a field's values in a list under its one-line description; the fields below the list are no values of it",
		src:  "Field Description\n\nstatus\n\nOrder status\n\n  • new - is assigned at placement.\n\n  • error - is assigned on an error.\n\nstatusText\n\nError text.\n\nnativeId\n\nThe identifier.\n\nboxNumber\n\nA mailbox number.\n",
		want: []string{"OrderStatus: new error"},
	}, {
		name: "items of a class label and a comma list of compound tokens, no conjunction: each class an enum of its tokens",
		src:  "The seeded default taxonomy:\n\n  • Terminal: sale, not_interested, do_not_call, wrong_number.\n  • Non-terminal: no_answer, busy, voicemail, answering_machine.\n",
		want: []string{"Terminal: sale not_interested do_not_call wrong_number", "NonTerminal: no_answer busy voicemail answering_machine"},
	}, {
		name: "pipe rows naming request headers are fields: no values, but a header's text may list its own",
		src:  "# Requests\n\n    Header               |        Description\n---------------------|-----------------------\nX-Request-Id         | The request's identifier.\nX-Environment        | Where the request came from: `production` or `staging`.\nContent-Type         | The payload's format.\n",
		want: []string{"XEnvironment: production staging"},
	}, {
		name: "paragraphs of a label, its dash glued to it, and a description; a label title over a list ends with the list, the title above it going on",
		src:  "System Dispositions\n\nAnswering Machine- Answering machine was detected.\n\nFax- Fax tone detected.\n\nBusy- System detects a busy.\n\nError- Call failed to dial.\n\nReason Codes:\n\n  1. validationFailed: the number is invalid.\n\n  1. AreacodeFailed: the area code is wrong.\n\nNo Call- The number is in a nocalls list.\n\nConnected- The call was connected.\n\nAgent Skipped- The agent skipped it.\n",
		want: []string{"SystemDisposition: Answering Machine Fax Busy Error No Call Connected Agent Skipped", "ReasonCode: validationFailed AreacodeFailed"},
	}, {
		name: "a Korean field | value table whose value cells list values with bars between them, the bars splitting the cell",
		src:  "# 음성 통화\n\n| 필드 | 값 |\n|---|---|\n| direction | inbound | outbound | widget_inbound (웹 위젯) |\n| status | ringing | in_progress | completed |\n",
		want: []string{"Direction: inbound outbound widget_inbound", "Status: ringing in_progress completed", "음성통화{direction status}"},
	}, {
		name:  "pipe rows copied as text: a quoted label whose dash is no word, and a cell of quoted values joined by 'or'",
		src:   "This table explains what each status means.\nCall Status shown in History | Definition |\n\"New\" | Voice call is being created |\n\"Queued\" | The call is queued |\n\"Answered - No Key Pressed\" | The call was answered. |\n\"Call Not Completed\" or \"Failed\" | Call could not be completed. |\n\"Busy\" | The line was busy |\n",
		want:  []string{"X: New Queued Answered - No Key Pressed Call Not Completed Failed Busy"},
		diags: []string{`x.md:2: warning: table row value "Call Status shown in History" is text, not a value; skipped`, "x.md:2: warning: values found here have no heading to name their enum; named X after the file"},
	}, {
		name: "event examples under two sections about events: an enum of each section's",
		src:  "# Stream\n\n## Input Events\n\n### Start Event\n\n```json\n{\"event\": \"start\"}\n```\n\n### Media Event\n\n```json\n{\"event\": \"media_input\"}\n```\n\n## Output Events\n\n### Ack Event\n\n```json\n{\"event\": \"ack\"}\n```\n\n### Clear Event\n\n```json\n{\"event\": \"clear\"}\n```\n",
		want: []string{"InputEvent: start media_input", "OutputEvent: ack clear"},
	}, {
		name: "a field item whose text ends in constants after a colon, its type in brackets after them",
		src:  "The call information is stored in the following CDR format:\n- account: An account code (string)\n- disposition: What happened to the call: ANSWERED, NO ANSWER, BUSY (string)\n- amaflags: Billing flags (string)\n",
		want: []string{"Disposition: ANSWERED NO ANSWER BUSY"},
	}, {
		name: "a table of events whose values cell runs constants with dashes together, one glued to the description before it",
		src:  "# Events\n\nEvent | Status field values | Description |\n---|---|---|\nConnectionStatusEvent |\nESTABLISHED - Connection is establishedFAILED - Error while connecting DISCONNECTED - Connection is lost\n|\nThe connection's status |\nCallStatusEvent | RING - SIP returned 183 RINGING SESSION_PROGRESS - SIP returned 183 | The call's status |\n",
		want: []string{"ConnectionStatusEvent: ESTABLISHED FAILED DISCONNECTED", "CallStatusEvent: RING SESSION_PROGRESS", "Events{ConnectionStatusEvent CallStatusEvent}"},
	}, {
		name: "a table copied one cell a line whose header ends in titles of flag columns, the rows ticking them with marks or leaving them out",
		src:  "Status List\nStatus\nDescription\nCan take calls\nCan change status\nLogged out\nThe agent has not logged into the system.\n✓\nReady\nThe agent is ready to handle calls now.\n✓\n✓\nBusy\nOn a call.\nBreak\nThe agent is on a short break now.\n✓\n",
		want: []string{"Status: Logged out Ready Busy Break"},
	}, {
		name: "a PDF's table of fields: a code block of field names, then each field's cells as labelled paragraphs in order",
		src:  "## Fields\n\n```\nCallId\nCallerIdType\nCallOrigin\n```\n\n**Type**\nstring\n\n**Description**\nThe call's identifier.\n\n**Type**\npicklist\n\n**Description**\nThe number shown.\nPossible values are:\n\n- `VendorLine—User.`\n- `CompanyNumber—Company.`\n- `CustomCallerId—Custom Caller ID.`\n\n**Type**\npicklist\n\n**Description**\nHow the call started.\n\nPossible values are:\n\n- `Preview`\n- `Progressive`\n",
		want: []string{"CallerIDType: VendorLine CompanyNumber CustomCallerId", "CallOrigin: Preview Progressive"},
	}, {
		name: "a table copied each cell on a line, then its bar on the next; a mapping column of compound names, one row's cell a note",
		src:  "Result code\n|\nDescription\n|\nCall Outcome\n|\n---|---|---|\nAnnouncement\n|\nRecorded announcement detected.\n|\nPossibleWrongNumber\n|\nBusy\n|\nBusy number.\n|\nBusy\n|\nNoAnswer\n|\nNo one answered.\n|\nNoAnswer\n|\nConnected\n|\nThe call was connected.\n|\nThere is no mapping because the interviewer sets it.\n|\n",
		want: []string{"ResultCode: Announcement Busy NoAnswer Connected", "CallOutcome: PossibleWrongNumber Busy NoAnswer"},
	}, {
		name: "a Chinese list item ending in a full-width colon over its values, each separated from its description by one",
		src:  "## 状态变化\n\n- **呼叫的状态有：**\n  - `pending`：收到了呼入。\n  - `ringing`：客户端收到了呼叫。\n  - `dropped`：呼叫失败。\n",
		want: []string{"状态变化: pending ringing dropped"},
	}, {
		name: "a table of two columns whose headers name no role: labels, then each one's wire in code",
		src:  "## Call\n\n`dir`:\n\n| 方向 | 表达式 |\n| --- | --- |\n| 呼入 | `incoming` |\n| 呼出 | `outgoing` |\n",
		want: []string{"Dir: incoming outgoing"},
	}, {
		name: "rows copied as text under a header of five titles, which cannot be split; a row's next line lists its values in an array",
		src:  "Cdr\n\nName Summary Type Format Description\ncall_guid Call identifier as string string Call identifier as string.\ndisposition Current disposition of the call string-enum The outcome of the call.\nAllowed values: [INVALID, ANSWER, NO ANSWER, BUSY]\ndst Destination number string\n",
		want: []string{"Disposition: INVALID ANSWER NO ANSWER BUSY"},
		diags: []string{
			`x.md:4: warning: row value "call_guid" holds the cells of Name and SummaryTypeFormat glued together, which cannot be told apart; skipped`,
			`x.md:5: warning: row value "disposition" holds the cells of Name and SummaryTypeFormat glued together, which cannot be told apart; skipped`,
			`x.md:7: warning: row value "dst" holds the cells of Name and SummaryTypeFormat glued together, which cannot be told apart; skipped`,
		},
	}, {
		name: "field descriptions ending in brackets: slash-joined alternatives, and codes each set equal to its meaning",
		src:  "## Query Params\n\n| Variable Name | Description | Data Type |\n|---|---|---|\n| call_type | Type of the call. [ c = answered, m = missed ] | String |\n| direction | Direction of the call (inbound/outbound) | String |\n| page | Page number (1 = first) | String |\n",
		want: []string{"CallType: c m", "Direction: inbound outbound"},
	}, {
		name: "a table copied one cell to a paragraph, its header twice, its key titled by a field in lower case, descriptions over several paragraphs",
		src:  "Possible properties:\n\nmnemo\n\nDescription\n\nmnemo\n\nDescription\n\nall\n\nAll calls are allowed\n\ncq\n\nActive calling\n\nOnly for Call initiation (/callback/)\n\nIncoming through the queue is allowed\n\nli\n\nInternal incoming personal\n",
		want: []string{"Mnemo: all cq li"},
	}, {
		name: "headings that each end in a token in square brackets: a run of values; a status tag names none",
		src:  "# Webhooks\n\n## Call entered the queue [enterqueue]\n\nSent when a call enters a queue.\n\n## Call answered in the queue [queueanswer]\n\nSent when an agent answers.\n\n## Old API [deprecated]\n\n## New API [beta]\n",
		want: []string{"Webhook: enterqueue queueanswer"},
	}, {
		name: "attributes declared as Web IDL pages list them, each over its values: named after the attribute",
		src:  "### CallHistoryEntry\n\n#### Attributes\n\n- readonly DOMString uid\n\n  The record's identifier.\n- readonly DOMString type\n\n  The service type. The following values are supported:\n  - TEL - for phone numbers\n  - SIP - for SIP calls\n- DOMString\\[\\] features \\[nullable\\]\n\n  The features. The following values are supported:\n  - CALL - for all calls\n  - VIDEOCALL - for video calls\n",
		want: []string{"Type: TEL SIP", "Features: CALL VIDEOCALL"},
	}, {
		name: "cells whose line breaks a generator kept as backslash and n, each line an item; names of headers are no values",
		src:  "## Call\n\n| Field | Type | Description |\n|---|---|---|\n| `end_reason` | string | Possible reasons are: \\n - assistant_hangup \\n - caller_hangup \\n - failed |\n| `type` | string | Request type: \\n - `start`: a first request \\n - `dtmf`: digits collected |\n| `trunk_id` | string | Headers read: \\n - `X-Twilio-CallSid` \\n - `X-SID` |\n",
		want: []string{"EndReason: assistant_hangup caller_hangup failed", "Type: start dtmf", "Call{end_reason type trunk_id}"},
	}, {
		name: "fields of one name in two objects' tables whose lists share little are two fields, named after their objects",
		src:  "## Greeting\n\n| Field | Type | Description |\n|---|---|---|\n| `type` | string | One of `start`, `redirect`, `hangup` or `dtmf`. |\n\n## Reply\n\n| Field | Type | Description |\n|---|---|---|\n| `type` | string | One of `text`, `url`, `audio` or `dtmf`. |\n\n## event\n\n| Field | Type | Description |\n|---|---|---|\n| `type` | string | One of `start`, `redirect` or `hangup`. |\n",
		want: []string{"GreetingType: start redirect hangup dtmf", "ReplyType: text url audio dtmf", "Greeting{type}", "Reply{type}", "Event{type}"},
	}, {
		name: "a table of codes and short labels, one with an aside in brackets; a field marked required by a star",
		src:  "## Agent\n\n| Name | Type | Description |\n|---|---|---|\n| name * | StringType | The agent's name. |\n\n### Base agent status\n\n| ID | Description |\n|---|---|\n| -1 | Available |\n| -2 | Available (On Demand) |\n| -3 | On Break |\n",
		want: []string{"BaseAgentStatus: Available Available (On Demand) On Break", "Agent{name}"},
	}, {
		name: "a table of names in upper camel case, all of one type, each described in a sentence: an enum's members, not a model's fields",
		src:  "## customDispositionType\n\n| Name | Type | Description |\n| --- | --- | --- |\n| FinalDisp | string | Any number of the contact is not dialed again. |\n| AddActiveNumber | string | Adds the number dialed to the list. |\n| DoNotDial | string | Number is not dialed in the campaign again. |\n",
		want: []string{"CustomDispositionType: FinalDisp AddActiveNumber DoNotDial"},
	}, {
		name: "a table of fields in upper camel case with short descriptions stays a model",
		src:  "## Call\n\n| Name | Type | Description |\n| --- | --- | --- |\n| CallId | string | The call's id |\n| FromNumber | string | The caller |\n| ToNumber | string | The callee |\n",
		want: []string{"Call{CallId FromNumber ToNumber}"},
	}, {
		name: "a table copied one cell to a paragraph whose flag column (Callback?) has no cell where the flag is not set",
		src:  "Missed calls\n\nMissed Call Type\n\nCallback?\n\nDescription\n\nAll Busy\n\nYes\n\nEvery device was busy at the time.\n\nNo Devices\n\nNo device was ready to take the call.\n\nRejected\n\nYes\n\nThe agent's device rejected the call.\n",
		want: []string{"MissedCallType: All Busy No Devices Rejected"},
	}, {
		name: "a field's Format cell lists values a line under labels of their own, the types its description refers to",
		src:  "## Call\n\n| Field | Description | Format |\n|---|---|---|\n| events | Events of the call<br>nodeType: string, ENUM NODETYPE<br>type: string, ENUM EVENTTYPE | NODETYPE:<br>AddResult<br>Hangup<br>EVENTTYPE:<br>NodeStart<br>NodeResult |\n| id | The call's id | UUID |\n",
		want: []string{"Nodetype: AddResult Hangup", "Eventtype: NodeStart NodeResult", "Call{events id}"},
	}, {
		name: "a table of codes beside a Name column: the names, however they are written, with the codes as data",
		src:  "## System Dispositions\n\n| Disposition | Name | Description |\n|---|---|---|\n| 1 | Positive w/Amount | The agent must enter an amount. |\n| 3 | Negative — DNC — Skill | The contact asked not to be called. |\n| 10 | Retry — Not Available | The person was unavailable. |\n",
		want: []string{"SystemDisposition: Positive w/Amount Negative — DNC — Skill Retry — Not Available"},
	}, {
		name: "a headerless table of constants and what each stands for, copied a cell a line inside a paragraph, a title above it and prose around",
		src:  "Calls that do not connect are disposed as below.\nNon-Connect Disposition Mappings\nNO_ROUTE_DESTINATION |\nNot reachable |\nUSER_BUSY |\nUser Busy |\nNO_ANSWER |\nRinging |\nIf none matches, it is disposed as \"Dialer non connect\".\n",
		want: []string{"NonConnectDispositionMapping: NO_ROUTE_DESTINATION USER_BUSY NO_ANSWER"},
	}, {
		name: "rows below a header of titles a space separates, each a label of capitalised words, a space, and a sentence",
		src:  "User States\n\nUser state Description\nAfterwork Afterwork includes all tasks after a call.\nCall Agent is in call.\nNo Answer Call was not answered in time.\nWaiting for Call Connecting agent to the other party.\nStarting Indicates the call has begun.\n",
		want: []string{"UserState: Afterwork Call No Answer Waiting for Call Starting"},
	}, {
		name: "values a Japanese sentence quotes in corner brackets, named after the value noun near them",
		src:  "Q.どのようなステータスが存在するのか。\nA.「発信成功」「不在着信」「発信失敗」の3つのステータスが存在します。\n",
		want: []string{"ステータス: 発信成功 不在着信 発信失敗"},
	}, {
		name: "rows of a headerless table copied a cell a line whose descriptions list names numbered in brackets, as MIB pages do: fields, each with its enum",
		src:  "Index |\nUnique index of the message. |\nStatus |\nStatus of the messages. new(1) : new unheard message old(2) : heard message saved(3): message was saved |\nAdminStatus |\nAdmin status. enabled(1): no action move-to-old(2): move it to old delete(4) : delete it |\n",
		want: []string{"Status: new old saved", "AdminStatus: enabled move-to-old delete"},
	}, {
		name: "an item of a value list naming several labels that share one description",
		src:  "## Agent status\n\n- Offline – the agent gets no calls\n- Go Online – the agent gets calls\n- Lunch, Break, Meeting, and Web – these all count as Offline.\n",
		want: []string{"AgentStatus: Offline Go Online Lunch Break Meeting Web"},
	}, {
		name: "a string field's values that are numbers are the strings sent; an integer field's are codes",
		src:  "## Call\n\n- **CALL_FAILED_CODE** string — Call result code. Possible values:\n  - `200` — successful call\n  - `304` — missed call\n  - `603-S` — call canceled\n- **CALL_TYPE** integer — Type of call. Possible values:\n  - `1` — outgoing\n  - `2` — incoming\n",
		want: []string{"CallFailedCode: 200 304 603-S"},
		diags: []string{
			`x.md:8: warning: value "1" of CallType is a number, a code rather than a string value; skipped`,
			`x.md:9: warning: value "2" of CallType is a number, a code rather than a string value; skipped`,
		},
	}, {
		name: "a TypeDoc enum page copied as text: permalink marks glued to its names, the module line under its title no value",
		src:  "Enumeration: PhoneCallState¶\ndomain/PhoneCallState.PhoneCallState\nEnumeration Members¶\nACTIVE¶\nACTIVE = \"ACTIVE\"\nThe call is active.\nDIALING¶\nDIALING = \"DIALING\"\nThe call is dialing.\nHOLDING¶\nHOLDING = \"HOLDING\"\nThe call is held.\nNEW¶\nNEW = \"NEW\"\nThe call was created.\n",
		want: []string{"X: ACTIVE DIALING HOLDING NEW"},
		diags: []string{
			`x.md:2: warning: "domain/PhoneCallState.PhoneCallState" is written as a module path among the constants of X, the type's module rather than a value; skipped`,
			"x.md:2: warning: values found here have no heading to name their enum; named X after the file",
		},
	}, {
		name:  "paragraphs of a label, an aside in brackets after it, then its sentence, after a line saying values follow",
		src:   "The following phone status are predefined by the system:\n\nFree (Grey)\n\nThe phone is not occupied.\n\nRinging (Yellow)\n\nThe phone is ringing or picked up.\n\nNo Answer (Blue)\n\nThe phone was not answered in time.\n",
		want:  []string{"PhoneStatus: Free Ringing No Answer"},
		diags: []string{"x.md:3: warning: values found here have no heading to name their enum; named X after the file"},
	}, {
		name: "a glued table whose first title is a field in lower camel case, a third column glued after each description",
		src:  "Outbound call status\n\ncallStatusMeaningCorresponding eventType\nPENDINGJust queued for dialingOUTBOUND_CALL_PENDING\nCALLINGRinging the recipientOUTBOUND_CALL_CALLING\nBUSYThe line was busyOUTBOUND_CALL_BUSY\nCONNECTINGInternal stateConsolidated into OUTBOUND_CALL_ERROR\n",
		want: []string{"CallStatus: PENDING CALLING BUSY CONNECTING", "EventType: OUTBOUND_CALL_PENDING OUTBOUND_CALL_CALLING OUTBOUND_CALL_BUSY"},
	}, {
		name: "a table without header names after a line announcing attributes: fields, a list of values in a cell",
		src:  "## CDR\n\nThe following attributes are used with this tag:\n\n|  |  |\n| --- | --- |\n| **guid** | The GUID of the object. |\n| **dir** | The direction of the call. <ul> <li> **from**: A call from this object. </li> <li> **to**: A call to this object. </li> </ul> |\n",
		want: []string{"Dir: from to", "CDR{guid dir}"},
	}, {
		name: "a table without header names under a heading about values: its column of marked words",
		src:  "## Object Types\n\n|  |  |\n| --- | --- |\n| **trunk** | Trunk Line |\n| **gw** | Gateway |\n| **vm** | Voicemail |\n",
		want: []string{"ObjectType: trunk gw vm"},
	}, {
		name: "a heading whose closing aside names the field whose values follow",
		src:  "## Available messages (values of msg)\n\n| Message | Description |\n| --- | --- |\n| `setup-from` | A call was initiated. |\n| `rel-to` | The other party released the call. |\n",
		want: []string{"Msg: setup-from rel-to"},
	}, {
		name: "a list of plain fields, one with its values nested below it; an object's nested fields are no values",
		src:  "## Export\n\n- name : nom de l’évènement\n  - created : Début de l’appel\n  - menu : passage dans une action\n- caller: the caller object\n  - number: the number\n  - label: the label\n",
		want: []string{"Name: created menu"},
	}, {
		name: "a field table written in two languages, each cell a translation then the original",
		src:  "## CallRecord\n\n| 属性 Property | 类型 Type | 说明 Description |\n| --- | --- | --- |\n| 形式 modalities | collection | 形式的列表。 可取值为：`audio`、`video`。 Possible values are: `audio`, `video`. |\n| id id | String | 标识符。 The identifier. |\n",
		want: []string{"Modalities: audio video", "CallRecord{modalities id}"},
	}, {
		name: "a field's values in emphasis, joined by another language's 'or', the verb after them",
		src:  "## Olay\n\n* **event_type:** Olay tipi. *ringing*, *answer* yada *hangup* döner.\n* **caller_id_number:** Arayan numara.\n* **recording_present:** Ses kaydı. *true* yada *false* döner.\n",
		want: []string{"EventType: ringing answer hangup"},
	}, {
		name:  "constants beside their codes under headers naming no role; a catch-all row is no value",
		src:   "## Simple 코드\n\n| 정의 | Q.850 원인 코드 |\n|---|---|\n| NORMAL_RELEASED | 16. 통화 |\n| CANCELED | 77 |\n| REJECTED | 21 |\n| BUSY | 17 |\n| else | 127 |\n",
		want:  []string{"Simple코드: NORMAL_RELEASED CANCELED REJECTED BUSY"},
		diags: []string{`x.md:9: warning: "else" is written as a word among the constants of Simple코드, a row's label rather than a value; skipped`},
	}, {
		name: "paragraphs each a value line set as code; two under a field's name",
		src:  "# W\n\n**status**\n\n`pending`**`:`**` ``En attente du statut`\n\n`delivered: l'appel a été transmit`\n\n`undelivered: L'appel n'a pas été transmit`&#x20;\n\n**additionnal\\_status**\n\n`VOICE_ANSWERED: L'appel a été décroché`\n\n`VOICE_NOT_ANSWERED: Appel non décroché`\n",
		want: []string{"Status: pending delivered undelivered", "AdditionnalStatus: VOICE_ANSWERED VOICE_NOT_ANSWERED"},
	}, {
		name:  "label paragraphs with asides, after a German line naming a compound value noun; a long text without its full stop still describes; a label without an aside ends the run",
		src:   "Folgende Telefonstati sind im System definiert:\n\nFrei (Grau)\n\nDas Telefon ist nicht belegt.\n\nKlingelt (Gelb)\n\nDas Telefon klingelt oder ist abgehoben.\n\nFremdbesetzt (Orange)\n\nBeim letzten Versuch war das Telefon besetzt Bitte fragen Sie Ihren Administrator nach dem Status\n\nSv translation\n\nThe phone is not occupied, as the agent is free to take the calls.\n",
		want:  []string{"Telefonstati: Frei Klingelt Fremdbesetzt"},
		diags: []string{"x.md:3: warning: values found here have no heading to name their enum; named X after the file"},
	}, {
		name: "a page copied as text listing codes one to a line over their descriptions, a word in lower case among them",
		src:  "Call disconnection reasons\n\nuser_hangup\n\nExpected behavior, user hangup the call.\n\ninactivity\n\nThe call was terminated after long inactivity.\n\nagent_hangup\n\nExpected behavior, AI agent hangup the call.\n",
		want: []string{"CallDisconnectionReason: user_hangup inactivity agent_hangup"},
	}, {
		name: "a mapping table's column headed by a word for fields names fields, no values",
		src:  "## Release reasons\n\n| Reason | Description | Related parameter key |\n|---|---|---|\n| SIMPLE | Q.850 codes. | terminate |\n| PLANET | Defined by the platform. | disconnect_reason, releaser_type |\n| APP | Defined by the app. | user_rel_code |\n| DEBUG | Low-level data. | rel_code, rel_code_str |\n",
		want: []string{"ReleaseReason: SIMPLE PLANET APP DEBUG"},
	}, {
		name: "items each a group of values and the values in brackets after it: one enum, each value described by its group",
		src:  "## Call statuses\n\n- Outbound Calls (Connected, Voicemail Dropped, Canceled)\n- Inbound Calls (Answered, Missed)\n",
		want: []string{"CallStatus: Connected Voicemail Dropped Canceled Answered Missed"},
	}, {
		name: "items of prose with an aside in brackets list nothing",
		src:  "## Notes\n\n- Use the API (see below, or the guide)\n- Call us (Monday, Friday)\n",
		want: nil,
	}, {
		name: "a page copied as text: titles naming events over the events one to a line",
		src:  "Events\nPhone Number Events\nphone_number.purchased\nphone_number.released\nEndpoint Events\nendpoint.created\nendpoint.deleted\nEvent Subscriptions\nLast updated\n",
		want: []string{"PhoneNumberEvent: phone_number.purchased phone_number.released", "EndpointEvent: endpoint.created endpoint.deleted"},
	}, {
		name:  "a flattened list of fields: one field assigned a token in several items, another a comma list of plain tokens",
		src:   "Hook Specific\n- channel_create\n- hook_event: channel_create\n- hangup_cause: SIP Hangup Cause (NORMAL_CLEARING, ORIGINATOR_CANCEL, etc)\n- hangup_code: SIP Hangup Code (404, 503, etc)\n- doc\n- hook_event: doc\n- action: doc_created, doc_updated, doc_deleted\n- type: user, vmbox, callflow, account\n- kind: audio, video\n",
		want:  []string{"HookEvent: channel_create doc", "HangupCause: NORMAL_CLEARING ORIGINATOR_CANCEL", "Action: doc_created doc_updated doc_deleted", "Type: user vmbox callflow account"},
		diags: []string{`x.md:4: warning: the list of HangupCause is cut short ("...", "etc.", "and others" or examples); only the 2 values it names are kept`},
	}, {
		name:  "a list that names the empty string among its values: reported, the list read on",
		src:   "## Call\n\n* `mute_direction` (enum string): Which direction is muted. One of: `\"\"` (none), `in` (inbound muted), `out` (outbound muted).\n* `owner_id` (UUID): The owner.\n",
		want:  []string{"MuteDirection: in out"},
		diags: []string{`x.md:3: warning: "" listed for MuteDirection is empty; skipped`},
	}, {
		name: "prose naming a field in code, its values in code in brackets after it, and another list",
		src:  "## Dialog events\n\nThe outer element is captured as `dialog_info_state` (`full`, `partial`) and the entity as `dialog_info_entity`. The inner state is captured as `dialog_state`; RFC 4235 defines the states `trying`, `early`, `confirmed`, and `terminated`.\n",
		want: []string{"DialogInfoState: full partial", "DialogState: trying early confirmed terminated"},
	}, {
		name: "a table copied a cell to a line, its constants broken at their underscores, each over an aside and its description",
		src:  "切断理由には6種類あります。\n\n音声問い合わせ切断理由\n切断理由 詳細\nCUSTOMER_\nDISCONNECT\n(顧客の切断)\n顧客から切断されました\nAGENT_\nDISCONNECT\n(エージェントの切断)\n問い合わせがまだ通話中に、エージェントから切断しました。\nTELECOM_\nPROBLEM\n通信事業者、ネットワークの輻輳により切断されました。\nOTHER\n(その他)\nこれには、前のコードでカバーされていない理由が含まれます。\n",
		want: []string{"切断理由: CUSTOMER_DISCONNECT AGENT_DISCONNECT TELECOM_PROBLEM OTHER"},
	}, {
		name: "a Key | Value table whose values are sentences describes an object's keys; a key's values listed in its cell",
		src:  "## Webhook\n\n| Key | Value |\n| --- | --- |\n| fax_job_id | The Fax Job ID. |\n| msg_code | <ul> <li>ok: Success! Your fax has been sent!</li> <li>busy: Fax Failed - Line Busy</li> <li>hangup: Fax Failed - Early Hangup</li> </ul> |\n",
		want: []string{"MsgCode: ok busy hangup", "Webhook{fax_job_id msg_code}"},
	}, {
		name: "a value list whose items carry a badge after the value (PRO, beta)",
		src:  "## Events\n\n- [**sessionCreated**](#sessioncreated)\n- [**nodeCrashed**](#nodecrashed) PRO\n- [**autoscaling**](#autoscaling) (beta)\n",
		want: []string{"Event: sessionCreated nodeCrashed autoscaling"},
	}, {
		name: "events each giving their payload inline, a status key with three values or more across them",
		src:  "## Events\n\n* connected\n  * **Payload**: `{ code: 200, status: \"connected\" }`\n* disconnected\n  * **Payload**: `{ code: 1000, status: \"disconnected\" }`\n* login\n  * **Payload**: `{ code: 200, status: \"login successfully\" }`\n",
		want: []string{"Event: connected disconnected login", "Status: connected disconnected login successfully"},
	}, {
		name: "an API's answers with two statuses in their examples list none",
		src:  "## Response\n\nOn success: `{ \"status\": \"success\", \"id\": 1 }`\n\nOn failure: `{ \"status\": \"error\", \"id\": 2 }`\n",
		want: nil,
	}, {
		name: "an example whose comments give a key's values, each beside its label",
		src:  "### CDR\n\n```javascript\n{\n  cdrState: 'queue',   //结束时所在位置:bridged接通;feedback评价;queue队列\n  missCause: 'X',     //来电丢失原因;NO_ASSIGN客服人数不够; NO_AGENT_LOGIN无人登陆;MEMBER_CANCEL排队10秒内挂机\n  calltype: \"\",        //呼叫类型（outbound:呼出，inbound：呼入，空为内部呼叫）\n  state: 'up',        // one of: up, down, or unknown\n  uniqueid: '1.2',    //呼叫唯一标识\n}\n```\n",
		want: []string{"CDRState: bridged feedback queue", "MissCause: NO_ASSIGN NO_AGENT_LOGIN MEMBER_CANCEL", "Calltype: outbound inbound", "State: up down unknown"},
	}, {
		name: "a field item whose nested list a paragraph of its own introduces as values, whatever the item's description says",
		src:  "### Available Fields for Filtering\n\n- **TRANSCRIPT_PENDING**\n  [`string`](x.md) — Indicator of pending transcription.\n\n  Possible values:\n  - `Y` — transcription pending\n  - `N` — transcription available or absent\n- **SESSION_ID**\n  [`integer`](x.md) — Session identifier\n",
		want: []string{"TranscriptPending: Y N"},
	}, {
		name: "a field's cell lists its values, each after its code: a label of many words and a comma is a value",
		src:  "## Call\n\n| Field | Description |\n| --- | --- |\n| motivo | Um dos motivos: <ul><li>1. telefone não existe</li><li>2. sem rota para a rede de destino</li><li>31. normal, nao especificado</li></ul> |\n| preco | Valor |\n",
		want: []string{"Motivo: telefone não existe sem rota para a rede de destino normal, nao especificado", "Call{motivo preco}"},
	}, {
		name: "an event's description gives a parameter's values as a union of quoted strings in brackets after it",
		src:  "## Events\n\n- `PROMPT_SHOWN` - A prompt is shown (parameters - environmentType ('chrome'|'opera'|\"firefox\")).\n- `DEVICE_CHANGED` - A device changed.\n",
		want: []string{"Event: PROMPT_SHOWN DEVICE_CHANGED", "EnvironmentType: chrome opera firefox"},
	}, {
		name:  "a list of a filter's operators, each written as code: values without a letter",
		src:   "## Filter\n\nSupported operators in the filter key:\n\n- `!` — not equal\n- `>=` — greater than or equal\n- `<` — less than\n- `!%` — not like\n- `*` — any\n",
		want:  []string{"Filter: ! >= < !%"},
		diags: []string{`x.md:9: warning: list item "* — any" does not look like a value; skipped`},
	}, {
		name: "a field's description lists its values a line each, broken with <br>, below a line introducing them",
		src:  "## Call\n\n| Field | Type | Description |\n|---|---|---|\n|result|string|Result of the call.<br/>Possible values:<br/>missed – a missed call;<br/>completed – a call that took place.<br/>|\n|id|numeric|ID.|\n",
		want: []string{"Result: missed completed", "Call{result id}"},
	}, {
		name: "a field table headed in Russian (Имя поля, Тип данных, Комментарий)",
		src:  "## Call\n\n| Имя поля | Необходимость | Тип данных | Комментарий |\n|---|---|---|---|\n|visitor|True|Visitor|Посетитель.|\n|visitor_vote|False|string|Оценка посетителя. Возможные значения: `positive`, `negative`.|\n",
		want: []string{"VisitorVote: positive negative", "Call{visitor visitor_vote}"},
	}, {
		name: "field descriptions in Chinese, each a label then a bare list: tokens after a full stop, glossed ones after a colon (full-width marks)",
		src:  "## 事件\n\n字段名 | 备注\n---|---\neventName | 事件的名字\neventType | 事件类型： agent(座席相关事件)，csta(呼叫相关事件)\nagentMode | 座席状态。Ready、NotReady、Logout\n",
		want: []string{"EventType: agent csta", "AgentMode: Ready NotReady Logout", "事件{eventName eventType agentMode}"},
	}, {
		name: "a bare list after a long sentence, or examples after e.g., lists no values",
		src:  "## Call\n\n| Field | Description |\n|---|---|\n| start | A start time of the calls, relative. xm, xh, xd. |\n| from | The caller, e.g. alice, bob, carol. |\n",
		want: []string{"Call{start from}"},
	}, {
		name: "an HTML table of fields whose first title spans two columns: a row naming its field in the second is a field of the object above",
		src:  "## Start call\n\n<table>\n<tr><th colspan=\"2\">Name</th><th>Type</th><th>Values</th><th>Description</th></tr>\n<tr><td colspan=\"2\">first_call</td><td>string</td><td>contact, employee</td><td>Who is called first.</td></tr>\n<tr><td colspan=\"2\">contact_message</td><td>object</td><td></td><td>The message.</td></tr>\n<tr><td></td><td>type</td><td>string</td><td>media, tts</td><td>The message's type.</td></tr>\n</table>\n",
		want: []string{"FirstCall: contact employee", "Type: media tts", "StartCall{first_call contact_message}", "StartCallContactMessage{type}"},
	}, {
		name: "a table of fields headed in Russian with a column of allowed values (Допустимые значения)",
		src:  "## Звонок\n\n| Название | Тип | Обязательный | Допустимые значения | Описание |\n|---|---|---|---|---|\n| first_call | string | да | contact, employee | Кто первый. |\n| access_token | string | да | | Ключ. |\n",
		want: []string{"FirstCall: contact employee", "Звонок{first_call access_token}"},
	}, {
		name: "a table of messages whose wire names a later column gives as code",
		src:  "## Errors\n\n| Error text | Error code | Mnemonic | Description |\n| --- | --- | --- | --- |\n| The media file with id {`id`} not found | -32602 | `media_file_not_found` | |\n| Employee {`id`} not found. | -32602 | `employee_not_found` | No such employee |\n",
		want: []string{"Error: media_file_not_found employee_not_found"},
	}, {
		name: "field items each described by nothing but values with slashes between them, bullets a copy glued to the field",
		src:  "Call [1..96] Top level attributes:\n•type: Tlph/Vtlph\n•protocol: H320/H323/SIP\n•format: date/time\n",
		want: []string{"Type: Tlph Vtlph", "Protocol: H320 H323 SIP"},
	}, {
		name: "a table copied a cell to a line: a field's line over its values, the list wrapped where the column ended",
		src:  "Table 6-2: Call Log Elements\nElement\nPermitted Values\ndirection\nIn, Out\nCall direction with respect to the user.\ndisposition\nBusy, Forwarded, Partial,\nRejected, Transferred\nWhat happened to the call.\n",
		want: []string{"Direction: In Out", "Disposition: Busy Forwarded Partial Rejected Transferred"},
	}, {
		name: "a trigger phrase ended by a full stop, not a colon, before quoted values; before plain words it ends the sentence",
		src:  "## History\n\n- Expect to receive one of the following statuses. 'noanswer', 'cancel', 'busy'.\n- The result is one of the following kinds. Calls, texts and faxes are kept.\n",
		want: []string{"History: noanswer cancel busy"},
	}, {
		name: "items each a code and a quoted message (PHP's =>): the messages are values, however many their words",
		src:  "## Errors\n\nКоды ошибок:\n\n- 1 => 'Operator is not registered'\n\n- 2 => 'Invalid API key'\n\n- 3 => 'The number can only consist of numbers and Latin characters'\n",
		want: []string{"КодыОшибок: Operator is not registered Invalid API key The number can only consist of numbers and Latin characters"},
	}, {
		name: "headings each a value and its description under a heading about events; a list under one is named after that heading",
		src:  "## 2.2. Call events\n\n### 2.2.1. delivered: Ringing event\n\nThe phone rings.\n\n### 2.2.2. connectionCleared：呼叫挂断事件\n\nCauses:\n\n- `NORMAL_CLEARING`: normal\n- `USER_BUSY`: busy\n\n### 2.2.3. held: Hold event\n\nHeld.\n\n## Fields\n\n### callId: String\n\n### agentId: String\n",
		want: []string{"ConnectionCleared呼叫挂断事件: NORMAL_CLEARING USER_BUSY", "CallEvent: delivered connectionCleared held"},
	}, {
		name: "each event's section says which value a field has there; a field said to have one value only lists none",
		src:  "## Incoming Call Event\n\n**event** has the value “ice”\n\n## Answered Call Event\n\n`event` has the value \"ace\".\n\n## Error\n\n**type** has the value “callingerror”.\n",
		want: []string{"Event: ice ace"},
	}, {
		name: "a trigger's values in one code span, bars between them",
		src:  "## Monitoring\n\nThe state of the monitoring. Valid values: `SILENT_MONITOR | BARGE`.\n",
		want: []string{"Monitoring: SILENT_MONITOR BARGE"},
	}, {
		name: "a table of messages headed in Turkish, its Sebebi column the reason each is sent",
		src:  "## Hata Durumlarında message parametresinden dönebilir cevaplar\n\n| message | sebebi |\n|---|---|\n| `Kullanıcı doğrulanamadi` | username bilgisi hatalı gönderilirse gelen hata mesajı |\n| `Channel not specified` | originate_order bilgisi hatalı gönderilirse |\n",
		want: []string{"HataDurumlarındaMessageParametresindenDönebilirCevaplar: Kullanıcı doğrulanamadi Channel not specified"},
	}, {
		name: "a field item whose values are each quoted and followed by what they mean, anywhere in its text",
		src:  "## CDR\n\n* `direction`: Indicates whether a call is inbound or outbound. “**in**” means inbound from the trunk while “**out**” means outbound to the trunk.\n* `id`: the id.\n",
		want: []string{"Direction: in out"},
	}, {
		name: "a Key | Value table whose values each name a type a heading of the page defines gives its keys' types, no enum",
		src:  "# ParticipantSubscriptions\n\n| Key | Value |\n| --- | --- |\n| PARTICIPANT_UUID | ParticipantSubscriptionSettings |\n| \"local\" | ParticipantSubscriptionSettings |\n\n# ParticipantSubscriptionSettings\n\nThe settings.\n",
		want: []string{"ParticipantSubscriptions{PARTICIPANT_UUID local}"},
	}, {
		name: "a list of a module's members, each described as a function, lists no values",
		src:  "#### sylkrtc.utils\n\nHelper module with utility functions.\n\n* `attachMediaStream`: function to easily attach a media stream to an element.\n* `closeMediaStream`: function to close the given media stream.\n",
		want: nil,
	}, {
		name: "capitalised words in brackets right after a value noun, named after it and the word before it",
		src:  "## Events\n\nThe events depend on the call type (Manual, Inbound, Progressive).\n",
		want: []string{"CallType: Manual Inbound Progressive"},
	}, {
		name: "a JSDoc member's tags in bold (Kind, Note, See) and the pages its See list names are no values; its option accepts two",
		src:  "### voiceResponse.gather(options)\n\nWaits for data entry.\n\n**Kind**: instance method of [<code>VoiceResponse</code>](#VoiceResponse)  \n**Note**: When including `speech` the default timeout is 10000 (10s).  \n**See**\n\n- GoogleTTS\n- GoogleASR\n\n| Param | Type | Description |\n| --- | --- | --- |\n| options.source | <code>string</code> | Where to listen. This option accepts `dtmf` and `speech`. |\n",
		want: []string{"Source: dtmf speech", "VoiceresponseGather{options}", "VoiceresponseGatherOptions{source}"},
	}, {
		name: "a version mark in <sup> after a heading's name and a value is no part of them; an unclosed <sup> hides nothing",
		src:  "## DisconnectedReason<sup>8+</sup>\n\n| 名称 | 值 | 说明 |\n| --- | --- | --- |\n| UNASSIGNED_NUMBER | 1 | 空号 |\n| CALL_COMPLETED_ELSEWHERE<sup>9+</sup> | 13 | 呼叫在其他地方完成 |\n\n## Mode\n\n- `AUDIO`<sup>: audio only\n- `VIDEO`: video\n",
		want: []string{"DisconnectedReason: UNASSIGNED_NUMBER CALL_COMPLETED_ELSEWHERE", "Mode: AUDIO VIDEO"},
	}, {
		name: "a table whose first column names keys of the page's JSON example is one of fields, whatever its header; a description of words each with a dash and a sentence, run together",
		src:  "## Session\n\n```json\n{\n\"sid\": \"x\",\n\"status\": \"ok\"\n}\n```\n\n| Wert | Beschreibung |\n|---|---|\n| sid | Neue Session-ID |\n| status | ok - Der Request wurde korrekt gestellt error - Der Request wurde falsch gestellt. |\n",
		want: []string{"Status: ok error", "Session{sid status}"},
	}, {
		name: "brackets holding constants, each glossed after a colon; brackets of labels glossed so hold none",
		src:  "## Call\n\nCallStatus\n\nKết quả của cuộc gọi (ANSWERED: cuộc gọi được trả lời, NOANSWERED: cuộc gọi thất bại).\n\nSee the notes (Note: one, Tip: two).\n",
		want: []string{"Call: ANSWERED NOANSWERED"},
	}, {
		name: "a Type Language schema's constructors of one type, two at least, are its enum",
		src:  "//@class CallState @description Describes the call state\n\n//@description The call is pending\ncallStatePending is_created:Bool is_received:Bool = CallState;\n\n//@description The call is ready\ncallStateReady protocol:callProtocol = CallState;\n\n//@description Supported protocols\ncallProtocol udp_p2p:Bool = CallProtocol;\n",
		want: []string{"CallState: callStatePending callStateReady"},
	}, {
		name: "a ReSpec specification's citations of a type's values, two distinct at least",
		src:  "## Set the description\n\nIf the type is {{RTCSdpType/\"offer\"}} or {{RTCSdpType/\"pranswer\"}}, set the state to {{RTCSignalingState/\"stable\"}}.\n\nAgain {{RTCSdpType/\"offer\"}}.\n",
		want: []string{"RtcSdpType: offer pranswer"},
	}, {
		name: "a field item whose text ends \"Array of object:\" nests the object's fields, no values",
		src:  "### Message\n\n* `type` - `sms` or `mms`\n* `media` - message attachments (for `mms`). Array of object:\n    * `url` - URL of the attachment\n    * `type` - MIME type of the attachment\n    * `filename` - name of the attachment\n",
		want: []string{"Type: sms mms"},
	}, {
		name: "a function's parameters, each given a type and nothing more, one with its values nested below it, an aside in brackets after a value",
		src:  "### startCall\n\n- `uuid`: string\n  - An `uuid` that should be stored.\n- `handleType`: string (optional, iOS only)\n  - `generic`\n  - `number` (default)\n  - `email`\n- `handle`: string\n",
		want: []string{"HandleType: generic number email"},
	}, {
		name: "one table per signal, each saying which value its field holds there: one enum of the union",
		src:  "## Call\n\n| Param | Description |\n|---|---|\n| signalType | Type of signal, holds **call** value |\n| callId | ID |\n\n## Accept\n\n| Param | Description |\n|---|---|\n| signalType | Type of signal, hold the **accept** value |\n| callId | ID |\n\n## Media\n\n| Param | Description |\n|---|---|\n| data | Holds the value of the data |\n",
		want: []string{"SignalType: call accept", "Call{signalType callId}", "Accept{signalType callId}", "Media{data}"},
	}, {
		name: "a plain-text API description's prose, indented for layout, is read as text, not as a code block",
		src:  "VoiceCall hierarchy\n===================\n\nProperties\tstring Name [readonly]\n\n\t\t\tContains the name of the caller.\n\n\t\tstring State [readonly]\n\n\t\t\tContains the state of the current call.\n\t\t\tThe state can be one of:\n\t\t\t\t- \"active\" - The call is active\n\t\t\t\t- \"held\" - The call is on hold\n\t\t\t\t- \"dialing\" - The call is being\n\t\t\t\t\tdialed\n",
		want: []string{"State: active held dialing"},
	}, {
		name: "an indented block of code stays code, whatever it quotes",
		src:  "## Example\n\n    var status = \"active\";\n    if (state == \"held\") { hold(); }\n    // The call is active. The call is held.\n",
	}, {
		name: "value lines under a sentence, each description wrapped onto lines of words below it",
		src:  "## Signals\n\nThis signal is emitted. The possible reason values are:\n\"local\" - The call was released due to local\nuser action\n\"remote\" - Remote party released the call\n\"network\" - Network released the call, most\nlikely due to low signal or\nother network failure\n",
		want: []string{"Reason: local remote network"},
	}, {
		name: "a TypeDoc enum page copied as text: each member's name over its declaration, which gives the wire",
		src:  "VoipCallDirection\n\nCall direction\n\nEnumeration members\n\nIn\n\nIn: = \"in\"\n\nIncoming call\n\nA call is considered incoming when a client calls.\n\nOut\n\nOut: = \"out\"\n\nOutgoing call\n\nA call is considered outgoing when an operator calls.\n",
		want: []string{"CallDirection: in out"},
	}, {
		name: "a column titled as values of a kind (Supported event types) lists each row's values, a line each; the wildcard is none",
		src:  "## addEventListener\n\n| Target | Supported event types | Raised event |\n| --- | --- | --- |\n| stack | **\\*** <br> starting <br> started <br> stopped | StackEvent |\n| call | m_early_media <br> m_remote_hold | CallEvent |\n",
		want: []string{"Stack: starting started stopped", "Call: m_early_media m_remote_hold", "AddEventListener{stack call}"},
	}, {
		name: "a payload's fields run into one paragraph, each field over its constants: an enum per field, named after the field even where its description names the values (code: Event codes)",
		src:  "## Callback\n\nMETHOD: POST\ncode: Event codes\nJOIN: Occurs when a person joins\nLEFT: Occurs when one party leaves the room\n(including ruptures)\nMEETING_ENDED: Occurs every time the call ends\neventSource: Indicates by whom the event occurred\nHOST: At all events\nGUEST: At all events\nSERVER: At the end of time only\nreceivedTime: The timestamp of the event.\n",
		want: []string{"Code: JOIN LEFT MEETING_ENDED", "EventSource: HOST GUEST SERVER"},
	}, {
		name: "an example object giving a key string literals with or between them: an enum named after the object's type and the key",
		src:  "## Joining\n\n```javascript\n{\n    type: 'joined',\n    kind: 'join' or 'fail' or 'leave',\n    group: group\n}\n```\n\n```javascript\n{\n    type: 'chat',\n    kind: null or 'me' or 'caption',\n}\n```\n",
		want: []string{"JoinedKind: join fail leave", "ChatKind: me caption"},
	}, {
		name: "a glued table of codes each glued to its value: the digits end where the value starts",
		src:  "Message status codes\n\nCodeStatusDescription\n100SCHEDULEDMessage is scheduled\n101ENROUTEMessage is on its way\n102DELIVEREDMessage delivered\n",
		want: []string{"Status: SCHEDULED ENROUTE DELIVERED"},
	}, {
		name:  "a glued table in Cyrillic: titles change case, a value meets its description where the script changes; a first row without a value is reported",
		src:   "Коди статусів\n\nКодСтатусОпис\n1Повідомлення отримано\n100SCHEDULEDПовідомлення заплановано\n101ENROUTEПовідомлення в дорозі\n102DELIVEREDПовідомлення доставлено\n",
		want:  []string{"Статус: SCHEDULED ENROUTE DELIVERED"},
		diags: []string{`x.md:4: warning: row has no value name; add it to the spec by hand: "1Повідомлення отримано"`},
	}, {
		name: "a declaration split over code blocks: the head alone, then each member in a block of its own under its entry",
		src:  "# CallEvent\n\n```\npublic enum CallEvent : Event\n```\n\n`streamAdded(_:)`\n\nFired when a stream is received\n\n#### Declaration\n\n```\ncase streamAdded(Stream)\n```\n\n`accepted`\n\nFired when the call is accepted\n\n#### Declaration\n\n```\ncase accepted\n```\n",
		want: []string{"CallEvent: streamAdded accepted"},
	}, {
		name: "the events an object's examples subscribe to by name, three at least, are an enum named after the object; a reference's headings for events are no examples",
		src:  "## Events\n\n#### player.on(\"play\", fn)\n\n#### player.on(\"pause\", fn)\n\n#### player.on(\"stop\", fn)\n\n```js\ncall.on(\"online-success\", () => {});\ncall.on(\"make-call\", (roomId) => {});\ncall.on(\"end-call\", (peer) => {});\nsocket.on(\"connect\", f);\n```\n\n```python\n@transport.event_handler(\"on_joined\")\nasync def on_joined(transport, data):\n```\n",
		want: []string{"CallEvent: online-success make-call end-call"},
	}, {
		name: "a field table in Chinese: a Type cell giving the field's value here in brackets (tables add up), constants each glossed after a space a line each, constants glossed in 【】",
		src:  "## Callback\n\n| fieId | type | req | describe |\n| --- | --- | --- | --- |\n| msg_type | string（callback） | 是 | 消息类型 |\n| action | string | 是 | 状态切换动作: <br />MAKE_BUSY 示忙 <br />MAKE_FREE 示闲 |\n| record_start | string | 否 | 录制节点【NONE:不录制，RING:响铃录制】默认NONE |\n\n## Callin\n\n| fieId | type | req | describe |\n| --- | --- | --- | --- |\n| msg_type | string（callin） | 是 | 消息类型 |\n| mode | string(optional) | 是 | 模式 |\n",
		want: []string{"MsgType: callback callin", "Action: MAKE_BUSY MAKE_FREE", "RecordStart: NONE RING", "Callback{msg_type action record_start}", "Callin{msg_type mode}"},
	}, {
		name: "a Value cell holding an HTML definition list of quoted values, each with its definition",
		src:  "### onDisconnect\n\n| property | value |\n| --- | --- |\n| `cause` | One of the following strings:<dl><dt>'BUSY'</dt><dd>the callee is busy</dd><dt>'MOVED'</dt><dd>the service redirected the call</dd><dt>'REJECTED'</dt><dd>the call was rejected</dd></dl> |\n| `retry` | A boolean. |\n",
		want: []string{"Cause: BUSY MOVED REJECTED", "OnDisconnect{cause retry}"},
	}, {
		name: "a table captioned in its header, its first row of bold titles the real header; a field's name over its flags, a line each, or over a list",
		src:  "## Calls\n\n| Type: *call* | |\n| --- | --- |\n| **Property** | **Description** |\n| scope <br> *read-only* | The scope of the call. <br> *Enum: LOCAL, DOMAIN, EXTERNAL* |\n| direction <br> *read-only* | Direction of the call. <br> *Enum: IN, OUT* |\n| origin <ul><li>origin.host</li><li>origin.port</li></ul> | Where the call came from. <br> *Enum: PSTN, SIP* |\n",
		want: []string{"Scope: LOCAL DOMAIN EXTERNAL", "Direction: IN OUT", "Origin: PSTN SIP", "Calls{scope direction origin}"},
	}, {
		name: "lines setting each parameter to its values, commas between them, in a paragraph of such lines",
		src:  "## Create room\n\ndurationInMinutes = Max call duration in minutes\nendHow = AUTOMATIC, BY_HOST\nlang = en, tr\npassword = [Password]\n",
		want: []string{"EndHow: AUTOMATIC BY_HOST", "Lang: en tr"},
	}, {
		name: "example objects each giving its type on its first line, five types at least: the protocol's message types; a schema's types are none",
		src:  "## Messages\n\n```js\n{\n    type: 'handshake',\n}\n```\n\n```js\n{\n    type: 'ping'\n}\n```\n\n```js\n{\n    type: 'pong'\n}\n```\n\n```js\n{\n    type: 'join',\n    group: group\n}\n```\n\n```js\n{\n    type: 'chat',\n    value: value\n}\n```\n",
		want: []string{"Type: handshake ping pong join chat"},
	}, {
		name: "a list of a key's values in words right below the example object that has the key: named after the object's type and the key",
		src:  "## Sending messages\n\n```javascript\n{\n    type: 'usermessage',\n    kind: kind,\n    value: value\n}\n```\n\nCurrently defined kinds include `error`, `warning`, `info` and `mute`.\n\n```javascript\n{\n    type: 'groupaction',\n    kind: kind\n}\n```\nCurrently defined kinds include `lock`, `unlock` and `record`.\n",
		want: []string{"UsermessageKind: error warning info mute", "GroupactionKind: lock unlock record"},
	}, {
		name: "a line saying a field is explained (callType(呼叫类型)字段的说明) over a table headed as fields whose rows are capitalised names: the field's values",
		src:  "### 振铃事件\n\n关于振铃事件的callType(呼叫类型)字段的说明\n\n字段          | 含义\n--------------|-------\nInbound       | 呼入\nOutbound      | 呼出\nSMART_IVR     | 智能IVR外呼\n",
		want: []string{"CallType: Inbound Outbound SMART_IVR"},
	}, {
		name: "a code block of values glossed after full-width colons under a heading explaining the field; a config block under an ordinary heading stays an example",
		src:  "# msg_type说明\n\n```\ncheckin：签入\ncheckout：签出\nping：心跳\nthree_way: 三方通话\n```\n\n# 配置\n\n```\nmode：prod\nport：8080\nhost：a\n```\n",
		want: []string{"MsgType: checkin checkout ping three_way"},
	}, {
		name: "a field item's nested sentence starting with an article names no field: its code spans are no values",
		src:  "### setCurrentCallActive\n\n- `uuid`: string\n  - The `uuid` used for `startCall` or `displayIncomingCall`\n",
	}, {
		name: "a list nested under an item that says its parameters are as follows lists fields, not values",
		src:  "#### Synopsis\n\n- `--wss_socket=host:port` create a WSS socket. Parameters are as follows:\n  - `host`: The local hostname to listen on.\n  - `port`: The local port number to listen on.\n  - `cert_file`: The path to the TLS certificate file.\n",
	}, {
		name: "a table of codes and labels, a row grouping the codes below it, a long note after a label in brackets: the label is the value",
		src:  "## Call Termination Reason Codes\n\n| ID | Definition |\n|---|---|\n| Q.931 Standard (0-127) | |\n| 1 | UNALLOCATED NUMBER |\n| 3 | NO ROUTE TO DESTINATION [codes 138 and 139 are mapped to this ID before the release is sent] |\n| 17 | USER BUSY |\n| 18 | NO USER RESPONDING (The SBC may release a call with this cause value if the timer expires) |\n| 20 | SUBSCRIBER ABSENT (Mobile) |\n",
		want: []string{"CallTerminationReasonCode: UNALLOCATED NUMBER NO ROUTE TO DESTINATION USER BUSY NO USER RESPONDING SUBSCRIBER ABSENT (Mobile)"},
	}, {
		name: "a text table headed by a field's name and Description: the rows are the field's values, one looking like a field too",
		src:  "Call Errors\n\nWhen attempting to access the call API, you may encounter the following errors:\n\nerror_code Description\ninternal_error Internal error\ninvalid_id No call with this id\n",
		want: []string{"ErrorCode: internal_error invalid_id"},
	}, {
		name: "a glued field table in Portuguese: a type known by name is cut off; values a line each, or paired with their meanings on one line; a table of numbered sentences is codes",
		src: "Status de retorno\n\nCódigoDescrição\n0OK\n1Erro de aplicação\n2Erro de requisição\n\nObjeto de retorno\n\nCampoTipoDefinição\n" +
			"statusvarcharStatus atual da ligação;\nUP = Ligação em curso RING = Ligação tocando\ndurationintegerDuração da ligação\n" +
			"calltypevarcharTipo de ligação; os tipos suportados são:\nin – Ligações de entrada\nout – Ligações de saída\nextenvarcharNúmero do ramal\n",
		want:  []string{"Status: UP RING", "Calltype: in out"},
		diags: []string{`x.md:3: warning: table lists numbers only (column "Código"); no enum of names taken from it`},
	}, {
		name: "values nested under a field whose text ends 'The following levels are available:', some with an aside in brackets; fields with a qualifier nested under an object are no values",
		src: "## Logging\n\n- `SIPLOG_BEND` specifies the method. Available methods are logfile and stderr (default);\n" +
			"- `SIPLOG_LVL` specifies logging level. The following levels are available:\n  - `DBUG`\n  - `INFO` (default)\n  - `CRIT` (from the most verbose to the least);\n" +
			"- `metadata` (optional): Custom metadata. There are some special fields you can use as well:\n  - `to` (optional): Destination\n  - `from` (optional): Source\n",
		want: []string{"SiplogBend: logfile stderr", "SiplogLvl: DBUG INFO CRIT"},
	}, {
		name: "a table of codes whose short texts a JSON example gives one key lists that key's values; titles ending 描述 are descriptions",
		src: "## failed: 外呼失败事件\n\n```\n{\n  \"eventName\": \"failed\",\n  \"failedMsg\": \"busy now\"\n}\n```\n\n" +
			"错误码|错误描述|中文描述\n---|---|---\n1\t| busy now\t| 用户正忙\n2\t| call reminder\t| 来电提醒\n3 | not reachable | 无法接通\n\n" +
			"## Other codes\n\n错误码|错误描述\n---|---\n1 | busy\n2 | reminder\n",
		want:  []string{"FailedMsg: busy now call reminder not reachable"},
		diags: []string{`x.md:18: warning: table lists numbers only (column "错误码"); no enum of names taken from it`},
	}, {
		name: "a field's values in a cell glossed in Chinese: a gloss glued to a constant or before it, glosses and constants joined by dashes in brackets, tokens in brackets; field names in brackets are no values",
		src: "## 切换状态\n\n| 参数 | 类型 | 必填 | 说明 |\n|---|---|---|---|\n" +
			"| record_suffix | string | 否 | 录制文件后缀【mp3, wav, mp4】默认mp3 |\n" +
			"| action | string | 是 | 状态切换动作: <br />MAKE_BUSY 示忙 <br />FORCE_MAKE_FREE强制示闲 <br />FORCE_MAKE_BUSY 强制示忙 |\n" +
			"| phase | string | 是 | action进行阶段:<br />发起action INITIATE<br />开始通话 START_CALL |\n" +
			"| callin_channel | string | 否 | 呼入通道(转接-TRANS、咨询-CONSULT、三方通话-THREE_WAY、空为正常) |\n" +
			"| resource | string | 否 | The object (TaskSid, WorkerSid, ActivitySid) |\n",
		want: []string{"RecordSuffix: mp3 wav mp4", "Action: MAKE_BUSY FORCE_MAKE_FREE FORCE_MAKE_BUSY", "Phase: INITIATE START_CALL", "CallinChannel: TRANS CONSULT THREE_WAY", "切换状态{record_suffix action phase callin_channel resource}"},
	}, {
		name: "parameters copied as text a line each, name, [optional] and description: a description listing values gives the field's enum, a comma before quoted values too",
		src: "## Request\n\nMethod GET\nQuery fromDate [optional] Date to start from. Date format: yyyy-mm-dd.\n" +
			"direction [optional] Direction of the call, 'IN', 'OUT' or 'BOTH' (default).\nformat [optional] Format for output: json (default), csv or excel (max. 10000 rows).\n",
		want: []string{"Direction: IN OUT BOTH", "Format: json csv excel"},
	}, {
		name:  "capitalised examples in brackets after a value noun are some of its values, named after the noun and the word before it",
		src:   "## Events\n\nPresence events return user status (e.g. Available, Away, Busy) status message and time.\n",
		want:  []string{"UserStatus: Available Away Busy"},
		diags: []string{`x.md:3: warning: the list of UserStatus is cut short ("...", "etc.", "and others" or examples); only the 3 values it names are kept`},
	}, {
		name: "an API reference's index of classes lists no values, nor a list of links, one in emphasis",
		src:  "## Classes\n\n- *_global_*\n- SIPml\n- SIPml.Event\n- SIPml.Session\n\n## States\n\n- *[idle](idle.md)*\n- [busy](busy.md)\n- [ringing](ringing.md)\n",
		want: nil,
	}, {
		name: "a field's values in code after a Chinese label and its semicolon, or joined by ideographic commas after a label glued to them",
		src: "## 参数\n\n| 参数 | 类型 | 说明 |\n|---|---|---|\n| logLevel | string | 日志级别；`info`、`error`、`warning` |\n" +
			"| deviceType | string | 媒体设备类型`videoinput`、`audioinput`，分别是摄像头、麦克风 |\n| userData | string | 自定义用户数据 |\n",
		want: []string{"LogLevel: info error warning", "DeviceType: videoinput audioinput", "参数{logLevel deviceType userData}"},
	}, {
		name: "a field's description ending in tokens after a dash, the first glued to it, some commas without a space",
		src: "## Data\n\n|Parameter|Type|Description|\n|-|-|-|\n|ChannelState |String |وضعیت کانال تماس -Done, reserved, offHook,Dialing, Ring |\n" +
			"|ChannelId|String| شناسه - ChannelId, CallId, PeerId |\n",
		want: []string{"ChannelState: Done reserved offHook Dialing Ring", "Data{ChannelState ChannelId}"},
	}, {
		name: "values a line announces, each marked, some over their own values: an enum of them and one of each nested list; keywords starting with a star; items a sentence announces as parameters are none",
		src: "## ProcessEvent\n\nThe available flags are:\n\n- **\\*attributes**: Activates.\n- **\\*resources**: Process. Additional auxiliary flags can be specified here:\n" +
			"  - **\\*authorize**: Authorize.\n  - **\\*allocate**: Allocate.\n- **\\*rals**: Process. Auxiliary flags available:\n  - **\\*authorize**: Authorize.\n  - **\\*initiate**: Init.\n\n" +
			"## AuthorizeEvent\n\nUsed for event authorization. It's behaviour can be controlled via a number of different parameters:\n\n" +
			"- **GetAttributes**: Activates altering of the event.\n- **GetMaxUsage**: Queries for the event's usage.\n",
		want: []string{"ProcessEvent: *attributes *resources *rals", "Resources: *authorize *allocate", "Rals: *authorize *initiate"},
	}, {
		name: "tables copied with their bars in one paragraph: one of other things is passed over, a field's description numbering its values gives its enum",
		src: "Requirement | Why it matters |\nPublic HTTPS endpoint | HTTP is rejected |\nAbility to accept JSON POST | Body is |\nTip: test first.\n" +
			"Field | Meaning |\nuid | Unique call ID |\ncall_state | 0=ringing, 1=answered |\nevent | 1=start, 2=update |\n",
		want: []string{"CallState: ringing answered", "Event: start update"},
	}, {
		name: "true, false or undefined under a field's heading is a flag, no enum; true and false alone are values",
		src:  "## receiveAudio\n\nCan be true, false or undefined. The default is undefined.\n\n## verified\n\nPossible values: true, false.\n",
		want: []string{"Verified: true false"},
	}, {
		name: "a comment after an optional TypeScript key lists its values, quoted side by side; a code then a quoted label is no list",
		src: "## Call end\n\n```ts\n{\n    \"endReason\"?: string | undefined, // why the call ended, common reasons include \"hangup\" \"end trace\" \"twiml\"\n" +
			"    \"platform\": \"twilio\" | \"web-voice\",\n}\n```\n\n### Conversation types\n* `1` \"One to one\"\n* `2` Group\n",
		want: []string{"Platform: twilio web-voice", "EndReason: hangup end trace twiml"},
	}, {
		name: "a TypeDoc alias whose union is of types (`string` | `Blob`) gives no enum; one of quoted strings does, and so does a constant tuple (readonly [...])",
		src: "### DataType\n\nƬ **DataType**: `string` \\| `Blob` \\| `ArrayBuffer`\n\n### LogFormat\n\nƬ **LogFormat**: ``\"object\"`` \\| ``\"string\"``\n\n" +
			"### logLevelTypes\n\n• **logLevelTypes**: readonly [``\"error\"``, ``\"warn\"``, ``\"debug\"``]\n",
		want: []string{"LogFormat: object string", "LogLevelTypes: error warn debug"},
	}, {
		name: "a list ended by a comma and a clause after its conjunction, named after the field a noun introduces; code items a plural value noun follows, named after the noun",
		src:  "## Offer\n\nThe field `label` is one of `camera`, `screenshare` or `video`, and will be matched.\n\nGalène will interpret the `nack` and `goog-remb` RTCP feedback types, and act accordingly.\n",
		want: []string{"Label: camera screenshare video", "RtcpFeedbackType: nack goog-remb"},
	}, {
		name: "MDX fields named by where they are sent (<ParamField query=...>); a definition ending in three words in brackets, in German",
		src: "### Query-Parameter\n\n<ParamField query=\"status\" type=\"string\">\n  Anrufe nach Status filtern. Mögliche Werte: `initiated`, `ringing`, `busy`\n</ParamField>\n\n" +
			"<ResponseField name=\"answered_by\" type=\"string\">\n  Wer den Anruf beantwortet hat (human, machine oder unknown)\n</ResponseField>\n",
		want: []string{"Status: initiated ringing busy", "AnsweredBy: human machine unknown"},
	}, {
		name: "a command reference heading gives an argument's choices in brackets, bars between them",
		src:  "## Configuration\n\n### `default-codec tch-f (fr|efr|amr)`\n\nSet the codec.\n\n### `mncc external PATH`\n\nUse a socket.\n",
		want: []string{"DefaultCodecTchF: fr efr amr"},
	}, {
		name: "a Values cell may end its list with a full stop or put a label before it (One of:)",
		src:  "## Params\n\n| Name | Values | Required |\n|---|---|---|\n| `intent` | `start_call`, `join_existing`, or `start_call_voice`. | No |\n| `theme` | One of: `light`, `dark`, `light-high-contrast` | No |\n",
		want: []string{"Intent: start_call join_existing start_call_voice", "Theme: light dark light-high-contrast"},
	}, {
		name: "a table of fields headed 属性名称; a description listing labels in Chinese after a Chinese trigger",
		src:  "##### conversation对象\n\n属性名称|描述\n----|----\ncall_id|call_id\ncall_type|通话类型,只能是下列几个值之一，呼入、呼出、呼入（转接）、呼入（三方）\nring_time|振铃开始时间\n",
		want: []string{"CallType: 呼入 呼出 呼入（转接） 呼入（三方）", "Conversation对象{call_id call_type ring_time}"},
	}, {
		name: "a state machine drawn in Graphviz or Mermaid: its nodes are the states, the drawing's marks none",
		src: "## States\n\n```dot\ndigraph CallResourceState {\n  size=\"8,8\";\n  Start [shape=point];\n  Initiated [color=blue];\n  Start -> Initiated [label=\"呼入\"];\n  Initiated -> Ring;\n  Ring -> Released [label=\"挂断\"];\n}\n```\n\n" +
			"## Agent\n\n```mermaid\nstateDiagram-v2\n    [*] --> Idle\n    Idle --> Ringing : INVITE\n    Ringing --> Talking\n    Talking --> [*]\n```\n\n## Flow\n\n```mermaid\nsequenceDiagram\n    A->>B: hi\n```\n",
		want: []string{"CallResourceState: Initiated Ring Released", "Agent: Idle Ringing Talking"},
	}, {
		name: "a table headed in Vietnamese, a description title going on after its head noun; examples after ví dụ and CSS variables are no values",
		src: "## Sự kiện\n\n| Tên sự kiện | Mô tả sự kiện |\n|---|---|\n| `vbot:onDial` | Khi bắt đầu gọi |\n| `vbot:onConnected` | Khi kết nối |\n\n" +
			"## Chế độ\n\nBạn điều khiển cuộc gọi (ví dụ: `makeCall`, `answerCall`, `hangupCall`).\n\n## CSS\n\n- `--vbot-primary`: Màu sắc chủ đạo.\n- `--vbot-border`: Màu viền.\n",
		want: []string{"SựKiện: vbot:onDial vbot:onConnected"},
	}, {
		name: "options described property by property in nested lists: each option's values property gives its enum, inline or nested; a section item over such options lists no values",
		src: "## Options\n\n* `mode`: how the phone answers.\n  * Type: ***text enumeration***.\n  * Possible values: `none`, `answer_delay`, `answer_instant`.  The UI shows:\n    * `none`: never.\n  * Default value: `none`.\n\n" +
			"* `open_url_on_event_item`: a section for options.\n  * This section defines a rule.\n\n  * `call_dir`: the direction.\n    * Type: ***text enumeration***.\n    * Possible values:\n      * `both`: all calls.\n      * `in`: incoming calls.\n    * Default value: `both`.\n",
		want: []string{"Mode: none answer_delay answer_instant", "CallDir: both in"},
	}, {
		name: "values quoted around their code in guillemets («`FAIL`» - ...); an IP address is no value",
		src:  "## Статусы звонка\n\n* «`FAIL_USER_BUSY`» - пользователи заняты\n* «`SUCCESS`» - Успешный звонок\n* «`FAIL`» - Безуспешный вызов\n\n## Сервер\n\n* «`172.16.156.223`» - адрес сервера\n",
		want: []string{"СтатусыЗвонка: FAIL_USER_BUSY SUCCESS FAIL"},
	}, {
		name: "lists nested under items whose tokens are the keys of the page's JSON example list fields, and so do those items",
		src:  "## Results\n\n```json\n{\"results\": [{\"phoneId\": \"95\", \"linkedId\": \"1\", \"result\": \"FAIL\"}], \"resultsPoling\": []}\n```\n\n* \"`results`\" - the calls\n  * \"`phoneId`\" - the number\n  * \"`linkedId`\" - the call\n  * \"`result`\" - the result\n* \"`resultsPoling`\" - the answers\n",
		want: nil,
	}, {
		name: "a text table whose first row's constant a description opening with The follows keeps reading constants: the rows below are no description",
		src:  "Call statuses\n\nThe statuses are listed below:\n\nStatus Description\nBUSY The line was busy\nNO_ANSWER Nobody answered\nFAILED The call failed\n",
		want: []string{"Status: BUSY NO_ANSWER FAILED"},
	}, {
		name: "a text table of labels and capitalised descriptions without full stops, told apart where descriptions restate their labels",
		src:  "The predefined incidents as below list:\n\nIncidents Explanation\nSetup Completed Start completed\nOff Hook Pick up the handle\nOpen DND Open DND function\nClose DND Close DND function\nOpen Always FWD Open Always Forward\nUnMute Un-mute\nMissed Call Missed Call\nFWD Incoming Call Forward Incoming Call\n",
		want: []string{"Incidents: Setup Completed Off Hook Open DND Close DND Open Always FWD UnMute Missed Call FWD Incoming Call"},
	}, {
		name:  "a table of labels whose later column holds compound tokens that lost their code spans: the tokens are the wires",
		src:   "## Events\n\n| Hodisa | Maydon | Izoh |\n|---|---|---|\n| Qo'ng'iroq boshlandi | call_started | Kiruvchi qo'ng'iroq |\n| Qo'ng'iroq tugadi | call_ended | Tugaganda |\n| Dial boshlandi | dial.started | Telefon |\n\n## People\n\n| Name | Role | Note |\n|---|---|---|\n| Ann Lee | admin | Owner |\n| Bo Chen | user | Staff |\n",
		want:  []string{"Event: call_started call_ended dial.started"},
		diags: []string{"x.md:11: warning: table (name | role | note) lists nothing docenum reads as values or fields; check it by hand"},
	}, {
		name: "a table of short phrases, one of which the page's JSON gives a key, lists that key's values, each phrase whole",
		src:  "## Transfer\n\n```json\n{\"error\": \"call not live\"}\n```\n\n### Error Messages\n\nError | Meaning\n----- | -------\ncall not live | The call has already terminated.\nnot authorized | The API key is invalid.\n\n## Notes\n\nTopic | Meaning\n----- | -------\nrate limits | See the limits page.\nburst size | Ten calls.\n",
		want: []string{"Error: call not live not authorized"},
	}, {
		name:  "a table of tokens only, no title naming a role, an HTTP header's name among them: each column an enum",
		src:   "## Multi-format\n\nFormat | Content-Type | Extension\n------ | ------------ | ---------\nJSON | application/json | json\nXML | text/xml | xml\n\n## Ports\n\nProtocol | Port\n--- | ---\nudp | 5060\ntls | 5061\n",
		want:  []string{"Format: JSON XML", "ContentType: application/json text/xml", "Extension: json xml"},
		diags: []string{"x.md:10: warning: table (protocol | port) lists nothing docenum reads as values or fields; check it by hand"},
	}, {
		name: "a field's Format cell of code spans joined by or lists its values",
		src:  "### Query Parameters\n\nParameter | Format | Default | Description\n--------- | ------- | ------- | -----------\ncompany_id | `123456` |  | The company.\nsort_by | `created_at` or `updated_at` | `created_at` | Calls will be sorted by this value.\norder | `asc`, `desc` | `desc` | The order.\n",
		want: []string{"SortBy: created_at updated_at", "Order: asc desc"},
	}, {
		name: "a menu's options below a wrapped line ending \"the following options:\": phrases of up to ten words, a long aside their description; conditions below another lead stay prose",
		src:  "## Report\n\nWhen the Event type field is clicked, a drop-down menu appears with the following\noptions:\n\n- The caller quit\n- The caller is connected to an agent.\n- The caller exits the queue (no agent is connected)\n- No one is answering, the caller hangs up\n- Blind Transfer (when the caller is transferred without interacting with an agent)\n\n## Finish\n\nA campaign will be finished if:\n\n- You click Finish on the campaign page.\n- You delete a campaign.\n",
		want: []string{"Event: The caller quit The caller is connected to an agent. The caller exits the queue (no agent is connected) No one is answering, the caller hangs up Blind Transfer"},
	}, {
		name: "bold names in title case of five or six words are values of a list of such names",
		src:  "## Strategies\n\n* **Ring All:** Rings all agents.\n* **Round Robin:** Rings the next agent.\n* **Agent With Least Talk Time:** Rings the agent that talked least.\n* **Sequentially By Next Agent Order:** Rings in sequence.\n",
		want: []string{"Strategy: Ring All Round Robin Agent With Least Talk Time Sequentially By Next Agent Order"},
	}, {
		name: "a Value / Pattern cell of words joined by or lists the field's values; types joined so do not",
		src:  "## Message\n\n| Parameter | Value / Pattern | Presence | Description / Notes |\n| --- | --- | --- | --- |\n| **dlr** | yes or no | Optional | Default is no |\n| **dlr-method** | GET or POST | Optional | How the DLR is sent. |\n| **from** | string or integer | Optional | The sender. |\n",
		want: []string{"Dlr: yes no", "DlrMethod: GET POST", "Message{dlr dlr-method from}"},
	}, {
		name:  "choices below a sentence naming them and ending \"as follows:\" are values named after its noun; text a copy ran on below the last is reported",
		src:   "Trigger: choose the trigger. The below-mentioned triggers are generated for all calls, which are as follows:\n\n  • Call received on Server\n  • Call hangup (Missed)\n  • Session Call Answered\n    URLEnter the URL to provide callbacks.\n\n## Steps\n\nDo the steps as follows:\n\n- Open the page\n- Click Save\n",
		want:  []string{"Trigger: Call received on Server Call hangup (Missed) Session Call Answered"},
		diags: []string{`x.md:6: warning: text below option "Session Call Answered" is no part of it; check where it belongs: "URLEnter the URL to provide callbacks."`},
	}, {
		name: "a glued table of fields, some written with their type in brackets apart (status (string)...): those are rows too, and a field's phrases a line each below \"It can be out of -\" are its values",
		src:  "Call Object\n\nParameterTypeDefinition\nidnumberUnique id of the call\ncall_infoobject\ndirection (string)Whether the call was outgoing or incoming\nmissed_call_reason (string)A reason for the call being missed. It can be out of -\nCall arrived after your working hours\nCall was not picked by any agent\nstatus (string)The status: one of ringing, answered or busy.\n",
		want: []string{"MissedCallReason: Call arrived after your working hours Call was not picked by any agent", "Status: ringing answered busy"},
	}, {
		name: "a sentence listing values wrapped after a comma is one list, not a list a line",
		src:  "# Useraction\n\nCurrently defined kinds include `op`, `unop`, `present`, `unpresent`,\n`kick` and `setdata`.\n",
		want: []string{"Useraction: op unop present unpresent kick setdata"},
	}, {
		name: "paragraphs each opening with a value in bold before one noun (The **session-accept** action is used ...) list that noun's values, details between them; fields so opened do not",
		src:  "## Action\n\nThe value of the 'action' attribute MUST be one of the following.\n\nThe **content-accept** action is used to accept content.\n\nThe **content-reject** action is used to reject content.\n\nIf the content-reject results in no content, terminate.\n\nThe **session-terminate** action is used to end a session.\n\n## Attributes\n\nThe `sid` attribute is the session.\n\nThe `initiator` attribute is the caller.\n\nThe `responder` attribute is the callee.\n",
		want: []string{"Action: content-accept content-reject session-terminate"},
	}, {
		name:  "examples in brackets after a value noun, capitalised labels of a word or two, are some of its values",
		src:   "## Report\n\nThe current state (e.g., Ringing, Connected, In Progress, Completed).\n",
		want:  []string{"CurrentState: Ringing Connected In Progress Completed"},
		diags: []string{`x.md:3: warning: the list of CurrentState is cut short ("...", "etc.", "and others" or examples); only the 4 values it names are kept`},
	}, {
		name: "quoted names each a paragraph with tags beside them, a sentence below each, after a line naming the field in code",
		src:  "## Errors\n\nThese come in the following `err.type` flavors:\n\n'browser-incompatible' Error fatal\n\nThe client's browser does not support WebRTC.\n\n'disconnected' Error\n\nYou've already disconnected this peer.\n\n'webrtc' Error\n\nNative WebRTC errors.\n",
		want: []string{"Type: browser-incompatible disconnected webrtc"},
	}, {
		name: "constants each with a code after a slash, and constants run together with their descriptions in one paragraph sharing a prefix",
		src:  "## getLastStatusCode\n\nPossible values:\n\n- PJSIP\\_SC\\_TRYING / 100\n- PJSIP\\_SC\\_RINGING / 180\n- PJSIP\\_SC\\_TSX\\_TIMEOUT / PJSIP\\_SC\\_REQUEST\\_TIMEOUT\n\n## getState\n\nPJSIP\\_INV\\_STATE\\_NULL Before INVITE is sent PJSIP\\_INV\\_STATE\\_CALLING After INVITE is sent PJSIP\\_INV\\_STATE\\_DISCONNECTED Session is terminated.\n",
		want: []string{"GetLastStatusCode: PJSIP_SC_TRYING PJSIP_SC_RINGING PJSIP_SC_TSX_TIMEOUT", "GetState: PJSIP_INV_STATE_NULL PJSIP_INV_STATE_CALLING PJSIP_INV_STATE_DISCONNECTED"},
	}, {
		name: "a table headed in Japanese (項目名, データ型) whose descriptions give each field's fixed value (“startRecord” 固定値): the values add up over the tables",
		src:  "## 正常時\n\n項目名 | データ型 | 必須 | 説明 |\n---|---|---|---|\ntype | 文字列 | 〇 | “startRecord” 固定値 |\nstatus | 文字列 | 〇 | “complete” 固定値 |\n\n## エラー発生時\n\n項目名 | データ型 | 必須 | 説明 |\n---|---|---|---|\ntype | 文字列 | 〇 | “startRecord” 固定値 |\nstatus | 文字列 | 〇 | “error” 固定値 |\n",
		want: []string{"Type: startRecord", "Status: complete error", "正常時{type status}", "エラー発生時{type status}"},
	}, {
		name: "a table of methods whose description lists a method's values in brackets gives an enum named after the method, under a heading about methods too",
		src:  "## Methods\n\n| Method | Params | Returns | Description |\n|---|---|---|---|\n| `hangupCall()` | - | `Promise<void>` | Ends the call. |\n| `getCallState()` | - | `string` | Gets the current call state (`idle`, `dialing`, `in-call`, `ended`). |\n",
		want: []string{"GetCallState: idle dialing in-call ended"},
	}, {
		name: "items each naming one field and a quoted value for it (action \"playback\" - ...), nested under a field whose name is no token, list that field's values",
		src:  "## Questions\n\n* \"**`crmId`**\" - the id of the poll\n* \"**`press['action']`**\" - the action\n  * action \"**`playback`**\" - play a file\n  * action \"**`dial`**\" - dial the number\n* \"**`press['valueOptions']`**\" - the option\n  * option \"**`file`**\" - the path\n  * option \"**`text`**\" - the text\n",
		want: []string{"Action: playback dial", "Option: file text"},
	}, {
		name: "an SDK's request syntax gives a key its values as a union of literals on the line below the key's list, or after an equals sign",
		src:  "## Value\n\n```\nlist(\n  Enabled = TRUE|FALSE,\n  Status = \"ACTIVE\"|\"INACTIVE\",\n  MatchingEventTypes = list(\n    \"ALL\"|\"VOICE_RINGING\"|\"VOICE_BUSY\"\n  )\n)\n```\n",
		want: []string{"Status: ACTIVE INACTIVE", "MatchingEventTypes: ALL VOICE_RINGING VOICE_BUSY"},
	}, {
		name:  "a key cell listing several values in code, a pattern among them, gives each value and reports the pattern",
		src:   "## Events\n\n| Event | When |\n|---|---|\n| `leg.connected`, `leg.hold`, `leg.transfer_*` | Successful completion |\n| `leg.command_failed` | The work failed. |\n",
		want:  []string{"Event: leg.connected leg.hold leg.command_failed"},
		diags: []string{`x.md:5: warning: "leg.transfer_*" among a cell's values has *, which no value has; skipped`},
	}, {
		name: "a list of HTTP headers, each before its description, lists no values",
		src:  "## System calls\n\nEach system call carries:\n\n* `X-XCOM-AccessKey` — the access key.\n* `X-XCOM-Integration-Echo` — echoed back.\n\n## Kinds\n\n* `user` — a user.\n* `client` — a client.\n",
		want: []string{"Kind: user client"},
	}, {
		name: "values each glossed in brackets, a comma lost between two of them, are one list",
		src:  "## Events\n\n* `type` — Тип события: `appeared` (появился), `connected` (подключен) `disconnected` (отключен), `finished` (завершено);\n* `timestamp` — Время.\n",
		want: []string{"Type: appeared connected disconnected finished"},
	}, {
		name: "a table whose rows are data fields (record_id, from_name) is fields whatever its header says, and a description's values each paired with its meaning after a label (Mögliche Werte: a = ..., b = ...) are the field's",
		src:  "## Rückgabewerte\n\n| Rückgabewert | Beschreibung |\n|---|---|\n| record_id | ID. |\n| from_name | Anrufer. |\n| call_timestamp | Zeit. |\n| status | Mögliche Werte: ***hangup*** = aufgelegt, ***transfer*** = verbunden. |\n\n## phonecallrecord_result\n\n| Rückgabewert | Beschreibung |\n|---|---|\n| noanswer | Nicht beantwortet. |\n| hangup | Behandelt. |\n",
		want: []string{"Status: hangup transfer", "PhonecallrecordResult: noanswer hangup", "Rückgabewerte{record_id from_name call_timestamp status}"},
	}, {
		name: "a field of one name listed under two objects with values they share none of is two fields, each named after its object (its possessive dropped); one event's single value still joins",
		src:  "## Call's participant\n\n* `type` - the type. Possible values: `device`, `extension`, `did`\n\n## Message\n\n* `type` - `sms` or `mms`\n\n## Fax\n\n* `type` - `did`\n",
		want: []string{"CallParticipantType: device extension did", "MessageType: sms mms"},
	}, {
		name: "a page copied as text keeps a JSON example among its lines, its closing brace glued to the next line: the example is set apart, and the field line below it names the constants below that",
		src:  "BODY: JSON DATA\n{\n\"code\": \"JOIN\",\n\"data\": {}\n}code: Event codes\nJOIN: Occurs when one joins\nLEFT: Occurs when one leaves\nENDED: Occurs at the end\neventSource: Indicates who\nHOST: At all events\nGUEST: At all events\nSERVER: At the end\n",
		want: []string{"Code: JOIN LEFT ENDED", "EventSource: HOST GUEST SERVER"},
	}, {
		name:  "a list in brackets after a noun and its type (a status string (e.g. ...)) is named after the noun",
		src:   "## Asynchronous endpoints\n\nEach returns `202 Accepted` with a progressive-form status string (e.g. `holding`, `unholding`, `ringing`).\n",
		want:  []string{"ProgressiveFormStatus: holding unholding ringing"},
		diags: []string{`x.md:3: warning: the list of ProgressiveFormStatus is cut short ("...", "etc.", "and others" or examples); only the 3 values it names are kept`},
	}, {
		name:  "a value's description listing the values of another field it names in code (where `command` is one of ...) gives that field's enum",
		src:   "## Events\n\n| Event | When |\n|---|---|\n| `leg.connected` | The leg connected. |\n| `leg.command_failed` | The work failed. Payload: `{leg_id, command}` where `command` is one of `ring`, `hold`, `unhold`, etc. |\n",
		want:  []string{"Event: leg.connected leg.command_failed", "Command: ring hold unhold"},
		diags: []string{`x.md:6: warning: the list of Command is cut short ("...", "etc.", "and others" or examples); only the 3 values it names are kept`},
	}, {
		name: "a field's name and type glued on a line of their own (directionstring必須) over its description, values glossed there after for or a dash, gives the field's enum",
		src:  "リクエストボディ\nsession_idstring必須\nUnique ID of the call log\ndirectionstring必須\noutbound for outgoing calls, inbound for incoming calls\nhangup_sidestring必須\ncaller — hung up by the caller; callee — hung up by the callee\nrecord_urlstring必須\nThe URL expires\n",
		want: []string{"Direction: outbound inbound", "HangupSide: caller callee"},
	}, {
		name: "a value copied one cell at a time whose description lists other values reads that list too",
		src:  "EVENTS\n\nEvents list\n\n\n\"START\"\n\n\nFor each call the first event is called \"START\" and the last one \"COMPLETED\". The call itself is characterized by other events (RING, RINGRESULT, READY, JOIN, LEAVE). Read more about attributes.\n",
		want: []string{"Events: START", "OtherEvent: RING RINGRESULT READY JOIN LEAVE"},
	}, {
		name: "a quoted field before the word values names them (Possible \"state\" values), never the little word before a field noun (in attribute)",
		src:  "## Ring result\n\nDialing ended. The result is indicated in attribute \"state\". Possible \"state\" values are ANSWER, BUSY and NOANSWER.\n",
		want: []string{"State: ANSWER BUSY NOANSWER"},
	}, {
		name: "a table whose first column numbers its rows and whose second names each in a token, whatever its titles, lists the names with their codes",
		src:  "## Stack\n\n**Packet types**:\n\n| Type | Payload |\n|---|---|\n| 0 | Version |\n| 1 | ChannelState |\n| 2 | ServerSync |\n",
		want: []string{"PacketType: Version ChannelState ServerSync"},
	}, {
		name: "headings that each give a member and its number (### -field UserIgnored:0) under a generic heading are the values of the enum the page's title names",
		src:  "# VoipPhoneCallRejectReason\n\n## -description\nSpecifies the reason.\n\n## -enum-fields\n### -field UserIgnored:0\nThe user ignored it.\n\n### -field TimedOut:1\nIt timed out.\n\n## -remarks\n",
		want: []string{"VoipPhoneCallRejectReason: UserIgnored TimedOut"},
	}, {
		name: "examples of messages each below a sentence naming the message give a kind key its values (A CANCEL request: over \"type\": \"CANCEL\"); two are too few",
		src:  "## Messages\n\nA SETUP request:\n```\n{\"type\": \"SETUP\", \"version\": \"3.0\"}\n```\n\nA CANCEL request:\n```\n{\"type\": \"CANCEL\", \"version\": \"3.0\"}\n```\n\nA HANGUP request to end the call\n```\n{\"type\": \"HANGUP\"}\n```\n\n## Replies\n\nAn OK reply:\n```\n{\"kind\": \"OK\"}\n```\n\nA FAIL reply:\n```\n{\"kind\": \"FAIL\"}\n```\n",
		want: []string{"Type: SETUP CANCEL HANGUP"},
	}, {
		name: "an example whose placeholder for a key's value runs over lines listing the values, each a token, a dash and its gloss, gives the key's enum",
		src:  "## Запрос\n\n```\n{\n\"phone\": \"<номер>\",\n\"call_stage\": \"<Стадия звонка. Один из вариантов:\nconversation_requested - запрос разговора;\ncall_ended - завершение звонка>\"\n}\n```\n",
		want: []string{"CallStage: conversation_requested call_ended"},
	}, {
		name: "a table of codes beside a Label column lists the labels with their codes, named after the identifier a heading of options gives (DirectionCode Options)",
		src:  "### DirectionCode\n\nText.\n\n#### DirectionCode Options\n\n|Value|Label|\n|-----|-----|\n|1|Outgoing|\n|0|Incoming|\n",
		want: []string{"DirectionCode: Outgoing Incoming"},
	}, {
		name: "a field item whose text announces values over a nested list of bold labels, each described, lists those labels",
		src:  "## Fields\n\n- **Subject**: Enter the subject.\n- **Status**: Choose the status from the list:\n  - **Inbound**: Choose if the call is inbound.\n  - **Not Held**: Choose this if it did not happen.\n- **Start Date**: Pick the date.\n",
		want: []string{"Status: Inbound Not Held"},
	}, {
		name: "a lone definition under a heading whose term is a type's name in Pascal case, or whose text restates the heading, names the type: no value",
		src:  "## 呼叫方向\n\n`CallDirection`\n: 相对于座席的呼叫方向\n\n## Hold type\n\n`hold_type`\n: Hold type\n\n## Kinds\n\n`conference`\n: A conference.\n",
		want: []string{"Kind: conference"},
	}, {
		name: "a field glued to the end of the sentence before it (routed to.disposition) names the list its description gives",
		src:  "ring_to — filter by the number the call was routed to.disposition — filter by call outcomes. Accepted values: ANSWERED, NO ANSWER, BUSY, FAILED.\n",
		want: []string{"Disposition: ANSWERED NO ANSWER BUSY FAILED"},
	}, {
		name: "a table under a type's name in code and a What it means column lists the type's values",
		src:  "## Calls\n\n| `CallLifecycle` | What it means |\n|---|---|\n| `INIT` | created, not yet ringing |\n| `RINGING` | ringing; answer it |\n",
		want: []string{"CallLifecycle: INIT RINGING"},
	}, {
		name: "code spans in brackets with arrows between them (the states a thing moves through) or slashes are values, named after the field in code before them and the type the sentence speaks of",
		src:  "## Conferences\n\nA `Conference` has a `members` list and a `state`\n(`created` → `finishing` → `finished`).\n\nEach `ConferenceMember` carries a `state` (`pending` → `added` → `removed`, or `failed`).\n\nEach message has a `status` — a display-only string (`received` / `sent` / `failed`).\n",
		want: []string{"ConferenceState: created finishing finished", "ConferenceMemberState: pending added removed failed", "Status: received sent failed"},
	}, {
		name: "under a method's signature, the options or parameters a list or a sentence names are the call's, no values; a parameter's heading and type is no signature",
		src:  "#### Account.call(uri, options={})\n\nStart a call. Supported options:\n* pcConfig: configuration options.\n* localStream: the local stream.\n\n#### Connection.addAccount(options={}, cb=null)\n\nConfigures an account.  2 options are required: *account* (the ID) and *password*.\n\n#### dispatch_policy (int)\n\nThe policy. Options are:\n\n- **balancing** - even load\n- **full-load** - fill each agent\n",
		want: []string{"DispatchPolicy: balancing full-load"},
	}, {
		name:  "quoted examples in brackets after a word that is a key of the page's JSON are that key's values, with the strings the examples give it",
		src:   "# Webhooks\n\nEach task is identified by a verb (e.g. \"dial\", \"gather\", \"hangup\" etc) with its details.\n\n```json\n[\n  {\"verb\": \"say\", \"text\": \"hi\"},\n  {\"verb\": \"gather\"}\n]\n```\n",
		want:  []string{"Verb: dial gather hangup say"},
		diags: []string{`x.md:3: warning: the list of Verb is cut short ("...", "etc.", "and others" or examples); only the 3 values it names are kept`},
	}, {
		name: "a table of bold labels beside code, a cell holding two code spans, lists every code",
		src:  "#### Regional Endpoints\n| Region | Endpoint |\n| :--- | :--- |\n| **Asia (Default)** | `sbcsg.example.com` |\n| **Europe** | `sbcuk.example.com` |\n| **India** | `sbcind.example.com`, `sbcindncr.example.com` |\n",
		want: []string{"RegionalEndpoint: sbcsg.example.com sbcuk.example.com sbcind.example.com sbcindncr.example.com"},
	}, {
		name: "a field in code before its values in code each glossed (`INBOUND` = received) lists them; a later list is named after its own field, not the gloss that restates a value",
		src:  "## SMS\n\nEach message has an `id`, `direction`\n(`INBOUND` = received, `OUTBOUND` = sent), `text`, and a `state` — a string (`received` / `sent` / `failed`).\n",
		want: []string{"Direction: INBOUND OUTBOUND", "State: received sent failed"},
	}, {
		name: "a word processor's list copied to the margin (•, then o, then §) nests its levels again: the third level's values under the first level's field",
		src:  "## Types\n\n•Start – the start time.\n•Call type – the kind of call. The types are:\no Users' calls\n§ user_in – a user received a call\n§ user_out – a user placed a call\no Bots' calls\n§ ucap_in – a bot received a call\n",
		want: []string{"Type: user_in user_out ucap_in"},
	}, {
		name: "a column of one word in code each beside a column of numbers titled Value names the values; a list of transitions between states lists none",
		src:  "# Call_State\n\nThe allowed transitions are:\n\n- Pending_Initiator → Initialising (for outgoing calls)\n- any state → Ended (when the call is over)\n\n| suffix | value | description |\n| --- | --- | --- |\n| `Unknown` | `0` | Not known. |\n| `Pending_Initiator` | `1` | Not accepted yet. |\n| `Active` | `5` | Talking. |\n",
		want: []string{"CallState: Unknown Pending_Initiator Active"},
	}, {
		name: "a row struck out in CriticMarkup or with tildes is withdrawn, with a warning; icon shortcodes are no part of a column's title; a short label in Chinese names the table below it",
		src:  "# 数据格式\n\n呼叫状态的枚举值/文本定义表:\n\n| :material-variable: 枚举 | :material-alpha-t-box: 文本 | :material-note-text-outline: 说明 |\n| --- | --- | --- |\n| `1` | `CALLING` | 呼出开始 |\n| {--`2`--} | {--`INCOMING`--} | {--呼入邀请--} |\n| ~~`7`~~ | ~~`GONE`~~ | |\n| `3` | `EARLY` | 早媒体 |\n",
		want: []string{"呼叫状态: CALLING EARLY"},
		diags: []string{
			`x.md:8: warning: table row "{--2--}" is struck out; skipped`,
			`x.md:9: warning: table row "~~7~~" is struck out; skipped`,
		},
	}, {
		name: "a field's description ending in values in code, spaces between them, lists them; a formula of fields lists none",
		src:  "# CDR\n\nParameter | Description\n:--- | :---\ndirection | Call direction, `inbound` `outbound`\ntransport | Transport protocol `udp` `tcp` `tls`\nstatus | alias of `sip_resp_code`\nleg | Uses `a` `b`\n\n## Metrics\n\n* waiting time = `progress_time` - `start_time` or `progress_media_time` - `start_time`\n",
		want: []string{"Direction: inbound outbound", "Transport: udp tcp tls", "CDR{direction transport status leg}"},
	}, {
		name: "a line declaring an enum and nothing else titles the documentation below it",
		src:  "# Enumeration Type Documentation\n\nenum SIPX_CALLSTATE_MAJOR\n\nMajor call state events.\n\n|  |  |\n| --- | --- |\n| *NEWCALL* | A new call. |\n| *DIALTONE* | Dial tone. |\n\ntypedef enum SIPX_LINE_EVENT\n\n|  |  |\n| --- | --- |\n| *SIPX_LINE_EVENT_UNKNOWN* | Unknown. |\n| *SIPX_LINE_EVENT_REGISTERED* | Registered. |\n",
		want: []string{"SipxCallstateMajor: NEWCALL DIALTONE", "SipxLineEvent: SIPX_LINE_EVENT_UNKNOWN SIPX_LINE_EVENT_REGISTERED"},
	}, {
		name: "pipe rows copied as text: under a title of a call's input or output, names and their text are fields, quoted values each with its condition listed; under an Example title, no values",
		src:  "Mandatory arguments\nargument | description |\n_login | the user login |\n_password | the user password |\nReturned data\nstatus | \"ok\", if the operation completed without an error, \"error\", if an error occurred |\ndata | useful data, returned when status = \"ok\" |\nExample\nrequest | GET \"https://example.com/api\" |\nresponse | { \"status\" : \"ok\" } |\n",
		want: []string{"Status: ok error"},
	}, {
		name: "a second description column holds notes that may list a field's values: quoted and glossed, tokens with their meanings after colons, tokens glossed in ideographs; a field-titled column of labels beside codes lists the labels",
		src:  "## 查询任务\n\n### 请求参数说明\n\n名称| 必填|类型|说明|备注\n---|:-:|:-:|:-:|:-:\nsort_name|否|string|排序字段|ID：任务编号，NAME：任务名称，ENDTIME：任务结束时间|\nsort_order|否|string|排序字段方式|\"ASC\" 正序 \"DESC\" 倒序|\nrole||string|节点角色|robot话术customer客户\npage_size|否|int|页大小|最大值50，默认20|\n\n## 外呼结果说明\n\ntask_result| task_result_desc| 备注\n---|:-:|:-:\n-1 |超时|\n0  |成功|\n5  |用户正忙|  短忙音,长忙音\n",
		want: []string{"SortName: ID NAME ENDTIME", "SortOrder: ASC DESC", "Role: robot customer", "TaskResultDesc: 超时 成功 用户正忙", "查询任务{sort_name sort_order role page_size}"},
	}, {
		name: "a heading in Chinese of request parameters is generic: the call's heading above it names the model",
		src:  "## 创建外呼任务\n\n### 请求参数说明\n\n名称|必填|类型|说明\n---|---|---|---\ntask_name|是|string|任务名称\nline_num|是|string|线路号码\n",
		want: []string{"创建外呼任务{task_name line_num}"},
	}, {
		name: "a section titled by a field's description lists that field's values; a bracket of tokens, the last after a conjunction in any language, lists a field's values",
		src:  "# Events\n\n## Body\n\n| Parameter | Mô tả |\n| --- | --- |\n| callback_url | Domain Url |\n| event | SIP Call Event |\n| application | Phương thức gọi. (bao gồm dial, click2call, autodialer và autocall) |\n\n## SIP Call Event\n\n| Parameter | Mô tả |\n| --- | --- |\n| hangup | Sự kiện khi cuộc gọi bị ngắt |\n| ringing | Sự kiện khi cuộc gọi được khởi tạo |\n",
		want: []string{"Application: dial click2call autodialer autocall", "SIPCallEvent: hangup ringing", "Events{callback_url event application}"},
	}, {
		name: "bold names in title case longer than a value, little words in lower case inside them, are values",
		src:  "# Strategy\n\n* **Round Robin:** Rings the Agent in position.\n* **Agent with Least Talk Time:** Rings the Agent who has spent the least time.\n* **Sequentially by Agent Order:** Rings Agents by order.\n",
		want: []string{"Strategy: Round Robin Agent with Least Talk Time Sequentially by Agent Order"},
	}, {
		name: "a fence never closed hides nothing after it; a fence of bullets, one a plus sign, holds a list; items setting a field to a quoted value give the values",
		src:  "# Start call\n\nResults:\n\n```\n+ message=\"INVALID_UUID\" (status = 0) : uid is invalid.\n+ message=\"MAX_RETRY\" (status = 3) : timeout.\n+ message=\"START_CALL_FAIL\" (status = 7) : failed\n```\n\n```\nimport x\n\n## Events\n\n- Action Name value:\n  - `OmiCallEvent.onMuted`: Audio changed.\n  - `OmiCallEvent.onSpeaker`: Audio changed.\n",
		want: []string{"ResultMessage: INVALID_UUID MAX_RETRY START_CALL_FAIL", "OmiCallEvent: onMuted onSpeaker"},
	}, {
		name: "a label among values over a list of its own names that list; a name with its number in brackets, a comma after it, is the name",
		src:  "# Events\n\n- Action Name value:\n    - `onCallStateChanged`: Call state changed.\n    - `onSwitchboardAnswer`: Switchboard sip is listening.\n    - List status call:\n      + unknown(0),\n      + calling(1),\n      + disconnected(6);\n",
		want: []string{"Event: onCallStateChanged onSwitchboardAnswer", "StatusCall: unknown calling disconnected"},
	}, {
		name: "headings in code under a title about events that the text calls objects name objects, no values",
		src:  "# CDR log event\n\nThe payload contains the following properties.\n\n## `call`\n\nThe `call` object contains the following properties.\n\n## `warnings_and_errors`\n\nThe warnings_and_errors object contains warnings.\n",
		want: nil,
	}, {
		name: "a line giving a section the type enum makes its table of properties and values its members",
		src:  "## ErrorCode\n\n类型: `enum`\n\n- **成员**\n\n  | 属性 | 值 | 描述 |\n  | :-- | :-- | :-- |\n  | INVALID_ENGINE | `'INVALID_ENGINE'` | 参数不合法。 |\n  | TOKEN_EXPIRED | `'TOKEN_EXPIRED'` | Token 过期。 |\n",
		want: []string{"ErrorCode: INVALID_ENGINE TOKEN_EXPIRED"},
	}, {
		name: "a glued header may end in a description title of several words",
		src:  "Quick index\n\nEvent typeWhen it fires\nmessage.receivedAn inbound SMS was received.\ncall.ringingA call started ringing.\ncall.missedAn incoming call ended without being answered.\n",
		want: []string{"EventType: message.received call.ringing call.missed"},
	}, {
		name: "a label in code with its wire in code in brackets after it gives the wire",
		src:  "# Automations\n\nRepeat for other activity types:\n- `After email create` (`email_create`)\n- `After chat close` (`web_close`)\n- `After SMS create` (`sms_create`)\n",
		want: []string{"ActivityType: email_create web_close sms_create"},
	}, {
		name: "a column titled by a field in code beside codes lists its messages in code, slashes between alternatives; placeholders and patterns are skipped",
		src:  "## Error codes\n\n| Code | `status` | Cause |\n| --- | --- | --- |\n| `201` | `No text` | No text provided. |\n| `210` | `TTS … not permitted` | Voice provider not allowed. |\n| `250` | `<MakeCall status>` | Raw response. |\n| `290` | `Inform agent ID` / `Agent is not valid` | Agent needed. |\n",
		want: []string{"Status: No text Inform agent ID Agent is not valid"},
		diags: []string{
			`x.md:6: warning: table row value "TTS … not permitted" is a placeholder; skipped`,
			`x.md:7: warning: table row value "<MakeCall status>" is a placeholder; skipped`,
		},
	}, {
		name: "lines each a bold label holding its separator under a short label line are that label's values",
		src:  "# Call block\n\nAction:\n**Reject-** Will reject the call\n**Busy:** Will send a busy signal\n**Hold-** Will put the call on hold\n",
		want: []string{"Action: Reject Busy Hold"},
	}, {
		name: "braces glued to an example's fences end the example; a definition whose text ends announcing values names the list below it, under Parameters too",
		src:  "# Users\n\n### Response\n```{\n    \"strategy\": \"ringallv2\"\n}```\n\n### Parameters\n\nstrategy (**Ring Strategy**)\n: *string* - Valid options are as follows:\n1. ringallv2 - ring primary extension\n2. ringall - ring all available channels\n3. hunt - take turns\n\ngrptime (**Ring Time**)\n: *integer* - Time in seconds.\n",
		want: []string{"Strategy: ringallv2 ringall hunt"},
	}, {
		name: "a line of a label naming values, a spaced dash and three tokens or more lists them; a field's flag before the label is no part of the name",
		src:  "# Check\n\nNo request to specific parameters order\n\nOptional extension state – Idle, InUse, Ringing, Disconnected\n\nChannel – Call channel name and number\n",
		want: []string{"ExtensionState: Idle InUse Ringing Disconnected"},
	}, {
		name:  "a column titled Parameter beside placeholders names parameters, no values",
		src:   "## TTS placeholders\n\n| Placeholder | Parameter |\n| --- | --- |\n| `<NOME>` / `<NAME>` | `nome` |\n| `<EXTRA1>` | `extra1` |\n| `<COD_CLI>` | `cod_cli` |\n",
		want:  nil,
		diags: []string{`x.md:3: warning: table (placeholder | parameter) lists nothing docenum reads as values or fields; check it by hand`},
	}, {
		name: "a label of capitalised words with its abbreviation in brackets is the label",
		src:  "# Agent states\n\n1. LoggedOut\n2. Idle\n3. Do Not Disturb (DND)\n4. Make Busy (MKB)\n5. System Make Busy\n",
		want: []string{"AgentState: LoggedOut Idle Do Not Disturb Make Busy System Make Busy"},
	}, {
		name: "value in a blockquote",
		src:  "# Cause\n\n> - `busy`: busy\n",
		want: []string{"Cause: busy"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Extract("x.md", []byte(tt.src), Options{})
			assert.Equal(t, tt.want, wires(r))
			assert.Equal(t, tt.diags, diagStrings(r))
		})
	}
}

func TestExtractLines(t *testing.T) {
	src := "---\ntitle: x\n---\n\n# Cause\n\nWhy calls end.\n\n| Cause | Description |\n|---|---|\n| busy | The line\\_was busy. |\n"
	r := Extract("x.md", []byte(src), Options{})
	require.Len(t, r.Enums, 1)
	e := r.Enums[0]
	assert.Equal(t, 5, e.Line, "an enum is at its heading")
	assert.Equal(t, "Why calls end.", e.Description)
	require.Len(t, e.Values, 1)
	assert.Equal(t, &spec.Value{Wire: "busy", Description: "The line_was busy.", Line: 11}, e.Values[0])
}

func TestExtractLineCodes(t *testing.T) {
	r := Extract("x.md", []byte("# Status\n\n0 - Failed: No answer.\n\n1 - Success: Executed with success.\n\n4 - Not Called: Not called yet.\n"), Options{})
	require.Len(t, r.Enums, 1)
	e := r.Enums[0]
	require.Len(t, e.Columns, 1, "the codes are kept as a column of the enum")
	assert.Equal(t, "code", e.Columns[0].Name)
	require.Len(t, e.Values, 3)
	assert.Equal(t, "Not Called", e.Values[2].Wire)
	assert.Equal(t, codeDatum("4"), e.Values[2].Data["code"])
}

func TestExtractUnknownFormat(t *testing.T) {
	r := Extract("x.md", []byte("# x\n"), Options{Format: "pdf"})
	assert.Equal(t, []string{`x.md: unknown format "pdf" (want auto, markdown, glued, fields, rst, html, asciidoc or openapi)`}, diagStrings(r))
	assert.True(t, r.Diags.HasErrors())
}

func TestExtractMergesSections(t *testing.T) {
	src := "# Cause\n\n| Cause | Description |\n|---|---|\n| busy | Busy. |\n\n# Cause\n\n- `busy`: again\n- `failed`: failed\n"
	r := Extract("x.md", []byte(src), Options{})
	assert.Equal(t, []string{"Cause: busy failed"}, wires(r))
	assert.Equal(t, []string{`x.md:9: warning: value "busy" of Cause is listed again (first at line 5); kept once`}, diagStrings(r))
}

func TestExtractDeterministic(t *testing.T) {
	src := []byte("# Cause\n\n- `busy`: busy\n- `failed`: failed\n\n# Leg\n\n| Name | Type |\n|---|---|\n| id | str |\n")
	first, err := spec.Marshal(&spec.File{Vendor: "x", Enums: Extract("x.md", src, Options{}).Enums})
	require.NoError(t, err)
	for range 5 {
		again, err := spec.Marshal(&spec.File{Vendor: "x", Enums: Extract("x.md", src, Options{}).Enums})
		require.NoError(t, err)
		assert.Equal(t, string(first), string(again))
	}
}

// A table of request parameters gives its enums but no payload model; a
// callback's table gives both.
func TestRequestTablesAreNoPayload(t *testing.T) {
	table := "| Field | Type | Description |\n|---|---|---|\n| `direction` | string | One of `inbound`, `outbound`. |\n"
	r := Extract("x.md", []byte("# Calls\n\n## Request parameters\n\n"+table), Options{})
	assert.Equal(t, []string{"Direction: inbound outbound"}, wires(r))
	r = Extract("x.md", []byte("# Call\n\n## Callback parameters\n\n"+table), Options{})
	assert.Equal(t, []string{"Direction: inbound outbound", "Call{direction}"}, wires(r))
}

// Dotted paths are nested objects: each step is a model of its own.
func TestDottedFieldsNest(t *testing.T) {
	doc := "# Call hangup\n\n| Field | Type | Description |\n|---|---|---|\n" +
		"| `data` | object | The event. |\n| `data.event_type` | enum: call.hangup | Type. |\n" +
		"| `data.payload.hangup_cause` | enum: busy, timeout | Why. |\n| `meta.attempt` | int | Attempt. |\n"
	r := Extract("x.md", []byte(doc), Options{})
	assert.Equal(t, []string{
		"EventType: call.hangup", "HangupCause: busy timeout",
		"CallHangup{data meta}", "CallHangupData{event_type payload}",
		"CallHangupDataPayload{hangup_cause}", "CallHangupMeta{attempt}",
	}, wires(r))
	assert.Equal(t, "CallHangupData", r.Models[0].Fields[0].Type)
}

// A field links an enum only when one is made for it: a description that
// starts with code but lists nothing gives neither.
func TestFieldLinksOnlyItsEnum(t *testing.T) {
	doc := "# Call\n\n| Field | Type | Description |\n|---|---|---|\n| `event` | string | `call.hangup` is sent when the call ends. |\n"
	r := Extract("x.md", []byte(doc), Options{})
	require.Len(t, r.Models, 1)
	assert.Empty(t, r.Enums)
	assert.Empty(t, r.Models[0].Fields[0].Enum)
}

// A field whose enum is named after its object once another object's
// field of that name lists other values links the enum by its new name.
func TestFieldLinksRenamedEnum(t *testing.T) {
	doc := "## Greeting\n\n| Field | Type | Description |\n|---|---|---|\n| `type` | string | One of `start`, `redirect`, `hangup` or `dtmf`. |\n\n" +
		"## Reply\n\n| Field | Type | Description |\n|---|---|---|\n| `type` | string | One of `text`, `url`, `audio` or `dtmf`. |\n"
	r := Extract("x.md", []byte(doc), Options{})
	require.Len(t, r.Models, 2)
	links := map[string]string{}
	for _, m := range r.Models {
		links[m.Name] = m.Fields[0].Enum
	}
	assert.Equal(t, map[string]string{"Greeting": "GreetingType", "Reply": "ReplyType"}, links)
}

// Data a reader gives values without declaring its column (a field's
// values numbered in its description) is declared: generate rejects a
// spec whose values fill columns it does not name.
func TestUndeclaredDataDeclared(t *testing.T) {
	doc := "# Call\n\n| Field | Type | Description |\n|---|---|---|\n| `disposition` | int | 0 - ANSWERED - calls that were answered; 1 - BUSY - the line was busy |\n"
	r := Extract("x.md", []byte(doc), Options{})
	require.Len(t, r.Enums, 1)
	require.Len(t, r.Enums[0].Columns, 1)
	assert.Equal(t, "code", r.Enums[0].Columns[0].Name)
	assert.Equal(t, "int", r.Enums[0].Columns[0].Type)
}

// Lines of values read through a translation are the page's own lines.
func TestTranslatedLines(t *testing.T) {
	md := "# Cause\n\nIntro.\n\n<ul>\n<li><code>BUSY</code></li>\n<li><code>GONE</code></li>\n</ul>\n"
	r := Extract("x.md", []byte(md), Options{})
	require.Len(t, r.Enums, 1)
	assert.Equal(t, 6, r.Enums[0].Values[0].Line)
	assert.Equal(t, 7, r.Enums[0].Values[1].Line)

	rst := "Cause\n=====\n\nIntro text.\n\n.. note:: none\n\n- ``BUSY``: busy\n- ``GONE``: gone\n"
	r = Extract("x.rst", []byte(rst), Options{Format: RST})
	require.Len(t, r.Enums, 1)
	assert.Equal(t, 8, r.Enums[0].Values[0].Line)
	assert.Equal(t, 9, r.Enums[0].Values[1].Line)
}

// An AsciiDoc page's document attributes (:author: x) read as an RST
// field list too; its titles (== Calls) decide.
func TestAsciiDocBeforeRST(t *testing.T) {
	adoc := ":author: someone\n:email: a@b.c\n\n= Calls\n\n== Statuses\n\nStatus:: One of:\nIncoming::: In.\nHeld::: Done.\n"
	_, _, used, err := translate([]byte(adoc), Auto)
	require.NoError(t, err)
	assert.Equal(t, AsciiDoc, used)
	r := Extract("x.txt", []byte(adoc), Options{})
	require.Len(t, r.Enums, 1)
	assert.Equal(t, "Status", r.Enums[0].Name)
	assert.Equal(t, []string{"Incoming", "Held"}, []string{r.Enums[0].Values[0].Wire, r.Enums[0].Values[1].Wire})
}

func TestCodesKeptAsData(t *testing.T) {
	src := "# Cause\n\n| Q.850 Code | Name | Description |\n|---|---|---|\n| 16 | NORMAL_CLEARING | Normal |\n| 17 | USER_BUSY | Busy |\n| 5XX | OTHER | Any other |\n"
	r := Extract("x.md", []byte(src), Options{})
	require.Len(t, r.Enums, 1)
	e := r.Enums[0]
	require.Len(t, e.Columns, 1)
	assert.Equal(t, "q850_code", e.Columns[0].Name)
	assert.Equal(t, "int", e.Columns[0].Type)
	require.Len(t, e.Values, 3)
	assert.Equal(t, "16", e.Values[0].Data["q850_code"].Text)
	assert.Equal(t, "17", e.Values[1].Data["q850_code"].Text)
	assert.Contains(t, e.Values[2].Data, "q850_code")
	assert.Nil(t, e.Values[2].Data["q850_code"], "a class of codes (5XX) is no code of its own: an explicit none")
	assert.Equal(t, "value_code", codeName("Value"), "Value is a method every enum has")
	assert.Equal(t, "code", codeName("#"))
	assert.Equal(t, "código", codeName("Código"), "a letter with a mark is a letter")
	assert.Equal(t, "code", codeName("Код"), "a name must start with a Latin letter")
}
