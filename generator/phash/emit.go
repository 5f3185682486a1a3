package phash

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// slotsPerLine is how many slot entries a line of the emitted table holds.
const slotsPerLine = 16

// Func emits the lookup function name and, for the Perfect strategy, its
// slot table (a package-level var named name+"Slots"). keys is the code
// naming the caller's slice or array of the keys, in the order given to
// Build; its elements may be strings or any type whose underlying type is
// string. The function is generic over ~string | ~[]byte, so the same code
// serves Parse(string), IsKnown on the enum type itself, and
// UnmarshalText/UnmarshalJSON on []byte without allocating.
func (t *Table) Func(name string, keys jen.Code) jen.Code {
	if t.strategy != Perfect {
		return t.switchFunc(name, keys)
	}
	return jen.Add(
		t.perfectFunc(name, keys), jen.Line(), jen.Line(),
		t.slotsVar(name+"Slots"),
	)
}

// signature is the head shared by both strategies:
//
//	func name[S ~string | ~[]byte](s S) (int, bool)
func signature(name string) *jen.Statement {
	return jen.Func().Id(name).
		Types(jen.Id("S").Union(jen.Op("~").String(), jen.Op("~").Index().Byte())).
		Params(jen.Id("s").Id("S")).
		Params(jen.Int(), jen.Bool())
}

// doc is the comment above the emitted function.
func (t *Table) doc(name string, keys jen.Code) *jen.Statement {
	where := "the known values"
	if gs, ok := keys.(fmt.GoStringer); ok {
		where = gs.GoString()
	}
	return jen.Commentf("%s returns the index of s in %s and whether s is there at all;", name, where).Line().
		Comment("the index is meaningful only when the bool is true.").Line().
		Comment("It never allocates, for a string or a []byte.").Line().
		Comment("").Line().
		Commentf("Generated lookup: %s.", t.String()).Line()
}

// perfectFunc emits, for a table reading len(s), s[1] and s[len(s)-1]:
//
//	func lookupX[S ~string | ~[]byte](s S) (int, bool) {
//		if len(s) < 4 {
//			return 0, false // or (indexOfEmpty, len(s) == 0) when "" is a key
//		}
//		i := lookupXSlots[(uint32(len(s))^uint32(s[1])<<8^uint32(s[len(s)-1])<<16)*0x94cfda81>>26]
//		return int(i), string(keys[i]) == string(s)
//	}
func (t *Table) perfectFunc(name string, keys jen.Code) jen.Code {
	return t.doc(name, keys).Add(signature(name)).Block(
		t.guard(),
		jen.Id("i").Op(":=").Id(name+"Slots").Index(t.hashExpr()),
		jen.Return(
			jen.Int().Parens(jen.Id("i")),
			jen.String().Parens(jen.Add(keys).Index(jen.Id("i"))).Op("==").String().Parens(jen.Id("s")),
		),
	)
}

// guard emits the length check that keeps short inputs away from the byte
// reads, and matches the keys shorter than the cut, which the hash does not
// cover:
//
//	if len(s) < 4 {
//		return 0, false // no short keys
//		return 3, len(s) == 0 // only "" (index 3)
//		switch string(s) { case "", "no": ... } // a few short keys
//	}
func (t *Table) guard() jen.Code {
	if t.cut == 0 {
		return jen.Null()
	}
	return jen.If(jen.Len(jen.Id("s")).Op("<").Lit(t.cut)).BlockFunc(func(g *jen.Group) {
		switch {
		case len(t.short) == 0:
			g.Return(jen.Lit(0), jen.False())
		case len(t.short) == 1 && t.keys[t.short[0]] == "":
			g.Return(jen.Lit(t.short[0]), jen.Len(jen.Id("s")).Op("==").Lit(0))
		default:
			g.Add(t.switchStmt(t.short))
			g.Return(jen.Lit(0), jen.False())
		}
	})
}

// hashExpr emits (uint32(len(s)) ^ uint32(s[p1])<<8 ^ ...) * mult >> shift,
// the expression Table.hash evaluates.
func (t *Table) hashExpr() jen.Code {
	w := jen.Uint32().Parens(jen.Len(jen.Id("s")))
	for i, p := range t.pos {
		w = w.Op("^").Uint32().Parens(jen.Id("s").Index(posIndex(p))).Op("<<").Lit(8 * (i + 1))
	}
	if len(t.pos) > 0 {
		w = jen.Parens(w)
	}
	return w.Op("*").Id(fmt.Sprintf("%#08x", t.mult)).Op(">>").Lit(int(32 - t.bits))
}

// posIndex emits the index expression of p: 3, or len(s)-2.
func posIndex(p Pos) jen.Code {
	if !p.FromEnd {
		return jen.Lit(p.Off)
	}
	return jen.Len(jen.Id("s")).Op("-").Lit(p.Off + 1)
}

// slotsVar emits the slot table, sixteen entries a line:
//
//	// lookupXSlots maps a hash slot to an index of the known values.
//	var lookupXSlots = [128]uint8{
//		0, 0, 13, 0, ...
//	}
func (t *Table) slotsVar(name string) jen.Code {
	elem := jen.Uint8()
	if len(t.keys) > 256 {
		elem = jen.Uint16()
	}
	var rows []jen.Code
	for start := 0; start < len(t.slots); start += slotsPerLine {
		var row []jen.Code
		for _, i := range t.slots[start:min(start+slotsPerLine, len(t.slots))] {
			row = append(row, jen.Lit(i))
		}
		rows = append(rows, jen.List(row...))
	}
	return jen.Commentf("%s maps a hash slot to an index of the known values.", name).Line().
		Var().Id(name).Op("=").Index(jen.Lit(len(t.slots))).Add(elem).
		Custom(jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}, rows...)
}

// switchFunc emits the fallback:
//
//	func lookupX[S ~string | ~[]byte](s S) (int, bool) {
//		switch string(s) {
//		case "ANSWER":
//			return 0, true
//		...
//		}
//		return 0, false
//	}
func (t *Table) switchFunc(name string, keys jen.Code) jen.Code {
	all := make([]int, len(t.keys))
	for i := range all {
		all[i] = i
	}
	return t.doc(name, keys).Add(signature(name)).Block(
		t.switchStmt(all),
		jen.Return(jen.Lit(0), jen.False()),
	)
}

// switchStmt emits a switch returning the index of each key in idx, or
// nothing when idx is empty:
//
//	switch string(s) {
//	case "ANSWER":
//		return 0, true
//	}
func (t *Table) switchStmt(idx []int) jen.Code {
	if len(idx) == 0 {
		return jen.Null()
	}
	return jen.Switch(jen.String().Parens(jen.Id("s"))).BlockFunc(func(g *jen.Group) {
		for _, i := range idx {
			g.Case(jen.Lit(t.keys[i])).Block(jen.Return(jen.Lit(i), jen.True()))
		}
	})
}
