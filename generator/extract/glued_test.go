package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// runGoldenCases runs every case of testdata/extract/<kind> (glued, fields,
// prose): parse turns the case's input.txt into a spec file, whose Vendor is
// set to the case name, and diagnostics, compared with want.yaml and
// want.warnings. go test -update rewrites the want files.
func runGoldenCases(t *testing.T, kind string, parse func(file string, lines []Line) (*spec.File, diag.List)) {
	inputs, err := filepath.Glob(filepath.Join(goldenDir, kind, "*", "input.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs, "no cases under %s", filepath.Join(goldenDir, kind))
	for _, in := range inputs {
		dir := filepath.Dir(in)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(in)
			require.NoError(t, err)
			f, diags := parse("input.txt", testLines(string(data)))
			f.Vendor = name
			got, err := spec.Marshal(f)
			require.NoError(t, err)
			compareGolden(t, filepath.Join(dir, "want.yaml"), string(got))
			compareGolden(t, filepath.Join(dir, "want.warnings"), diagText(diags))
		})
	}
}

// testLines splits a document into numbered lines.
func testLines(text string) []Line {
	text = strings.TrimSuffix(text, "\n")
	var lines []Line
	for i, s := range strings.Split(text, "\n") {
		lines = append(lines, Line{N: i + 1, Text: strings.TrimSuffix(s, "\r")})
	}
	return lines
}

// diagText prints diagnostics one per line, sorted.
func diagText(l diag.List) string {
	l.Sort()
	var b strings.Builder
	for _, d := range l {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestGluedGolden(t *testing.T) {
	runGoldenCases(t, "glued", func(file string, lines []Line) (*spec.File, diag.List) {
		enums, diags, ok := parseGlued(file, lines)
		assert.True(t, ok, "no glued table found")
		return &spec.File{Enums: enums}, diags
	})
}

func TestSplitGluedRow(t *testing.T) {
	tests := []struct {
		name, text string
		wire, desc string
		odd        bool // a warning is expected
		notRow     bool
	}{
		// All-caps values: the value ends at the last capital before the
		// first lower-case letter.
		{name: "acronym", text: "IVRIncoming Call Status when ...", wire: "IVR", desc: "Incoming Call Status when ..."},
		{name: "hyphen", text: "IVR-ANSWERIncoming Call Status.", wire: "IVR-ANSWER", desc: "Incoming Call Status."},
		{name: "answer", text: "ANSWERIncoming call status: Agent", wire: "ANSWER", desc: "Incoming call status: Agent"},
		{name: "for", text: "MISWIGFor missed call.", wire: "MISWIG", desc: "For missed call."},
		{name: "dnd", text: "DNDOutgoing call status", wire: "DND", desc: "Outgoing call status"},
		{name: "long word", text: "NOTALLOWEDSubscriber country", wire: "NOTALLOWED", desc: "Subscriber country"},
		{name: "hyphen word", text: "OFF-HOURIncoming call status", wire: "OFF-HOUR", desc: "Incoming call status"},
		{name: "digit", text: "BUSY_LEG1Outgoing Call status.", wire: "BUSY_LEG1", desc: "Outgoing Call status."},
		{name: "channel", text: "BUSY_CHANNEL1The first dialled number", wire: "BUSY_CHANNEL1", desc: "The first dialled number"},
		{name: "no word", text: "NOROUTENo dialling route", wire: "NOROUTE", desc: "No dialling route"},
		{name: "nbsp after value", text: "NOANSWER_LEG2\u00a0 Outgoing Call status. If", wire: "NOANSWER_LEG2", desc: "Outgoing Call status. If"},
		{name: "nbsp in text", text: "FAILEDIncoming call status:\u00a0 Agent number", wire: "FAILED", desc: "Incoming call status: Agent number"},
		{name: "digits only", text: "486Busy here.", wire: "486", desc: "Busy here."},
		{name: "dotted upper", text: "SIP.486The callee was busy.", wire: "SIP.486", desc: "The callee was busy."},
		{name: "value alone", text: "BUSY", wire: "BUSY"},
		{name: "spaced", text: "  BUSY    The line is busy.  ", wire: "BUSY", desc: "The line is busy."},
		{name: "tab", text: "NO_ANSWER\tThe callee did not answer.", wire: "NO_ANSWER", desc: "The callee did not answer."},
		{name: "zero width space", text: "CANCEL \u200bThe caller hung up.", wire: "CANCEL", desc: "The caller hung up."},
		{name: "article A", text: "BUSYA call was busy.", wire: "BUSY", desc: "A call was busy.", odd: true},
		{name: "value ending in A", text: "QUOTA exceeded", wire: "QUOT", desc: "A exceeded", odd: true},
		{name: "odd description", text: "REJECTED   (see below)", wire: "REJECTED", desc: "(see below)", odd: true},
		{name: "lower description", text: "SIP 486 returned", wire: "SIP", desc: "486 returned", odd: true},
		{name: "trailing junk", text: "UNKNOWN...", wire: "UNKNOWN", odd: true},
		{name: "underscore before word", text: "BUSY_The line", wire: "BUSY", desc: "The line"},

		// Lower-case values: the description starts at the first capital.
		{name: "lower", text: "busyThe destination is busy", wire: "busy", desc: "The destination is busy"},
		{name: "lower hyphen", text: "no-answerThe callee did not answer", wire: "no-answer", desc: "The callee did not answer"},
		{name: "lower hyphen 2", text: "callback-errorThe callback failed", wire: "callback-error", desc: "The callback failed"},
		{name: "dotted", text: "transfer.noanswerThe transfer target", wire: "transfer.noanswer", desc: "The transfer target"},
		{name: "lower digit", text: "sip486The carrier returned", wire: "sip486", desc: "The carrier returned"},
		{name: "lower acronym", text: "busyIVR answered", wire: "busy", desc: "IVR answered"},
		{name: "lower hyphen word", text: "busyNo-one answered", wire: "busy", desc: "No-one answered"},
		{name: "lower nbsp", text: "rejected\u00a0The callee rejected", wire: "rejected", desc: "The callee rejected"},
		{name: "lower alone", text: "busy", wire: "busy"},

		// camelCase values: the description starts at the capitalised word
		// that ends the glued token.
		{name: "camel", text: "bridgeCompleteThe target hung up.", wire: "bridgeComplete", desc: "The target hung up."},
		{name: "camel one letter", text: "transferAnswerA transfer target answered.", wire: "transferAnswer", desc: "A transfer target answered."},
		{name: "camel glued punct", text: "dtmfThe, digits", wire: "dtmf", desc: "The, digits"},
		{name: "camel spaced", text: "machineDetectionComplete Answering machine", wire: "machineDetectionComplete", desc: "Answering machine"},
		{name: "camel acronym next", text: "dtmfThe DTMF digits", wire: "dtmf", desc: "The DTMF digits"},
		{name: "camel capital end", text: "legA The first leg", wire: "legA", desc: "The first leg"},

		// Not rows.
		{name: "title word", text: "Outgoing call status: Leg1 and Leg2", notRow: true},
		{name: "sentence", text: "Outgoing Call status. When Leg1 only not answered the call", notRow: true},
		{name: "leg", text: "Leg1 disconnected", notRow: true},
		{name: "lower prose", text: "and the call was dropped.", notRow: true},
		{name: "lower fragment", text: "connected.", notRow: true},
		{name: "abbreviation", text: "e.g. something", notRow: true},
		{name: "all caps then lower", text: "IVR flow was configured", wire: "IVR", desc: "flow was configured", odd: true},
		{name: "one letter", text: "A call was made.", notRow: true},
		{name: "dash", text: "- BUSY the line", notRow: true},
		{name: "numbered", text: "1. First step", notRow: true},
		{name: "mixed digit", text: "LEG1outgoing", notRow: true},
		{name: "label", text: "NOTE: this applies", notRow: true},
		{name: "one char", text: "iPhone users", notRow: true},
		{name: "empty", text: "", notRow: true},
		{name: "link", text: "[Back to top]", notRow: true},
		{name: "non ascii", text: "Échec de l'appel", notRow: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := splitGluedRow(tt.text, gluedLayout{})
			if tt.notRow {
				assert.False(t, ok, "read as row %+v", r)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.wire, r.wire)
			assert.Equal(t, tt.desc, r.desc)
			assert.Equal(t, tt.odd, r.odd != "", "odd: %q", r.odd)
		})
	}
}

// TestSplitGluedRowLayout pins how a table's earlier rows decide rows that
// are ambiguous alone.
func TestSplitGluedRowLayout(t *testing.T) {
	upper := gluedLayout{style: gluedUpperStyle}
	_, ok := splitGluedRow("and Leg2 disconnected", upper)
	assert.False(t, ok, "a lower-case word in an all-caps table is a wrapped line")
	_, ok = splitGluedRow("busy The line", upper)
	assert.False(t, ok)
	r, ok := splitGluedRow("busyThe line", upper)
	assert.True(t, ok, "a glued row is a row in any table")
	assert.Equal(t, "busy", r.wire)

	lower := gluedLayout{style: gluedLowerStyle}
	_, ok = splitGluedRow("IVR Answered the call", lower)
	assert.False(t, ok)

	// "bridgeCompleteThe Bridge ..." alone reads as a whole value followed
	// by "Bridge"; once another description started with "The", The splits.
	r, _ = splitGluedRow("bridgeCompleteThe Bridge number hung up.", gluedLayout{})
	assert.Equal(t, "bridgeCompleteThe", r.wire, "documented limit without context")
	r, _ = splitGluedRow("bridgeCompleteThe Bridge number hung up.", gluedLayout{starts: map[string]bool{"The": true}})
	assert.Equal(t, "bridgeComplete", r.wire)
	assert.Equal(t, "The Bridge number hung up.", r.desc)
}

func TestGluedHeader(t *testing.T) {
	tests := []struct {
		text, title string
		glued, ok   bool
	}{
		{"Call StatusDescription", "Call Status", true, true},
		{"Call statusDescription", "Call status", true, true},
		{"call statusDescription", "", true, false},
		{"StatusMeaning", "Status", true, true},
		{"Event TypeDetails", "Event Type", true, true},
		{"Status CodeShort Description", "Status Code", true, true},
		{"  Call Status\t\tDescription  ", "Call Status", false, true},
		{"Cause Description", "Cause", false, true},
		{"StatusDescrição", "Status", true, true}, // titles in Portuguese
		{"CampoTipoDescrição", "CampoTipo", true, true},
		{"EstadoSignificado", "Estado", true, true},
		{"StatusDescrizione", "Status", true, true}, // Italian
		{"Call StatusValue", "", true, false},
		{"Using WebSockets", "", true, false},
		{"Description", "", false, false},
		{"The following are the call statuses with their descriptions:", "", false, false},
		{"NOANSWERThe call was not answered", "", false, false},
		{"Call Status Code Value Type Extra Description", "", false, false},
		// All-caps titles glued without a case change.
		{"ATTRIBUTEDESCRIPTION", "ATTRIBUTE", true, true},
		{"CALL STATUSDESCRIPTIONS", "CALL STATUS", true, true},
		{"CAUSEMEANING", "CAUSE", true, true},
		{"IDDESCRIPTION", "", false, false},
		{"BUSYNOANSWER", "", false, false},
		{"ATTRIBUTE2DESCRIPTION", "", false, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			title, glued, ok := gluedHeader(tt.text)
			assert.Equal(t, tt.ok, ok)
			if tt.ok {
				assert.Equal(t, tt.title, title)
				assert.Equal(t, tt.glued, glued)
			}
		})
	}
}

// TestSplitGluedTitleRow pins the rows whose value starts with a capital
// and goes on in lower case (splitGluedTitleRow): read below a header only.
func TestSplitGluedTitleRow(t *testing.T) {
	table := gluedLayout{table: true}
	tests := []struct {
		name, text string
		lay        gluedLayout
		wire, desc string
		notRow     bool
	}{
		{name: "one word", text: "CallerThe call was hung up by the caller.", lay: table, wire: "Caller", desc: "The call was hung up by the caller."},
		{name: "sentence case", text: "Call recipientThe call was hung up by the callee.", lay: table, wire: "Call recipient", desc: "The call was hung up by the callee."},
		{name: "acronym first", text: "API RequestThe call was ended by the API.", lay: table, wire: "API Request", desc: "The call was ended by the API."},
		{name: "acronym glued", text: "Answer XMLThe call was hung up by XML.", lay: table, wire: "Answer XML", desc: "The call was hung up by XML."},
		{name: "same word", text: "VendorVendor initiated the hangup.", lay: table, wire: "Vendor", desc: "Vendor initiated the hangup."},
		{name: "article", text: "CallSidLegacyA unique identifier.", lay: table, wire: "CallSidLegacy", desc: "A unique identifier."},
		{name: "two letters", text: "ToThe inbound callee number.", lay: table, wire: "To", desc: "The inbound callee number."},
		{name: "comma", text: "ErrorHowever, it failed.", lay: table, wire: "Error", desc: "However, it failed."},
		{name: "title table", text: "UnknownThe source is unknown.", lay: gluedLayout{table: true, style: gluedTitleStyle}, wire: "Unknown", desc: "The source is unknown."},

		{name: "outside a table", text: "CallerThe call was hung up.", notRow: true},
		{name: "lower-case table", text: "CallerThe call was hung up.", lay: gluedLayout{table: true, style: gluedLowerStyle}, notRow: true},
		{name: "all caps", text: "BUSYThe line was busy.", lay: table, notRow: true},
		{name: "caps and article", text: "Answer XMLA call.", lay: table, notRow: true},
		{name: "sentence start", text: "The DialStatus tells why.", lay: gluedLayout{table: true, starts: map[string]bool{"The": true}}, notRow: true},
		{name: "no description", text: "CallStatus", lay: table, notRow: true},
		{name: "one word description", text: "See DialStatus", lay: table, notRow: true},
		{name: "four words", text: "Outgoing call to the CallerThe end.", lay: table, notRow: true},
		{name: "punctuation", text: "Outgoing: the LineBusy flag.", lay: table, notRow: true},
		{name: "glued word goes on", text: "CallStatusValues are listed.", lay: table, wire: "CallStatus", desc: "Values are listed."},
		{name: "digits", text: "Leg2The second leg.", lay: table, notRow: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Other rules may read the line (BUSYThe ...); the title rule
			// must not.
			r, ok := splitGluedRow(tt.text, tt.lay)
			ok = ok && r.style == gluedTitleStyle
			if tt.notRow {
				assert.False(t, ok, "read as title row %+v", r)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.wire, r.wire)
			assert.Equal(t, tt.desc, r.desc)
		})
	}
}

// TestGluedTitleTable reads a table of title-case rows: without the title
// rule its rows were nameless and "API RequestThe ..." gave the value API.
func TestGluedTitleTable(t *testing.T) {
	values, warnings, ok := gluedCase(t, "Hangup SourceDescription\nCallerThe caller hung up.\nCall recipientThe callee hung up.\nAPI RequestThe call was ended by the API.\nThe request came from the REST API.\nAnswer XMLThe XML document hung up.")
	assert.True(t, ok)
	assert.Equal(t, []string{
		"Caller=The caller hung up.@2",
		"Call recipient=The callee hung up.@3",
		"API Request=The call was ended by the API. The request came from the REST API.@4",
		"Answer XML=The XML document hung up.@6",
	}, values)
	assert.Empty(t, warnings)

	// A table of all-caps rows keeps reading rows separated by white space.
	values, _, _ = gluedCase(t, "StatusDescription\nBUSYThe line was busy.\nNOANSWER_LEG2  Outgoing Call status.")
	assert.Equal(t, []string{"BUSY=The line was busy.@2", "NOANSWER_LEG2=Outgoing Call status.@3"}, values)

	// A table copied a cell a line: the type line below a value is its
	// Type cell, no value.
	values, warnings, _ = gluedCase(t, "StatusDescription\nBUSY\nstring\nThe line was busy.\nNOANSWER\nString\nNo one answered.")
	assert.Equal(t, []string{"BUSY=The line was busy.@2", "NOANSWER=No one answered.@5"}, values)
	assert.Empty(t, warnings)
}

// TestGluedQuotedRows pins rows of a constant's name, its quoted wire and
// its description, glued or with bars: the quotes tell the cells apart.
func TestGluedQuotedRows(t *testing.T) {
	values, warnings, ok := gluedCase(t, "AccessNameMeaning\nCONNECT_SUCCESS'Connect.Success'When the publisher has connected.\n`CONNECT_FAILURE | 'Connect.Failure' | When it has failed.\nPUBLISH_START'Publish.Start'When it has started.")
	assert.True(t, ok)
	assert.Equal(t, []string{"Connect.Success=When the publisher has connected.@2", "Connect.Failure=When it has failed.@3", "Publish.Start=When it has started.@4"}, values)
	assert.Empty(t, warnings)
}

// TestGluedTitledRows pins glued rows right under a title about values,
// the header lost: compound tokens or constants only.
func TestGluedTitledRows(t *testing.T) {
	values, _, ok := gluedCase(t, "Eventi disponibili\ncall.startedUna nuova chiamata è iniziata\ncall.failedLa chiamata è fallita\ntranscript.readyLa trascrizione è disponibile\n\nConfigurazione")
	assert.True(t, ok)
	assert.Equal(t, []string{"call.started=Una nuova chiamata è iniziata@2", "call.failed=La chiamata è fallita@3", "transcript.ready=La trascrizione è disponibile@4"}, values)

	_, _, ok = gluedCase(t, "Call events\nbusyThe line was busy.\nidleThe line is idle.\ndoneIt is done.")
	assert.False(t, ok, "plain words glued to a capital may be prose")
	_, _, ok = gluedCase(t, "Call statuses\nBUSY The line was busy.\nIDLE The line is idle.\nDONE It is done.")
	assert.False(t, ok, "values set apart by a space are no glued table")
}

// TestGluedFieldTable pins tables whose first column holds fields: their
// rows are no values, the values a field's description lists inline are.
func TestGluedFieldTable(t *testing.T) {
	text := "ATTRIBUTEDESCRIPTION\nAccountSidA unique identifier for the account.\nCallStatusA descriptive status for the call. Possible options: completed, no-answer, busy or failed.\nToThe callee number."
	enums, diags, ok := parseGlued("t.txt", testLines(text))
	require.True(t, ok)
	assert.Empty(t, diags)
	require.Len(t, enums, 1)
	assert.Equal(t, "CallStatus", enums[0].Name)
	assert.Equal(t, 3, enums[0].Line)
	var wires []string
	for _, v := range enums[0].Values {
		wires = append(wires, v.Wire)
		assert.Equal(t, 3, v.Line)
	}
	assert.Equal(t, []string{"completed", "no-answer", "busy", "failed"}, wires)

	// A title-case header naming fields works the same way.
	enums, _, ok = parseGlued("t.txt", testLines("Parameter NameDescription\nDirectionThe direction. One of inbound, outbound-api or outbound-dial."))
	require.True(t, ok)
	require.Len(t, enums, 1)
	assert.Equal(t, "Direction", enums[0].Name)
	assert.Len(t, enums[0].Values, 3)

	// Rows that name a payload's fields (eventTime, agent_id, caller_id)
	// are fields, whatever the first title says.
	enums, _, ok = parseGlued("t.txt", testLines("EventDescription\neventTimeTime of the event.\nagent_idID of the agent.\ncaller_idCaller ID.\ndirectionOne of inbound, outbound or internal."))
	require.True(t, ok)
	require.Len(t, enums, 1)
	assert.Equal(t, "Direction", enums[0].Name)

	// An all-caps header needs a row below it: a line of capitals alone may
	// be a value.
	for _, text := range []string{"CALLDETAILS", "CALLDETAILS\nsome prose", "BUSYNOTE\n\nBUSYThe line."} {
		_, ok := gluedHeaderAt(testLines(text), 0)
		assert.False(t, ok, "%q", text)
	}
}

func TestGluedLead(t *testing.T) {
	tests := []struct {
		text, lead string
		ok         bool
	}{
		{"Outgoing Call status. When Leg1", "outgoing call", true},
		{"Outgoing call status: Leg1", "outgoing call", true},
		{"Outbound: the first leg", "outbound", true},
		{"Incoming Call Status when", "incoming call", true},
		{"The call was rejected.", "the call", true},
		{"Deprecated.", "deprecated", true},
		{"(Leg1) answered", "", false},
		{"within the ring time.", "", false},
	}
	for _, tt := range tests {
		lead, ok := gluedLead(tt.text)
		assert.Equal(t, tt.ok, ok, tt.text)
		assert.Equal(t, tt.lead, lead, tt.text)
	}
}

// gluedCase parses a table given as lines from 1 and returns each value as
// "WIRE=description@line" and each warning as "line: message".
func gluedCase(t *testing.T, text string) (values, warnings []string, ok bool) {
	t.Helper()
	enums, diags, ok := parseGlued("t.txt", testLines(text))
	for _, e := range enums {
		for _, v := range e.Values {
			values = append(values, fmt.Sprintf("%s=%s@%d", v.Wire, v.Description, v.Line))
		}
	}
	for _, d := range diags {
		warnings = append(warnings, fmt.Sprintf("%d: %s", d.Pos.Line, d.Msg))
	}
	return values, warnings, ok
}

// TestGluedContinuations pins the rule that separates a continuation line
// from a row whose value name was lost.
func TestGluedContinuations(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		values   []string
		warnings []string
	}{{
		name: "other label continues",
		text: "StatusDescription\nANSWERIncoming call status: agent answered.\nOutgoing call status: both legs answered.",
		values: []string{
			"ANSWER=Incoming call status: agent answered. Outgoing call status: both legs answered.@2",
		},
	}, {
		name:     "same label as the row is a nameless row",
		text:     "StatusDescription\nNOANSWER_LEG2Outgoing Call status. If Leg2 did not answer.\nOutgoing Call status. When Leg1 did not answer\nFAILED_LEG2Outgoing Call status. When Leg2 failed",
		values:   []string{"NOANSWER_LEG2=Outgoing Call status. If Leg2 did not answer.@2", "FAILED_LEG2=Outgoing Call status. When Leg2 failed@4"},
		warnings: []string{`3: row has no value name; add it to the spec by hand: "Outgoing Call status. When Leg1 did not answer"`},
	}, {
		name:     "one continuation per label",
		text:     "StatusDescription\nANSWERIncoming: agent answered.\nOutgoing: both legs answered.\nOutgoing: the first leg answered.",
		values:   []string{"ANSWER=Incoming: agent answered. Outgoing: both legs answered.@2"},
		warnings: []string{`4: row has no value name; add it to the spec by hand: "Outgoing: the first leg answered."`},
	}, {
		name:   "wrapped lower-case line always continues",
		text:   "StatusDescription\nBUSYOutgoing: the line was busy\noutgoing: and it stayed busy.",
		values: []string{"BUSY=Outgoing: the line was busy outgoing: and it stayed busy.@2"},
	}, {
		name:     "nameless row keeps its continuation",
		text:     "StatusDescription\nBUSYThe line was busy.\nThe line was busy on leg 2,\nafter leg 1 answered.\nFAILEDThe call failed.",
		values:   []string{"BUSY=The line was busy.@2", "FAILED=The call failed.@5"},
		warnings: []string{`3: row has no value name; add it to the spec by hand: "The line was busy on leg 2, after leg 1 answered."`},
	}, {
		name:     "text before the first row is nameless",
		text:     "StatusDescription\nThe call was answered.\nBUSYThe line was busy.",
		values:   []string{"BUSY=The line was busy.@3"},
		warnings: []string{`2: row has no value name; add it to the spec by hand: "The call was answered."`},
	}, {
		name:   "different sentence continues",
		text:   "StatusDescription\nCANCELThe caller hung up.\nBilling is not affected.",
		values: []string{"CANCEL=The caller hung up. Billing is not affected.@2"},
	}, {
		name:     "junk ends the table",
		text:     "StatusDescription\nBUSYThe line was busy.\n[Back to top]\nRelated articles\n\nMore prose.",
		values:   []string{"BUSY=The line was busy.@2"},
		warnings: []string{`3: line does not continue table Status; ignored: "[Back to top]"`, `4: line does not continue table Status; ignored: "Related articles"`},
	}, {
		name:     "duplicate",
		text:     "StatusDescription\nBUSYThe line was busy.\nBUSYThe line was busy again.\nThe second line.",
		values:   []string{"BUSY=The line was busy.@2"},
		warnings: []string{"3: duplicate value BUSY (first at line 2); row ignored"},
	}, {
		name:   "blank line ends the table",
		text:   "StatusDescription\nBUSYThe line was busy.\n\nThe following text is prose.",
		values: []string{"BUSY=The line was busy.@2"},
	}, {
		name:   "two tables",
		text:   "StatusDescription\nBUSYThe line was busy.\nReasonMeaning\nbusyThe callee was busy.",
		values: []string{"BUSY=The line was busy.@2", "busy=The callee was busy.@4"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			values, warnings, ok := gluedCase(t, tt.text)
			assert.True(t, ok)
			assert.Equal(t, tt.values, values)
			assert.Equal(t, tt.warnings, warnings)
		})
	}
}

func TestParseGluedNotATable(t *testing.T) {
	for _, text := range []string{
		"",
		"Some prose.\nMore prose.",
		"Call Status Description\nThe values follow.",
		"| Name | Description |\n|---|---|\n| BUSY | The line is busy |",
		"Name Type Description Notes\nevent_type str The event type. [optional]",
	} {
		enums, diags, ok := parseGlued("t.txt", testLines(text))
		assert.False(t, ok, "%q", text)
		assert.Empty(t, enums)
		assert.Empty(t, diags)
	}
}

func TestParseGluedEnum(t *testing.T) {
	text := "Every call has one of 3 call statuses.\n\nCall StatusDescription\nBUSYThe line was busy.\nFAILEDThe call failed."
	enums, diags, ok := parseGlued("docs/x.txt", testLines(text))
	require.True(t, ok)
	require.Len(t, enums, 1)
	e := enums[0]
	assert.Equal(t, "CallStatus", e.Name)
	assert.Equal(t, 3, e.Line)
	assert.Equal(t, 3, e.Count)
	require.Len(t, diags, 1)
	assert.Equal(t, "docs/x.txt:3: warning: the document states 3 values; table CallStatus lists 2", diags[0].String())
}

// Example_splitGluedRow shows how a glued row is split.
func Example_splitGluedRow() {
	for _, line := range []string{
		"IVR-ANSWERIncoming Call Status.",
		"NOANSWER_LEG2\u00a0 Outgoing Call status.",
		"callback-errorThe callback failed.",
		"bridgeCompleteThe target hung up.",
	} {
		r, _ := splitGluedRow(line, gluedLayout{})
		fmt.Printf("%s | %s\n", r.wire, r.desc)
	}
	// Output:
	// IVR-ANSWER | Incoming Call Status.
	// NOANSWER_LEG2 | Outgoing Call status.
	// callback-error | The callback failed.
	// bridgeComplete | The target hung up.
}

// TestSeedCasesMatchSources keeps the seed cases identical to the vendor
// documents they were copied from.
func TestSeedCasesMatchSources(t *testing.T) {
	for kase, source := range map[string]string{
		"glued/kaleyra":    "kaleyra.txt",
		"glued/kaleyraio":  "kaleyraio.txt",
		"fields/bandwidth": "bandwidth.txt",
	} {
		want, err := os.ReadFile(filepath.Join("../../specs/sources", source))
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join(goldenDir, kase, "input.txt"))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "%s/input.txt differs from specs/sources/%s; copy it again", kase, source)
	}
}

// fuzzSeeds are the documents every parser's fuzz test starts from.
func fuzzSeeds(f *testing.F) {
	for _, kind := range []string{"glued", "fields", "prose"} {
		inputs, _ := filepath.Glob(filepath.Join(goldenDir, kind, "*", "input.txt"))
		for _, in := range inputs {
			data, err := os.ReadFile(in)
			require.NoError(f, err)
			f.Add(string(data))
		}
	}
	f.Add("StatusDescription\nbusyThe line\u00a0\nThe line\n\n")
	f.Add("Name Type\nx list[[[ ]]] a [optional] [[")
}

func FuzzGlued(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, doc string) {
		lines := testLines(doc)
		enums, diags, ok := parseGlued("f.txt", lines)
		if !ok {
			assert.Empty(t, enums)
			assert.Empty(t, diags)
		}
		for _, e := range enums {
			// An unnamed enum is named after its section by the walker.
			require.NotEmpty(t, e.Values)
			for _, v := range e.Values {
				// A value read from a row is a token or a few words of
				// letters (Call recipient); one listed in a field's
				// description is whatever a prose value may be.
				_, why := wireValue(v.Wire, true)
				require.Empty(t, why, "wire %q", v.Wire)
				require.True(t, v.Line >= 1 && v.Line <= len(lines))
			}
		}
		for _, d := range diags {
			require.True(t, d.Pos.Line >= 1 && d.Pos.Line <= len(lines), "%s", d)
		}
	})
}

// bigInputs are pathological documents: one 1 MB line of several shapes,
// and 100k rows.
func bigInputs() map[string]string {
	const mb = 1 << 20
	rows := func(row string) string { return "StatusDescription\n" + strings.Repeat(row, 100_000) }
	return map[string]string{
		"1MB caps":          strings.Repeat("A", mb),
		"1MB camel":         strings.Repeat("aB", mb/2),
		"1MB token":         "BUSY" + strings.Repeat("x", mb),
		"1MB spaces":        "BUSY" + strings.Repeat("\u00a0", mb/2) + "The end",
		"1MB list":          "One of " + strings.Repeat("a, ", mb/3) + "or b.",
		"1MB triggers":      strings.Repeat("one of enum either ", mb/19),
		"1MB colons":        strings.Repeat("a: b, ", mb/6),
		"1MB dotted enum":   strings.Repeat("x.enum.", mb/7),
		"1MB brackets":      "Name Type\nx " + strings.Repeat("[", mb/2) + strings.Repeat("]", mb/2),
		"1MB notes":         "Name Type\nx str " + strings.Repeat("[optional] ", mb/11),
		"100k rows":         rows("BUSY_LEG1Outgoing Call status. When Leg1 was busy.\n"),
		"100k nameless":     rows("Outgoing Call status. When Leg1 was busy.\n"),
		"100k continuation": "StatusDescription\nBUSYThe line.\n" + strings.Repeat("and it went on\n", 100_000),
		"100k duplicates":   rows("BUSYThe line.\n"),
		"100k headers":      strings.Repeat("StatusDescription\n", 100_000),
		"100k fields":       "M\nName Type Description Notes\n" + strings.Repeat("cause str Why - a, b, or c. [optional]\n", 100_000),
		"100k wrapped":      "M\nName Type Description Notes\ncause str Why\n" + strings.Repeat("it failed\n", 100_000),
		"100k prose":        strings.Repeat("Some prose line, with commas, and words.\n", 100_000),
	}
}

// TestParsersLarge runs every parser on every pathological input: none may
// panic or hang (a quadratic loop would run past go test's timeout).
// BenchmarkParsersLarge measures the time each takes.
func TestParsersLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	for name, doc := range bigInputs() {
		lines := testLines(doc)
		enums, _, _ := parseGlued("big.txt", lines)
		for _, e := range enums {
			assert.NotEmpty(t, e.Values, "%s: glued enum %s", name, e.Name)
		}
		parseFields("big.txt", lines)
		inlineValues(doc)
		statedCount(doc)
	}
}

func BenchmarkParsersLarge(b *testing.B) {
	inputs := bigInputs()
	names := make([]string, 0, len(inputs))
	for name := range inputs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		doc := inputs[name]
		lines := testLines(doc)
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				parseGlued("big.txt", lines)
				parseFields("big.txt", lines)
				inlineValues(doc)
				statedCount(doc)
			}
		})
	}
}

func BenchmarkParseGlued100kRows(b *testing.B) {
	lines := testLines(bigInputs()["100k rows"])
	b.ResetTimer()
	for b.Loop() {
		parseGlued("big.txt", lines)
	}
}

func BenchmarkParseGlued1MBLine(b *testing.B) {
	lines := testLines("StatusDescription\n" + bigInputs()["1MB camel"])
	b.ResetTimer()
	for b.Loop() {
		parseGlued("big.txt", lines)
	}
}

func TestGluedThreeColumns(t *testing.T) {
	src := "Reasons\nDisconnection ReasonCall StatusDescription\n" +
		"user_hangupendedThe user hung up.\ncall_transferendedTransferred.\ninactivityendedSilence.\n" +
		"dial_busynot_connectedBusy.\ndial_failednot_connectedFailed.\nno_answernot_connectedNo answer.\nlimit_reachederrorToo many calls.\n"
	r := Extract("reasons.txt", []byte(src), Options{})
	assert.Equal(t, []string{
		"DisconnectionReason: user_hangup call_transfer inactivity dial_busy dial_failed no_answer",
		"CallStatus: ended not_connected",
	}, wires(r))
	assert.Equal(t, []string{`reasons.txt:9: warning: row value "limit_reachederror" holds the cells of DisconnectionReason and CallStatus glued together, which cannot be told apart; skipped`}, diagStrings(r),
		"a second cell no other row shares cannot be found; the row is reported")
}

func TestGluedTitles(t *testing.T) {
	assert.Equal(t, []string{"Disconnection Reason", "Call Status"}, gluedTitles("Disconnection ReasonCall Status"))
	assert.Equal(t, []string{"Call Status"}, gluedTitles("Call Status"))
}

func TestPairCuts(t *testing.T) {
	wires := []string{"user_hangupended", "call_transferended", "inactivityended", "dial_busynot_connected", "dial_failednot_connected", "no_answernot_connected", "x_yz"}
	assert.Equal(t, []int{11, 13, 10, 9, 11, 9, 0}, pairCuts(wires))
	assert.Equal(t, []int{0, 0}, pairCuts([]string{"a_bended", "c_dended"}), "two rows are too few to tell a cell from a common ending")
}

func TestGluedCodeRows(t *testing.T) {
	src := "Syntax\npublic enum CallState\nMembers\n  Member nameValueDescription\nCreated0 The call object has been created.\nSetup10 The call has been started.\n(The INVITE message has been sent.)\nInCall120 Talking.\nRemarks\nThis is a partially ordered set.\n"
	r := Extract("callstate.txt", []byte(src), Options{})
	assert.Equal(t, []string{"CallState: Created Setup InCall"}, wires(r), "names glued to their codes; the declaration above names the enum")
	require.Len(t, r.Enums, 1)
	assert.Equal(t, "The call has been started. (The INVITE message has been sent.)", r.Enums[0].Values[1].Description)
}

// TestSpacedTable pins tables whose cells a copy separated by spaces: the
// header's middle titles say how many one-word cells come between the
// value and its description, and a code column is kept as the value's data.
func TestSpacedTable(t *testing.T) {
	text := "public enum CallState\nName Type Value Comment\neCALLSTATEBUSY number 16 Call outbound is busy.\n\neCALLSTATEHOLD number 128 Call is on hold,\nuntil it resumes.\n\nAfter the table."
	enums, diags, ok := parseGlued("t.txt", testLines(text))
	require.True(t, ok)
	assert.Empty(t, diags)
	require.Len(t, enums, 1)
	e := enums[0]
	assert.Equal(t, "CallState", e.Name)
	require.Len(t, e.Values, 2)
	assert.Equal(t, "eCALLSTATEBUSY", e.Values[0].Wire)
	assert.Equal(t, "Call outbound is busy.", e.Values[0].Description)
	assert.Equal(t, "16", e.Values[0].Data["code"].Text)
	assert.Equal(t, "Call is on hold, until it resumes.", e.Values[1].Description)
	assert.Equal(t, 5, e.Values[1].Line)
	require.Len(t, e.Columns, 1)

	// A row whose code cell is no number ends the table: the layout is
	// not this one.
	for _, row := range []string{"BUSY number high The line.", "BUSY 16 The line."} {
		enums, _, _ := parseGlued("t.txt", testLines("Name Type Value Comment\n"+row))
		assert.Empty(t, enums, row)
	}
	codes, ok := spacedColumns("Name Value")
	assert.True(t, ok)
	assert.Equal(t, []bool{true}, codes)
	for _, title := range []string{"Name Type", "Parameter Value", "Name Foo Value", "Name"} {
		_, ok := spacedColumns(title)
		assert.False(t, ok, title)
	}
}
