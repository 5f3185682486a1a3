// Package yfmtable translates the multiline tables of YFM (Yandex Flavored
// Markdown, written by Diplodoc sites) into Markdown lists, line for line:
//
//	#|
//	|| **Name**
//	`type` | **Description** ||
//	|| **ORDER**
//	[`string`](types.md) | Sorting direction.
//
//	Possible values:
//	- `ASC` — ascending order ||
//	|#
//
// becomes a list of one item a row, its first cell first and its other
// cells after a dash, the lines of each row after its first indented under
// it (a list in a cell is nested in the item):
//
//   - **ORDER**
//     [`string`](types.md) — Sorting direction.
//
//     Possible values:
//
//   - `ASC` — ascending order
//
// The first row, the table's header, and the lines opening and closing the
// table become blank lines; every other line is kept as it is. Line n of
// the output is line n of the input.
package yfmtable

import (
	"bytes"
	"strings"
)

// Sniff reports whether src holds a multiline table: a line "#|" and,
// below it, a line "|#".
func Sniff(src []byte) bool {
	open := false
	for len(src) > 0 {
		var line []byte
		line, src, _ = bytes.Cut(src, []byte("\n"))
		switch string(bytes.TrimSpace(line)) {
		case "#|":
			open = true
		case "|#":
			if open {
				return true
			}
		}
	}
	return false
}

// Convert translates src; line n of md is line n of src.
func Convert(src []byte) []byte {
	in := strings.Split(string(src), "\n")
	out := make([]string, len(in))
	inTable, header, inRow := false, false, false
	for i, l := range in {
		t := strings.TrimSpace(strings.TrimRight(l, "\r"))
		switch {
		case !inTable:
			if t == "#|" {
				inTable, header = true, true
				continue // out[i] is blank
			}
			out[i] = l
		case t == "|#":
			inTable, inRow = false, false
		case strings.HasPrefix(t, "||") && !inRow:
			inRow = true
			rest, closed := cutRowEnd(strings.TrimSpace(t[2:]))
			if !header {
				out[i] = "- " + cells(rest)
			}
			if closed {
				inRow, header = false, false
			}
		case inRow:
			rest, closed := cutRowEnd(t)
			if !header && rest != "" {
				out[i] = "  " + cells(rest)
			}
			if closed {
				inRow, header = false, false
			}
		}
	}
	return []byte(strings.Join(out, "\n"))
}

// cutRowEnd cuts the "||" that closes a row off the end of a line.
func cutRowEnd(t string) (string, bool) {
	if rest, ok := strings.CutSuffix(t, "||"); ok {
		return strings.TrimSpace(rest), true
	}
	return t, false
}

// cells writes the bars between a row's cells on a line as dashes; bars
// in code spans are kept.
func cells(line string) string {
	var b strings.Builder
	code := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c == '`' {
			code = !code
		}
		if c == '|' && !code && (i == 0 || line[i-1] != '\\') {
			b.WriteString("—")
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
