// Package kaleyraio is a stand-in for the package docenum generates from
// specs/kaleyraio.yaml, used by bench/run.sh until generated/kaleyraio
// exists. It has the shape the emitter gives every vendor enum (string type,
// wire-string constants, generic perfect-hash lookup, Parse, IsKnown, text,
// JSON and sql methods) and a Canonical mapping. lookupCallStatus and its
// slot table are the output of phash.Build(wires).Func("lookupCallStatus",
// jen.Id("valuesCallStatus")); the rest follows generator/emit by hand.
package kaleyraio

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// CallStatus is the final status of a Kaleyra.io voice call.
type CallStatus string

// The CallStatus values the Kaleyra.io documentation lists.
const (
	Noanswer             CallStatus = "NOANSWER"
	Answer               CallStatus = "ANSWER"
	FlowAnswer           CallStatus = "FLOW_ANSWER"
	Failed               CallStatus = "FAILED"
	Busy                 CallStatus = "BUSY"
	Rejected             CallStatus = "REJECTED"
	Noroute              CallStatus = "NOROUTE"
	BusyChannel1         CallStatus = "BUSY_CHANNEL1"
	BusyChannel2         CallStatus = "BUSY_CHANNEL2"
	FailedChannel1       CallStatus = "FAILED_CHANNEL1"
	FailedChannel2       CallStatus = "FAILED_CHANNEL2"
	NoanswerChannel1     CallStatus = "NOANSWER_CHANNEL1"
	NoanswerChannel2     CallStatus = "NOANSWER_CHANNEL2"
	Maxuse               CallStatus = "MAXUSE"
	FlowUnassigned       CallStatus = "FLOW_UNASSIGNED"
	FlowPaused           CallStatus = "FLOW_PAUSED"
	FlowNotPublished     CallStatus = "FLOW_NOT_PUBLISHED"
	FlowUnreachable      CallStatus = "FLOW_UNREACHABLE"
	QueueTimeout         CallStatus = "QUEUE_TIMEOUT"
	ObdTimeout           CallStatus = "OBD_TIMEOUT"
	Cancel               CallStatus = "CANCEL"
	BridgeUnavailable    CallStatus = "BRIDGE_UNAVAILABLE"
	MissCall             CallStatus = "MISS_CALL"
	NoIncomingCli        CallStatus = "NO_INCOMING_CLI"
	IncomingDisconnected CallStatus = "INCOMING_DISCONNECTED"
	RingTimeout          CallStatus = "RING_TIMEOUT"
	FlowExecuted         CallStatus = "FLOW_EXECUTED"
	OutgoingRestricted   CallStatus = "OUTGOING_RESTRICTED"
)

// valuesCallStatus holds the CallStatus values in spec order; lookups return indexes into it.
var valuesCallStatus = [...]CallStatus{
	Noanswer,
	Answer,
	FlowAnswer,
	Failed,
	Busy,
	Rejected,
	Noroute,
	BusyChannel1,
	BusyChannel2,
	FailedChannel1,
	FailedChannel2,
	NoanswerChannel1,
	NoanswerChannel2,
	Maxuse,
	FlowUnassigned,
	FlowPaused,
	FlowNotPublished,
	FlowUnreachable,
	QueueTimeout,
	ObdTimeout,
	Cancel,
	BridgeUnavailable,
	MissCall,
	NoIncomingCli,
	IncomingDisconnected,
	RingTimeout,
	FlowExecuted,
	OutgoingRestricted,
}

// CallStatusValues returns the CallStatus values in spec order, as a new copy.
func CallStatusValues() []CallStatus {
	v := valuesCallStatus
	return v[:]
}

// lookupCallStatus returns the index of s in valuesCallStatus and whether s is there at all;
// the index is meaningful only when the bool is true.
// It never allocates, for a string or a []byte.
//
// Generated lookup: perfect hash of len(s), s[len(s)-1] * 0xc860827d >> 26 into 64 slots for 28 keys.
func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool) {
	if len(s) < 4 {
		return 0, false
	}
	i := lookupCallStatusSlots[(uint32(len(s))^uint32(s[len(s)-1])<<8)*0xc860827d>>26]
	return int(i), string(valuesCallStatus[i]) == string(s)
}

// lookupCallStatusSlots maps a hash slot to an index of the known values.
var lookupCallStatusSlots = [64]uint8{
	0, 8, 0, 25, 24, 0, 21, 0, 0, 12, 0, 0, 0, 9, 0, 15,
	23, 19, 0, 0, 0, 3, 20, 0, 14, 0, 0, 0, 0, 0, 0, 6,
	27, 2, 17, 0, 0, 10, 0, 1, 0, 7, 0, 4, 22, 13, 16, 0,
	0, 11, 0, 26, 0, 18, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0,
}

// String returns the wire string.
func (x CallStatus) String() string { return string(x) }

// IsKnown reports whether x is one of the values the spec lists.
func (x CallStatus) IsKnown() bool {
	_, ok := lookupCallStatus(x)
	return ok
}

// UnknownValueError is the error ParseCallStatus returns for a value the spec does not list.
type UnknownValueError struct {
	Type  string // the enum type, e.g. "CallStatus"
	Value string // the value as given
}

// Error implements error.
func (e *UnknownValueError) Error() string {
	return "kaleyraio: unknown " + e.Type + " value " + strconv.Quote(e.Value)
}

// ParseCallStatus returns the CallStatus whose wire string is s; for an
// unknown one, CallStatus(s) and an *UnknownValueError.
func ParseCallStatus(s string) (CallStatus, error) {
	if i, ok := lookupCallStatus(s); ok {
		return valuesCallStatus[i], nil
	}
	return CallStatus(s), &UnknownValueError{Type: "CallStatus", Value: s}
}

// MarshalText implements encoding.TextMarshaler: the wire string.
func (x CallStatus) MarshalText() ([]byte, error) { return []byte(x), nil }

// AppendText implements encoding.TextAppender: it appends the wire string to b.
func (x CallStatus) AppendText(b []byte) ([]byte, error) { return append(b, x...), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it never fails.
func (x *CallStatus) UnmarshalText(b []byte) error {
	if i, ok := lookupCallStatus(b); ok {
		*x = valuesCallStatus[i]
	} else {
		*x = CallStatus(b)
	}
	return nil
}

// MarshalJSON implements json.Marshaler: the wire string as a JSON string.
func (x CallStatus) MarshalJSON() ([]byte, error) {
	return appendJSONString(make([]byte, 0, len(x)+2), string(x)), nil
}

// UnmarshalJSON implements json.Unmarshaler. null leaves x unchanged; an
// unknown string is kept without an error.
func (x *CallStatus) UnmarshalJSON(b []byte) error {
	if raw, ok := unquoteJSON(b); ok {
		if i, ok := lookupCallStatus(raw); ok {
			*x = valuesCallStatus[i]
		} else {
			*x = CallStatus(raw)
		}
		return nil
	}
	if string(b) == "null" {
		return nil
	}
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("kaleyraio.CallStatus: %w", err)
	}
	if s != nil {
		if i, ok := lookupCallStatus(*s); ok {
			*x = valuesCallStatus[i]
		} else {
			*x = CallStatus(*s)
		}
	}
	return nil
}

// Scan implements sql.Scanner for string and []byte columns.
func (x *CallStatus) Scan(src any) error {
	switch src := src.(type) {
	case string:
		return x.UnmarshalText([]byte(src))
	case []byte:
		return x.UnmarshalText(src)
	case nil:
		*x = ""
	default:
		return fmt.Errorf("kaleyraio.CallStatus: cannot scan %T", src)
	}
	return nil
}

// Value implements driver.Valuer: the wire string.
func (x CallStatus) Value() (driver.Value, error) { return string(x), nil }

// appendJSONString appends s to b as a JSON string (ASCII fast path; other
// bytes are escaped the way encoding/json escapes them).
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= utf8.RuneSelf {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// unquoteJSON returns the content of the JSON string b when it needs no
// unescaping.
func unquoteJSON(b []byte) ([]byte, bool) {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return nil, false
	}
	b = b[1 : len(b)-1]
	ascii := true
	for _, c := range b {
		if c < 0x20 || c == '"' || c == '\\' {
			return nil, false
		}
		if c >= utf8.RuneSelf {
			ascii = false
		}
	}
	return b, ascii || utf8.Valid(b)
}

// The canonical dimensions (stand-ins for package callstatus).
type (
	Direction  string
	Phase      string
	Outcome    string
	Leg        string
	EndedBy    string
	AnsweredBy string
)

// Mapping is a value's record in the canonical call-status model.
type Mapping struct {
	Direction  Direction
	Phase      Phase
	Outcome    Outcome
	Leg        Leg
	EndedBy    EndedBy
	AnsweredBy AnsweredBy
}

// canonicalCallStatus holds the Mapping of each value, by index in valuesCallStatus.
var canonicalCallStatus = [...]Mapping{
	{Phase: "ended", Outcome: "no_answer"},                                                      // NOANSWER
	{Phase: "ended", Outcome: "completed", AnsweredBy: "human"},                                 // ANSWER
	{Direction: "inbound", Phase: "ended", Outcome: "completed", AnsweredBy: "ivr"},             // FLOW_ANSWER
	{Phase: "ended", Outcome: "failed", EndedBy: "network"},                                     // FAILED
	{Phase: "ended", Outcome: "busy", EndedBy: "callee"},                                        // BUSY
	{Phase: "ended", Outcome: "rejected", EndedBy: "callee"},                                    // REJECTED
	{Direction: "outbound", Phase: "ended", Outcome: "invalid_destination", EndedBy: "network"}, // NOROUTE
	{Direction: "outbound", Phase: "ended", Outcome: "busy", Leg: "a", EndedBy: "callee"},       // BUSY_CHANNEL1
	{Direction: "outbound", Phase: "ended", Outcome: "busy", Leg: "b", EndedBy: "callee"},       // BUSY_CHANNEL2
	{Direction: "outbound", Phase: "ended", Outcome: "failed", Leg: "a", EndedBy: "network"},    // FAILED_CHANNEL1
	{Direction: "outbound", Phase: "ended", Outcome: "failed", Leg: "b", EndedBy: "network"},    // FAILED_CHANNEL2
	{Direction: "outbound", Phase: "ended", Outcome: "no_answer", Leg: "a"},                     // NOANSWER_CHANNEL1
	{Direction: "outbound", Phase: "ended", Outcome: "no_answer", Leg: "b"},                     // NOANSWER_CHANNEL2
	{Direction: "outbound", Phase: "ended", Outcome: "limit_exceeded", EndedBy: "system"},       // MAXUSE
	{Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},                // FLOW_UNASSIGNED
	{Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},                // FLOW_PAUSED
	{Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},                // FLOW_NOT_PUBLISHED
	{Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},                // FLOW_UNREACHABLE
	{Direction: "outbound", Phase: "ended", Outcome: "limit_exceeded", EndedBy: "system"},       // QUEUE_TIMEOUT
	{Direction: "outbound", Phase: "ended", Outcome: "no_answer", EndedBy: "system"},            // OBD_TIMEOUT
	{Phase: "ended", Outcome: "canceled", EndedBy: "caller"},                                    // CANCEL
	{Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},                // BRIDGE_UNAVAILABLE
	{Direction: "inbound", Phase: "ended", Outcome: "no_answer", EndedBy: "system"},             // MISS_CALL
	{Direction: "inbound", Phase: "ended", Outcome: "restricted", EndedBy: "system"},            // NO_INCOMING_CLI
	{Direction: "inbound", Phase: "ended", EndedBy: "caller"},                                   // INCOMING_DISCONNECTED
	{Direction: "inbound", Phase: "ended", Outcome: "no_answer", EndedBy: "system"},             // RING_TIMEOUT
	{Phase: "ended", Outcome: "completed", AnsweredBy: "ivr"},                                   // FLOW_EXECUTED
	{Direction: "outbound", Phase: "ended", Outcome: "restricted", EndedBy: "system"},           // OUTGOING_RESTRICTED
}

// Canonical returns x's record in the canonical model; the zero Mapping
// (every dimension unknown) for a value the spec does not list.
func (x CallStatus) Canonical() Mapping {
	if i, ok := lookupCallStatus(x); ok {
		return canonicalCallStatus[i]
	}
	return Mapping{}
}
