package kaleyraio

import (
	"testing"

	"github.com/docenum/docenum/generator/emit/enumtest"
)

const specPath = "../../specs/kaleyraio.yaml"

func TestEnums(t *testing.T) {
	enumtest.Package(t, specPath,
		enumtest.Of(enumtest.Case[CallStatus]{Enum: "CallStatus", Values: CallStatusValues, Parse: ParseCallStatus}),
	)
}

func FuzzCallStatusJSON(f *testing.F) {
	enumtest.Fuzz(f, enumtest.Case[CallStatus]{Spec: specPath, Enum: "CallStatus", Values: CallStatusValues, Parse: ParseCallStatus})
}
