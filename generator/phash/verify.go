package phash

// The final check of a perfect-hash lookup confirms that the input is the
// one key that hashes to its slot. A string compare does it, but calls
// runtime.memequal, whose branches on the length mispredict when inputs of
// many lengths arrive in random order: that compare costs more than the
// hash. When every hashed key is 4 to maxWordKeyLen bytes long, the table
// instead stores, per slot, the key's length and its bytes packed into
// 64-bit words, and the lookup loads the input's bytes the same way and
// compares words, with no branch on the input's length.
//
// The bytes are loaded as w little-endian 4-byte windows at offsets
// k*(n-4)/(w-1), k = 0..w-1, for an input of length n (one window at 0 when
// w is 1). Consecutive offsets are at most ceil((n-4)/(w-1)) apart, which is
// at most 4 when n <= 4w, so the windows cover every byte of any input as
// long as the key it is compared with: w = ceil(maxLen/4). Windows are packed
// two to a word, window 2j in the low half of word j.

// maxWordKeyLen is the longest key length the word check handles (eight
// words); longer keys fall back to a string compare.
const maxWordKeyLen = 64

// windowCount is the number of 4-byte windows for keys between cut and
// maxLen bytes long, or 0 when the word check does not apply (keys shorter
// than a window, or too long).
func windowCount(cut, maxLen int) int {
	if cut < 4 || maxLen > maxWordKeyLen {
		return 0
	}
	return (maxLen + 3) / 4
}

// windowOffset is the offset of window k of w for a string of length n >= 4.
func windowOffset(k, w, n int) int {
	if w == 1 {
		return 0
	}
	return k * (n - 4) / (w - 1)
}

// window returns the 4 bytes of s at i as a little-endian number.
func window(s string, i int) uint64 {
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24
}

// words packs the w windows of s (len(s) >= 4) two to a word.
func words(s string, w int) []uint64 {
	out := make([]uint64, (w+1)/2)
	for k := range w {
		out[k/2] |= window(s, windowOffset(k, w, len(s))) << (32 * (k % 2))
	}
	return out
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
