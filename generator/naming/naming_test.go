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
		{"", "IVR-ANSWER", "", "IVRAnswer"},
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

// TestIdentInitialisms pins the words Ident writes in capitals: whole words
// of the initialism table only, whatever case the vendor wrote them in.
func TestIdentInitialisms(t *testing.T) {
	tests := []struct{ wire, want string }{
		{"IVR-ANSWER", "IVRAnswer"},
		{"RTCSdpType", "RtcSdpType"}, // an initialism run into a word
		{"HTTPServer", "HTTPServer"},
		{"CDRs", "Cdrs"}, // a plural initialism stays one word
		{"answered_by_ivr", "AnsweredByIVR"},
		{"no-incoming-cli", "NoIncomingCLI"},
		{"dtmf", "DTMF"},
		{"DTMF", "DTMF"},
		{"event.Dtmf", "EventDTMF"},
		{"call_id", "CallID"},
		{"callId", "CallID"},
		{"id", "ID"},
		{"sipStatus", "SIPStatus"},
		{"sip", "SIP"},
		{"callUrl", "CallURL"},
		{"utf8", "UTF8"},
		{"pstn-busy", "PSTNBusy"},
		{"amd_machine", "AMDMachine"},
		// Only whole words: a word that starts with an initialism is an
		// ordinary word.
		{"idle", "Idle"},
		{"IDLE", "Idle"},
		{"identity", "Identity"},
		{"sipped", "Sipped"},
		{"ivrs", "Ivrs"},
		{"q850", "Q850"},
		{"busy", "Busy"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Ident(tt.wire), "Ident(%q)", tt.wire)
	}
	assert.True(t, Initialism("ivr"))
	assert.False(t, Initialism("idle"))
}

// TestFoldSeesThroughInitialisms: a name with an initialism in capitals
// still collides with the same name in any other case.
func TestFoldSeesThroughInitialisms(t *testing.T) {
	a, b := ValueName("", "CALLID", ""), ValueName("", "call_id", "")
	assert.Equal(t, "Callid", a)
	assert.Equal(t, "CallID", b)
	assert.Equal(t, Fold(a), Fold(b))
	assert.Equal(t, Fold(ValueName("", "ivr-answer", "")), Fold(ValueName("", "IvrAnswer", "")))
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
	for _, ok := range []string{"kaleyra", "kaleyraio", "v2", "genesys"} {
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
	// Names refused for their meaning get an x, as Exported puts an X.
	assert.Equal(t, "xfunc", PackageName("func"))
	assert.Equal(t, "xcon", PackageName("CON"))
	assert.Equal(t, "xjson", PackageName("JSON"))
}

// TestCheckPackage pins the one rule for vendor (package) names and the
// reason given for each kind of refusal.
func TestCheckPackage(t *testing.T) {
	tests := []struct{ name, why string }{
		{"kaleyraio", ""},
		{"v2", ""},
		{"com0", ""},
		{"com10", ""},
		{"console", ""},
		{"", "use lower-case ASCII letters and digits, starting with a letter"},
		{"Kaleyra", "use lower-case ASCII letters and digits, starting with a letter"},
		{"kaleyra_io", "use lower-case ASCII letters and digits, starting with a letter"},
		{"2fa", "use lower-case ASCII letters and digits, starting with a letter"},
		{"não", "use lower-case ASCII letters and digits, starting with a letter"},
		{"type", "type is a Go keyword"},
		{"main", "main is the package of a command, which cannot be imported"},
		{"con", "CON is a device name on Windows, where the directory con cannot be created"},
		{"prn", "PRN is a device name on Windows, where the directory prn cannot be created"},
		{"aux", "AUX is a device name on Windows, where the directory aux cannot be created"},
		{"nul", "NUL is a device name on Windows, where the directory nul cannot be created"},
		{"com1", "COM1 is a device name on Windows, where the directory com1 cannot be created"},
		{"lpt9", "LPT9 is a device name on Windows, where the directory lpt9 cannot be created"},
		{"internal", "the go command lets only code inside the parent of a directory named internal import it"},
		{"testdata", "the go command ignores directories named testdata"},
		{"vendor", "the go command reserves directories named vendor for vendored modules and leaves them out of ./..."},
		{"string", "string is predeclared in Go; importing the package would shadow it"},
		{"len", "len is predeclared in Go; importing the package would shadow it"},
		{"nil", "nil is predeclared in Go; importing the package would shadow it"},
		{"json", "generated code imports encoding/json as json; a package of that name would clash with it"},
		{"sql", "generated code imports database/sql as sql; a package of that name would clash with it"},
		{"driver", "generated code imports database/sql/driver as driver; a package of that name would clash with it"},
		{"fmt", "generated code imports fmt as fmt; a package of that name would clash with it"},
		{"callstatus", "generated code imports the canonical call-status package as callstatus; a package of that name would clash with it"},
	}
	for _, tt := range tests {
		err := CheckPackage(tt.name)
		if tt.why == "" {
			assert.NoError(t, err, tt.name)
			assert.True(t, IsPackageName(tt.name), tt.name)
			continue
		}
		assert.EqualError(t, err, tt.why, tt.name)
		assert.False(t, IsPackageName(tt.name), tt.name)
	}
}

// TestWindowsDevicesAnyCase: Windows matches device names in any case, so
// a name derived from a file called CON.md must be refused too.
func TestWindowsDevicesAnyCase(t *testing.T) {
	for _, s := range []string{"CON", "Con", "cOm3", "LPT1", "Aux", "NUL"} {
		assert.True(t, isWindowsDevice(s), s)
	}
	for _, s := range []string{"COM", "COM0", "LPT10", "CONS", "nula"} {
		assert.False(t, isWindowsDevice(s), s)
	}
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

// TestSkeleton: names Go keeps apart but a reader cannot share a skeleton;
// names that differ in a letter a reader sees do not.
func TestSkeleton(t *testing.T) {
	same := [][2]string{
		{"Busy", ValueName("", "ВUSY", "")},          // Cyrillic В
		{"Busy", ValueName("", "ΒUSY", "")},          // Greek Β
		{"Busy", ValueName("", "ＢＵＳＹ", "")},          // full-width
		{"Busy", ValueName("", "BUSУ", "")},          // Cyrillic у after Ident lowers it
		{"NoAnswer", "NоAnswer"},                     // Cyrillic о
		{"Code404", "Code４０４"},                       // full-width digits
		{"NoAnswer", "Noanswer"},                     // case alone: Fold already finds it
		{"CallStatusOk", "CallStatusОk"},             // Cyrillic О
		{"ReasonPickup", "ReasonРickup"},             // Cyrillic Р
		{"Ringing", "Rіnging"},                       // Cyrillic і
		{"Hold", "Ноld"},                             // Cyrillic Н and о
		{"CallStatusNoAnswer", "СallStatusNoAnswer"}, // Cyrillic С
	}
	for _, p := range same {
		assert.Equal(t, Skeleton(p[0]), Skeleton(p[1]), "%q and %q", p[0], p[1])
	}
	differ := [][2]string{
		{"Busy", "Вusy1"},
		{"Ringing", "Рингинг"},
		{"Busy", "Bизy"},
		{"Status", "Statuß"},
	}
	for _, p := range differ {
		assert.NotEqual(t, Skeleton(p[0]), Skeleton(p[1]), "%q and %q", p[0], p[1])
	}
}

func TestLookalike(t *testing.T) {
	assert.Equal(t, `"Вusy" has Cyrillic В (U+0412) where "Busy" has Latin B (U+0042)`, Lookalike("Вusy", "Busy"))
	assert.Equal(t, `"Ｂｕｓｙ" has full-width Ｂ (U+FF22) where "Busy" has Latin B (U+0042)`, Lookalike("Ｂｕｓｙ", "Busy"))
	assert.Equal(t, `"Βusy" has Greek Β (U+0392) where "Busy" has Latin B (U+0042)`, Lookalike("Βusy", "Busy"))
	assert.Equal(t, "", Lookalike("Busy", "Idle"))
}
