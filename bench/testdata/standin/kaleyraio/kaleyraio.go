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
// Generated lookup: perfect hash of len(s), s[len(s)-1] * 0xc860827d >> 26 into 64 slots for 28 keys, checked by comparing packed words.
func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool) {
	n := len(s)
	if n < 4 || n > 21 {
		return 0, false
	}
	e := &lookupCallStatusSlots[(uint32(n)^uint32(s[n-1])<<8)*0xc860827d>>26]
	// load4 and load8 return the bytes at s[i:] as a little-endian number.
	load4 := func(i int) uint64 {
		b := s[i : i+4]
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
	}
	load8 := func(i int) uint64 {
		b := s[i : i+8]
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 | uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	}
	// Pack s as the slot's key is packed; see the table's comment.
	var w0, w1, w2 uint64
	if n >= 8 {
		m := n - 8
		w0, w1, w2 = load8(0), load8(m/2), load8(m)
	} else {
		w0 = load4(0) | load4(n-4)<<32
	}
	d := (w0 ^ e.words[0]) | (w1 ^ e.words[1]) | (w2 ^ e.words[2])
	return int(e.index), d == 0 && int(e.len) == n
}

// lookupCallStatusSlots holds, per hash slot, the key that hashes there:
// its bytes packed as the lookup packs its input (a key of 8 bytes or more as
// 8-byte windows from its start to its end, evenly spaced; a shorter key as its
// first and last 4 bytes), its length and its index among the known values.
// Free slots have length 0.
var lookupCallStatusSlots = [64]struct {
	words [3]uint64
	len   uint8
	index uint8
}{
	// "BUSY_CHANNEL2"
	1: {[3]uint64{0x4148435f59535542, 0x4e4e4148435f5953, 0x324c454e4e414843}, 13, 8},
	// "RING_TIMEOUT"
	3: {[3]uint64{0x4d49545f474e4952, 0x4f454d49545f474e, 0x54554f454d49545f}, 12, 25},
	// "INCOMING_DISCONNECTED"
	4: {[3]uint64{0x474e494d4f434e49, 0x4f435349445f474e, 0x44455443454e4e4f}, 21, 24},
	// "BRIDGE_UNAVAILABLE"
	6: {[3]uint64{0x555f454744495242, 0x494156414e555f45, 0x454c42414c494156}, 18, 21},
	// "NOANSWER_CHANNEL2"
	9: {[3]uint64{0x524557534e414f4e, 0x4148435f52455753, 0x324c454e4e414843}, 17, 12},
	// "NOANSWER"
	11: {[3]uint64{0x524557534e414f4e, 0x524557534e414f4e, 0x524557534e414f4e}, 8, 0},
	// "FAILED_CHANNEL1"
	13: {[3]uint64{0x435f44454c494146, 0x4e4148435f44454c, 0x314c454e4e414843}, 15, 9},
	// "FLOW_PAUSED"
	15: {[3]uint64{0x5541505f574f4c46, 0x535541505f574f4c, 0x4445535541505f57}, 11, 15},
	// "NO_INCOMING_CLI"
	16: {[3]uint64{0x4d4f434e495f4f4e, 0x474e494d4f434e49, 0x494c435f474e494d}, 15, 23},
	// "OBD_TIMEOUT"
	17: {[3]uint64{0x454d49545f44424f, 0x4f454d49545f4442, 0x54554f454d49545f}, 11, 19},
	// "FAILED"
	21: {[3]uint64{0x44454c494c494146, 0x0, 0x0}, 6, 3},
	// "CANCEL"
	22: {[3]uint64{0x4c45434e434e4143, 0x0, 0x0}, 6, 20},
	// "FLOW_UNASSIGNED"
	24: {[3]uint64{0x414e555f574f4c46, 0x495353414e555f57, 0x44454e4749535341}, 15, 14},
	// "NOROUTE"
	31: {[3]uint64{0x4554554f4f524f4e, 0x0, 0x0}, 7, 6},
	// "OUTGOING_RESTRICTED"
	32: {[3]uint64{0x474e494f4754554f, 0x545345525f474e49, 0x4445544349525453}, 19, 27},
	// "FLOW_ANSWER"
	33: {[3]uint64{0x534e415f574f4c46, 0x57534e415f574f4c, 0x524557534e415f57}, 11, 2},
	// "FLOW_UNREACHABLE"
	34: {[3]uint64{0x524e555f574f4c46, 0x48434145524e555f, 0x454c424148434145}, 16, 17},
	// "FAILED_CHANNEL2"
	37: {[3]uint64{0x435f44454c494146, 0x4e4148435f44454c, 0x324c454e4e414843}, 15, 10},
	// "ANSWER"
	39: {[3]uint64{0x5245575357534e41, 0x0, 0x0}, 6, 1},
	// "BUSY_CHANNEL1"
	41: {[3]uint64{0x4148435f59535542, 0x4e4e4148435f5953, 0x314c454e4e414843}, 13, 7},
	// "BUSY"
	43: {[3]uint64{0x5953554259535542, 0x0, 0x0}, 4, 4},
	// "MISS_CALL"
	44: {[3]uint64{0x4c41435f5353494d, 0x4c41435f5353494d, 0x4c4c41435f535349}, 9, 22},
	// "MAXUSE"
	45: {[3]uint64{0x455355585558414d, 0x0, 0x0}, 6, 13},
	// "FLOW_NOT_PUBLISHED"
	46: {[3]uint64{0x544f4e5f574f4c46, 0x4c4255505f544f4e, 0x44454853494c4255}, 18, 16},
	// "NOANSWER_CHANNEL1"
	49: {[3]uint64{0x524557534e414f4e, 0x4148435f52455753, 0x314c454e4e414843}, 17, 11},
	// "FLOW_EXECUTED"
	51: {[3]uint64{0x4558455f574f4c46, 0x55434558455f574f, 0x4445545543455845}, 13, 26},
	// "QUEUE_TIMEOUT"
	53: {[3]uint64{0x49545f4555455551, 0x454d49545f455545, 0x54554f454d49545f}, 13, 18},
	// "REJECTED"
	57: {[3]uint64{0x44455443454a4552, 0x44455443454a4552, 0x44455443454a4552}, 8, 5},
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

// Mapping is a value's record in the canonical call-status model, with the
// fields of the generated callstatus.Status.
type Mapping struct {
	Vendor, Raw, Detail string

	Direction  Direction
	Phase      Phase
	Outcome    Outcome
	Leg        Leg
	EndedBy    EndedBy
	AnsweredBy AnsweredBy

	Confidence, Lossy, Note string
	NeedsAnswer             bool
	None                    string
	DetailLossy, DetailNote string
}

// canonicalCallStatus holds the Mapping of each value, by index in valuesCallStatus.
var canonicalCallStatus = [...]Mapping{
	{Vendor: "kaleyraio", Raw: "NOANSWER", Confidence: "high", Phase: "ended", Outcome: "no_answer"},
	{Vendor: "kaleyraio", Raw: "ANSWER", Confidence: "high", Phase: "ended", Outcome: "completed", AnsweredBy: "human"},
	{Vendor: "kaleyraio", Raw: "FLOW_ANSWER", Confidence: "high", Direction: "inbound", Phase: "ended", Outcome: "completed", AnsweredBy: "ivr"},
	{Vendor: "kaleyraio", Raw: "FAILED", Confidence: "high", Phase: "ended", Outcome: "failed", EndedBy: "network"},
	{Vendor: "kaleyraio", Raw: "BUSY", Confidence: "high", Phase: "ended", Outcome: "busy", EndedBy: "callee"},
	{Vendor: "kaleyraio", Raw: "REJECTED", Confidence: "high", Phase: "ended", Outcome: "rejected", EndedBy: "callee"},
	{Vendor: "kaleyraio", Raw: "NOROUTE", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "invalid_destination", EndedBy: "network"},
	{Vendor: "kaleyraio", Raw: "BUSY_CHANNEL1", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "busy", Leg: "a", EndedBy: "callee"},
	{Vendor: "kaleyraio", Raw: "BUSY_CHANNEL2", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "busy", Leg: "b", EndedBy: "callee"},
	{Vendor: "kaleyraio", Raw: "FAILED_CHANNEL1", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "failed", Leg: "a", EndedBy: "network"},
	{Vendor: "kaleyraio", Raw: "FAILED_CHANNEL2", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "failed", Leg: "b", EndedBy: "network"},
	{Vendor: "kaleyraio", Raw: "NOANSWER_CHANNEL1", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "no_answer", Leg: "a"},
	{Vendor: "kaleyraio", Raw: "NOANSWER_CHANNEL2", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "no_answer", Leg: "b"},
	{Vendor: "kaleyraio", Raw: "MAXUSE", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "limit_exceeded", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "FLOW_UNASSIGNED", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "FLOW_PAUSED", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "FLOW_NOT_PUBLISHED", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "FLOW_UNREACHABLE", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "QUEUE_TIMEOUT", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "limit_exceeded", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "OBD_TIMEOUT", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "no_answer", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "CANCEL", Confidence: "high", Phase: "ended", Outcome: "canceled", EndedBy: "caller"},
	{Vendor: "kaleyraio", Raw: "BRIDGE_UNAVAILABLE", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "error", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "MISS_CALL", Confidence: "high", Direction: "inbound", Phase: "ended", Outcome: "no_answer", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "NO_INCOMING_CLI", Confidence: "high", Direction: "inbound", Phase: "ended", Outcome: "restricted", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "INCOMING_DISCONNECTED", Confidence: "high", Direction: "inbound", Phase: "ended", EndedBy: "caller"},
	{Vendor: "kaleyraio", Raw: "RING_TIMEOUT", Confidence: "high", Direction: "inbound", Phase: "ended", Outcome: "no_answer", EndedBy: "system"},
	{Vendor: "kaleyraio", Raw: "FLOW_EXECUTED", Confidence: "high", Phase: "ended", Outcome: "completed", AnsweredBy: "ivr"},
	{Vendor: "kaleyraio", Raw: "OUTGOING_RESTRICTED", Confidence: "high", Direction: "outbound", Phase: "ended", Outcome: "restricted", EndedBy: "system"},
}

// Canonical returns x's record in the canonical model; every dimension is
// unknown for a value the spec does not list.
func (x CallStatus) Canonical() Mapping {
	if i, ok := lookupCallStatus(x); ok {
		return canonicalCallStatus[i]
	}
	return Mapping{Vendor: "kaleyraio", Raw: string(x)}
}
