package callstatus

import (
	"testing"

	"github.com/docenum/docenum/generator/emit/enumtest"
	"github.com/stretchr/testify/assert"
)

const specPath = "../../specs/callstatus.yaml"

func TestEnums(t *testing.T) {
	enumtest.Package(t, specPath,
		enumtest.Of(enumtest.Case[Direction]{Enum: "Direction", Values: DirectionValues, Parse: ParseDirection}),
		enumtest.Of(enumtest.Case[Phase]{Enum: "Phase", Values: PhaseValues, Parse: ParsePhase}),
		enumtest.Of(enumtest.Case[Outcome]{Enum: "Outcome", Values: OutcomeValues, Parse: ParseOutcome}),
		enumtest.Of(enumtest.Case[Leg]{Enum: "Leg", Values: LegValues, Parse: ParseLeg}),
		enumtest.Of(enumtest.Case[EndedBy]{Enum: "EndedBy", Values: EndedByValues, Parse: ParseEndedBy}),
		enumtest.Of(enumtest.Case[AnsweredBy]{Enum: "AnsweredBy", Values: AnsweredByValues, Parse: ParseAnsweredBy}),
	)
}

// Every canonical enum has an explicit "" value: the zero value is a known
// Unknown, not an unknown value.
func TestZeroValueIsKnown(t *testing.T) {
	assert.True(t, Direction("").IsKnown())
	assert.True(t, Phase("").IsKnown())
	assert.True(t, Outcome("").IsKnown())
	assert.True(t, Leg("").IsKnown())
	assert.True(t, EndedBy("").IsKnown())
	assert.True(t, AnsweredBy("").IsKnown())
}

func FuzzOutcomeJSON(f *testing.F) {
	enumtest.Fuzz(f, enumtest.Case[Outcome]{Spec: specPath, Enum: "Outcome", Values: OutcomeValues, Parse: ParseOutcome})
}
