package naming

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestValueName pins every naming rule on the kinds of strings vendor docs
// really contain.
func TestValueName(t *testing.T) {
	tests := []struct {
		prefix, wire, name string
		want               string
	}{
		{"", "IVR-ANSWER", "", "IvrAnswer"},
		{"", "MAX-USE", "", "MaxUse"},
		{"", "callback-error", "", "CallbackError"},
		{"", "transfer.noanswer", "", "TransferNoanswer"},
		{"", "BUSY_CHANNEL1", "", "BusyChannel1"},
		{"", "NOANSWER", "", "Noanswer"},
		{"", "NO_ANSWER", "", "NoAnswer"},
		{"", "TargetBusy", "", "TargetBusy"},
		{"", "VoiceMail", "", "VoiceMail"},
		{"Reason", "TargetBusy", "", "ReasonTargetBusy"},
		{"CallStatus", "busy", "", "CallStatusBusy"},
		{"", "no answer", "", "NoAnswer"},
		{"", "ringing2Connected", "", "Ringing2Connected"},
		// Keywords and predeclared identifiers are lower-case; exported, they
		// cannot clash.
		{"", "type", "", "Type"},
		{"", "func", "", "Func"},
		{"", "nil", "", "Nil"},
		// A leading digit needs a letter in front, unless the prefix gives one.
		{"", "3way", "", "X3way"},
		{"Code", "3way", "", "Code3way"},
		{"", "404", "", "X404"},
		// The empty wire string is Empty unless the spec names it.
		{"", "", "", "Empty"},
		{"Outcome", "", "", "OutcomeEmpty"},
		{"Outcome", "", "Unknown", "OutcomeUnknown"},
		// Letters outside ASCII are kept where Go allows them.
		{"", "não atendida", "", "NãoAtendida"},
		{"", "Ärger", "", "Ärger"},
		// A first letter with no upper case cannot export the name.
		{"", "已接听", "", "X已接听"},
		{"Status", "已接听", "", "Status已接听"},
		// Punctuation only: spelled out.
		{"", "--", "", "DashDash"},
		{"", "*", "", "Star"},
		{"Code", "§", "", "CodeU00A7"},
		// name replaces the part derived from the wire string.
		{"", "NOANSWER_LEG1", "NoAnswerLeg1", "NoAnswerLeg1"},
		{"Code", "x", "busy", "CodeBusy"},
		{"", "x", "_busy", "X_busy"},
	}
	for _, tt := range tests {
		got := ValueName(tt.prefix, tt.wire, tt.name)
		assert.Equal(t, tt.want, got, "ValueName(%q, %q, %q)", tt.prefix, tt.wire, tt.name)
		assert.True(t, IsExported(got), "%q is not an exported identifier", got)
	}
}

func TestFoldFindsCaseOnlyDifferences(t *testing.T) {
	a, b := ValueName("", "NOANSWER", ""), ValueName("", "NO_ANSWER", "")
	assert.NotEqual(t, a, b)
	assert.Equal(t, Fold(a), Fold(b))
}

func TestExported(t *testing.T) {
	tests := []struct{ prefix, part, want string }{
		{"", "", "Empty"},
		{"", "busy", "Busy"},
		{"code", "Busy", "CodeBusy"},
		{"Code-", "Busy", "CodeBusy"},
		{"", "ǆ", "Ǆ"}, // Go exports only upper case, not title case
		{"", "_", "X_"},
	}
	for _, tt := range tests {
		got := Exported(tt.prefix, tt.part)
		assert.Equal(t, tt.want, got, "Exported(%q, %q)", tt.prefix, tt.part)
	}
}

func TestIsPackageName(t *testing.T) {
	for _, ok := range []string{"kaleyra", "kaleyraio", "v2", "callstatus"} {
		assert.True(t, IsPackageName(ok), ok)
	}
	for _, bad := range []string{"", "Kaleyra", "kaleyra-io", "kaleyra_io", "2fa", "type", "main", "não"} {
		assert.False(t, IsPackageName(bad), bad)
	}
}

func TestPackageName(t *testing.T) {
	assert.Equal(t, "kaleyraio", PackageName("Kaleyra.io"))
	assert.Equal(t, "ringcentral", PackageName("RingCentral"))
	assert.Equal(t, "v2", PackageName("2v2"))
	assert.Equal(t, "", PackageName("已接听"))
	assert.Equal(t, "", PackageName("func"))
}

func TestIsPart(t *testing.T) {
	assert.True(t, IsPart(""))
	assert.True(t, IsPart("Busy_2"))
	assert.False(t, IsPart("Busy-2"))
}

// FuzzValueName checks that any wire string, prefix and name give a valid
// exported identifier.
func FuzzValueName(f *testing.F) {
	for _, s := range []string{"", "IVR-ANSWER", "3way", "已接听", "--", "\xff", "a\u0303"} {
		f.Add("", s, "")
	}
	f.Fuzz(func(t *testing.T, prefix, wire, name string) {
		got := ValueName(prefix, wire, name)
		if !IsExported(got) {
			t.Fatalf("ValueName(%q, %q, %q) = %q, not an exported identifier", prefix, wire, name, got)
		}
	})
}
