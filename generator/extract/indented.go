package extract

import (
	"bytes"
	"strings"
)

// A plain-text document indents its prose for layout, as D-Bus API
// descriptions, RFCs and man pages do: "\t\tstring State [readonly]" over
// "\t\t\tContains the state of the call. The state can be one of:".
// Markdown reads such a run as a code block, whose text is no one's to
// read. flattenIndentedProse takes the indent off every line of a run that
// is prose: the lines then read as the paragraphs and lists they are.
// A run under a list item is that item's own text, and a run of code
// stays a code block.

// minProseThirds is the share of a run's lines, in thirds, that must read
// as prose; minProseSentences how many of them must end a sentence.
const (
	minProseThirds    = 2
	minProseSentences = 2
)

// flattenIndentedProse returns src with the indent taken off the lines of
// each indented run that is prose. Lines keep their numbers.
func flattenIndentedProse(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("\n\t")) && !bytes.Contains(src, []byte("\n    ")) {
		return src, lines // the common case
	}
	var out []byte   // nil until a run is flattened: src as it is, not copied
	var run [][]byte // the indented run being read, blank lines included
	runStart := 0    // the offset of its first line
	fence, canOpen := false, true
	flush := func() {
		switch {
		case len(run) > 0 && proseRun(run):
			if out == nil {
				out = append(make([]byte, 0, len(src)), src[:runStart]...)
			}
			for _, l := range run {
				out = append(out, bytes.TrimLeft(l, " \t")...)
			}
		case out != nil:
			for _, l := range run {
				out = append(out, l...)
			}
		}
		run = run[:0]
	}
	prevBlank := true
	for off, line := range srcLines(src) {
		width, n := indentWidth(line)
		text := bytes.TrimRight(line[n:], "\r\n")
		blank := len(text) == 0
		switch {
		case len(run) > 0 && (blank || width >= 4):
			run = append(run, line)
			continue
		case !fence && width >= 4 && prevBlank && canOpen:
			run, runStart = append(run, line), off
			continue
		}
		flush()
		if width < 4 && isFence(text) {
			fence = !fence
		}
		if !blank {
			// A run below a list item is the item's; one below a line of
			// the margin opens a code block.
			canOpen = !isListItemStart(listMarker(text))
		}
		prevBlank = blank
		if out != nil {
			out = append(out, line...)
		}
	}
	flush()
	if out == nil {
		return src, lines
	}
	return out, lines
}

// proseRun reports whether a run of indented lines is prose: two thirds
// of its lines at least read as words, with no code's punctuation, and
// two of them end a sentence. Typographic bullets indented so are left to
// the reader of such lists, which keeps their nesting.
func proseRun(run [][]byte) bool {
	lines, prose, sentences := 0, 0, 0
	for _, l := range run {
		text := strings.TrimSpace(string(l))
		if text == "" {
			continue
		}
		lines++
		if !bytes.Equal(listMarker([]byte(text)), []byte(text)) {
			return false // typographic bullets indented like code: their own reader's, nesting kept
		}
		if !proseLine(text) {
			continue
		}
		prose++
		if strings.HasSuffix(text, ".") {
			sentences++
		}
	}
	return lines > 0 && prose*3 >= lines*minProseThirds && sentences >= minProseSentences
}

// proseLine reports a line of words: three at least, most of them letters
// only, and none of a program's braces, semicolons or assignments.
func proseLine(text string) bool {
	if strings.ContainsAny(text, "{};=<>$") {
		return false
	}
	words := strings.Fields(text)
	letters := 0
	for _, w := range words {
		if isLetters(strings.Trim(w, `.,:;"'()`)) {
			letters++
		}
	}
	return len(words) >= 3 && letters*3 >= len(words)*2
}
