package phash_test

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/docenum/docenum/generator/phash"
)

func ExampleBuild() {
	tb, err := phash.Build([]string{"", "inbound", "outbound"})
	if err != nil {
		panic(err)
	}
	fmt.Println(tb)
	fmt.Println(tb.Lookup("outbound"))
	fmt.Println(tb.Lookup(""))
	_, ok := tb.Lookup("OUTBOUND")
	fmt.Println(ok)
	// Output:
	// perfect hash of len(s) * 0x4469e8ff >> 31 into 2 slots for 3 keys; "" by the length check
	// 2 true
	// 0 true
	// false
}

func ExampleTable_Func() {
	tb, err := phash.Build([]string{"", "inbound", "outbound"})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%#v\n", tb.Func("lookupDirection", jen.Id("directionValues")))
	// Output:
	// // lookupDirection returns the index of s in directionValues and whether s is there at all;
	// // the index is meaningful only when the bool is true.
	// // It never allocates, for a string or a []byte.
	// //
	// // Generated lookup: perfect hash of len(s) * 0x4469e8ff >> 31 into 2 slots for 3 keys; "" by the length check.
	// func lookupDirection[S ~string | ~[]byte](s S) (int, bool) {
	// 	if len(s) < 7 {
	// 		return 0, len(s) == 0
	// 	}
	// 	i := lookupDirectionSlots[uint32(len(s))*0x4469e8ff>>31]
	// 	return int(i), string(directionValues[i]) == string(s)
	// }
	//
	// // lookupDirectionSlots maps a hash slot to an index of the known values.
	// var lookupDirectionSlots = [2]uint8{
	// 	2, 1,
	// }
}
