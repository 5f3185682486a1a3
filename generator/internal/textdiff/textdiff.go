// Package textdiff is the line diff golden tests print when a file differs
// from its golden copy: the lines that differ, not two whole files.
package textdiff

import (
	"fmt"
	"strings"
)

// maxLines caps a diff: the first differences say what went wrong, and
// -update rewrites the rest.
const maxLines = 40

// Lines returns the lines that differ between want and got, each as
// "-N: line" (only in want, at want's line N) or "+N: line" (only in got,
// at got's line N), in file order; "" when they are equal.
func Lines(want, got string) string {
	if want == got {
		return ""
	}
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	lcs := commonAfter(w, g)
	var b strings.Builder
	n := 0
	emit := func(sign byte, line int, text string) {
		if n < maxLines {
			fmt.Fprintf(&b, "%c%d: %s\n", sign, line+1, text)
		}
		n++
	}
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i, j = i+1, j+1
		case j == len(g) || i < len(w) && lcs[i+1][j] >= lcs[i][j+1]:
			emit('-', i, w[i])
			i++
		default:
			emit('+', j, g[j])
			j++
		}
	}
	if n > maxLines {
		fmt.Fprintf(&b, "... and %d more differing lines\n", n-maxLines)
	}
	return b.String()
}

// commonAfter returns, for each i and j, the length of the longest common
// subsequence of w[i:] and g[j:].
func commonAfter(w, g []string) [][]int {
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	return lcs
}
