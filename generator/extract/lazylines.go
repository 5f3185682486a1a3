package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// A page copied from the web as text keeps its bullets but loses its blank
// lines. CommonMark then reads the text after a list as a lazy
// continuation of the list's last item ("- Busy: the line was busy.",
// then "The next section ..."), and a list after that text as more items
// of the same list: the prose, its titles and the second list end up in
// one item. endLazyItems puts a blank line where such an item ends.

// endLazyItems returns src with a blank line before each line that
// continues a list item only lazily yet starts something new: a line at the
// margin, starting with a capital or a digit, below an item's first line
// that ends a sentence or is a short label, in a list that began right
// below a line of text (a page written as Markdown sets its lists apart
// with blank lines, and its lazy lines go on with the item). lines maps src's lines to the
// lines of the document src was translated from (nil: src is that
// document); the result's map says where each of its lines came from, the
// blank lines inserted taking the line below them. src is returned as is
// when no line needs one.
func endLazyItems(src []byte, lines []int) ([]byte, []int) {
	var at []int // the offsets of the lines to put a blank line before
	prevItem := false
	tight := false // the list began right below a line of text
	prevBlank := true
	var prev []byte
	fence := false
	for rest := src; len(rest) > 0; {
		line, next := cutLine(rest)
		off := len(src) - len(rest)
		rest = next
		text := bytes.TrimRight(line, "\r\n")
		trimmed := bytes.TrimLeft(text, " \t")
		if isFence(trimmed) {
			fence = !fence
		}
		item := !fence && len(text)-len(trimmed) < 4 && isListItemStart(listMarker(trimmed))
		switch {
		case item && !prevItem:
			tight = !prevBlank
		case !fence && tight && prevItem && len(trimmed) == len(text) && startsEntry(trimmed) && endsItem(prev):
			at = append(at, off)
		}
		prevItem, prevBlank, prev = item, len(trimmed) == 0, trimmed
	}
	if len(at) == 0 {
		return src, lines
	}
	out := make([]byte, 0, len(src)+len(at))
	outLines := make([]int, 0, len(at)+bytes.Count(src, []byte("\n"))+1)
	n := 1
	for rest := src; len(rest) > 0; n++ {
		off := len(src) - len(rest)
		_, rest = cutLine(rest)
		orig := n
		if lines != nil && n <= len(lines) {
			orig = lines[n-1]
		}
		if len(at) > 0 && at[0] == off {
			out = append(out, '\n')
			outLines = append(outLines, orig)
			at = at[1:]
		}
		out = append(out, src[off:len(src)-len(rest)]...)
		outLines = append(outLines, orig)
	}
	return out, outLines
}

// isFence reports a line opening or closing a fenced code block.
func isFence(line []byte) bool {
	return bytes.HasPrefix(line, []byte("```")) || bytes.HasPrefix(line, []byte("~~~"))
}

// startsEntry reports a line starting with a capital or a digit, maybe
// after a footnote's mark: a new sentence, title or row, not the rest of
// a wrapped one.
func startsEntry(line []byte) bool {
	r, _ := utf8.DecodeRune(bytes.TrimLeft(line, "*†")) // *Disconnect causes: a footnote's mark
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// endsItem reports an item's first line that is complete: it ends a
// sentence, or it is a short label ("- A person was transferred") whose
// last word does not lead on ("- a call placed by the").
func endsItem(item []byte) bool {
	item = bytes.TrimRight(item, " \t")
	if len(item) == 0 {
		return false
	}
	switch item[len(item)-1] {
	case '.', '!', '?', ':', ')':
		return true
	case ',', ';', '-':
		return false
	}
	words := bytes.Fields(item)
	return len(words) <= maxWords+2 && !danglingWords[string(words[len(words)-1])]
}

// danglingWords end a line that a sentence goes on from.
var danglingWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true,
	"on": true, "for": true, "with": true, "as": true, "and": true, "or": true,
	"by": true, "at": true, "from": true, "that": true, "when": true, "if": true,
}
