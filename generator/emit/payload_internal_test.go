package emit

import (
	"testing"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
)

// Snippet tests of the payload emitters. The golden case
// testdata/generate/payload covers whole files; Status needs the mapping,
// which the goldens are generated without, so its parts are pinned here and
// the generated/ packages test it by behaviour.

func TestFieldType(t *testing.T) {
	enum := &model.Enum{Name: "Cause"}
	tests := []struct {
		f    model.Field
		want string
	}{
		{model.Field{Type: model.FieldString}, "string"},
		{model.Field{Type: model.FieldBool, Pointer: true}, "*bool"},
		{model.Field{Type: model.FieldInt, Pointer: true}, "*int64"},
		{model.Field{Type: model.FieldFloat}, "float64"},
		{model.Field{Type: model.FieldTime}, "time.Time"},
		{model.Field{Type: model.FieldEnum, Enum: enum}, "Cause"},
		{model.Field{Type: model.FieldRaw}, "json.RawMessage"},
		{model.Field{Type: model.FieldString, List: true}, "[]string"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, snippet(fieldType(&tt.f)))
	}
}

func TestDecodeFields(t *testing.T) {
	enum := &model.Enum{Name: "Cause"}
	timeField := &model.Field{Name: "AnswerTime", Type: model.FieldTime}
	enumField := &model.Field{Name: "Cause", Type: model.FieldEnum, Enum: enum}
	strField := &model.Field{Name: "Tag", Type: model.FieldString}
	ptrField := &model.Field{Name: "Muted", Type: model.FieldBool, Pointer: true}
	assert.Equal(t, "payloadField", snippet(decodeType(timeField)))
	assert.Equal(t, "payloadField{&x.AnswerTime}", snippet(decodeTarget(timeField)))
	assert.Equal(t, "payloadField{&x.Cause}", snippet(decodeTarget(enumField)))
	assert.Equal(t, "*string", snippet(decodeType(strField)))
	assert.Equal(t, "&x.Tag", snippet(decodeTarget(strField)))
	assert.Equal(t, "**bool", snippet(decodeType(ptrField)))
}

// wiring is a status wiring like Bandwidth's.
func wiring() *model.PayloadStatus {
	return &model.PayloadStatus{
		Resolver:      "ResolveEvent",
		State:         &model.Field{Name: "EventType", Wire: "eventType", Type: model.FieldEnum},
		Detail:        &model.Field{Name: "Cause", Wire: "cause", Type: model.FieldEnum},
		Answered:      &model.Field{Name: "AnswerTime", Wire: "answerTime", Type: model.FieldTime},
		TakesDetail:   true,
		TakesAnswered: true,
	}
}

func TestResolverCall(t *testing.T) {
	st := wiring()
	assert.Equal(t, "ResolveEvent(x.EventType, x.Cause, !x.AnswerTime.IsZero())", snippet(resolverCall(st)))

	st.Detail = nil
	assert.Equal(t, `ResolveEvent(x.EventType, "", !x.AnswerTime.IsZero())`, snippet(resolverCall(st)), "no detail field: none")

	st.TakesDetail, st.TakesAnswered = false, false
	assert.Equal(t, "ResolveEvent(x.EventType)", snippet(resolverCall(st)))
}

func TestAnsweredExpr(t *testing.T) {
	tests := []struct {
		f    model.Field
		want string
	}{
		{model.Field{Name: "AnswerTime", Type: model.FieldTime}, "!x.AnswerTime.IsZero()"},
		{model.Field{Name: "Answered", Type: model.FieldBool}, "x.Answered"},
		{model.Field{Name: "Answered", Type: model.FieldBool, Pointer: true}, "x.Answered != nil && *x.Answered"},
		{model.Field{Name: "AnsweredBy", Type: model.FieldString}, `x.AnsweredBy != ""`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, snippet(answeredExpr(&tt.f)))
	}
}

func TestUnsettledStatus(t *testing.T) {
	st := wiring()
	st.Answered = nil
	assert.Equal(t, "x.EventType.Canonical().Combine(x.Cause.Canonical())", snippet(unsettledStatus(st)))
	st.Detail = nil
	assert.Equal(t, "x.EventType.Canonical()", snippet(unsettledStatus(st)))
}

func TestStatusDoc(t *testing.T) {
	pl := &model.Payload{Name: "Callback", Status: wiring()}
	assert.Equal(t, []string{
		"Status is the payload's canonical call status: ResolveEvent of its eventType and cause. " +
			"The call counts as answered when answerTime is set.",
	}, statusDoc(pl))

	pl.Status.Answered = nil
	doc := statusDoc(pl)
	assert.Len(t, doc, 2)
	assert.Contains(t, doc[0], "before it settles")
	assert.Contains(t, doc[1], "Status().Settle(answered)")
}

func TestNoStatusWithoutMapping(t *testing.T) {
	pl := &model.Payload{Name: "Callback", Status: wiring()}
	assert.Nil(t, genPayloadStatus(nil, pl, Options{}))
	assert.Nil(t, genPayloadStatus(nil, &model.Payload{Name: "Callback"}, Options{}))
}

// TestCodeFields: a Q.850 or SIP field is read as an integer or a string of
// digits and recorded after the enum mapping, before direction, hold and the
// answer rule; the readers are emitted only when used.
func TestCodeFields(t *testing.T) {
	tests := []struct {
		f    model.Field
		want string
	}{
		{model.Field{Name: "SIPHangupCause", Type: model.FieldString}, "codeText(x.SIPHangupCause)"},
		{model.Field{Name: "ErrorCode", Type: model.FieldInt, Pointer: true}, "codeNumber(x.ErrorCode)"},
		{model.Field{Name: "ErrorCode", Type: model.FieldInt}, "codeNumber(&x.ErrorCode)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, snippet(codeExpr(&tt.f)))
	}

	st := wiring()
	st.Q850 = &model.Field{Name: "Cause850", Wire: "q850", Type: model.FieldInt, Pointer: true}
	st.SIP = &model.Field{Name: "SIPCode", Wire: "sipCode", Type: model.FieldString}
	st.Direction = &model.Field{Name: "Direction", Wire: "direction", Type: model.FieldEnum}
	assert.Equal(t, "x.EventType.Canonical().Combine(x.Cause.Canonical()).WithQ850(codeNumber(x.Cause850)).WithSIP(codeText(x.SIPCode))"+
		".WithDirection(x.Direction.Canonical().Direction).Settle(!x.AnswerTime.IsZero())", snippet(resolverChain(st)))
	doc := statusDoc(&model.Payload{Name: "Callback", Status: st})
	assert.Contains(t, doc[1], "the Q.850 cause in q850 (Q850Cause) and the SIP response code in sipCode (SIPCode)")
	assert.Contains(t, doc[1], "the Q.850 cause before the SIP code")

	opts := Options{}
	p := &model.Package{Payloads: []*model.Payload{{Name: "Callback", Status: st}}}
	assert.Nil(t, genCodeHelpers(p, opts), "without the mapping there is no Status")
	opts.Mapping = &mapping.Tables{Canonical: &mapping.Canonical{File: &spec.File{Vendor: "callstatus", ImportPath: "example.com/callstatus"}}}
	got := snippet(genCodeHelpers(p, opts))
	assert.Contains(t, got, "func codeText(s string) int {")
	assert.Contains(t, got, "func codeNumber(n *int64) int {\n\tif n == nil || *n < 0 || *n > 999 {\n\t\treturn 0\n\t}\n\treturn int(*n)\n}")
	st.Q850, st.SIP = nil, nil
	assert.Nil(t, genCodeHelpers(p, opts), "no code field: no reader")
}
