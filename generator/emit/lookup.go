package emit

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/phash"
)

// genLookup emits the function from a wire string (or byte slice) to the
// value's index in the enum's value array, and the table it reads. It is
// the only emitter that decides how the lookup works; every caller relies
// on the signature
//
//	func lookupCallStatus[S ~string | ~[]byte](s S) (int, bool)
//
// so that Parse, IsKnown and the decoding methods share one function that
// allocates for no argument type. The body is a perfect hash computed now,
// at generation time (package phash), or a switch when none is found.
func genLookup(e *model.Enum) (jen.Code, error) {
	h := e.Helpers
	if h.LookupData != h.Lookup+"Slots" {
		return nil, fmt.Errorf("enum %s: lookup table must be named %sSlots, the model reserved %s", e.Name, h.Lookup, h.LookupData)
	}
	tb, err := lookupTable(e)
	if err != nil {
		return nil, err
	}
	return tb.Func(h.Lookup, jen.Id(h.ValuesVar)), nil
}

// lookupTable builds the perfect hash of e's wire strings. It is
// deterministic, so genParse and genLookup, which both need it, agree.
func lookupTable(e *model.Enum) (*phash.Table, error) {
	wires := make([]string, len(e.Values))
	for i, v := range e.Values {
		wires[i] = v.Wire
	}
	tb, err := phash.Build(wires)
	if err != nil {
		return nil, fmt.Errorf("enum %s: %w", e.Name, err)
	}
	return tb, nil
}
