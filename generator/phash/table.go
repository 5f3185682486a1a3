package phash

import (
	"fmt"
	"strings"
)

// Strategy is how a Table finds a key.
type Strategy int

const (
	// Switch is a Go switch statement over the keys, for the few keys
	// (MaxSwitch or fewer) where a hash buys nothing: the compiler turns
	// it into a length dispatch and a compare or two.
	Switch Strategy = iota
	// Perfect hashes the length and up to three bytes into a slot table
	// with no collisions among the keys; one string compare decides.
	Perfect
	// Map is a map from key to index, built when the package is
	// initialised: the fallback for key sets too large for the search
	// (over MaxPerfect) or with no perfect hash in its bounds. Unlike a
	// switch, it costs the compiler nothing per key, so a 10,000-value
	// enum still compiles in seconds.
	Map
)

func (s Strategy) String() string {
	switch s {
	case Perfect:
		return "perfect"
	case Map:
		return "map"
	}
	return "switch"
}

// bytePos is a byte position in a string: s[Off], or, when FromEnd,
// s[len(s)-1-Off]. Build only uses positions that exist in every non-empty
// key; generated code checks the input length before reading them.
type bytePos struct {
	Off     int
	FromEnd bool
}

// index is the position of p in a string of length n.
func (p bytePos) index(n int) int {
	if p.FromEnd {
		return n - 1 - p.Off
	}
	return p.Off
}

func (p bytePos) String() string {
	if p.FromEnd {
		if p.Off == 0 {
			return "s[len(s)-1]"
		}
		return fmt.Sprintf("s[len(s)-%d]", p.Off+1)
	}
	return fmt.Sprintf("s[%d]", p.Off)
}

// Table is a lookup table over a fixed list of keys, built by Build.
type Table struct {
	keys     []string
	strategy Strategy

	// Perfect strategy only. Inputs shorter than cut or longer than maxLen
	// never reach the hash.
	cut    int
	maxLen int       // length of the longest key
	short  []int     // indexes of the keys shorter than cut, in key order
	pos    []bytePos // all < cut, so they exist in every input that is hashed
	mult   uint32
	bits   uint  // the slot table has 1<<bits entries
	slots  []int // slot -> key index, -1 for a free slot
	// check is the word check (verify.go); when off, a string compare
	// confirms the key.
	check     wordCheck
	slotWords [][]uint64 // slot -> the words of its key (nil when free)
}

// Strategy reports how the table finds keys.
func (t *Table) Strategy() Strategy { return t.strategy }

// Len is the number of keys.
func (t *Table) Len() int { return len(t.keys) }

// String describes the table in one line, e.g. "perfect hash of len(s),
// s[len(s)-1] * 0xc860827d >> 26 into 64 slots for 28 keys, checked by
// comparing packed words". Generated code carries it in a comment.
func (t *Table) String() string {
	if t.strategy != Perfect {
		return fmt.Sprintf("%s for %d keys", t.strategy, len(t.keys))
	}
	terms := []string{"len(s)"}
	for _, p := range t.pos {
		terms = append(terms, p.String())
	}
	check := "a string compare"
	if t.check.on() {
		check = "comparing packed words"
	}
	short := ""
	switch {
	case len(t.short) == 1 && t.keys[t.short[0]] == "":
		short = `; "" by the length check`
	case len(t.short) > 0:
		short = fmt.Sprintf("; %d shorter than %d by switch", len(t.short), t.cut)
	}
	return fmt.Sprintf("perfect hash of %s * %#x >> %d into %d slots for %d keys, checked by %s%s",
		strings.Join(terms, ", "), t.mult, 32-t.bits, len(t.slots), len(t.keys), check, short)
}

// Lookup returns the index of s among the keys, evaluating exactly what
// the code emitted by Func evaluates. The index is meaningful only when ok.
func (t *Table) Lookup(s string) (index int, ok bool) {
	if t.strategy != Perfect {
		return t.lookupLinear(s)
	}
	if len(s) < t.cut || len(s) > t.maxLen {
		return t.lookupShort(s)
	}
	h := t.hash(s)
	i := max(t.slots[h], 0) // the emitted table holds 0 in free slots
	if !t.check.on() {
		return i, t.keys[i] == s
	}
	return i, t.slots[h] >= 0 && len(t.keys[i]) == len(s) && equalWords(t.check.pack(s), t.slotWords[h])
}

// lookupShort matches s against the keys shorter than the cut, as the
// emitted switch behind the length guard does (longer inputs never match).
func (t *Table) lookupShort(s string) (int, bool) {
	for _, i := range t.short {
		if t.keys[i] == s {
			return i, true
		}
	}
	return 0, false
}

func (t *Table) lookupLinear(s string) (int, bool) {
	for i, k := range t.keys {
		if k == s {
			return i, true
		}
	}
	return 0, false
}

// hash is the slot of s. s must be at least t.cut long.
func (t *Table) hash(s string) uint32 {
	return word(s, t.pos) * t.mult >> (32 - t.bits)
}

// word packs the length of s and the bytes at pos into 32 bits: the length
// in the low byte (higher bits of long lengths overlap, which Build's
// distinctness check accounts for) and byte i at bits 8(i+1).
func word(s string, pos []bytePos) uint32 {
	w := uint32(len(s))
	for i, p := range pos {
		w ^= uint32(s[p.index(len(s))]) << (8 * (i + 1))
	}
	return w
}
