package payload

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Behaviour of the generated payload struct: every kind of field, null and
// absent fields, unknown enum values and fields, and errors that name the
// field.

const full = `{
	"eventType": "disconnect",
	"cause": "busy",
	"answerTime": "2024-05-01T12:00:03.5Z",
	"startTime": "2024-05-01T12:00:00+02:00",
	"callId": "c-1",
	"tag": "t",
	"muted": false,
	"held": true,
	"attempt": 0,
	"cost": 0.25,
	"labels": ["a", "b"],
	"segments": [{"type": "interact"}],
	"extra": {"k": 1},
	"legacyId": "old",
	"unknownField": {"ignored": true}
}`

func TestDecodeEveryKind(t *testing.T) {
	var c Callback
	require.NoError(t, json.Unmarshal([]byte(full), &c))
	assert.Equal(t, EventDisconnect, c.EventType)
	assert.Equal(t, CauseBusy, c.Cause)
	assert.True(t, c.AnswerTime.Equal(time.Date(2024, 5, 1, 12, 0, 3, 5e8, time.UTC)))
	assert.True(t, c.StartTime.Equal(time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)))
	assert.Equal(t, "c-1", c.CallID)
	assert.Equal(t, "t", c.Tag)
	require.NotNil(t, c.Muted, "false is an answer, told apart from absent")
	assert.False(t, *c.Muted)
	assert.True(t, c.Held)
	require.NotNil(t, c.Attempt)
	assert.Equal(t, int64(0), *c.Attempt)
	require.NotNil(t, c.Cost)
	assert.Equal(t, 0.25, *c.Cost)
	assert.Equal(t, []string{"a", "b"}, c.Labels)
	assert.JSONEq(t, `[{"type": "interact"}]`, string(c.Segments))
	assert.JSONEq(t, `{"k": 1}`, string(c.Extra))
	assert.Equal(t, "old", c.LegacyID)
}

func TestAbsentAndNull(t *testing.T) {
	for name, body := range map[string]string{
		"absent": `{"held": false, "callId": "c", "startTime": "2024-05-01T12:00:00Z"}`,
		"null": `{"held": false, "callId": "c", "startTime": "2024-05-01T12:00:00Z",
			"eventType": null, "cause": null, "answerTime": null, "tag": null, "muted": null,
			"attempt": null, "cost": null, "labels": null, "segments": null, "extra": null}`,
	} {
		t.Run(name, func(t *testing.T) {
			var c Callback
			require.NoError(t, json.Unmarshal([]byte(body), &c))
			assert.Equal(t, EventType(""), c.EventType)
			assert.Equal(t, Cause(""), c.Cause)
			assert.True(t, c.AnswerTime.IsZero())
			assert.Nil(t, c.Muted)
			assert.Nil(t, c.Attempt)
			assert.Nil(t, c.Cost)
			assert.Nil(t, c.Labels)
			assert.Nil(t, c.Segments)
			assert.Nil(t, c.Extra)
			out, err := json.Marshal(c)
			require.NoError(t, err)
			assert.JSONEq(t, `{"held": false, "callId": "c", "startTime": "2024-05-01T12:00:00Z"}`, string(out),
				"optional fields left out, required ones kept")
		})
	}
}

func TestUnknownEnumValuesKept(t *testing.T) {
	var c Callback
	require.NoError(t, json.Unmarshal([]byte(`{"eventType": "teleport", "cause": "solar-flare"}`), &c))
	assert.Equal(t, EventType("teleport"), c.EventType)
	assert.False(t, c.EventType.IsKnown())
	assert.Equal(t, Cause("solar-flare"), c.Cause)
}

func TestRoundTrip(t *testing.T) {
	var c Callback
	require.NoError(t, json.Unmarshal([]byte(full), &c))
	out, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"eventType": "disconnect", "cause": "busy",
		"answerTime": "2024-05-01T12:00:03.5Z", "startTime": "2024-05-01T12:00:00+02:00",
		"callId": "c-1", "tag": "t", "muted": false, "held": true, "attempt": 0, "cost": 0.25,
		"labels": ["a", "b"], "segments": [{"type": "interact"}], "extra": {"k": 1}, "legacyId": "old"
	}`, string(out), "everything but the unknown field, zero answers (false, 0) included")
	var again Callback
	require.NoError(t, json.Unmarshal(out, &again))
	out2, err := json.Marshal(again)
	require.NoError(t, err)
	assert.Equal(t, string(out), string(out2), "decoding what was encoded changes nothing")
}

// TestErrorsNameTheField: each decoding failure is a *json.UnmarshalTypeError
// naming the payload and the field, whichever decoder failed.
func TestErrorsNameTheField(t *testing.T) {
	tests := []struct {
		name, body, field, value, msg string
	}{
		{"malformed timestamp", `{"answerTime": "yesterday"}`, "answerTime", `string "yesterday"`,
			`json: cannot unmarshal string "yesterday" into Go struct field Callback.answerTime of type time.Time`},
		{"timestamp as number", `{"startTime": 1714564800}`, "startTime", "number 1714564800", ""},
		{"enum as number", `{"cause": 17}`, "cause", "number 17",
			"json: cannot unmarshal number 17 into Go struct field Callback.cause of type payload.Cause"},
		{"enum as object", `{"eventType": {"v": 1}}`, "eventType", "object", ""},
		{"string as bool", `{"tag": true}`, "tag", "bool", ""},
		{"number as string", `{"attempt": "3"}`, "attempt", "string", ""},
		{"bool pointer as string", `{"muted": "yes"}`, "muted", "string", ""},
		{"list element", `{"labels": ["a", 1]}`, "labels", "number", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Callback
			err := json.Unmarshal([]byte(tt.body), &c)
			var te *json.UnmarshalTypeError
			require.True(t, errors.As(err, &te), "%v", err)
			assert.Equal(t, "Callback", te.Struct)
			assert.Equal(t, tt.field, te.Field)
			assert.Equal(t, tt.value, te.Value)
			if tt.msg != "" {
				assert.Equal(t, tt.msg, err.Error())
			}
		})
	}
}

// TestErrorPathWhenNested: encoding/json completes the path of a payload
// inside another struct.
func TestErrorPathWhenNested(t *testing.T) {
	var env struct {
		Body Callback `json:"body"`
	}
	err := json.Unmarshal([]byte(`{"body": {"answerTime": "soon"}}`), &env)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, "body.answerTime", te.Field)
}

func TestNotAnObject(t *testing.T) {
	var c Callback
	err := json.Unmarshal([]byte(`["disconnect"]`), &c)
	assert.EqualError(t, err, "json: cannot unmarshal array into Go value of type payload.Callback")
}

func TestLongValueCut(t *testing.T) {
	var c Callback
	long := strings.Repeat("é", 40) // 80 bytes: the cut falls inside a rune
	err := json.Unmarshal([]byte(`{"answerTime": "`+long+`"}`), &c)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, `string "`+strings.Repeat("é", 19)+"...", te.Value, "cut at a rune boundary")
}

func TestSyntaxError(t *testing.T) {
	var c Callback
	var se *json.SyntaxError
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"cause": "busy"`), &c), &se)
}

// A nested model (leg) decodes into its own struct; absent it is nil; an
// error inside it names the path through both.
func TestNestedModel(t *testing.T) {
	var c Callback
	require.NoError(t, json.Unmarshal([]byte(`{"leg": {"id": "l-1", "startTime": "2024-05-01T12:00:00Z"}}`), &c))
	require.NotNil(t, c.Leg)
	assert.Equal(t, "l-1", c.Leg.ID)
	assert.True(t, c.Leg.StartTime.Equal(time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)))

	c = Callback{}
	require.NoError(t, json.Unmarshal([]byte(`{"held": true}`), &c))
	assert.Nil(t, c.Leg)

	err := json.Unmarshal([]byte(`{"leg": {"startTime": "soon"}}`), &c)
	var te *json.UnmarshalTypeError
	require.True(t, errors.As(err, &te), "%v", err)
	assert.Equal(t, "leg.startTime", te.Field)
}
