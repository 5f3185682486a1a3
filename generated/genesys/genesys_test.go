package genesys

import (
	"testing"

	"github.com/docenum/docenum/generator/emit/enumtest"
)

const specPath = "../../specs/genesys.yaml"

func TestEnums(t *testing.T) {
	enumtest.Package(t, specPath,
		enumtest.Of(enumtest.Case[State]{Enum: "State", Values: StateValues, Parse: ParseState}),
		enumtest.Of(enumtest.Case[Direction]{Enum: "Direction", Values: DirectionValues, Parse: ParseDirection}),
		enumtest.Of(enumtest.Case[RecordingState]{Enum: "RecordingState", Values: RecordingStateValues, Parse: ParseRecordingState}),
		enumtest.Of(enumtest.Case[DisconnectType]{Enum: "DisconnectType", Values: DisconnectTypeValues, Parse: ParseDisconnectType}),
	)
}

func FuzzStateJSON(f *testing.F) {
	enumtest.Fuzz(f, enumtest.Case[State]{Spec: specPath, Enum: "State", Values: StateValues, Parse: ParseState})
}
