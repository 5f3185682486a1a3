package rstmd

import (
	"unicode"
	"unicode/utf8"
)

// wideRanges are the East Asian wide and fullwidth code points: docutils
// counts them as two columns when it lines up tables and title adornments.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
	{0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
	{0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
	{0x20000, 0x3FFFD},
}

// isWide reports whether r takes two columns.
func isWide(r rune) bool {
	if r < 0x1100 {
		return false
	}
	for _, w := range wideRanges {
		if r >= w[0] && r <= w[1] {
			return true
		}
	}
	return false
}

// runeWidth is the number of columns r takes.
func runeWidth(r rune) int {
	if isWide(r) {
		return 2
	}
	return 1
}

// displayWidth is the number of columns s takes.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		n += runeWidth(r)
	}
	return n
}

// isBoundary reports whether r may stand next to inline markup: white
// space, punctuation, symbols and wide (CJK) characters.
func isBoundary(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) || isWide(r)
}

// isAlnum reports whether r is a letter or a digit.
func isAlnum(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// runeBefore returns the rune ending at byte i of s, or -1 at the start.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// runeAt returns the rune starting at byte i of s, or -1 at the end.
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}
