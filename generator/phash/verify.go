package phash

// The final check of a perfect-hash lookup confirms that the input is the
// one key that hashes to its slot. A string compare does it, but calls
// runtime.memequal, whose branches on the length mispredict when inputs of
// many lengths arrive in random order: that compare costs more than the
// hash. When every hashed key is 4 to maxWordKeyLen bytes long, the table
// instead stores, per slot, the key's length and its bytes packed into
// 64-bit words, and the lookup packs the input the same way and compares
// words.
//
// An input of n >= 8 bytes is packed as w little-endian 8-byte windows at
// offsets k*(n-8)/(w-1), k = 0..w-1 (one window at 0 when w is 1).
// Consecutive offsets are at most ceil((n-8)/(w-1)) apart, which is at most
// 8 when n <= 8w, so the windows cover every byte of any input as long as
// the key it is compared with: w = ceil(maxLen/8). An input of 4 to 7 bytes
// is packed as one word: its first 4 bytes, and its last 4 bytes in the high
// half. Only the choice between the two (n >= 8) is a branch, and it exists
// only when keys of both kinds do.

// maxWordKeyLen is the longest key length the word check handles (eight
// words); longer keys fall back to a string compare.
const maxWordKeyLen = 64

// wordCheck says how a table's inputs are packed; the zero value means the
// word check does not apply and a string compare confirms keys.
type wordCheck struct {
	long  int  // 8-byte windows of inputs of 8 bytes or more; 0 if no key is that long
	short bool // whether some key is 4 to 7 bytes long
}

// newWordCheck returns the packing for keys from cut to maxLen bytes long.
func newWordCheck(cut, maxLen int) wordCheck {
	if cut < 4 || maxLen > maxWordKeyLen {
		return wordCheck{}
	}
	c := wordCheck{short: cut < 8}
	if maxLen >= 8 {
		c.long = (maxLen + 7) / 8
	}
	return c
}

// on reports whether the word check applies.
func (c wordCheck) on() bool { return c.long > 0 || c.short }

// words is the number of words per key.
func (c wordCheck) words() int { return max(c.long, 1) }

// pack returns the words of s, which is at least 4 bytes long.
func (c wordCheck) pack(s string) []uint64 {
	out := make([]uint64, c.words())
	n := len(s)
	if n < 8 {
		out[0] = load4(s, 0) | load4(s, n-4)<<32
		return out
	}
	for k := range c.long {
		out[k] = load8(s, windowOffset(k, c.long, n-8))
	}
	return out
}

// windowOffset is the offset of window k of w when the last starts at m.
func windowOffset(k, w, m int) int {
	if w == 1 {
		return 0
	}
	return k * m / (w - 1)
}

// load4 returns the 4 bytes of s at i as a little-endian number.
func load4(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24
}

// load8 returns the 8 bytes of s at i as a little-endian number.
func load8(s string, i int) uint64 {
	return load4(s, i) | load4(s, i+4)<<32
}

// equalWords reports whether a and b hold the same words.
func equalWords(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
