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
// the slot and confirms that the input is the key stored there. Inputs
// outside the keys' lengths never reach the hash: a length check rejects
// them, or sends them to a switch over the few keys too short for the
// hash's byte positions (often just "", the zero value of canonical enums).
//
// The confirmation is where the time goes: a string compare calls
// runtime.memequal, whose branches on the length mispredict when inputs of
// many lengths come in random order. So when the keys are 4 to 64 bytes
// long, each slot stores its key's length and bytes packed into 64-bit
// words, and the lookup packs the input the same way (8-byte loads at
// offsets computed from its length, or its first and last 4 bytes when it
// is shorter than 8) and compares words (see verify.go). Shorter keys are
// confirmed by a compare.
//
// The search prefers fewer short keys, then fewer bytes read, then smaller
// tables (nextPow2(n) up to eight times that), trying a fixed sequence of
// multipliers, so the same keys always give the same table and the same
// generated code. When the bounded search finds nothing (keys that differ
// only beyond the shortest key's length, hundreds of keys), the table falls
// back to a Go switch over all keys: correct, and a few times slower.
//
// # Strategies
//
// Build fits the lookup to the number of keys: up to MaxSwitch keys a Go
// switch (a hash buys nothing), up to MaxPerfect the perfect hash above,
// and beyond that, or when the search finds no perfect hash, a map filled
// when the package is initialised. A switch or a map literal over thousands
// of keys costs the compiler tens of seconds and gigabytes; the map built
// at init costs it nothing per key. BuildPerfect searches whatever the size.
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
//	f.Var().Id("valuesCallStatus").Op("=").Index(jen.Op("...")).Id("CallStatus").Values(...)
//	f.Add(tb.Func("lookupCallStatus", jen.Id("valuesCallStatus")))
//
// which emits, for the 28 Kaleyra.io call statuses:
//
//	func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool) {
//		n := len(s)
//		if n < 4 || n > 21 {
//			return 0, false
//		}
//		e := &lookupCallStatusSlots[(uint32(n)^uint32(s[n-1])<<8)*0xc860827d>>26]
//		load4 := func(i int) uint64 { ... the 4 bytes at s[i:], little-endian }
//		load8 := func(i int) uint64 { ... the 8 bytes at s[i:] }
//		var w0, w1, w2 uint64
//		if n >= 8 {
//			m := n - 8
//			w0, w1, w2 = load8(0), load8(m/2), load8(m)
//		} else {
//			w0 = load4(0) | load4(n-4)<<32
//		}
//		d := (w0 ^ e.words[0]) | (w1 ^ e.words[1]) | (w2 ^ e.words[2])
//		return int(e.index), d == 0 && len(e.key) == n
//	}
//
//	var lookupCallStatusSlots = [64]struct{ words [3]uint64; key string; index uint8 }{ ... }
//
// and, for keys shorter than four bytes, the same head and
//
//	i := lookupLegSlots[(uint32(n)^uint32(s[0])<<8)*0x4469e8ff>>31]
//	return int(i), string(valuesLeg[i]) == string(s)
//
// and the generated methods call it with whatever they hold:
//
//	func (c CallStatus) IsKnown() bool { _, ok := lookupCallStatus(c); return ok }
//
//	func (c *CallStatus) UnmarshalText(b []byte) error {
//		if i, ok := lookupCallStatus(b); ok {
//			*c = valuesCallStatus[i] // the constant: no copy, no allocation
//			return nil
//		}
//		*c = CallStatus(b) // unknown: copied
//		return nil
//	}
//
// Parse takes a string and is hot, so Table.StringBody emits the same lookup
// inline in its body, returning the slot's key (a constant, never the input)
// without a second call or a reload through the index.
//
// The function is generic so one body serves string, []byte and the enum
// type; neither the word check nor string(b) == key allocates in any
// instantiation. The package's tests compile and run the emitted code and
// check it answers as Table.Lookup does, without allocating.
package phash
