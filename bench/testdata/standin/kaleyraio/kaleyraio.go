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
// Generated lookup: perfect hash of len(s), s[len(s)-1] * 0xc860827d >> 26 into 64 slots for 28 keys, checked by 6 4-byte windows.
func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool) {
	n := len(s)
	if n < 4 || n > 21 {
		return 0, false
	}
	e := &lookupCallStatusSlots[(uint32(n)^uint32(s[n-1])<<8)*0xc860827d>>26]
	// w returns the 4 bytes at s[i:] as a little-endian number.
	w := func(i uint) uint64 {
		b := s[i : i+4]
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
	}
	// The windows at k*m/5, k = 0..5, cover all of s when n is a key's length.
	m := uint(n - 4)
	d := (w(0) | w(m/5)<<32) ^ e.words[0]
	d |= (w(2*m/5) | w(3*m/5)<<32) ^ e.words[1]
	d |= (w(4*m/5) | w(m)<<32) ^ e.words[2]
	return int(e.index), d == 0 && int(e.len) == n
}

// lookupCallStatusSlots holds, per hash slot, the key that hashes there:
// its bytes packed as the lookup packs its input, its length and its index
// among the known values. Free slots have length 0.
var lookupCallStatusSlots = [64]struct {
	words [3]uint64
	len   uint8
	index uint8
}{
	// "BUSY_CHANNEL2"
	1: {[3]uint64{0x5f59535559535542, 0x4e41484348435f59, 0x324c454e454e4e41}, 13, 8},
	// "RING_TIMEOUT"
	3: {[3]uint64{0x5f474e49474e4952, 0x4d49545f49545f47, 0x54554f454f454d49}, 12, 25},
	// "INCOMING_DISCONNECTED"
	4: {[3]uint64{0x4e494d4f4f434e49, 0x4f435349445f474e, 0x44455443454e4e4f}, 21, 24},
	// "BRIDGE_UNAVAILABLE"
	6: {[3]uint64{0x4547444944495242, 0x4156414e4e555f45, 0x454c4241414c4941}, 18, 21},
	// "NOANSWER_CHANNEL2"
	9: {[3]uint64{0x57534e414e414f4e, 0x48435f525f524557, 0x324c454e4e4e4148}, 17, 12},
	// "NOANSWER"
	11: {[3]uint64{0x4e414f4e4e414f4e, 0x57534e41534e414f, 0x524557534557534e}, 8, 0},
	// "FAILED_CHANNEL1"
	13: {[3]uint64{0x44454c494c494146, 0x4148435f435f4445, 0x314c454e4e4e4148}, 15, 9},
	// "FLOW_PAUSED"
	15: {[3]uint64{0x5f574f4c574f4c46, 0x5541505f505f574f, 0x4445535553554150}, 11, 15},
	// "NO_INCOMING_CLI"
	16: {[3]uint64{0x434e495f495f4f4e, 0x4e494d4f4d4f434e, 0x494c435f5f474e49}, 15, 23},
	// "OBD_TIMEOUT"
	17: {[3]uint64{0x545f44425f44424f, 0x454d495449545f44, 0x54554f454f454d49}, 11, 19},
	// "FAILED"
	21: {[3]uint64{0x4c4941464c494146, 0x454c49414c494146, 0x44454c49454c4941}, 6, 3},
	// "CANCEL"
	22: {[3]uint64{0x434e4143434e4143, 0x45434e41434e4143, 0x4c45434e45434e41}, 6, 20},
	// "FLOW_UNASSIGNED"
	24: {[3]uint64{0x555f574f574f4c46, 0x5353414e414e555f, 0x44454e4747495353}, 15, 14},
	// "NOROUTE"
	31: {[3]uint64{0x4f524f4e4f524f4e, 0x554f524f554f524f, 0x4554554f54554f52}, 7, 6},
	// "OUTGOING_RESTRICTED"
	32: {[3]uint64{0x4e494f474754554f, 0x54534552525f474e, 0x4445544343495254}, 19, 27},
	// "FLOW_ANSWER"
	33: {[3]uint64{0x5f574f4c574f4c46, 0x534e415f415f574f, 0x5245575357534e41}, 11, 2},
	// "FLOW_UNREACHABLE"
	34: {[3]uint64{0x555f574f574f4c46, 0x43414552524e555f, 0x454c424141484341}, 16, 17},
	// "FAILED_CHANNEL2"
	37: {[3]uint64{0x44454c494c494146, 0x4148435f435f4445, 0x324c454e4e4e4148}, 15, 10},
	// "ANSWER"
	39: {[3]uint64{0x57534e4157534e41, 0x4557534e57534e41, 0x524557534557534e}, 6, 1},
	// "BUSY_CHANNEL1"
	41: {[3]uint64{0x5f59535559535542, 0x4e41484348435f59, 0x314c454e454e4e41}, 13, 7},
	// "BUSY"
	43: {[3]uint64{0x5953554259535542, 0x5953554259535542, 0x5953554259535542}, 4, 4},
	// "MISS_CALL"
	44: {[3]uint64{0x5f5353495353494d, 0x41435f53435f5353, 0x4c4c41434c41435f}, 9, 22},
	// "MAXUSE"
	45: {[3]uint64{0x5558414d5558414d, 0x535558415558414d, 0x4553555853555841}, 6, 13},
	// "FLOW_NOT_PUBLISHED"
	46: {[3]uint64{0x4e5f574f574f4c46, 0x4255505f5f544f4e, 0x4445485353494c42}, 18, 16},
	// "NOANSWER_CHANNEL1"
	49: {[3]uint64{0x57534e414e414f4e, 0x48435f525f524557, 0x314c454e4e4e4148}, 17, 11},
	// "FLOW_EXECUTED"
	51: {[3]uint64{0x5f574f4c574f4c46, 0x4345584558455f57, 0x4445545554554345}, 13, 26},
	// "QUEUE_TIMEOUT"
	53: {[3]uint64{0x4555455555455551, 0x4d49545f545f4555, 0x54554f454f454d49}, 13, 18},
	// "REJECTED"
	57: {[3]uint64{0x454a4552454a4552, 0x5443454a43454a45, 0x4445544345544345}, 8, 5},
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
