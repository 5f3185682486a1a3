package basic

import (
	"testing"

	"github.com/docenum/docenum/testkit/enumtest"
	"github.com/stretchr/testify/assert"
)

// These tests are written by hand; the golden test of generator/emit runs
// them against the generated files beside them.

func TestBehaviour(t *testing.T) {
	enumtest.Package(t, "../spec.yaml",
		enumtest.Of(enumtest.Case[CallStatus]{Enum: "CallStatus", Values: CallStatusValues, Parse: ParseCallStatus}),
		enumtest.Of(enumtest.Case[Direction]{Enum: "Direction", Values: DirectionValues, Parse: ParseDirection}),
		enumtest.Of(enumtest.Case[Quirk]{Enum: "Quirk", Values: QuirkValues, Parse: ParseQuirk}),
		enumtest.Of(enumtest.Case[Outcome]{Enum: "Outcome", Values: OutcomeValues, Parse: ParseOutcome}),
	)
}

func FuzzCallStatusJSON(f *testing.F) {
	enumtest.FuzzJSON(f, enumtest.JSON(enumtest.Case[CallStatus]{Enum: "CallStatus", Values: CallStatusValues, Parse: ParseCallStatus}))
}

func TestConstantNames(t *testing.T) {
	// Prefix unset: the enum name; prefix "": bare; prefix Q; name overrides.
	assert.Equal(t, CallStatus("NO-ANSWER"), CallStatusNoAnswer)
	assert.Equal(t, CallStatus("FAILED_LEG1"), CallStatusFailedLeg1)
	assert.Equal(t, Direction("inbound"), Inbound)
	assert.Equal(t, Quirk(""), QUnknown)
	assert.Equal(t, Quirk("已接听"), Q已接听)
	assert.Equal(t, Quirk("--"), QDashDash)
}

func TestColumns(t *testing.T) {
	q850, ok := OutcomeBusy.Q850()
	assert.True(t, ok)
	assert.Equal(t, 17, q850)
	_, ok = OutcomeCanceled.Q850()
	assert.False(t, ok, "null is an explicit none")
	sip, ok := OutcomeCanceled.SIP()
	assert.True(t, ok)
	assert.Equal(t, 487, sip)
	label, ok := OutcomeCompleted.Label()
	assert.True(t, ok)
	assert.Equal(t, "Completed", label)
	_, ok = Outcome("unknown").Q850()
	assert.False(t, ok, "an unknown value has no data")
}

func TestParseError(t *testing.T) {
	v, err := ParseCallStatus("RINGING")
	assert.Equal(t, CallStatus("RINGING"), v)
	var uerr *UnknownValueError
	if assert.ErrorAs(t, err, &uerr) {
		assert.Equal(t, UnknownValueError{Type: "CallStatus", Value: "RINGING"}, *uerr)
	}
	assert.EqualError(t, err, `basic: unknown CallStatus value "RINGING"`)
}
