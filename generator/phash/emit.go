package phash

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// slotsPerLine is how many slot entries a line of the emitted index table
// holds.
const slotsPerLine = 16

// Func emits the lookup function name and, for the Perfect and Map
// strategies, its table (a package-level var named name+"Slots"). keys is the code
// naming the caller's slice or array of the keys, in the order given to
// Build; its elements may be strings or any type whose underlying type is
// string. The function is generic over ~string | ~[]byte, so the same code
// serves Parse(string), IsKnown on the enum type itself, and
// UnmarshalText/UnmarshalJSON on []byte without allocating.
func (t *Table) Func(name string, keys jen.Code) jen.Code {
	switch {
	case t.strategy == Switch:
		return t.switchFunc(name, keys)
	case t.strategy == Map:
		return jen.Add(t.mapFunc(name, keys), jen.Line(), jen.Line(), t.mapVar(name+"Slots", keys))
	case t.maxLen == 0: // only "" or nothing: the guard decides everything
		return t.doc(name, keys).Add(signature(name)).Block(t.guardBody(jen.Len(jen.Id("s")))...)
	case t.check.on():
		return jen.Add(t.wordsFunc(name, keys), jen.Line(), jen.Line(), t.wordsVar(name+"Slots"))
	default:
		return jen.Add(t.compareFunc(name, keys), jen.Line(), jen.Line(), t.indexVar(name+"Slots"))
	}
}

// signature is the head shared by all shapes:
//
//	func name[S ~string | ~[]byte](s S) (int, bool)
func signature(name string) *jen.Statement {
	return jen.Func().Id(name).
		Types(jen.Id("S").Union(jen.Op("~").String(), jen.Op("~").Index().Byte())).
		Params(jen.Id("s").Id("S")).
		Params(jen.Int(), jen.Bool())
}

// doc is the comment above the emitted function, wrapped at 80 columns.
func (t *Table) doc(name string, keys jen.Code) *jen.Statement {
	where := "the known values"
	if gs, ok := keys.(fmt.GoStringer); ok {
		where = gs.GoString()
	}
	return comment(fmt.Sprintf("%s returns the index of s in %s and whether s is there at all; "+
		"the index is meaningful only when the bool is true. It never allocates, for a string or a []byte.", name, where)).
		Comment("").Line().
		Add(comment("Generated lookup: " + t.String() + "."))
}

// comment emits text as // lines of at most 77 characters (80 with the
// marker), breaking between words.
func comment(text string) *jen.Statement {
	c := jen.Null()
	line := ""
	for _, w := range strings.Fields(text) {
		if line != "" && len(line)+1+len(w) > 77 {
			c.Comment(line).Line()
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return c.Comment(line).Line()
}

// compareFunc emits the lookup confirmed by a string compare, for a table
// reading len(s) and s[1]:
//
//	func lookupX[S ~string | ~[]byte](s S) (int, bool) {
//		n := len(s)
//		if n < 2 || n > 9 {
//			return 0, false
//		}
//		i := lookupXSlots[(uint32(n)^uint32(s[1])<<8)*0x94cfda81>>28]
//		return int(i), string(keys[i]) == string(s)
//	}
func (t *Table) compareFunc(name string, keys jen.Code) jen.Code {
	return t.doc(name, keys).Add(signature(name)).Block(
		jen.Id("n").Op(":=").Len(jen.Id("s")),
		t.guard(),
		jen.Id("i").Op(":=").Id(name+"Slots").Index(t.hashExpr()),
		jen.Return(
			jen.Int().Parens(jen.Id("i")),
			jen.String().Parens(jen.Add(keys).Index(jen.Id("i"))).Op("==").String().Parens(jen.Id("s")),
		),
	)
}

// wordsFunc emits the lookup confirmed by the word check (verify.go), for
// keys of 4 to 21 bytes:
//
//	func lookupX[S ~string | ~[]byte](s S) (int, bool) {
//		n := len(s)
//		if n < 4 || n > 21 {
//			return 0, false
//		}
//		e := &lookupXSlots[(uint32(n)^uint32(s[n-1])<<8)*0xc860827d>>26]
//		load4 := func(i int) uint64 { ... the 4 bytes at s[i:], little-endian }
//		load8 := func(i int) uint64 { ... the 8 bytes at s[i:] }
//		var w0, w1, w2 uint64
//		if n >= 8 {
//			m := n - 8
//			w0, w1, w2 = load8(0), load8(m/2), load8(m)
//		} else {
//			w0 = load4(0) | load4(n-4)<<32
//		}
//		d := w0 ^ e.words[0] | w1 ^ e.words[1] | w2 ^ e.words[2] // parenthesized
//		return int(e.index), d == 0 && len(e.key) == n
//	}
func (t *Table) wordsFunc(name string, keys jen.Code) jen.Code {
	body := append([]jen.Code{
		jen.Id("n").Op(":=").Len(jen.Id("s")),
		t.guard(),
	}, t.wordsPack(name)...)
	body = append(body,
		jen.Id("d").Op(":=").Add(t.wordsDiff()),
		jen.Return(
			jen.Int().Parens(jen.Id("e").Dot("index")),
			jen.Id("d").Op("==").Lit(0).Op("&&").Len(jen.Id("e").Dot("key")).Op("==").Id("n"),
		))
	return t.doc(name, keys).Add(signature(name)).Block(body...)
}

// wordsPack emits the statements shared by the word-check lookups: e, the
// input's slot, then the closures and w0.. holding the packed input.
func (t *Table) wordsPack(name string) []jen.Code {
	body := []jen.Code{
		jen.Id("e").Op(":=").Op("&").Id(name + "Slots").Index(t.hashExpr()),
	}
	if t.check.short {
		body = append(body, jen.Comment("load4 and load8 return the bytes at s[i:] as a little-endian number."), loadFunc("load4", 4))
	} else {
		body = append(body, jen.Comment("load8 returns the 8 bytes at s[i:] as a little-endian number."))
	}
	if t.check.long > 0 {
		body = append(body, loadFunc("load8", 8))
	}
	body = append(body, jen.Comment("Pack s as the slot's key is packed; see the table's comment."))
	return append(body, t.packStmts()...)
}

// wordsDiff emits (w0 ^ e.words[0]) | (w1 ^ e.words[1]) | ...: zero when s
// packs as the slot's key does.
func (t *Table) wordsDiff() jen.Code {
	nw := t.check.words()
	d := jen.Null()
	for j := range nw {
		x := jen.Id(fmt.Sprintf("w%d", j)).Op("^").Id("e").Dot("words").Index(jen.Lit(j))
		switch {
		case nw == 1:
			d.Add(x)
		case j == 0:
			d.Parens(x)
		default:
			d.Op("|").Parens(x)
		}
	}
	return d
}

// loadFunc emits a closure reading size bytes of s at i, little-endian:
//
//	load4 := func(i int) uint64 {
//		b := s[i : i+4]
//		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
//	}
func loadFunc(name string, size int) jen.Code {
	v := jen.Uint64().Parens(jen.Id("b").Index(jen.Lit(0)))
	for k := 1; k < size; k++ {
		v.Op("|").Uint64().Parens(jen.Id("b").Index(jen.Lit(k))).Op("<<").Lit(8 * k)
	}
	return jen.Id(name).Op(":=").Func().Params(jen.Id("i").Int()).Uint64().Block(
		jen.Id("b").Op(":=").Id("s").Index(jen.Id("i"), jen.Id("i").Op("+").Lit(size)),
		jen.Return(v),
	)
}

// packStmts declares w0.. and packs s into them: 8-byte windows when n >= 8,
// one word of two 4-byte windows when n < 8, and the branch between the
// two only when keys of both kinds exist.
func (t *Table) packStmts() []jen.Code {
	nw := t.check.words()
	var names []jen.Code
	for j := range nw {
		names = append(names, jen.Id(fmt.Sprintf("w%d", j)))
	}
	short := jen.Id("w0").Op("=").Id("load4").Call(jen.Lit(0)).Op("|").
		Id("load4").Call(jen.Id("n").Op("-").Lit(4)).Op("<<").Lit(32)
	var long []jen.Code
	if t.check.long > 0 {
		var loads []jen.Code
		for k := range t.check.long {
			loads = append(loads, jen.Id("load8").Call(t.offsetExpr(k)))
		}
		if t.check.long > 1 {
			long = append(long, jen.Id("m").Op(":=").Id("n").Op("-").Lit(8))
		}
		long = append(long, jen.List(names...).Op("=").List(loads...))
	}
	decl := jen.Var().List(names...).Uint64()
	switch {
	case t.check.long == 0:
		return []jen.Code{decl, short}
	case !t.check.short:
		return append([]jen.Code{decl}, long...)
	default:
		return []jen.Code{decl, jen.If(jen.Id("n").Op(">=").Lit(8)).Block(long...).Else().Block(short)}
	}
}

// offsetExpr emits the offset of 8-byte window k: 0, m, m/2 or 2*m/3.
func (t *Table) offsetExpr(k int) jen.Code {
	last := t.check.long - 1
	switch {
	case k == 0:
		return jen.Lit(0)
	case k == last:
		return jen.Id("m")
	case k == 1:
		return jen.Id("m").Op("/").Lit(last)
	default:
		return jen.Lit(k).Op("*").Id("m").Op("/").Lit(last)
	}
}

// guard emits the length check that keeps inputs no key is as long as away
// from the hash (and from the byte reads), and matches the keys shorter than
// the cut, which the hash does not cover:
//
//	if n < 4 || n > 21 {
//		return 0, false // no short keys
//		return 3, n == 0 // only "" (index 3)
//		switch string(s) { case "", "no": ... } // a few short keys
//	}
func (t *Table) guard() jen.Code {
	return jen.If(t.outside()).Block(t.guardBody(jen.Id("n"))...)
}

// outside emits the condition of the length guard: n < 4 || n > 21, or
// n != 8 when every hashed key is 8 bytes long.
func (t *Table) outside() jen.Code {
	if t.cut == t.maxLen {
		return jen.Id("n").Op("!=").Lit(t.cut)
	}
	return jen.Id("n").Op("<").Lit(t.cut).Op("||").Id("n").Op(">").Lit(t.maxLen)
}

// guardBody returns the result for inputs outside the hashed lengths; n is
// the code for the input's length.
func (t *Table) guardBody(n jen.Code) []jen.Code {
	switch {
	case len(t.short) == 0:
		return []jen.Code{jen.Return(jen.Lit(0), jen.False())}
	case len(t.short) == 1 && t.keys[t.short[0]] == "":
		return []jen.Code{jen.Return(jen.Lit(t.short[0]), jen.Add(n).Op("==").Lit(0))}
	default:
		return []jen.Code{t.switchStmt(t.short), jen.Return(jen.Lit(0), jen.False())}
	}
}

// hashExpr emits (uint32(n) ^ uint32(s[p1])<<8 ^ ...) * mult >> shift, the
// expression Table.hash evaluates.
func (t *Table) hashExpr() jen.Code {
	w := jen.Uint32().Parens(jen.Id("n"))
	for i, p := range t.pos {
		w = w.Op("^").Uint32().Parens(jen.Id("s").Index(posIndex(p))).Op("<<").Lit(8 * (i + 1))
	}
	if len(t.pos) > 0 {
		w = jen.Parens(w)
	}
	return w.Op("*").Id(fmt.Sprintf("%#08x", t.mult)).Op(">>").Lit(int(32 - t.bits))
}

// posIndex emits the index expression of p: 3, or n-2.
func posIndex(p bytePos) jen.Code {
	if !p.FromEnd {
		return jen.Lit(p.Off)
	}
	return jen.Id("n").Op("-").Lit(p.Off + 1)
}

// indexType is the smallest unsigned type holding every key index.
func (t *Table) indexType() *jen.Statement {
	switch {
	case len(t.keys) > 1<<16:
		return jen.Int()
	case len(t.keys) > 1<<8:
		return jen.Uint16()
	}
	return jen.Uint8()
}

// indexVar emits the slot table of the compare check, sixteen entries a
// line; free slots hold 0, which the compare rejects:
//
//	// lookupXSlots maps a hash slot to an index of the known values.
//	var lookupXSlots = [128]uint8{
//		0, 0, 13, 0, ...
//	}
func (t *Table) indexVar(name string) jen.Code {
	var rows []jen.Code
	for start := 0; start < len(t.slots); start += slotsPerLine {
		var row []jen.Code
		for _, i := range t.slots[start:min(start+slotsPerLine, len(t.slots))] {
			row = append(row, jen.Lit(max(i, 0)))
		}
		rows = append(rows, jen.List(row...))
	}
	return jen.Commentf("%s maps a hash slot to an index of the known values.", name).Line().
		Var().Id(name).Op("=").Index(jen.Lit(len(t.slots))).Add(t.indexType()).
		Custom(jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}, rows...)
}

// wordsVar emits the slot table of the word check; free slots are zero,
// and a length of 0 matches no input that reaches them:
//
//	// lookupXSlots holds, per hash slot, the key that hashes there: ...
//	var lookupXSlots = [64]struct {
//		words [3]uint64
//		key   string
//		index uint8
//	}{
//		1: {[3]uint64{0x4e4148435f595355, 0x4e4e414843, 0x324c454e4e414843}, "BUSY_CHANNEL2", 8},
//	}
//
// The key is there so that a string lookup can return it (a constant, not
// the caller's memory) without a second load through the index.
func (t *Table) wordsVar(name string) jen.Code {
	nw := t.check.words()
	var entries []jen.Code
	for h, i := range t.slots {
		if i < 0 {
			continue
		}
		var ws []jen.Code
		for _, w := range t.slotWords[h] {
			ws = append(ws, jen.Id(fmt.Sprintf("%#x", w)))
		}
		entries = append(entries,
			jen.Lit(h).Op(":").Values(jen.Index(jen.Lit(nw)).Uint64().Values(ws...), jen.Lit(t.keys[i]), jen.Lit(i)))
	}
	return comment(name+" holds, per hash slot, the key that hashes there: "+
		"its bytes packed as the lookup packs its input (a key of 8 bytes or more as "+
		"8-byte windows from its start to its end, evenly spaced; a shorter key as its "+
		"first and last 4 bytes), the key itself and its index among the known values. "+
		"Free slots have the key \"\", which no input that reaches them is.").
		Var().Id(name).Op("=").Index(jen.Lit(len(t.slots))).Struct(
		jen.Id("words").Index(jen.Lit(nw)).Uint64(),
		jen.Id("key").String(),
		jen.Id("index").Add(t.indexType()),
	).Custom(jen.Options{Open: "{", Close: "}", Separator: ",", Multi: true}, entries...)
}

// switchFunc emits the lookup of the Switch strategy:
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

// mapFunc emits the lookup of the Map strategy; the conversion in a map
// index does not allocate, for a string or a []byte:
//
//	func lookupX[S ~string | ~[]byte](s S) (int, bool) {
//		i, ok := lookupXSlots[string(s)]
//		return int(i), ok
//	}
func (t *Table) mapFunc(name string, keys jen.Code) jen.Code {
	return t.doc(name, keys).Add(signature(name)).Block(
		jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(name+"Slots").Index(jen.String().Parens(jen.Id("s"))),
		jen.Return(jen.Int().Parens(jen.Id("i")), jen.Id("ok")),
	)
}

// mapVar emits the map of the Map strategy, filled from keys when the
// package is initialised: a literal of every key would cost the compiler
// time and memory per key.
//
//	var lookupXSlots = func() map[string]uint16 {
//		m := make(map[string]uint16, len(keys))
//		for i, k := range keys {
//			m[string(k)] = uint16(i)
//		}
//		return m
//	}()
func (t *Table) mapVar(name string, keys jen.Code) jen.Code {
	mapType := func() *jen.Statement { return jen.Map(jen.String()).Add(t.indexType()) }
	return comment(name+" maps every key to its index, filled from the keys when the package is initialised.").
		Var().Id(name).Op("=").Func().Params().Add(mapType()).Block(
		jen.Id("m").Op(":=").Make(mapType(), jen.Len(keys)),
		jen.For(jen.List(jen.Id("i"), jen.Id("k")).Op(":=").Range().Add(keys)).Block(
			jen.Id("m").Index(jen.String().Parens(jen.Id("k"))).Op("=").Add(t.indexType()).Parens(jen.Id("i")),
		),
		jen.Return(jen.Id("m")),
	).Call()
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

// StringBody emits the body of a function of s string that looks s up as
// the function name (emitted by Func) does and ends with found(key) when s
// is a key, where key is the code of the key as a string constant (never
// s itself, so the result does not keep the caller's memory), or with
// missing() when it is not. found and missing return statements.
//
// With the word check, the body holds the lookup itself, so a parse does
// not pay a second call and a reload of the value through its index:
//
//	n := len(s)
//	if n < 4 || n > 21 {
//		return CallStatus(s), &UnknownValueError{...} // missing()
//	}
//	e := &lookupCallStatusSlots[...] // as in the lookup
//	...
//	if (w0^e.words[0])|(w1^e.words[1])|(w2^e.words[2]) != 0 || len(e.key) != n {
//		return CallStatus(s), &UnknownValueError{...} // missing()
//	}
//	return CallStatus(e.key), nil // found(e.key)
//
// For other tables (no word check, or keys shorter than the hashed ones)
// it returns nil: the caller then calls the lookup.
func (t *Table) StringBody(name string, found func(key jen.Code) jen.Code, missing func() jen.Code) []jen.Code {
	if t.strategy != Perfect || !t.check.on() || len(t.short) > 0 {
		return nil
	}
	body := []jen.Code{
		jen.Id("n").Op(":=").Len(jen.Id("s")),
		jen.If(t.outside()).Block(missing()),
	}
	body = append(body, t.wordsPack(name)...)
	return append(body,
		jen.If(jen.Add(t.wordsDiff()).Op("!=").Lit(0).Op("||").Len(jen.Id("e").Dot("key")).Op("!=").Id("n")).Block(missing()),
		found(jen.Id("e").Dot("key")),
	)
}
