package mapping_test

import (
	"encoding/json"
	"testing"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Invariants every shipped mapping keeps (canonical.md, "Rules").
func TestShippedInvariants(t *testing.T) {
	tables := shippedTables(t)
	for _, e := range tables.Entries() {
		rec := e.Value.Record
		where := e.Vendor.Name + " " + e.Enum.Spec.Name + " " + e.Value.Spec.Wire
		if rec.Outcome != "" {
			assert.Equal(t, mapping.PhaseEnded, rec.Phase, "%s: an outcome implies phase ended", where)
		}
		if rec.None != "" {
			assert.True(t, rec.IsEmpty(), "%s: a none maps to nothing", where)
			continue
		}
		assert.False(t, rec.IsEmpty(), "%s: mapped, so it must mean something", where)
		assert.NotEmpty(t, rec.Confidence, where)
		assert.NotEmpty(t, rec.Note, "%s: every mapping is justified", where)
		if rec.NeedsAnswer {
			assert.Empty(t, rec.Outcome, "%s: the answer rule decides the outcome", where)
			assert.Equal(t, mapping.PhaseEnded, rec.Phase, where)
		}
	}
}

// No high-confidence value maps to unknown phase and unknown outcome, except
// a value that only gives a direction (Bandwidth and Genesys direction
// enums), which is a full, certain mapping of a field that is not a status.
func TestShippedHighConfidenceMeansSomething(t *testing.T) {
	tables := shippedTables(t)
	for _, e := range tables.Filter(func(r mapping.Record) bool {
		return r.Confidence == mapping.High && r.None == "" && r.Phase == "" && r.Outcome == ""
	}) {
		rec := e.Value.Record
		assert.NotEmpty(t, rec.Direction, "%s %s %s", e.Vendor.Name, e.Enum.Spec.Name, e.Value.Spec.Wire)
	}
}

// Every outcome has representative codes or an explicit none (a null datum),
// and the codes are the ones of canonical.md.
func TestOutcomeCodes(t *testing.T) {
	c := shippedTables(t).Canonical
	want := map[string]mapping.Codes{
		"":                    {},
		"completed":           {Q850: 16, SIP: 200, Answered: "yes"},
		"busy":                {Q850: 17, SIP: 486, Answered: "no"},
		"no_answer":           {Q850: 19, SIP: 480, Answered: "no"},
		"unavailable":         {Q850: 20, SIP: 480, Answered: "no"},
		"rejected":            {Q850: 21, SIP: 603, Answered: "no"},
		"canceled":            {SIP: 487, Answered: "no"},
		"abandoned":           {SIP: 487},
		"invalid_destination": {Q850: 1, SIP: 404, Answered: "no"},
		"failed":              {Q850: 41, SIP: 503},
		"restricted":          {Q850: 52, SIP: 403, Answered: "no"},
		"limit_exceeded":      {SIP: 503},
		"time_limit":          {Answered: "yes"},
		"error":               {Q850: 127, SIP: 500},
		"transferred":         {},
		"answered_elsewhere":  {Q850: 26, Answered: "no"},
	}
	outcomes := c.Enum(mapping.DimOutcome)
	require.Len(t, outcomes.Values, len(want))
	for _, v := range outcomes.Values {
		assert.Equal(t, want[v.Wire], c.Codes(v.Wire), v.Wire)
		codes := map[string]int{mapping.ColumnQ850: c.Codes(v.Wire).Q850, mapping.ColumnSIP: c.Codes(v.Wire).SIP}
		for col, code := range codes {
			d, ok := v.Data[col]
			require.True(t, ok, "%s has no %s datum", v.Wire, col)
			assert.Equal(t, d == nil, code == 0, "%s %s: null, and only null, is an explicit none", v.Wire, col)
		}
	}
}

// Known equivalences across vendors, from the research's mapping tables.
func TestCrossVendorEquivalences(t *testing.T) {
	tables := shippedTables(t)
	tests := []struct {
		vendor  string
		values  []string
		outcome string
	}{
		{"kaleyra", []string{"BUSY"}, "busy"},
		{"kaleyraio", []string{"BUSY"}, "busy"},
		{"bandwidth", []string{"busy"}, "busy"},
		{"bandwidth", []string{"disconnect", "busy"}, "busy"},
		{"ringcentral", []string{"Disconnected", "TargetBusy"}, "busy"},
		{"bandwidth", []string{"timeout"}, "no_answer"},
		{"ringcentral", []string{"Disconnected", "Timeout"}, "no_answer"},
		{"kaleyraio", []string{"RING_TIMEOUT"}, "error"},
		{"ringcentral", []string{"Disconnected", "BlindTransfer"}, "transferred"},
		{"genesys", []string{"disconnected", "transfer.consult"}, "transferred"},
		{"kaleyra", []string{"CANCEL"}, "canceled"},
		{"ringcentral", []string{"Disconnected", "Cancelled"}, "canceled"},
		{"bandwidth", []string{"cancel"}, "canceled"},
	}
	for _, tc := range tests {
		t.Run(tc.vendor+"/"+tc.values[0], func(t *testing.T) {
			rec, err := tables.Explain(tc.vendor, tc.values...)
			require.NoError(t, err)
			assert.Equal(t, tc.outcome, rec.Outcome)
			assert.Equal(t, mapping.PhaseEnded, rec.Phase)
		})
	}
}

func TestKaleyraioBusyChannel2(t *testing.T) {
	rec, err := shippedTables(t).Explain("kaleyraio", "BUSY_CHANNEL2")
	require.NoError(t, err)
	assert.Equal(t, mapping.Record{
		Vendor: "kaleyraio", Raw: []string{"BUSY_CHANNEL2"},
		Phase: "ended", Outcome: "busy", Answered: "no", Leg: "b", Direction: "outbound", EndedBy: "callee",
		Confidence: "high", Note: rec.Note, Q850: 17, SIP: 486,
	}, rec)
}

// The answer rule, for every who-ended-it.
func TestSettle(t *testing.T) {
	tables := shippedTables(t)
	tests := []struct {
		endedBy  string
		answered bool
		want     string
	}{
		{"", true, "completed"},
		{"peer", true, "completed"},
		{"caller", false, "canceled"},
		{"callee", false, "rejected"},
		{"self", false, "rejected"},
		{"peer", false, ""},
		{"system", false, ""},
		{"network", false, ""},
		{"", false, ""},
	}
	for _, tc := range tests {
		rec := mapping.Record{Phase: "ended", EndedBy: tc.endedBy, NeedsAnswer: true}
		got := tables.Settle(rec, tc.answered)
		assert.Equal(t, tc.want, got.Outcome, "ended by %q, answered %v", tc.endedBy, tc.answered)
		assert.False(t, got.NeedsAnswer)
		assert.Equal(t, "ended", got.Phase)
		assert.Equal(t, tables.Canonical.Codes(tc.want).SIP, got.SIP)
	}
	busy := mapping.Record{Phase: "ended", Outcome: "busy", Answered: "no", EndedBy: "callee"}
	assert.Equal(t, busy, tables.Settle(busy, true), "a record that does not need the answer and says it is left alone")
	failed := mapping.Record{Phase: "ended", Outcome: "failed"}
	assert.Equal(t, "yes", tables.Settle(failed, true).Answered, "a failure after answer")
	assert.Equal(t, "no", tables.Settle(failed, false).Answered, "a failure before answer")
	for _, tc := range []struct{ endedBy, direction, want string }{
		{"self", "outbound", "canceled"}, {"self", "inbound", "rejected"},
		{"agent", "outbound", "canceled"}, {"agent", "inbound", "rejected"}, {"agent", "", ""},
		{"peer", "inbound", "abandoned"}, {"customer", "inbound", "abandoned"}, {"customer", "outbound", "rejected"},
	} {
		rec := mapping.Record{Phase: "ended", EndedBy: tc.endedBy, Direction: tc.direction, NeedsAnswer: true}
		assert.Equal(t, tc.want, tables.Settle(rec, false).Outcome, "%s %s", tc.endedBy, tc.direction)
	}
}

// The combination rule over the shipped resolvers.
func TestResolve(t *testing.T) {
	tables := shippedTables(t)
	tests := []struct {
		name     string
		vendor   string
		state    string
		detail   string
		answered bool
		want     map[mapping.Dim]string
		conf     string
	}{
		{"detail wins where it speaks", "ringcentral", "Gone", "AttendedTransfer", false,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "transferred", mapping.DimEndedBy: "self"}, "medium"},
		{"no detail: the answer rule", "ringcentral", "Disconnected", "", true,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "completed"}, "high"},
		{"no detail, never answered, nobody said who ended it", "ringcentral", "Disconnected", "", false,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: ""}, "high"},
		{"live state ignores a stale reason", "ringcentral", "Answered", "TargetBusy", false,
			map[mapping.Dim]string{mapping.DimPhase: "connected", mapping.DimOutcome: "", mapping.DimAnsweredBy: "human"}, "medium"},
		{"no state: the reason is evidence of an end", "ringcentral", "", "TargetBusy", false,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "busy"}, "medium"},
		{"disconnect without a cause, answered: completed", "bandwidth", "disconnect", "", true,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "completed", mapping.DimAnswered: "yes"}, "high"},
		{"error after answer is told from one before it", "bandwidth", "disconnect", "error", true,
			map[mapping.Dim]string{mapping.DimOutcome: "error", mapping.DimAnswered: "yes"}, "medium"},
		{"bridge left with a cause: the cause explains the end", "bandwidth", "bridgeComplete", "busy", false,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "busy", mapping.DimLeg: "b"}, "medium"},
		{"unmappable state lets the reason speak, at the lower confidence", "ringcentral", "Tds", "TargetBusy", false,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "busy"}, "low"},
		{"state's leg kept, cause's outcome taken", "bandwidth", "transferDisconnect", "busy", false,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "busy", mapping.DimLeg: "b", mapping.DimEndedBy: "callee"}, "high"},
		{"not a status ignores the cause", "bandwidth", "dtmf", "busy", false,
			map[mapping.Dim]string{mapping.DimPhase: "", mapping.DimOutcome: ""}, "high"},
		{"hangup of an answered call", "bandwidth", "disconnect", "hangup", true,
			map[mapping.Dim]string{mapping.DimOutcome: "completed"}, "high"},
		{"peer ended an unanswered call", "genesys", "disconnected", "peer", false,
			map[mapping.Dim]string{mapping.DimOutcome: "", mapping.DimEndedBy: "peer"}, "high"},
		{"own endpoint ended an unanswered call", "genesys", "disconnected", "endpoint", false,
			map[mapping.Dim]string{mapping.DimOutcome: "rejected", mapping.DimEndedBy: "self"}, "high"},
		{"state none lets the disconnect type speak", "genesys", "none", "transport.failure", false,
			map[mapping.Dim]string{mapping.DimPhase: "ended", mapping.DimOutcome: "failed", mapping.DimEndedBy: "network"}, "high"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := tables.Vendor(tc.vendor)
			state := recordOf(t, v, v.Resolvers[0].State, tc.state)
			detail := recordOf(t, v, v.Resolvers[0].Detail, tc.detail)
			got := tables.Resolve(state, detail, tc.answered)
			for d, want := range tc.want {
				assert.Equal(t, want, got.Get(d), d)
			}
			assert.Equal(t, tc.conf, got.Confidence)
			assert.False(t, got.NeedsAnswer)
			assert.Equal(t, tables.Canonical.Codes(got.Outcome).Q850, got.Q850)
		})
	}
}

func recordOf(t *testing.T, v *mapping.Vendor, enum, wire string) mapping.Record {
	if wire == "" {
		return mapping.Record{}
	}
	val := v.Enum(enum).Value(wire)
	require.NotNil(t, val, "%s %s", enum, wire)
	return val.Record
}

func TestReverse(t *testing.T) {
	tables := shippedTables(t)
	var got []string
	seeds := map[string]bool{"bandwidth": true, "genesys": true, "kaleyra": true, "kaleyraio": true, "ringcentral": true}
	for _, e := range tables.Reverse(mapping.DimOutcome, "busy") {
		if !seeds[e.Vendor.Name] {
			continue // vendors added later keep their own tests
		}
		got = append(got, e.Vendor.Name+":"+e.Value.Spec.Wire+":"+e.Value.Record.Confidence)
	}
	assert.Equal(t, []string{
		"bandwidth:busy:high",
		"kaleyraio:BUSY:high",
		"kaleyraio:BUSY_CHANNEL1:high",
		"kaleyraio:BUSY_CHANNEL2:high",
		"kaleyra:BUSY:medium",
		"kaleyra:BUSY_LEG1:medium",
		"kaleyra:BUSY_LEG2:medium",
		"ringcentral:TargetBusy:medium",
	}, got)
	for _, e := range tables.Reverse(mapping.DimLeg, "a") {
		assert.Equal(t, "a", e.Value.Record.Leg)
	}
}

func TestExplainErrors(t *testing.T) {
	tables := shippedTables(t)
	tests := []struct {
		vendor string
		values []string
		want   string
	}{
		{"acme", []string{"x"}, `unknown vendor "acme" (vendors: bandwidth, genesys, kaleyra, kaleyraio, ringcentral, telnyx, twilio, vonage)`},
		{"kaleyra", []string{"BUSSY"}, "unknown kaleyra value \"BUSSY\"\n  CallStatus: IVR, IVR-ANSWER, MISWIG, ANSWER, NOANSWER, BUSY, FAILED, CANCEL, BLOCKED, MAX-USE, DND, OFF-HOUR, NOTALLOWED, NOANSWER_LEG2, NOANSWER_LEG1, FAILED_LEG1, FAILED_LEG2, BUSY_LEG1, BUSY_LEG2, CHANUNAVAIL, CONGESTION"},
		{"kaleyra", []string{"busy"}, "unknown kaleyra value \"busy\"; did you mean \"BUSY\"?\n  CallStatus: IVR, IVR-ANSWER, MISWIG, ANSWER, NOANSWER, BUSY, FAILED, CANCEL, BLOCKED, MAX-USE, DND, OFF-HOUR, NOTALLOWED, NOANSWER_LEG2, NOANSWER_LEG1, FAILED_LEG1, FAILED_LEG2, BUSY_LEG1, BUSY_LEG2, CHANUNAVAIL, CONGESTION"},
		{"genesys", []string{"RecordingState=gone"}, `unknown genesys RecordingState value "gone" (values: none, active, paused)`},
		{"kaleyra", []string{"BUSY", "CANCEL"}, "kaleyra has no resolver to combine 2 values; explain one value at a time"},
		{"ringcentral", []string{"Disconnected", "TargetBusy", "x"}, "resolver ResolveCallStatus takes 2 values (CallStatusInfoCode, CallStatusInfoReason), got 3"},
		{"ringcentral", []string{"Disconnected", "Busy"}, `unknown ringcentral CallStatusInfoReason value "Busy" (values: Pickup, Supervising, TakeOver, Timeout, BlindTransfer, RccTransfer, AttendedTransfer, CallerInputRedirect, CallFlip, ParkLocation, DtmfTransfer, AgentAnswered, AgentDropped, Rejected, Cancelled, InternalError, NoAnswer, TargetBusy, InvalidNumber, InternationalDisabled, DestinationBlocked, NotEnoughFunds, NoSuchUser, CallPark, CallRedirected, CallReplied, CallSwitch, CallFinished, CallDropped)`},
		{"ringcentral", []string{"CallStatusInfoReason=Timeout", "Timeout"}, "CallStatusInfoReason=Timeout: this position takes a CallStatusInfoCode value"},
		{"genesys", nil, "no value to explain for genesys"},
	}
	for _, tc := range tests {
		_, err := tables.Explain(tc.vendor, tc.values...)
		require.Error(t, err, "%s %v", tc.vendor, tc.values)
		assert.Equal(t, tc.want, err.Error())
	}
}

// A value in two enums: the resolver's state enum wins, Enum=value picks.
func TestExplainAmbiguous(t *testing.T) {
	tables := shippedTables(t)
	rec, err := tables.Explain("genesys", "none")
	require.NoError(t, err)
	assert.Equal(t, mapping.Unmappable, rec.None)
	rec, err = tables.Explain("genesys", "RecordingState=none")
	require.NoError(t, err)
	assert.Equal(t, mapping.NotAStatus, rec.None)
}

func TestRecordJSON(t *testing.T) {
	rec, err := shippedTables(t).Explain("ringcentral", "Disconnected")
	require.NoError(t, err)
	data, err := json.Marshal(rec)
	require.NoError(t, err)
	assert.JSONEq(t, `{"vendor":"ringcentral","raw":["Disconnected"],"phase":"ended","outcome":"unknown","answered":"unknown",
		"leg":"unknown","direction":"unknown","ended_by":"unknown","answered_by":"unknown","confidence":"high",
		"q850":0,"sip":0,"needs_answer":true,"note":`+jsonString(t, rec.Note)+`}`, string(data))
	var back mapping.Record
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, rec, back)
}

func jsonString(t *testing.T, s string) string {
	b, err := json.Marshal(s)
	require.NoError(t, err)
	return string(b)
}
