package phash

import (
	"fmt"
	"sort"
)

// Strategy bounds: MaxSwitch keys or fewer get a switch, more than
// MaxPerfect a map.
const (
	MaxSwitch  = 8
	MaxPerfect = 1024
)

// Search bounds. They keep Build fast (milliseconds) on any key set; a key
// set that needs more falls back to the Map strategy.
const (
	maxPositions   = 3  // bytes mixed into the hash besides the length
	maxCandidates  = 16 // byte positions considered, best-discriminating first
	maxGrowth      = 3  // slot tables from nextPow2(n) up to nextPow2(n)<<3
	numMultipliers = 1024
	minBits        = 1 // a table has at least two slots
	maxShortKeys   = 4 // non-empty keys the length guard may match by switch
	// budget bounds the slot placements one Build may try (about a second
	// of search at worst). Counting work, not time, keeps Build
	// deterministic.
	budget = 100_000_000
)

// multipliers is the fixed sequence of odd 32-bit multipliers tried for every
// choice of positions and table size. It comes from splitmix64 with a fixed
// seed, so Build is deterministic across runs, machines and Go versions.
var multipliers = func() []uint32 {
	ms := make([]uint32, numMultipliers)
	state := uint64(0x646f63656e756d) // "docenum"
	for i := range ms {
		state += 0x9e3779b97f4a7c15
		z := state
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		z ^= z >> 31
		ms[i] = uint32(z>>32) | 1
	}
	return ms
}()

// Build returns a lookup table for keys: Lookup(keys[i]) is (i, true) for
// every i, and (_, false) for every other string. Keys may be of any length,
// including the empty string; a duplicate key is an error.
//
// The strategy fits the number of keys: MaxSwitch keys or fewer get a
// switch, more than MaxPerfect a map, and the others what BuildPerfect
// finds. The same keys always give the same Table.
func Build(keys []string) (*Table, error) {
	switch {
	case len(keys) <= MaxSwitch:
		return newTable(keys, Switch)
	case len(keys) > MaxPerfect:
		return newTable(keys, Map)
	}
	return BuildPerfect(keys)
}

// BuildPerfect searches, in a fixed order, for the cheapest perfect hash
// over keys, whatever their number (fewest keys left to the short-key
// switch, then fewest bytes read, then smallest slot table), and falls back
// to the Map strategy when the bounded search finds none.
func BuildPerfect(keys []string) (*Table, error) {
	t, err := newTable(keys, Map)
	if err != nil || len(keys) == 0 {
		return t, err
	}
	s := &searcher{budget: budget}
	for _, cut := range cuts(keys) {
		if t.search(s, cut) {
			break
		}
	}
	return t, nil
}

// newTable is a table of the strategy over keys, without a hash.
func newTable(keys []string, strategy Strategy) (*Table, error) {
	if err := checkDuplicates(keys); err != nil {
		return nil, err
	}
	return &Table{keys: append([]string(nil), keys...), strategy: strategy}, nil
}

func checkDuplicates(keys []string) error {
	seen := make(map[string]int, len(keys))
	for i, k := range keys {
		if j, ok := seen[k]; ok {
			return fmt.Errorf("phash: duplicate key %q at indexes %d and %d", k, j, i)
		}
		seen[k] = i
	}
	return nil
}

// cuts returns the guard lengths worth trying, best first. Keys shorter
// than the cut are left out of the hash and matched by a switch behind the
// length guard, so the hash may read every position below the cut. The
// first cut is the shortest non-empty key length (only "" is left out);
// each next one leaves out one more length, while at most maxShortKeys
// non-empty keys are left out.
func cuts(keys []string) []int {
	count := map[int]int{}
	for _, k := range keys {
		if k != "" {
			count[len(k)]++
		}
	}
	lens := make([]int, 0, len(count))
	for n := range count {
		lens = append(lens, n)
	}
	sort.Ints(lens)
	if len(lens) == 0 {
		return []int{1} // no keys, or only "": nothing to hash
	}
	out := []int{lens[0]}
	short := 0
	for i := 1; i < len(lens); i++ {
		short += count[lens[i-1]]
		if short > maxShortKeys {
			break
		}
		out = append(out, lens[i])
	}
	return out
}

// search tries, for one cut, fewest positions first, then smallest
// table, every set of candidate positions whose packed words are distinct,
// with every multiplier. It keeps the first hit in t and reports whether
// there was one.
func (t *Table) search(s *searcher, cut int) bool {
	hashed, short := split(t.keys, cut)
	cands := candidates(t.keys, hashed, cut)
	lo := max(bitsFor(len(hashed)), minBits)
	s.words = make([]uint32, len(hashed))
	for k := 0; k <= min(maxPositions, len(cands)); k++ {
		for bits := lo; bits <= lo+maxGrowth; bits++ {
			found := combinations(len(cands), k, func(combo []int) bool {
				pos := pick(cands, combo)
				if !s.pack(t.keys, hashed, pos) {
					return false
				}
				m, ok := s.findMultiplier(bits)
				if ok {
					t.setPerfect(cut, hashed, short, pos, m, bits)
				}
				return ok
			})
			if found {
				return true
			}
		}
	}
	return false
}

// split returns the indexes of the keys at least cut long, which the hash
// covers, and of the shorter ones.
func split(keys []string, cut int) (hashed, short []int) {
	for i, k := range keys {
		if len(k) >= cut {
			hashed = append(hashed, i)
		} else {
			short = append(short, i)
		}
	}
	return hashed, short
}

func (t *Table) setPerfect(cut int, hashed, short []int, pos []bytePos, mult uint32, bits uint) {
	t.strategy = Perfect
	t.cut = cut
	t.short = short
	t.pos = pos
	t.mult = mult
	t.bits = bits
	t.slots = make([]int, 1<<bits)
	for i := range t.slots {
		t.slots[i] = -1
	}
	for _, i := range hashed {
		t.slots[t.hash(t.keys[i])] = i
		t.maxLen = max(t.maxLen, len(t.keys[i]))
	}
	t.check = newWordCheck(cut, t.maxLen)
	if !t.check.on() {
		return
	}
	t.slotWords = make([][]uint64, len(t.slots))
	for h, i := range t.slots {
		if i >= 0 {
			t.slotWords[h] = t.check.pack(t.keys[i])
		}
	}
}

// bitsFor is ceil(log2(n)): the smallest table with room for n keys.
func bitsFor(n int) uint {
	b := uint(0)
	for 1<<b < n {
		b++
	}
	return b
}

// candidates returns the byte positions below cut, which exist in every
// hashed key, most discriminating first (most distinct byte values), at
// most maxCandidates. Positions where every key has the same byte are
// useless and dropped.
func candidates(keys []string, hashed []int, cut int) []bytePos {
	var all []bytePos
	sameLen := sameLength(keys, hashed)
	for off := 0; off < cut; off++ {
		all = append(all, bytePos{Off: off})
		if !sameLen { // with equal lengths, from-end positions repeat from-start ones
			all = append(all, bytePos{Off: off, FromEnd: true})
		}
	}
	score := make(map[bytePos]int, len(all))
	for _, p := range all {
		score[p] = distinctBytes(keys, hashed, p)
	}
	sort.SliceStable(all, func(i, j int) bool { return score[all[i]] > score[all[j]] })
	n := 0
	for _, p := range all {
		if score[p] > 1 && n < maxCandidates {
			all[n] = p
			n++
		}
	}
	return all[:n]
}

func sameLength(keys []string, idx []int) bool {
	for _, i := range idx {
		if len(keys[i]) != len(keys[idx[0]]) {
			return false
		}
	}
	return true
}

func distinctBytes(keys []string, idx []int, p bytePos) int {
	var seen [256]bool
	n := 0
	for _, i := range idx {
		k := keys[i]
		c := k[p.index(len(k))]
		if !seen[c] {
			seen[c] = true
			n++
		}
	}
	return n
}

// combinations calls f with every k-subset of 0..n-1 in lexicographic order
// until f returns true, and reports whether it did.
func combinations(n, k int, f func([]int) bool) bool {
	combo := make([]int, k)
	var rec func(start, depth int) bool
	rec = func(start, depth int) bool {
		if depth == k {
			return f(combo)
		}
		for i := start; i <= n-(k-depth); i++ {
			combo[depth] = i
			if rec(i+1, depth+1) {
				return true
			}
		}
		return false
	}
	return rec(0, 0)
}

func pick(cands []bytePos, combo []int) []bytePos {
	pos := make([]bytePos, len(combo))
	for i, c := range combo {
		pos[i] = cands[c]
	}
	return pos
}

// searcher holds the scratch space of one Build: the packed word of every
// hashed key, a stamped occupancy table reused across tries, and the work
// left.
type searcher struct {
	words  []uint32
	seen   []uint32 // seen[slot] == stamp means occupied in the current try
	stamp  uint32
	budget int // slot placements left; at zero every try fails
}

// pack computes the packed word of every key for pos and reports whether
// the words are distinct; if two keys pack equal, no multiplier can
// separate them.
func (s *searcher) pack(keys []string, idx []int, pos []bytePos) bool {
	for n, i := range idx {
		s.words[n] = word(keys[i], pos)
	}
	return distinctWords(s.words)
}

// findMultiplier returns the first multiplier that maps the packed words
// to distinct slots of a 1<<bits table.
func (s *searcher) findMultiplier(bits uint) (uint32, bool) {
	for _, m := range multipliers {
		if s.budget <= 0 {
			return 0, false
		}
		if s.distinctUnder(m, bits) {
			return m, true
		}
	}
	return 0, false
}

func (s *searcher) distinctUnder(m uint32, bits uint) bool {
	s.next(1 << bits)
	for _, w := range s.words {
		s.budget--
		h := w * m >> (32 - bits)
		if s.seen[h] == s.stamp {
			return false
		}
		s.seen[h] = s.stamp
	}
	return true
}

// distinctWords reports whether words are pairwise distinct.
func distinctWords(words []uint32) bool {
	set := make(map[uint32]struct{}, len(words))
	for _, w := range words {
		if _, dup := set[w]; dup {
			return false
		}
		set[w] = struct{}{}
	}
	return true
}

// next starts a new try over a table of size slots.
func (s *searcher) next(size int) {
	if len(s.seen) < size {
		s.seen = make([]uint32, size)
		s.stamp = 0
	}
	s.stamp++
	if s.stamp == 0 { // wrapped: old stamps could alias, start clean
		clear(s.seen)
		s.stamp = 1
	}
}
