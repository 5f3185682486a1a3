// Package phash builds the known-value lookup of generated enums: a
// function, computed at generation time, that maps a wire string to its
// index in the enum's value list in a few nanoseconds, without allocating,
// for a string, a []byte or the enum type itself.
//
// # How it works
//
// Build searches, in a fixed order, for a perfect hash over the keys: the
// length and zero to three bytes at positions counted from the start or the
// end, packed into 32 bits, multiplied by an odd constant and shifted into a
// power-of-two slot table with no two keys in one slot. A lookup computes
// the slot, reads the key index stored there and confirms with one string
// compare; free slots hold any index, since the compare rejects whatever
// lands on them. Inputs shorter than the hash's byte positions never reach
// it: a length check sends them to a switch over the few short keys (often
// just "", the zero value of canonical enums).
//
// The search prefers fewer short keys, then fewer bytes read, then smaller
// tables (nextPow2(n) up to eight times that), trying a fixed sequence of
// multipliers, so the same keys always give the same table and the same
// generated code. When the bounded search finds nothing (keys that differ
// only beyond the shortest key's length, hundreds of keys), the table falls
// back to a Go switch over all keys: correct, and a few times slower.
//
// # Using it from an emitter
//
// The emitter owns the value list; Func references it by the code passed
// in and emits the function and its slot table:
//
//	tb, err := phash.Build(wires) // wires[i] is the wire string of value i
//	if err != nil {
//		return err // duplicate wire string
//	}
//	f.Var().Id("callStatusValues").Op("=").Index().Id("CallStatus").Values(...)
//	f.Add(tb.Func("lookupCallStatus", jen.Id("callStatusValues")))
//
// which emits (for the 28 Kaleyra.io call statuses):
//
//	func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool) {
//		if len(s) < 4 {
//			return 0, false
//		}
//		i := lookupCallStatusSlots[(uint32(len(s))^uint32(s[len(s)-1])<<8)*0xc860827d>>26]
//		return int(i), string(callStatusValues[i]) == string(s)
//	}
//
//	var lookupCallStatusSlots = [64]uint8{ ... }
//
// and the generated methods call it with whatever they hold:
//
//	func (c CallStatus) IsKnown() bool { _, ok := lookupCallStatus(c); return ok }
//
//	func (c *CallStatus) UnmarshalText(b []byte) error {
//		if i, ok := lookupCallStatus(b); ok {
//			*c = callStatusValues[i] // the constant: no copy, no allocation
//			return nil
//		}
//		*c = CallStatus(b) // unknown: copied
//		return nil
//	}
//
// The function is generic so one body serves string, []byte and the enum
// type; string(b) == key compares a []byte without allocating in each
// instantiation (pinned by the package's tests, which compile and run the
// emitted code).
package phash
