package bandwidth

import (
	"testing"

	"github.com/docenum/docenum/generator/emit/enumtest"
)

const specPath = "../../specs/bandwidth.yaml"

func TestEnums(t *testing.T) {
	enumtest.Package(t, specPath,
		enumtest.Of(enumtest.Case[EventType]{Enum: "EventType", Values: EventTypeValues, Parse: ParseEventType}),
		enumtest.Of(enumtest.Case[Cause]{Enum: "Cause", Values: CauseValues, Parse: ParseCause}),
		enumtest.Of(enumtest.Case[CallDirection]{Enum: "CallDirection", Values: CallDirectionValues, Parse: ParseCallDirection}),
	)
}

func FuzzCauseJSON(f *testing.F) {
	enumtest.Fuzz(f, enumtest.Case[Cause]{Spec: specPath, Enum: "Cause", Values: CauseValues, Parse: ParseCause})
}
