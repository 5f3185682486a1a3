package model_test

import (
	"testing"

	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFieldName(t *testing.T) {
	tests := []struct{ wire, want string }{
		{"eventType", "EventType"},
		{"callId", "CallID"},
		{"id", "ID"},
		{"callUrl", "CallURL"},
		{"callURL", "CallURL"},
		{"peerId", "PeerID"},
		{"from", "From"},
		{"error_info", "ErrorInfo"},
		{"sipHeaders", "SIPHeaders"},
		{"identity", "Identity"},
		{"3way", "X3way"},
		{"", "Empty"},
		{"已接听", "X已接听"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, model.FieldName(tt.wire), tt.wire)
	}
}

const payloadSpec = `
vendor: acme
enums:
  - name: EventType
    values: [{wire: answer}, {wire: disconnect}]
  - name: Cause
    values: [{wire: busy}]
models:
  - name: Callback
    description: A webhook.
    line: 3
    status: {resolver: ResolveEvent, state: eventType, detail: cause, answered: answerTime}
    fields:
      - {wire: eventType, type: str, enum: EventType, optional: true}
      - {wire: cause, type: Cause, optional: true}
      - {wire: answerTime, type: datetime, optional: true}
      - {wire: startTime, type: datetime}
      - {wire: callId, type: str}
      - {wire: note, type: str, optional: true}
      - {wire: muted, type: bool, optional: true}
      - {wire: held, type: bool}
      - {wire: count, type: int, optional: true}
      - {wire: cost, type: float, optional: true}
      - {wire: tags, type: "list[str]", optional: true}
      - {wire: segments, type: "list[Segment]", optional: true}
      - {wire: peer, type: PeerInfo, optional: true}
      - {wire: day, type: date, optional: true}
      - {wire: blob, optional: true}
      - {wire: sender, name: Caller, type: str, optional: true}
resolvers:
  - {name: ResolveEvent, state: EventType, detail: Cause, answered: true}
`

// TestPayloadFields pins the Go side of every kind of field: its name,
// type, pointer and omit option.
func TestPayloadFields(t *testing.T) {
	p := build(t, "specs/acme.yaml", payloadSpec)
	require.Len(t, p.Payloads, 1)
	pl := p.Payloads[0]
	assert.Equal(t, "Callback", pl.Name)
	assert.Equal(t, "A webhook.", pl.Doc)

	type row struct {
		name    string
		typ     model.FieldType
		list    bool
		pointer bool
		tag     string
		enum    string
	}
	want := []row{
		{"EventType", model.FieldEnum, false, false, "eventType,omitempty", "EventType"},
		{"Cause", model.FieldEnum, false, false, "cause,omitempty", "Cause"},
		{"AnswerTime", model.FieldTime, false, false, "answerTime,omitzero", ""},
		{"StartTime", model.FieldTime, false, false, "startTime", ""},
		{"CallID", model.FieldString, false, false, "callId", ""},
		{"Note", model.FieldString, false, false, "note,omitempty", ""},
		{"Muted", model.FieldBool, false, true, "muted,omitempty", ""},
		{"Held", model.FieldBool, false, false, "held", ""},
		{"Count", model.FieldInt, false, true, "count,omitempty", ""},
		{"Cost", model.FieldFloat, false, true, "cost,omitempty", ""},
		{"Tags", model.FieldString, true, false, "tags,omitempty", ""},
		{"Segments", model.FieldRaw, false, false, "segments,omitempty", ""},
		{"Peer", model.FieldRaw, false, false, "peer,omitempty", ""},
		{"Day", model.FieldString, false, false, "day,omitempty", ""},
		{"Blob", model.FieldRaw, false, false, "blob,omitempty", ""},
		{"Caller", model.FieldString, false, false, "sender,omitempty", ""},
	}
	require.Len(t, pl.Fields, len(want))
	for i, w := range want {
		f := pl.Fields[i]
		var enum string
		if f.Enum != nil {
			enum = f.Enum.Name
		}
		assert.Equal(t, w, row{f.Name, f.Type, f.List, f.Pointer, f.Tag(), enum}, f.Wire)
	}
	assert.False(t, pl.Field("eventType").NamesItself(), "enums decode through payloadField")
	assert.False(t, pl.Field("answerTime").NamesItself(), "timestamps decode through payloadField")
	assert.True(t, pl.Field("tags").NamesItself())
	assert.True(t, pl.Field("count").NamesItself())
}

func TestPayloadStatus(t *testing.T) {
	pl := build(t, "specs/acme.yaml", payloadSpec).Payloads[0]
	st := pl.Status
	require.NotNil(t, st)
	assert.Equal(t, "ResolveEvent", st.Resolver)
	assert.Equal(t, "EventType", st.State.Name)
	assert.Equal(t, "Cause", st.Detail.Name)
	assert.Equal(t, "AnswerTime", st.Answered.Name)
	assert.True(t, st.TakesDetail)
	assert.True(t, st.TakesAnswered)
}

// TestPayloadStatusOptionalParts: a model without the detail or answered
// field still wires to a resolver that takes them.
func TestPayloadStatusOptionalParts(t *testing.T) {
	p := build(t, "specs/acme.yaml", `
vendor: acme
enums:
  - {name: State, values: [{wire: ended}]}
  - {name: Reason, values: [{wire: busy}]}
models:
  - name: Party
    status: {resolver: Resolve, state: state}
    fields:
      - {wire: state, type: State}
resolvers:
  - {name: Resolve, state: State, detail: Reason, answered: true}
`)
	st := p.Payloads[0].Status
	require.NotNil(t, st)
	assert.Nil(t, st.Detail)
	assert.Nil(t, st.Answered)
	assert.True(t, st.TakesDetail)
	assert.True(t, st.TakesAnswered)
}

// TestShippedPayloads builds the shipped specs' models: every enum field of
// the three seeds is typed and wired.
func TestShippedPayloads(t *testing.T) {
	tests := []struct {
		spec, model, resolver, state, detail, answered string
		raw                                            []string
	}{
		{"bandwidth", "DisconnectCallback", "ResolveEvent", "EventType", "Cause", "AnswerTime", nil},
		{"ringcentral", "CallStatusInfo", "ResolveCallStatus", "Code", "Reason", "", []string{"peerId"}},
		{"genesys", "Call", "ResolveCall", "State", "DisconnectType", "ConnectedTime",
			[]string{"segments", "errorInfo", "disconnectReasons", "faxStatus"}},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			p := buildFile(t, "../../specs/"+tt.spec+".yaml")
			require.Len(t, p.Payloads, 1)
			pl := p.Payloads[0]
			assert.Equal(t, tt.model, pl.Name)
			require.NotNil(t, pl.Status)
			assert.Equal(t, tt.resolver, pl.Status.Resolver)
			assert.Equal(t, tt.state, pl.Status.State.Name)
			assert.Equal(t, tt.detail, pl.Status.Detail.Name)
			if tt.answered == "" {
				assert.Nil(t, pl.Status.Answered)
			} else {
				assert.Equal(t, tt.answered, pl.Status.Answered.Name)
			}
			var raw []string
			for _, f := range pl.Fields {
				if f.Type == model.FieldRaw {
					raw = append(raw, f.Wire)
				}
			}
			assert.Equal(t, tt.raw, raw)
		})
	}
}

// buildFile builds the one package of the spec at path.
func buildFile(t *testing.T, path string) *model.Package {
	t.Helper()
	f, errs := spec.LoadFile(path)
	require.False(t, errs.HasErrors(), "%v", errs)
	set, errs := model.Build([]*spec.File{f}, model.Options{})
	require.False(t, errs.HasErrors(), "%v", errs)
	return set.Packages[0]
}
