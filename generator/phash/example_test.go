package phash_test

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/docenum/docenum/generator/phash"
)

func ExampleBuild() {
	tb, err := phash.BuildPerfect([]string{"", "inbound", "outbound"})
	if err != nil {
		panic(err)
	}
	fmt.Println(tb)
	fmt.Println(tb.Lookup("outbound"))
	fmt.Println(tb.Lookup(""))
	_, ok := tb.Lookup("OUTBOUND")
	fmt.Println(ok)
	// Output:
	// perfect hash of len(s) * 0x4469e8ff >> 31 into 2 slots for 3 keys, checked by comparing packed words; "" by the length check
	// 2 true
	// 0 true
	// false
}

// Keys of four bytes or more are confirmed by comparing packed words.
func ExampleTable_Func() {
	tb, err := phash.BuildPerfect([]string{"", "inbound", "outbound"})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%#v\n", tb.Func("lookupDirection", jen.Id("directionValues")))
	// Output:
	// // lookupDirection returns the index of s in directionValues and whether s is
	// // there at all; the index is meaningful only when the bool is true. It never
	// // allocates, for a string or a []byte.
	// //
	// // Generated lookup: perfect hash of len(s) * 0x4469e8ff >> 31 into 2 slots for
	// // 3 keys, checked by comparing packed words; "" by the length check.
	// func lookupDirection[S ~string | ~[]byte](s S) (int, bool) {
	// 	n := len(s)
	// 	if n < 7 || n > 8 {
	// 		return 0, n == 0
	// 	}
	// 	e := &lookupDirectionSlots[uint32(n)*0x4469e8ff>>31]
	// 	// load4 and load8 return the bytes at s[i:] as a little-endian number.
	// 	load4 := func(i int) uint64 {
	// 		b := s[i : i+4]
	// 		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
	// 	}
	// 	load8 := func(i int) uint64 {
	// 		b := s[i : i+8]
	// 		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 | uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	// 	}
	// 	// Pack s as the slot's key is packed; see the table's comment.
	// 	var w0 uint64
	// 	if n >= 8 {
	// 		w0 = load8(0)
	// 	} else {
	// 		w0 = load4(0) | load4(n-4)<<32
	// 	}
	// 	d := w0 ^ e.words[0]
	// 	return int(e.index), d == 0 && len(e.key) == n
	// }
	//
	// // lookupDirectionSlots holds, per hash slot, the key that hashes there: its
	// // bytes packed as the lookup packs its input (a key of 8 bytes or more as
	// // 8-byte windows from its start to its end, evenly spaced; a shorter key as its
	// // first and last 4 bytes), the key itself and its index among the known values.
	// // Free slots have the key "", which no input that reaches them is.
	// var lookupDirectionSlots = [2]struct {
	// 	words [1]uint64
	// 	key   string
	// 	index uint8
	// }{
	// 	0: {[1]uint64{0x646e756f6274756f}, "outbound", 2},
	// 	1: {[1]uint64{0x646e756f6f626e69}, "inbound", 1},
	// }
}

// Shorter keys are confirmed by a string compare.
func ExampleTable_Func_short() {
	tb, err := phash.BuildPerfect([]string{"", "a", "b"})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%#v\n", tb.Func("lookupLeg", jen.Id("legValues")))
	// Output:
	// // lookupLeg returns the index of s in legValues and whether s is there at all;
	// // the index is meaningful only when the bool is true. It never allocates, for a
	// // string or a []byte.
	// //
	// // Generated lookup: perfect hash of len(s), s[0] * 0x4469e8ff >> 31 into 2
	// // slots for 3 keys, checked by a string compare; "" by the length check.
	// func lookupLeg[S ~string | ~[]byte](s S) (int, bool) {
	// 	n := len(s)
	// 	if n != 1 {
	// 		return 0, n == 0
	// 	}
	// 	i := lookupLegSlots[(uint32(n)^uint32(s[0])<<8)*0x4469e8ff>>31]
	// 	return int(i), string(legValues[i]) == string(s)
	// }
	//
	// // lookupLegSlots maps a hash slot to an index of the known values.
	// var lookupLegSlots = [2]uint8{
	// 	1, 2,
	// }
}
