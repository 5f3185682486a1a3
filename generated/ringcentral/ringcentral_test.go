package ringcentral

import (
	"testing"

	"github.com/docenum/docenum/generator/emit/enumtest"
)

const specPath = "../../specs/ringcentral.yaml"

func TestEnums(t *testing.T) {
	enumtest.Package(t, specPath,
		enumtest.Of(enumtest.Case[CallStatusInfoCode]{Enum: "CallStatusInfoCode", Values: CallStatusInfoCodeValues, Parse: ParseCallStatusInfoCode}),
		enumtest.Of(enumtest.Case[CallStatusInfoReason]{Enum: "CallStatusInfoReason", Values: CallStatusInfoReasonValues, Parse: ParseCallStatusInfoReason}),
	)
}

func FuzzCallStatusInfoReasonJSON(f *testing.F) {
	enumtest.Fuzz(f, enumtest.Case[CallStatusInfoReason]{Spec: specPath, Enum: "CallStatusInfoReason", Values: CallStatusInfoReasonValues, Parse: ParseCallStatusInfoReason})
}
