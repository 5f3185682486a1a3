package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

func TestFieldsGolden(t *testing.T) {
	runGoldenCases(t, "fields", func(file string, lines []Line) (*spec.File, diag.List) {
		models, enums, diags, ok := parseFields(file, lines)
		assert.True(t, ok, "no model table found")
		return &spec.File{Enums: enums, Models: models}, diags
	})
}

func TestParseFieldRow(t *testing.T) {
	tests := []struct {
		text     string
		want     *spec.Field // nil: not a row
		wantNote string
	}{
		{text: "event_time datetime The time. [optional]", want: &spec.Field{Wire: "event_time", Type: "datetime", Optional: true, Description: "The time."}},
		{text: "direction CallDirectionEnum [optional]", want: &spec.Field{Wire: "direction", Type: "CallDirectionEnum", Optional: true}},
		{text: "metadata Dict[str, object] Free-form data. [optional]", want: &spec.Field{Wire: "metadata", Type: "Dict[str, object]", Optional: true, Description: "Free-form data."}},
		{text: "segments list[Segment] The segments.", want: &spec.Field{Wire: "segments", Type: "list[Segment]", Description: "The segments."}},
		{text: "owner [**Party**](Party.md) The owner. [optional]", want: &spec.Field{Wire: "owner", Type: "Party", Optional: true, Description: "The owner."}},
		{text: "items [**list[Item]**](Item.md) Items.", want: &spec.Field{Wire: "items", Type: "list[Item]", Description: "Items."}},
		{text: "**state** **str** The state. [optional] [readonly]", want: &spec.Field{Wire: "state", Type: "str", Optional: true, Description: "The state."}},
		{text: "count int The count. [default to 0]", want: &spec.Field{Wire: "count", Type: "int", Description: "The count."}},
		{text: "ok bool Whether it worked [see docs]", want: &spec.Field{Wire: "ok", Type: "bool", Description: "Whether it worked [see docs]"}},
		{text: "tag str (optional) The tag. [optional]", want: &spec.Field{Wire: "tag", Type: "str", Optional: true, Description: "(optional) The tag."}},
		{text: "price\u00a0float\u00a0 The price.", want: &spec.Field{Wire: "price", Type: "float", Description: "The price."}},
		{text: "eventType string The event type.", want: &spec.Field{Wire: "eventType", Type: "string", Description: "The event type."}},
		{text: "callStatusStringStatus of the call leg.", want: &spec.Field{Wire: "callStatus", Type: "String", Description: "Status of the call leg."}},
		{text: "namespaceString8x8's product namespace.", want: &spec.Field{Wire: "namespace", Type: "String", Description: "8x8's product namespace."}},
		{text: "durationIntegerLength in seconds", want: &spec.Field{Wire: "duration", Type: "Integer", Description: "Length in seconds"}},
		{text: "sourceString", want: &spec.Field{Wire: "source", Type: "String"}},
		{text: "state*StringThe status of the call.", want: &spec.Field{Wire: "state", Type: "String", Description: "The status of the call."}},
		{text: "call_idINTEGERPrimary key", want: &spec.Field{Wire: "call_id", Type: "INTEGER", Description: "Primary key"}},
		{text: "started_atTimestamp_NTZTimestamp when the call started.", want: &spec.Field{Wire: "started_at", Type: "Timestamp_NTZ", Description: "Timestamp when the call started."}},
		{text: "voiceuriStringThe file path to the message.", want: &spec.Field{Wire: "voiceuri", Type: "String", Description: "The file path to the message."}},
		{text: "CALL_UPDATED"},
		{text: "Stringify the value."},
		{text: "format The file format."},
		{text: "The tag specified on call creation."},
		{text: "Name Type Description Notes"},
		{text: "Example"},
		{text: "json = \"{}\""},
		{text: "# TODO update the JSON string below"},
		{text: "[Back to Model list] [Back to API list]"},
		{text: "broken list[Foo The rest"},
		{text: "closed Foo] The rest"},
		{text: "x.y.z bandwidth.models.Thing description"},
		{text: ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f, ok := parseFieldRow(Line{N: 7, Text: tt.text})
			if tt.want == nil {
				assert.False(t, ok, "read as %+v", f)
				return
			}
			require.True(t, ok)
			tt.want.SourceName, tt.want.Line = tt.want.Wire, 7
			assert.Equal(t, tt.want, f)
		})
	}
}

func TestIsFieldsHeader(t *testing.T) {
	for text, want := range map[string]bool{
		"Name Type Description Notes": true,
		"Name Type Description":       true,
		"NameTypeDescription":         true,
		"NameDescription":             false,
		"Parameter Name (* - Mandatory)Data TypeDescriptionPossible Values": true,
		"NameData TypeDescription":                     true,
		"ParameterTypeDescription":                     true,
		"Field Type Mandatory Description":             true,
		"Parameter Description Type":                   false,
		"Request ParameterTypeDescription":             true,
		"Name Type Notes":                              true,
		"Name Type":                                    true,
		"  name   type   description  notes ":          true,
		"**Name** **Type** **Description**":            true,
		"Name Type Notes Description":                  false,
		"Name Description":                             false,
		"Type Name":                                    false,
		"Name Type Required Description":               true,
		"Name Required Type Description":               false,
		"Name Type Description Notes Extra":            false,
		"NameTypeDescriptionRequiredDefault value":     true,
		"Parameter nameTypeDescriptionDefaultRequired": true,
		"Name Type Required Description Required":      false,
		"": false,
	} {
		assert.Equal(t, want, isFieldsHeader(text), text)
	}
}

func TestParseFieldsNotATable(t *testing.T) {
	for _, text := range []string{"", "Prose.\nMore.", "Call StatusDescription\nBUSYThe line."} {
		models, enums, diags, ok := parseFields("t.txt", testLines(text))
		assert.False(t, ok)
		assert.Empty(t, models)
		assert.Empty(t, enums)
		assert.Empty(t, diags)
	}
}

func TestParseFieldsModelTitle(t *testing.T) {
	tests := []struct{ text, name, desc string }{
		{"# CallStatusInfo\n\nStatus data of a call.\n\n**Properties**\n\nName Type Description\ncode str The code.", "CallStatusInfo", "Status data of a call."},
		{"Call\n\n## Properties\nName Type Description\ncode str The code.", "Call", ""},
		{"DisconnectCallback.md\n\nDisconnectCallback\n\nProperties\nName Type\ncode str", "DisconnectCallback", ""},
		{"The model has these fields:\nName Type\ncode str", "Model", ""},
	}
	for _, tt := range tests {
		models, _, _, ok := parseFields("t.txt", testLines(tt.text))
		require.True(t, ok)
		require.Len(t, models, 1)
		assert.Equal(t, tt.name, models[0].Name)
		assert.Equal(t, tt.desc, models[0].Description)
	}
}

func TestParseFieldsWrappedRow(t *testing.T) {
	text := "M\nName Type Description Notes\ncause str Why it failed - hangup, busy,\ntimeout, or unknown. [optional]\nnext str\nThe next line is not a row."
	models, enums, diags, ok := parseFields("t.txt", testLines(text))
	require.True(t, ok)
	require.Len(t, models, 1)
	require.Len(t, models[0].Fields, 2)
	f := models[0].Fields[0]
	assert.Equal(t, "Why it failed - hangup, busy, timeout, or unknown.", f.Description)
	assert.True(t, f.Optional)
	assert.Equal(t, "Cause", f.Enum)
	require.Len(t, enums, 1)
	assert.Len(t, enums[0].Values, 4)
	require.Len(t, diags, 1, "a row without a description is finished: %v", diags)
	assert.Equal(t, 6, diags[0].Pos.Line)
}

func TestParseFieldsDuplicateInlineValue(t *testing.T) {
	text := "M\nName Type\nleg str One of a, b, a."
	_, enums, diags, _ := parseFields("t.txt", testLines(text))
	require.Len(t, enums, 1)
	assert.Len(t, enums[0].Values, 2)
	require.Len(t, diags, 1)
	assert.Contains(t, diags[0].Msg, "lists a twice")
}

func FuzzFields(f *testing.F) {
	fuzzSeeds(f)
	f.Add("NAme TYpe\nevent$type str one of A,A(0")
	f.Fuzz(func(t *testing.T, doc string) {
		lines := testLines(doc)
		models, enums, diags, ok := parseFields("f.txt", lines)
		if !ok {
			assert.Empty(t, models)
			assert.Empty(t, diags)
		}
		names := map[string]bool{}
		for _, e := range enums {
			require.False(t, names[e.Name], "enum %s twice", e.Name)
			names[e.Name] = true
			require.NotEmpty(t, e.Values) // one value is a list too: "Valid values: `TELEPHONE_NUMBER`"
		}
		for _, m := range models {
			require.NotEmpty(t, m.Name)
			require.NotEmpty(t, m.Fields)
			for _, fl := range m.Fields {
				require.True(t, isFieldName(fl.Wire), "%q", fl.Wire)
				require.True(t, isFieldType(fl.Type), "%q", fl.Type)
				require.True(t, fl.Enum == "" || names[fl.Enum], "field %s links unknown enum %s", fl.Wire, fl.Enum)
				require.True(t, fl.Line >= 1 && fl.Line <= len(lines))
			}
		}
	})
}

func BenchmarkParseFields100kRows(b *testing.B) {
	lines := testLines(bigInputs()["100k fields"])
	b.ResetTimer()
	for b.Loop() {
		parseFields("big.txt", lines)
	}
}

func TestParseFieldsGluedTable(t *testing.T) {
	lines := lineList("CallStatus\nNameTypeDescription\ncallStatusStringStatus of the leg. Values can be:\nCALL_INITIATED\nCALL_CONNECTED\n" +
		"callDirectionStringDirection of the leg. Values can be \"INBOUND\" or \"OUTBOUND\"")
	models, enums, _, ok := parseFields("x.txt", lines)
	require.True(t, ok)
	require.Len(t, models, 1)
	assert.Len(t, models[0].Fields, 2)
	got := map[string][]string{}
	for _, e := range enums {
		for _, v := range e.Values {
			got[e.Name] = append(got[e.Name], v.Wire)
		}
	}
	assert.Equal(t, map[string][]string{
		"CallStatus":    {"CALL_INITIATED", "CALL_CONNECTED"},
		"CallDirection": {"INBOUND", "OUTBOUND"},
	}, got, "values on lines of their own after a colon, and values in the description")
}

func TestParseFieldsValuesColumn(t *testing.T) {
	lines := lineList("CallNotify\nParameter Name (* - Mandatory)Data TypeDescriptionPossible Values\n" +
		"type*StringThe type of call.dialed\nstate*StringThe status of the call.busy, invalid, noanswer\n" +
		"id*StringUnique ID of the call.Accepts an alphanumeric value. Example: callid123.\nzohouserStringThe user.--\n" +
		"missed_reasonSTRINGWhy the call was missed.\nCan be out_of_hours, no_agent or short_abandoned.")
	models, enums, diags, ok := parseFields("x.txt", lines)
	require.True(t, ok)
	assert.Empty(t, diags)
	require.Len(t, models, 1)
	got := map[string][]string{}
	for _, e := range enums {
		for _, v := range e.Values {
			got[e.Name] = append(got[e.Name], v.Wire)
		}
	}
	assert.Equal(t, map[string][]string{
		"Type":         {"dialed"},
		"State":        {"busy", "invalid", "noanswer"},
		"MissedReason": {"out_of_hours", "no_agent", "short_abandoned"},
	}, got)
	assert.Equal(t, "The status of the call.", models[0].Fields[1].Description, "the values cell is no part of the description")
	assert.Equal(t, "The user.", models[0].Fields[3].Description, "a dash is an empty cell")
}

func TestParseFieldsValueLines(t *testing.T) {
	lines := lineList("CallStatus\nRequest ParameterTypeDescription\ncallIdstringUnique identifier for this Call.\n" +
		"callStatusstringDescriptive status for the Call. Valid values are:\ncompleted - Call ended after having been connected.\n" +
		"busy - Caller received a busy signal.\nnoAnswer - Call ended without being answered.\ndirectionstringThe direction of the Call.")
	models, enums, _, ok := parseFields("x.txt", lines)
	require.True(t, ok)
	require.Len(t, models, 1)
	assert.Len(t, models[0].Fields, 3)
	require.Len(t, enums, 1)
	var got []string
	for _, v := range enums[0].Values {
		got = append(got, v.Wire)
	}
	assert.Equal(t, []string{"completed", "busy", "noAnswer"}, got, "values one to a line with their descriptions, after a row ending in a colon")
}

func TestMemberRows(t *testing.T) {
	src := "CallStatusInfoCode\n\nStatus code of a call\n\nProperties\n\nNameTypeRequiredDescription\nSETUPstr\"Setup\"\nGONEstr\"Gone\"\nVOICEMAILstr\"VoiceMail\"\n"
	assert.Equal(t, []string{"CallStatusInfoCode: Setup Gone VoiceMail"}, wires(Extract("code.txt", []byte(src), Options{})),
		"an enum's members in a model's table layout give their quoted wires; the sentence under the title describes it")
	e, n := memberRows(lineList("SETUPstr\"Setup\"\nnot a member\n"))
	assert.Nil(t, e, "one member is no enum")
	assert.Zero(t, n)
}

func TestFlaggedFieldRow(t *testing.T) {
	tests := []struct {
		row, name, typ, rest string
		ok                   bool
	}{
		{"callback_sourcestringfalsefalseThe source of the request.", "callback_source", "string", "The source of the request.", true},
		{"app_idintegertruetrueThe app's identifier", "app_id", "integer", "The app's identifier", true},
		{"justcall_numberstringJustCall number used", "justcall_number", "string", "JustCall number used", true},
		{"statusstringThe status", "status", "string", "The status", true},
		{"stringent rules apply", "", "", "", false}, // no description after a type
		{"The string field", "", "", "", false},
	}
	for _, tt := range tests {
		name, typ, rest, ok := flaggedFieldRow(tt.row)
		assert.Equal(t, tt.ok, ok, tt.row)
		assert.Equal(t, []string{tt.name, tt.typ, tt.rest}, []string{name, typ, rest}, tt.row)
	}
}

func TestTypedFieldLine(t *testing.T) {
	tests := []struct {
		line, name string
	}{
		{"directionstring必須", "direction"},
		{"hangup_sidestringrequired", "hangup_side"},
		{"ring_timeinteger", "ring_time"},
		{"event.typestring 필수", "event.type"},
		{"statusstringThe status", ""},            // a description follows: flaggedFieldRow's
		{"Authorizationstring必須ヘッダー · Value", ""}, // more than a flag
		{"stringent", ""},
		{"The string", ""},
	}
	for _, tt := range tests {
		name, ok := typedFieldLine(tt.line)
		assert.Equal(t, tt.name != "", ok, tt.line)
		assert.Equal(t, tt.name, name, tt.line)
	}
}

func TestFieldTextValues(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Call status: - created - started - ringing - agentEnded", []string{"created", "started", "ringing", "agentEnded"}},
		{"- stringee_call", []string{"stringee_call"}},
		{"OUTBOUND or INBOUND", []string{"OUTBOUND", "INBOUND"}},
		{"- busy - the line is busy", nil},
		{"sale, not_interested, do_not_call, wrong_number.", []string{"sale", "not_interested", "do_not_call", "wrong_number"}},
		{"red, green, blue.", nil},
		{"What happened to the call: ANSWERED, NO ANSWER, BUSY (string)", []string{"ANSWERED", "NO ANSWER", "BUSY"}},
		{"Estado de la petición. Posibles valores:\nSUCCESS: Petición recibida UNAUTHORIZED: Usuario inválido. TRANSACTION_ERROR: Error interno", []string{"SUCCESS", "UNAUTHORIZED", "TRANSACTION_ERROR"}},
		{"The date - in UTC - of the call", nil},
		{"Whether a recording exists. `true` or `false`.", nil},
	}
	for _, tt := range tests {
		got, ok := fieldTextValues(tt.text)
		assert.Equal(t, tt.want != nil, ok, tt.text)
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// A Required cell glued after a field's description is cut off, and the
// constants with slashes between them that end it are its values.
func TestParseFieldsRequiredAfterDescription(t *testing.T) {
	models, enums, _, ok := parseFields("x", testLines("Parameter nameTypeDescriptionDefaultRequired\nbatchIdstringBatch ID\"\"Yes\ncallStatusstringStatus: COMPLETED/FAILEDYes\ncallDurationnumberCall duration0No"))
	require.True(t, ok)
	require.Len(t, models, 1)
	assert.Equal(t, "Status: COMPLETED/FAILED", models[0].Fields[1].Description)
	require.Len(t, enums, 1)
	assert.Equal(t, "CallStatus", enums[0].Name)
	assert.Equal(t, []string{"COMPLETED", "FAILED"}, []string{enums[0].Values[0].Wire, enums[0].Values[1].Wire})
}
