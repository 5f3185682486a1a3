package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMentionsIn(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"If current state is 'Initiating' then it can go to 'Initiated'.", []string{"state:Initiating"}},
		{"Going into 'Early media' state is the result of ...", []string{"state:Early media"}},
		{"The call ends with a status of `busy`, or the `failed` status.", []string{"status:busy", "status:failed"}},
		{"A “hangup” event follows.", []string{"event:hangup"}},
		{"The 'state' of a call is kept.", nil},
		{"It says 'hello' to the state.", nil},
	} {
		var got []string
		for _, m := range mentionsIn(tc.line, 1) {
			got = append(got, m.noun+":"+m.name)
		}
		assert.Equal(t, tc.want, got, tc.line)
	}
}

func TestMentionEnums(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string
	}{{
		name: "three states named in prose",
		src:  "# Call states\n\nIf the state is '**Ringing**', it can go to '**Connected**'.\n\nGoing into '**Connected**' state means ...\n\n- Going into '**Ended**' state ends it.\n",
		want: []string{"State: Ringing Connected Ended"},
	}, {
		name: "two are not enough",
		src:  "# Calls\n\nThe 'Ringing' state comes before the 'Connected' state.\n",
		want: nil,
	}, {
		name: "names in code blocks are examples",
		src:  "# Calls\n\n```\nstate is 'a'; state is 'b'; state is 'c'\n```\n",
		want: nil,
	}, {
		name: "a variable tested against strings, one test per line",
		src:  "Events\n------\n\nlegStateChange\n   #reason == \"Canceled\"\n   #reason == \"NoAck\"\n\nRelayInit\n   $relay_event == \"init\"\n\nRelayEnd\n   $relay_event == \"finalize\"\n",
		want: []string{"Event: legStateChange RelayInit RelayEnd", "Reason: Canceled NoAck", "RelayEvent: init finalize"},
	}, {
		name: "tests in code examples are examples",
		src:  "# Routing\n\n```\nif ($rU == \"alice\") {}\nif ($rU == \"bob\") {}\n```\n",
		want: nil,
	}, {
		name: "a list of the states wins",
		src:  "# Calls\n\n## State\n\n- `ringing`: rings.\n- `ended`: ended.\n\nThe 'ringing' state, the 'ended' state, the 'other' state.\n",
		want: []string{"State: ringing ended"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, wires(Extract("calls.md", []byte(tc.src), Options{})))
		})
	}
}

func TestBraceEnums(t *testing.T) {
	src := "#\n#  addr-params:\n#    ;answermode={manual,early,auto}\n#    ;ptime={10,20,30,...}\n#    ;medianat={stun, turn, ...}\n\n```\nmode={a,b}\n```\n"
	assert.Equal(t, []string{"Answermode: manual early auto", "Medianat: stun turn"}, wires(Extract("accounts", []byte(src), Options{})),
		"an option's braced choices; numbers are no choices; code blocks are examples")
}
