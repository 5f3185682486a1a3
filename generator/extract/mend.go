package extract

// Repairs made to a Markdown page before it is parsed, for damage that
// copying a page as text does (and for DokuWiki's markup). Each keeps a
// map of the lines it moves (insertText), so warnings name the lines of
// the document as found.

import (
	"bytes"
	"regexp"
	"strings"
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
// that ends a sentence or is a short label (or a title below an item that
// does not lead on), in a list that began right
// below a line of text (a page written as Markdown sets its lists apart
// with blank lines, and its lazy lines go on with the item). lines maps src's lines to the
// lines of the document src was translated from (nil: src is that
// document); the result's map says where each of its lines came from, the
// blank lines inserted taking the line below them. src is returned as is
// when no line needs one.
func endLazyItems(src []byte, lines []int) ([]byte, []int) {
	var at []int    // the offsets of the lines to put a blank line before
	inItem := false // the line above is an item's or continues one
	tight := false  // the list began right below a line of text
	prevBlank := true
	var prev []byte
	fence := false
	indent := commonIndent(src) // a page copied indented is read dedented (cleanLines)
	for off, line := range srcLines(src) {
		text := bytes.TrimRight(line, "\r\n")
		trimmed := bytes.TrimLeft(text, " \t")
		if isFence(trimmed) {
			fence = !fence
		}
		if indent > 0 && len(text)-len(trimmed) >= indent {
			text = text[indent:]
		}
		item := !fence && len(text)-len(trimmed) < 4 && isListItemStart(listMarker(trimmed))
		ended := false
		switch {
		case item && !inItem:
			// A list right below text, or one numbered from other than 1
			// (4. Example of the response: a section's number), sets its
			// items apart only by the lines after them.
			tight = !prevBlank || sectionNumber(trimmed)
		case !fence && tight && inItem && len(trimmed) == len(text) && startsEntry(trimmed) && (endsItem(prev) || looksLikeTitle(string(trimmed)) && !leadsOn(prev)):
			at, ended = append(at, off), true
		}
		// An item goes on over the lines that continue it lazily: a line
		// after them may end it too (", which are not sent ... extension."
		// then "Status Filter ...").
		inItem = item || inItem && !ended && len(trimmed) > 0 && !fence
		prevBlank, prev = len(trimmed) == 0, trimmed
		if item {
			prev = prev[markerLen(listMarker(prev)):] // the item's text, its bullet aside
		}
	}
	return insertText(src, lines, at, nil)
}

// A page copied as text may also glue a list's first item, or a table's
// header, to the sentence introducing it: "Calls progress through these
// states:- INITIATED - Call is being placed", "Dispositions indicate how
// calls ended:Disposition | Description |" over a delimiter row.
// splitGluedStarts breaks such a line after its colon.

// splitGluedStarts returns src with a line break after the colon of each
// line that glues a list item (":- ") or a table's header (":A | B |" over
// a delimiter row) to its introduction; lines maps lines as endLazyItems'
// does, both parts taking the line's. src is returned as is when no line
// needs it.
func splitGluedStarts(src []byte, lines []int) ([]byte, []int) {
	var at []int // the offsets to break a line at
	for off, line := range srcLines(src) {
		nextLine, _ := cutLine(src[off+len(line):])
		if i := gluedStart(bytes.TrimRight(line, "\r\n"), bytes.TrimSpace(nextLine)); i > 0 {
			at = append(at, off+i)
		}
	}
	return insertText(src, lines, at, nil)
}

// gluedValueLine matches a sentence's full stop glued to a constant and
// its description, the first line of a list of values a copy ran on;
// valueLineShape a line of such a list: a token, a dash, its text.
var (
	gluedValueLine = regexp.MustCompile(`\p{Ll}\.[A-Z][A-Z0-9_]+ [-–—] \S`)
	valueLineShape = regexp.MustCompile(`^[\p{L}0-9_.\-]+ [-–—] \S`)
)

// mayGlueValueLine reports, without a regular expression, whether line
// may hold gluedValueLine: a full stop and a spaced dash.
func mayGlueValueLine(line []byte) bool {
	return bytes.IndexByte(line, '.') >= 0 && (bytes.Contains(line, []byte(" - ")) || bytes.Contains(line, []byte(" – ")) || bytes.Contains(line, []byte(" — ")))
}

// gluedStart returns where to break line, just after its colon, when a
// list item or a table's header (next being a delimiter row) is glued to
// it; 0 when it is none.
func gluedStart(line, next []byte) int {
	i := bytes.Index(line, []byte(":- "))
	if i > 0 && line[i-1] != ' ' && isListItemStart(line[i+1:]) {
		return i + 1 // "states:- INITIATED - ..."
	}
	if mayGlueValueLine(line) && valueLineShape.Match(next) {
		if m := gluedValueLine.FindIndex(line); m != nil {
			return m[0] + bytes.IndexByte(line[m[0]:], '.') + 1 // "... rozmowy.NO_ANSWER - Nie odebrano rozmowy" over "hangup - ..."
		}
	}
	if !delimiterRow.Match(next) {
		return 0
	}
	// `curl ... "Bearer x"| 字段 | 类型 | 说明 |` over a delimiter row of
	// three cells: the header is the line's four bars, text before it.
	cells := bytes.Count(bytes.Trim(bytes.TrimSpace(next), "|"), []byte("|")) + 1
	t := bytes.TrimRight(line, " \t")
	if i := bytes.IndexByte(t, '|'); cells >= 2 && i > 0 && bytes.HasSuffix(t, []byte("|")) && bytes.Count(t, []byte("|")) == cells+1 &&
		len(bytes.TrimSpace(t[:i])) > 0 && t[i-1] != '\\' {
		return i
	}
	i = bytes.IndexByte(line, ':')
	if i > 0 && i+1 < len(line) && line[i+1] != ' ' && line[i+1] != '/' && bytes.Count(line[i+1:], []byte("|")) >= 2 && !bytes.ContainsRune(line[:i], '|') {
		return i + 1 // "calls ended:Disposition | Description |"
	}
	return 0
}

// A table copied as text, its cells glued ("DeclinedThe receiver rejected
// the call."), may break a description into bullets on lines of their
// own; Markdown would read them as a list that ends the table's paragraph.
// escapeGluedBullets escapes the bullet of each such line (\- ...) so the
// line goes on with the row above it.

// escapeGluedBullets returns src with a backslash before the bullet of
// each line starting "- " in a block (no blank line between) that a glued
// table's header ("Call StatusDefinition") opens; lines keep their
// numbers, so lines is returned as it is.
func escapeGluedBullets(src []byte, lines []int) ([]byte, []int) {
	var at []int
	for rest := src; len(rest) > 0; {
		// A block of lines, up to a blank line: only one that holds a
		// bullet below its first line is looked at for a header.
		start := len(src) - len(rest)
		end := start
		for len(rest) > 0 {
			line, next := cutLine(rest)
			rest = next
			if len(bytes.TrimSpace(line)) == 0 {
				break
			}
			end = len(src) - len(rest)
		}
		block := src[start:end]
		if !bytes.Contains(block, []byte("\n- ")) {
			continue // the common case: no bullet inside a block
		}
		inTable := false
		for b := block; len(b) > 0; {
			line, next := cutLine(b)
			off := start + len(block) - len(b)
			b = next
			text := bytes.TrimSpace(line)
			switch {
			case inTable && bytes.HasPrefix(text, []byte("- ")):
				at = append(at, off+bytes.Index(line, []byte("- ")))
			case !inTable && len(text) <= 200:
				_, glued, ok := gluedHeader(string(text))
				inTable = ok && glued
			}
		}
	}
	if len(at) == 0 {
		return src, lines
	}
	slash := make([][]byte, len(at))
	for i := range slash {
		slash[i] = []byte(`\`)
	}
	out, _ := insertText(src, nil, at, slash)
	return out, lines
}

// DokuWiki writes a heading between runs of equals signs, "====== Calls
// ======" (six for the top level, two for the fifth), and a table's header
// with carets, "^ Params ^ Type ^ Description ^", over rows of bars and no
// delimiter row. dokuWiki writes such a heading as a Markdown one, and such
// a header with bars and a delimiter row below it, which makes the table a
// Markdown one.

// dokuWiki returns src with DokuWiki headings and table headers (two
// titles at least, a row of bars below it) made Markdown ones; lines maps
// lines as insertText's does, a delimiter row taking the first row's line.
func dokuWiki(src []byte, lines []int) ([]byte, []int) {
	var at []int
	var rows [][]byte
	var headers [][2]int // the offsets of each header line's start and end
	var headings [][2]int
	for off, line := range srcLines(src) {
		next := src[off+len(line):]
		text := bytes.TrimSpace(line)
		if dokuHeading(text) > 0 && len(text) == len(bytes.TrimRight(line, "\r\n")) {
			headings = append(headings, [2]int{off, off + len(text)})
			continue
		}
		if len(text) < 3 || text[0] != '^' || text[len(text)-1] != '^' || len(next) == 0 || next[0] != '|' {
			continue
		}
		titles := bytes.Split(text[1:len(text)-1], []byte("^"))
		filled := 0
		for _, t := range titles {
			if len(bytes.TrimSpace(t)) > 0 {
				filled++
			}
		}
		if filled < 2 {
			continue // ^^^^: an underline, no header
		}
		headers = append(headers, [2]int{off, off + len(bytes.TrimRight(line, "\r\n"))})
		at = append(at, len(src)-len(next))
		rows = append(rows, []byte("|"+strings.Repeat("---|", len(titles))+"\n"))
	}
	if len(at) == 0 && len(headings) == 0 {
		return src, lines
	}
	mended := bytes.Clone(src)
	for _, h := range headings {
		line := mended[h[0]:h[1]]
		level := 7 - dokuHeading(line)
		title := bytes.TrimSpace(bytes.Trim(line, "="))
		heading := append(append(bytes.Repeat([]byte("#"), level), ' '), title...)
		copy(line, heading)
		for i := len(heading); i < len(line); i++ {
			line[i] = ' ' // the same length: offsets and lines do not move
		}
	}
	for _, h := range headers {
		for i := h[0]; i < h[1]; i++ {
			if mended[i] == '^' {
				mended[i] = '|'
			}
		}
	}
	return insertText(mended, lines, at, rows)
}

// dokuHeading returns the number of equals signs (two to six) around a
// DokuWiki heading, "== Title ==", 0 when line is none.
func dokuHeading(line []byte) int {
	n := len(line) - len(bytes.TrimLeft(line, "="))
	if n < 2 || n > 6 || len(line) <= 2*n || !bytes.HasSuffix(line, bytes.Repeat([]byte("="), n)) {
		return 0
	}
	if len(bytes.TrimSpace(line[n:len(line)-n])) == 0 || line[n] != ' ' {
		return 0
	}
	return n
}

// insertText returns src with text[i] (a line break when text is nil)
// inserted at offset at[i], the offsets in order, and the map of the
// result's lines to the lines of the document src was translated from
// (lines; nil when src is that document). The lines an insertion makes
// take the line the offset is in: a line break splits a line in two of
// one line, a blank line inserted where a line starts takes that line's.
// src is returned as is when at is empty.
func insertText(src []byte, lines []int, at []int, text [][]byte) ([]byte, []int) {
	if len(at) == 0 {
		return src, lines
	}
	extra := len(at)
	for _, t := range text {
		extra += len(t)
	}
	out := make([]byte, 0, len(src)+extra)
	outLines := make([]int, 0, len(at)+bytes.Count(src, []byte("\n"))+1)
	k := 0 // the next insertion
	n := 1
	for rest := src; len(rest) > 0; n++ {
		off := len(src) - len(rest)
		_, rest = cutLine(rest)
		end := len(src) - len(rest)
		orig := n
		if lines != nil && n <= len(lines) {
			orig = lines[n-1]
		}
		for ; k < len(at) && at[k] < end; k++ {
			out = append(out, src[off:at[k]]...)
			ins := []byte{'\n'}
			if text != nil {
				ins = text[k]
			}
			out = append(out, ins...)
			for range bytes.Count(ins, []byte("\n")) {
				outLines = append(outLines, orig)
			}
			off = at[k]
		}
		out = append(out, src[off:end]...)
		outLines = append(outLines, orig)
	}
	return out, outLines
}

// sectionNumber reports an ordered item numbered from other than 1.
func sectionNumber(line []byte) bool {
	i := 0
	for i < len(line) && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')') && !(i == 1 && line[0] == '1') && !(i == 1 && line[0] == '0')
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
	return len(bytes.Fields(item)) <= maxWords+2 && !leadsOn(item)
}

// leadsOn reports an item's line that the next line goes on from: it ends
// in a comma or a word that leads on ("a call placed by the").
func leadsOn(item []byte) bool {
	item = bytes.TrimRight(item, " \t")
	words := bytes.Fields(item)
	return len(words) == 0 || bytes.HasSuffix(item, []byte(",")) || danglingWords[string(words[len(words)-1])]
}

// danglingWords end a line that a sentence goes on from.
var danglingWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true,
	"on": true, "for": true, "with": true, "as": true, "and": true, "or": true,
	"by": true, "at": true, "from": true, "that": true, "when": true, "if": true,
	"another": true, "each": true, "every": true, "this": true, "these": true, "its": true,
	"their": true, "is": true, "are": true, "was": true, "be": true, "has": true,
	"have": true, "will": true, "can": true, "into": true, "than": true, "via": true,
	"per": true, "not": true, "no": true,
}

// A page written for a renderer that nests lists by any indentation may
// indent a nested list four columns or more past its item's text:
//
//	* **hangup_cause:** Arama Sonlanma Sebebi
//	      * **NORMAL_CLEARING:** 'Normal'
//
// CommonMark reads such lines as more text of the item's paragraph, and
// the nested list is lost in it. dedentNestedItems moves them to the
// column of the item's text, where CommonMark nests a list.

// dedentNestedItems returns src with each run of list items indented four
// columns or more past the text of the item right above them (no blank
// line between) moved to that text's column. Lines keep their numbers, so
// lines is returned as it is; src is returned as is when no line needs it.
func dedentNestedItems(src []byte, lines []int) ([]byte, []int) {
	var out []byte
	content := -1 // the column of the text of the item above, -1 when none
	fence := false
	for start, line := range srcLines(src) {
		width, n := indentWidth(line)
		text := bytes.TrimRight(line[n:], "\r\n")
		if isFence(text) {
			fence = !fence
		}
		switch {
		case fence || len(text) == 0 || bytes.IndexByte(line[:n], '\t') >= 0:
			content = -1
		case isListItemStart(text) && content >= 0 && width >= content+4:
			if out == nil {
				out = append(make([]byte, 0, len(src)), src[:start]...)
			}
			out = append(out, bytes.Repeat([]byte(" "), content)...)
			out = append(out, line[n:]...)
			continue
		case isListItemStart(text):
			content = width + markerLen(text)
		case width < content:
			content = -1 // text at the margin ends the item
		}
		if out != nil {
			out = append(out, line...)
		}
	}
	if out == nil {
		return src, lines
	}
	return out, lines
}

// A page copied as text may run a list of definitions together, each
// term glued to the sentence before it: "new: An API request has been
// received.queued: Call parameters have been validated.allocated: ...".
// splitGluedDefinitions puts each such term on a line of its own, where
// the readers of value lines find it.

// gluedDefinition matches a term glued after the end of a sentence or a
// colon, then a colon and a capitalised description: ".queued: Call".
var gluedDefinition = regexp.MustCompile(`[a-z)][.:!?]\s?([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*): [A-Z]`)

// minGluedDefinitions is the fewest glued terms that make a line a run of
// definitions.
const minGluedDefinitions = 2

// splitGluedDefinitions returns src with a line break before each glued
// term of a line holding minGluedDefinitions of them at least, outside
// code fences and table rows; lines maps lines as splitGluedStarts' does.
func splitGluedDefinitions(src []byte, lines []int) ([]byte, []int) {
	var at []int
	fence := false
	for off, line := range srcLines(src) {
		if isFence(bytes.TrimLeft(line, " ")) {
			fence = !fence
		}
		if fence || bytes.IndexByte(line, '|') >= 0 || bytes.Count(line, []byte(": ")) < minGluedDefinitions {
			continue // the common case, decided without a match
		}
		m := gluedDefinition.FindAllSubmatchIndex(line, -1)
		if len(m) < minGluedDefinitions {
			continue
		}
		for _, g := range m {
			at = append(at, off+g[2])
		}
	}
	return insertText(src, lines, at, nil)
}

// A page copied as text may glue the closing brace of an example to the
// line after it: "}call.ringing" under a JSON payload, "}Call Events".
// splitClosingBraces puts the text after such a brace on a line of its
// own, where it is a value or a title again.

// splitClosingBraces returns src with a line break after the closing
// brace or bracket that starts a line, outside code fences, when a letter
// follows it; lines maps lines as splitGluedStarts' does.
func splitClosingBraces(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("\n}")) && !bytes.Contains(src, []byte("\n]")) {
		return src, lines // the common case
	}
	var at []int
	fence := false
	for off, line := range srcLines(src) {
		if isFence(bytes.TrimLeft(line, " ")) {
			fence = !fence
		}
		if fence || len(line) < 2 || line[0] != '}' && line[0] != ']' {
			continue
		}
		if r, _ := utf8.DecodeRune(line[1:]); unicode.IsLetter(r) {
			at = append(at, off+1)
		}
	}
	return insertText(src, lines, at, nil)
}

// A page copied as text loses the fences of its examples: a JSON payload
// stands among the lines of text, "{" alone on its line, and Markdown
// reads it and the lines around it as one paragraph. fenceBareJSON puts
// such an example back in a code block.

// fenceBareJSON returns src with a fence before each line that is "{" or
// "[" alone, outside code fences, and after the line whose brace closes
// it, within maxBareJSONLines; lines maps lines as splitGluedStarts'
// does.
func fenceBareJSON(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("\n{")) && !bytes.Contains(src, []byte("\n[")) {
		return src, lines // the common case
	}
	var at []int
	var text [][]byte
	fence := false
	depth, start, n := 0, -1, 0 // the open example's depth, offset and lines
	for off, line := range srcLines(src) {
		t := bytes.TrimRight(line, " \t\r\n")
		if start < 0 {
			if isFence(bytes.TrimLeft(line, " ")) {
				fence = !fence
			}
			if !fence && (string(t) == "{" || string(t) == "[") {
				start, depth, n = off, 1, 1
			}
			continue
		}
		depth += jsonDepth(t)
		n++
		switch {
		case depth <= 0:
			at = append(at, start, off+len(t))
			text = append(text, []byte("```\n"), []byte("\n```"))
			start = -1
		case n > maxBareJSONLines:
			start = -1 // no example, or not one that closes
		}
	}
	return insertText(src, lines, at, text)
}

// maxBareJSONLines bounds the lines of an example fenceBareJSON fences.
const maxBareJSONLines = 200

// jsonDepth is the change in nesting that line makes: its opening braces
// and brackets less its closing ones, those inside strings aside.
func jsonDepth(line []byte) int {
	d, quoted := 0, false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '{' || c == '[':
			d++
		case c == '}' || c == ']':
			d--
		}
	}
	return d
}

// A definition list copied as text keeps each term on its line and each
// definition on the next, after ": ", but may glue the next term to the
// end of a definition: ": A conversation occurred with the contactANSWERED"
// over ": A call occurred ...". splitColonTerms puts such a term, in
// capitals after a lower-case letter, on a line of its own; a term in
// lower case glued so (analyzedcontact_status_changed) cannot be told
// from the word before it and stays.

// colonTermEnd matches a constant glued to the end of a definition.
var colonTermEnd = regexp.MustCompile(`[a-z.)]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\s*$`)

// splitColonTerms returns src with a line break before each such glued
// term: on a line starting ": " whose next line starts ": " too; lines
// maps lines as splitGluedStarts' does.
func splitColonTerms(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("\n: ")) {
		return src, lines // the common case
	}
	var at []int
	prevOff, prev := -1, []byte(nil)
	for off, line := range srcLines(src) {
		if bytes.HasPrefix(line, []byte(": ")) && bytes.HasPrefix(prev, []byte(": ")) {
			if m := colonTermEnd.FindSubmatchIndex(bytes.TrimRight(prev, "\r\n")); m != nil && len(m[2:]) > 0 && m[3]-m[2] >= 2 {
				at = append(at, prevOff+m[2])
			}
		}
		prevOff, prev = off, line
	}
	return insertText(src, lines, at, nil)
}

// A page whose line breaks a copy dropped may keep a pipe table on one
// line: "## Call status | Status | Meaning | |---|---| | `BUSY` | Line
// busy | | `FAILED` | Not placed | The callback ...". splitFlatTables
// breaks such a line into the table's lines: before its header, its
// delimiter row and each row, and after the last row.

// flatDelimiter matches a delimiter row right after a row's closing bar.
var flatDelimiter = regexp.MustCompile(`\|\s+\|(?:\s*:?-{3,}:?\s*\|){2,}`)

// splitFlatTables returns src with line breaks where each table run
// together on one line had them; lines maps lines as splitGluedStarts'
// does.
func splitFlatTables(src []byte, lines []int) ([]byte, []int) {
	var at []int
	for off, line := range srcLines(src) {
		if bytes.Count(line, []byte("|")) < 8 || !flatDelimiter.Match(line) {
			continue // the common case
		}
		if bytes.HasPrefix(bytes.TrimLeft(line, " "), []byte("|")) {
			continue // a table in a cell of a table's row: nested.go reads it
		}
		for _, cut := range flatRowCuts(line) {
			at = append(at, off+cut)
		}
	}
	return insertText(src, lines, at, nil)
}

// flatRowCuts returns where to break a line holding tables run together:
// the offsets of the first bar of each header, delimiter row and row, and
// the offset after the last row, in order.
func flatRowCuts(line []byte) []int {
	bars := codeFreeBars(line)
	gap := func(i int) bool { // only white space between bars[i-1] and bars[i]
		return i > 0 && len(bytes.TrimSpace(line[bars[i-1]+1:bars[i]])) == 0
	}
	var cuts []int
	for k := 1; k < len(bars); k++ {
		n := dashCells(line, bars, k)
		if n < 2 || !gap(k) || k-1-n < 0 {
			continue
		}
		head := k - 1 - n // the header's first bar
		if len(bytes.TrimSpace(line[:bars[head]])) > 0 {
			cuts = append(cuts, bars[head])
		}
		cuts = append(cuts, bars[k])
		j := k + n + 1 // the first bar of the next row
		for j+n < len(bars) && gap(j) {
			cuts = append(cuts, bars[j])
			j += n + 1
		}
		if end := bars[j-1] + 1; len(bytes.TrimSpace(line[end:])) > 0 {
			cuts = append(cuts, end)
		}
		k = j - 1
	}
	return cuts
}

// dashCells returns how many cells of dashes follow bars[k], each ended by
// the next bar: the width of a delimiter row starting there, 0 for none.
func dashCells(line []byte, bars []int, k int) int {
	n := 0
	for i := k + 1; i < len(bars); i++ {
		cell := bytes.TrimSpace(line[bars[i-1]+1 : bars[i]])
		cell = bytes.Trim(cell, ":")
		if len(cell) < 3 || len(bytes.Trim(cell, "-")) > 0 {
			break
		}
		n++
	}
	return n
}

// codeFreeBars returns the offsets of the bars of line outside code spans.
func codeFreeBars(line []byte) []int {
	var bars []int
	code := false
	for i, c := range line {
		switch {
		case c == '`':
			code = !code
		case c == '|' && !code && (i == 0 || line[i-1] != '\\'):
			bars = append(bars, i)
		}
	}
	return bars
}

// Textile (Redmine wikis, Textpattern sites) writes a heading as "h3." at
// the start of its line, attributes perhaps between ("h3(#event_ended).
// @ended@"), code between at signs, and nests a list by repeating its
// bullet ("** item"). textile writes such headings and code as Markdown
// does, and a nested item indented under its parent, on a page that has
// two Textile headings at least; lines keep their numbers.

// textileHeading matches a Textile heading: its level, then its text.
var textileHeading = regexp.MustCompile(`^h([1-6])(?:\([^)]*\)|\{[^}]*\}|\[[^\]]*\]|[<>=])*\. (.*)$`)

// textileCodeSpan matches code between at signs.
var textileCodeSpan = regexp.MustCompile(`(^|[\s(])@([^@\s][^@]*?)@`)

// minTextileHeadings is how many Textile headings make a page Textile.
const minTextileHeadings = 2

// textile returns src with its Textile headings, code and nested bullets
// made Markdown, or src as is when it holds fewer than minTextileHeadings
// headings; lines is returned as it is.
func textile(src []byte, lines []int) ([]byte, []int) {
	n := 0
	for _, line := range srcLines(src) {
		if len(line) > 3 && line[0] == 'h' && textileHeading.Match(bytes.TrimRight(line, "\r\n")) {
			n++
		}
	}
	if n < minTextileHeadings {
		return src, lines
	}
	out := make([]byte, 0, len(src)+n*4)
	fence := false
	for _, line := range srcLines(src) {
		text := bytes.TrimRight(line, "\r\n")
		if isFence(text) {
			fence = !fence
		}
		if fence {
			out = append(out, line...)
			continue
		}
		if m := textileHeading.FindSubmatch(text); m != nil {
			text = append(append(bytes.Repeat([]byte("#"), int(m[1][0]-'0')), ' '), m[2]...)
		} else if depth := len(text) - len(bytes.TrimLeft(text, "*#")); depth > 1 && depth < len(text) && text[depth] == ' ' {
			// "** item": an item nested depth-1 levels under the one above.
			text = append(bytes.Repeat([]byte("  "), depth-1), append([]byte(string(text[depth-1])), text[depth:]...)...)
		}
		text = textileCodeSpan.ReplaceAll(text, []byte("$1`$2`"))
		out = append(append(out, text...), '\n')
	}
	return out, lines
}

// A table copied out of a wiki or a help centre may keep its bars and its
// delimiter row yet break its rows over lines: a cell holding a list gives
// a line per item, and some copies put every cell on a line of its own.
//
//	Name |
//	Type |
//	Description |
//	---|---|---|
//	status |
//	|
//	The status of the trunk. Can be active or disabled. |
//	direction | Call direction | ENUM DIRECTION outbound
//	inbound |
//
// joinBrokenRows joins such rows back: below a delimiter row of n bars
// (two at least), lines are joined until they hold n bars, and so are the
// lines of the header above it; a line break inside a cell becomes <br>,
// one at a cell's bar a space. A row start without a bar, a blank line or
// a row that overshoots n bars ends the table there (text right below the
// rows is set apart by a blank line, unless a line with bars follows it
// within a dozen lines of its run: junk inside the table, or a title
// between two tables copied as one); a table whose rows each hold n bars is otherwise left alone. lines maps lines as
// splitGluedStarts' does, a joined row taking its first line's.
func joinBrokenRows(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("-|")) && !bytes.Contains(src, []byte("|-")) && !bytes.Contains(src, []byte("|:")) {
		return src, lines // no delimiter row: the common case
	}
	var t barLines
	for _, line := range srcLines(src) {
		t.all, t.bars = append(t.all, line), append(t.bars, len(codeFreeBars(line)))
	}
	var joins []rowJoin
	for i, line := range t.all {
		trimmed := bytes.TrimSpace(line)
		if t.bars[i] < 2 || !isDelimiterRow(string(trimmed)) {
			continue
		}
		t.leading = trimmed[0] == '|'
		n := t.cells(i)
		if from, ok := t.headerStart(i, n); ok && from < i-1 {
			joins = append(joins, rowJoin{from: from, to: i - 1})
		}
		joined := false
		j := i + 1
		for j < len(t.all) && (t.bars[j] > 0 || t.barBelow(j)) {
			to, ok := t.rowEnd(j, n)
			if !ok {
				break
			}
			if to > j {
				joins, joined = append(joins, rowJoin{from: j, to: to}), true
			}
			j = to + 1
		}
		if joined && j < len(t.all) && t.bars[j] == 0 && len(bytes.TrimSpace(t.all[j])) > 0 {
			// Text right below the rows: Markdown would read it as one
			// more row; the table ends before it.
			joins = append(joins, rowJoin{from: j, to: j, blank: true})
		} else if end := t.barredEnd(j); end > i+1 && end < len(t.all) && t.textBelow(end) {
			// The same below rows whole already, unless another table
			// follows in the run (two tables copied as one: see split).
			joins = append(joins, rowJoin{from: end, to: end, blank: true})
		}
	}
	if len(joins) == 0 {
		return src, lines
	}
	return joinRuns(t.all, lines, joins)
}

// barLines are the lines of a document, with the bars of each, read
// against one delimiter row.
type barLines struct {
	all     [][]byte // the lines, their line ends kept
	bars    []int    // the bars of each line, outside code spans
	leading bool     // the delimiter row starts with a bar
}

// cells returns the cells line k ends: its bars, less the one opening it
// when the table's delimiter row opens with one too (| a | b | ends two
// cells, a | b | two as well; a row "a |" under "|---|---|" one).
func (t barLines) cells(k int) int {
	n := t.bars[k]
	if t.leading && bytes.HasPrefix(bytes.TrimSpace(t.all[k]), []byte("|")) {
		n--
	}
	return n
}

// headerStart returns the first line of the header above the delimiter
// row at line i: the lines above it, back to where they end n cells.
func (t barLines) headerStart(i, n int) (int, bool) {
	count := 0
	for k := i - 1; k >= 0 && (t.bars[k] > 0 || t.barBelow(k)) && !isDelimiterRow(string(bytes.TrimSpace(t.all[k]))); k-- {
		count += t.cells(k)
		if count == n {
			if k > 0 && t.barBelow(k-1) {
				k-- // "Name", then "|": the first title is the line above its bar
			}
			return k, true
		}
		if count > n {
			break
		}
	}
	return 0, false
}

// barBelow reports a line of text without a bar whose cell a line holding
// only a bar ends: a copy may give each cell two lines, its text and then
// its bar.
func (t barLines) barBelow(k int) bool {
	return t.bars[k] == 0 && len(bytes.TrimSpace(t.all[k])) > 0 && k+1 < len(t.all) && string(bytes.TrimSpace(t.all[k+1])) == "|"
}

// barredEnd returns the first line from j on that has no bar, or a
// delimiter row.
func (t barLines) barredEnd(j int) int {
	for j < len(t.all) && t.bars[j] > 0 && !isDelimiterRow(string(bytes.TrimSpace(t.all[j]))) {
		j++
	}
	return j
}

// textBelow reports whether line k starts text below a table: no line of
// the next few of the run of lines it starts has a bar (a row after it
// would make it junk inside the table, a table after it the title between
// two tables copied as one); further down, a table is another one.
func (t barLines) textBelow(k int) bool {
	if len(bytes.TrimSpace(t.all[k])) == 0 {
		return false
	}
	for end := k + maxBetweenTables; k < len(t.all) && k < end && len(bytes.TrimSpace(t.all[k])) > 0; k++ {
		if t.bars[k] > 0 {
			return false
		}
	}
	return true
}

// maxBetweenTables bounds the lines between two tables copied as one: a
// title, a note, the lines introducing the table below it. More lines are
// text below the first table.
const maxBetweenTables = 12

// rowEnd returns the last line of the row starting at line j: the line
// where the cells counted from j reach n, lines without a bar between.
// The table's last row may lack its last cell's bar.
func (t barLines) rowEnd(j, n int) (int, bool) {
	count := 0
	for k := j; k < len(t.all); k++ {
		text := bytes.TrimSpace(t.all[k])
		if len(text) == 0 || k > j && isDelimiterRow(string(text)) {
			return k - 1, k-1 > j && count == n-1
		}
		count += t.cells(k)
		if count == n {
			return k, true
		}
		if count > n {
			return 0, false
		}
	}
	return len(t.all) - 1, len(t.all)-1 > j && count == n-1
}

// rowJoin is a run of lines, from to to, joinBrokenRows makes one line;
// or, when blank is set, the line from, before which it puts a blank line.
type rowJoin struct {
	from, to int
	blank    bool
}

// origLine is the source line of line k (from 0) of a text whose map of
// lines is lines (nil: the text is the source).
func origLine(lines []int, k int) int {
	if lines != nil && k < len(lines) {
		return lines[k]
	}
	return k + 1
}

// lineSlices returns the lines of src, each with its line end.
func lineSlices(src []byte) [][]byte {
	var all [][]byte
	for _, line := range srcLines(src) {
		all = append(all, line)
	}
	return all
}

// joinRuns returns the lines of all with each run of joins made one line,
// and the map of the result's lines (lines as insertText takes it).
func joinRuns(all [][]byte, lines []int, joins []rowJoin) ([]byte, []int) {
	size := 0
	for _, l := range all {
		size += len(l) + len("<br>")
	}
	out := make([]byte, 0, size)
	outLines := make([]int, 0, len(all))
	next := 0 // the next run of joins
	for k := 0; k < len(all); k++ {
		if next < len(joins) && joins[next].from == k && joins[next].blank {
			next++
			out = append(out, '\n')
			outLines = append(outLines, origLine(lines, k))
		}
		if next < len(joins) && joins[next].from == k {
			from, to := joins[next].from, joins[next].to
			next++
			row := append([]byte(nil), bytes.TrimRight(all[from], "\r\n")...) // a copy: all's lines are src's
			for _, l := range all[from+1 : to+1] {
				part := bytes.TrimSpace(l)
				if bytes.HasSuffix(bytes.TrimSpace(row), []byte("|")) || bytes.HasPrefix(part, []byte("|")) {
					row = append(append(row, ' '), part...)
				} else {
					row = append(append(row, "<br>"...), part...)
				}
			}
			out = append(append(out, row...), '\n')
			outLines = append(outLines, origLine(lines, from))
			k = to
			continue
		}
		out = append(out, all[k]...)
		outLines = append(outLines, origLine(lines, k))
	}
	return out, outLines
}

// A table generated from data may keep the line breaks of a description as
// the two characters backslash and n ("Possible reasons are: \n -
// assistant_hangup \n - failed"), which Markdown shows as they are.
// literalBreaks makes each such break in a table's row, between spaces, a
// <br>, as a cell's line break is written; lines keep their numbers, so
// lines is returned as it is.
func literalBreaks(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte(` \n `)) {
		return src, lines // the common case
	}
	var out []byte
	for _, line := range srcLines(src) {
		if bytes.Contains(line, []byte(` \n `)) && len(codeFreeBars(line)) >= 2 {
			line = bytes.ReplaceAll(line, []byte(` \n `), []byte(" <br> "))
		}
		out = append(out, line...)
	}
	return out, lines
}

// A page whose line breaks a copy dropped may come as one long line of
// Markdown: "# Contact Center ... ## Operations ### POST task_created
// - **`event` (required)** `string` — The event's name. - **`payload`**
// ...". Read as it is, the whole page is one heading. splitFlatMarkdown
// breaks such a line before each heading mark and each item that starts
// with a bold term.

// flatBreak matches where a flattened page had a line break: a heading's
// marks, or an item's bullet before a bold term.
var flatBreak = regexp.MustCompile(` (?:#{1,6} |- \*\*)`)

// minFlatHeadings is how many heading marks a long line needs to be read
// as a flattened page; minFlatLine how long it must be.
const (
	minFlatHeadings = 3
	minFlatLine     = 500
)

// splitFlatMarkdown returns src with a line break before each heading and
// bold item of each line that holds a flattened page (see flatBreak);
// lines maps lines as splitGluedStarts' does.
func splitFlatMarkdown(src []byte, lines []int) ([]byte, []int) {
	var at []int
	off := 0
	for _, line := range srcLines(src) {
		if len(line) >= minFlatLine && bytes.Count(line, []byte(" ## "))+bytes.Count(line, []byte(" ### "))+bytes.Count(line, []byte(" #### ")) >= minFlatHeadings {
			for _, m := range flatBreak.FindAllIndex(line, -1) {
				at = append(at, off+m[0]) // a line break before the space: the mark starts a line, indented by one
			}
		}
		off += len(line)
	}
	if len(at) == 0 {
		return src, lines
	}
	return insertText(src, lines, at, nil)
}

// Pages generated by Sphinx or TypeDoc put a permalink mark after each
// heading and member ("Enumeration Members¶", "ACTIVE¶"); a copy as text
// keeps it glued to the name. dropPermalinks removes the mark at the end
// of a line; lines keep their numbers, so lines is returned as it is.
func dropPermalinks(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("¶")) {
		return src, lines // the common case
	}
	out := make([]byte, 0, len(src))
	for _, line := range srcLines(src) {
		body, end := line, []byte(nil)
		if bytes.HasSuffix(body, []byte("\n")) {
			body, end = body[:len(body)-1], []byte("\n")
		}
		if t := bytes.TrimRight(body, " \r"); bytes.HasSuffix(t, []byte("¶")) {
			body = bytes.TrimRight(bytes.TrimSuffix(t, []byte("¶")), " ") // other lines keep their trailing spaces
		}
		out = append(append(out, body...), end...)
	}
	return out, lines
}

// A page copied as text may group one list of values with blank lines:
//
//	hangup - Odłożono słuchawkę
//	queue_hangup - Odłożono słuchawkę w czasie ...
//
//	ORIGINATOR_CANCEL - Dzwoniący przerwał połączenie ...
//	UNALLOCATED_NUMBER - Dzwoniący chciał połączyć się ...
//
// Markdown reads each group as a paragraph of its own, too short a run of
// values to be a list. joinValueParagraphs drops the blank lines between
// such groups: a paragraph of value lines only (a token, a dash, its
// text) right below one that ends with such a line goes on with it.

// joinValueParagraphs returns src without those blank lines, and the map
// of its lines (lines as insertText takes it). src is returned as is when
// no group follows another.
func joinValueParagraphs(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte(" - ")) && !bytes.Contains(src, []byte(" – ")) && !bytes.Contains(src, []byte(" — ")) {
		return src, lines // no value line: the common case
	}
	all := lineSlices(src)
	drop := make([]bool, len(all))
	dropped, fenced := false, false
	for i := 0; i < len(all); i++ {
		t := bytes.TrimSpace(all[i])
		if isFence(t) {
			fenced = !fenced
		}
		if fenced || len(t) > 0 || i == 0 || !namedValueLine(bytes.TrimSpace(all[i-1])) {
			continue
		}
		j := i
		for j < len(all) && len(bytes.TrimSpace(all[j])) == 0 {
			j++
		}
		if j < len(all) && valueGroup(all[j:]) {
			for k := i; k < j; k++ {
				drop[k], dropped = true, true
			}
		}
		i = j - 1
	}
	if !dropped {
		return src, lines
	}
	out := make([]byte, 0, len(src))
	outLines := make([]int, 0, len(all))
	for k, line := range all {
		if drop[k] {
			continue
		}
		out = append(out, line...)
		outLines = append(outLines, origLine(lines, k))
	}
	return out, outLines
}

// valueGroup reports whether the paragraph that starts all is value lines
// only.
func valueGroup(all [][]byte) bool {
	for _, line := range all {
		t := bytes.TrimSpace(line)
		if len(t) == 0 {
			return true
		}
		if !namedValueLine(t) {
			return false
		}
	}
	return true
}

// namedValueLine reports a value line whose token has a letter: a code
// (0 - Failed: ...) numbers its own paragraph, read as such.
func namedValueLine(line []byte) bool {
	token, _, _ := bytes.Cut(line, []byte(" "))
	return valueLineShape.Match(line) && bytes.ContainsFunc(token, unicode.IsLetter)
}

// A list copied from a reference page may come out with each bullet at
// the end of the line above its item:
//
//	Values
//	-
//	BUSY -
//	COMPLETED -
//	NO_ANSWER
//
// trailingBullets puts each bullet back before its item: a line holding
// one dash, then two lines at least each a token and a dash, then a line
// holding one token, become a list. Lines keep their numbers, so lines is
// returned as it is.
func trailingBullets(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte(" -\n")) {
		return src, lines // the common case
	}
	all := lineSlices(src)
	changed := false
	for i := 0; i < len(all); i++ {
		if string(bytes.TrimSpace(all[i])) != "-" {
			continue
		}
		j := i + 1
		for j < len(all) && trailingBullet.Match(bytes.TrimSpace(all[j])) {
			j++
		}
		if j-i-1 < 2 || j >= len(all) || !loneToken.Match(bytes.TrimSpace(all[j])) {
			continue
		}
		all[i] = []byte("\n")
		for k := i + 1; k <= j; k++ {
			token := bytes.TrimSuffix(bytes.TrimSpace(all[k]), []byte(" -"))
			all[k] = append(append([]byte("- "), token...), '\n')
		}
		changed = true
		i = j
	}
	if !changed {
		return src, lines
	}
	return bytes.Join(all, nil), lines
}

// trailingBullet matches a token followed by the bullet of the next item;
// loneToken a token alone.
var (
	trailingBullet = regexp.MustCompile(`^[\p{L}0-9_.:\-]+ -$`)
	loneToken      = regexp.MustCompile(`^[\p{L}0-9_.:\-]+$`)
)

// A table cell too narrow for a constant breaks it at its underscores,
// one part to a line ("CONTACT_", "FLOW_", "DISCONNECT"), and a copy keeps
// the breaks. joinBrokenConstants joins each line that is nothing but
// the start of a constant, ending in its underscore, to the line below
// it when that starts with the rest; the joined line takes the first
// one's number (lines as insertText takes it).
func joinBrokenConstants(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("_\n")) && !bytes.Contains(src, []byte("_\r\n")) {
		return src, lines // the common case
	}
	all := lineSlices(src)
	out := make([]byte, 0, len(src))
	outLines := make([]int, 0, len(all))
	joined := false
	for k := 0; k < len(all); k++ {
		line := all[k]
		first := k
		for k+1 < len(all) && constantStart.Match(bytes.TrimSpace(line)) && constantRest.Match(bytes.TrimSpace(all[k+1])) {
			line = append(append([]byte(nil), bytes.TrimSpace(line)...), all[k+1]...) // a copy: line is src's
			k++
			joined = true
		}
		out = append(out, line...)
		outLines = append(outLines, origLine(lines, first))
	}
	if !joined {
		return src, lines
	}
	return out, outLines
}

// constantStart matches a line that is the start of an upper-case
// constant, broken after an underscore; constantRest a line starting with
// the rest of one.
var (
	constantStart = regexp.MustCompile(`^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_$`)
	constantRest  = regexp.MustCompile(`^[A-Z0-9]+(?:_|$|\s)`)
)

// A fence that is never closed makes the rest of the page code, which
// CommonMark reads as one example: a README whose author forgot a closing
// fence (or indented it where it no longer closes) hides every list and
// table after it. dropDanglingFence blanks such a fence's line, so that
// what follows is read as the page it is.

// dropDanglingFence returns src with the line of each opening fence that
// the page never closes made blank (a fence opened by ```{ is closed only
// by a bare run of backticks); lines are kept, so the line map is
// unchanged. A fence is dangling when no bare run of its marker, as long
// as its own or longer, follows it: the runs after each line are known
// from one pass backwards, so the page is read twice, whatever its fences.
func dropDanglingFence(src []byte) []byte {
	if !bytes.Contains(src, []byte("```")) && !bytes.Contains(src, []byte("~~~")) {
		return src
	}
	type fenceLine struct {
		off  int
		run  []byte // the marker run
		bare bool   // nothing after the run: it may close a fence
	}
	var fences []fenceLine
	for off, line := range srcLines(src) {
		t := bytes.TrimSpace(line)
		if n := fenceRun(t); n > 0 {
			fences = append(fences, fenceLine{off, t[:n], n == len(t)})
		}
	}
	// longest[i] is the longest bare run of each marker after fence i.
	longest := make([][2]int, len(fences)+1)
	for i := len(fences) - 1; i >= 0; i-- {
		longest[i] = longest[i+1]
		if f := fences[i]; f.bare {
			k := markerIndex(f.run[0])
			longest[i][k] = max(longest[i][k], len(f.run))
		}
	}
	var out []byte
	var open []byte
	for i, f := range fences {
		switch {
		case open == nil && longest[i+1][markerIndex(f.run[0])] < len(f.run):
			if out == nil {
				out = append([]byte{}, src...)
			}
			blankLine(out, f.off) // never closed: no fence
		case open == nil:
			open = f.run
		case f.bare && f.run[0] == open[0] && len(f.run) >= len(open):
			open = nil
		}
	}
	if out == nil {
		return src
	}
	return out
}

// markerIndex is 0 for a backtick fence, 1 for a tilde one.
func markerIndex(b byte) int {
	if b == '~' {
		return 1
	}
	return 0
}

// fenceRun is the length of the run of backticks or tildes, three or
// more, a trimmed line starts with; 0 when it starts no fence.
func fenceRun(t []byte) int {
	if len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return 0
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || t[0] == '`' && bytes.IndexByte(t[n:], '`') >= 0 {
		return 0
	}
	return n
}

// A README may set a list of its own in a fence, to keep the author's
// indentation: "+ message=\"INVALID_UUID\" (status = 0) : uid is
// invalid", a line each. A fence with no language whose every line is a
// bullet, one at least a plus sign (which no language starts a line
// with), holds such a list: unfenceLists blanks its fence lines, so the
// list is read as the page's.

// unfenceLists returns src with the fence lines of each such block made
// blank; lines are kept, so the line map is unchanged.
func unfenceLists(src []byte) []byte {
	if !bytes.Contains(src, []byte("\n+ ")) && !bytes.Contains(src, []byte(" + ")) {
		return src
	}
	var out []byte
	open, body := -1, [][2]int{} // the open fence's offset, the body's lines
	plain := false               // the open fence names no language
	for off, line := range srcLines(src) {
		t := bytes.TrimSpace(line)
		n := fenceRun(t)
		switch {
		case n > 0 && open < 0:
			open, body, plain = off, body[:0], n == len(t)
		case n > 0 && n == len(t):
			if plain && bulletBody(src, body) {
				if out == nil {
					out = append([]byte{}, src...)
				}
				blankLine(out, open)
				blankLine(out, off)
			}
			open = -1
		case open >= 0:
			body = append(body, [2]int{off, off + len(line)})
		}
	}
	if out == nil {
		return src
	}
	return out
}

// minFencedBullets is the fewest bullets a fenced list holds.
const minFencedBullets = 3

// bulletBody reports lines that are all bullets or blank, three bullets
// at least, one of them a plus sign.
func bulletBody(src []byte, body [][2]int) bool {
	bullets, plus := 0, false
	for _, b := range body {
		t := bytes.TrimSpace(src[b[0]:b[1]])
		switch {
		case len(t) == 0:
		case bytes.HasPrefix(t, []byte("+ ")):
			bullets, plus = bullets+1, true
		case bytes.HasPrefix(t, []byte("- ")):
			bullets++
		default:
			return false
		}
	}
	return plus && bullets >= minFencedBullets
}

// blankLine replaces the line at off in b with spaces, keeping its line
// break.
func blankLine(b []byte, off int) {
	for i := off; i < len(b) && b[i] != '\n' && b[i] != '\r'; i++ {
		b[i] = ' '
	}
}

// A README may glue an example's JSON to its fences, "```{" on the
// opening line and "}```" on the closing one. CommonMark reads "{" as the
// fence's info string and "}```" as code, so the fence runs on over the
// page. splitGluedFences puts the braces on lines of their own.

// splitGluedFences returns src with a line break after the fence run of
// an opening line whose info string is a brace or bracket, and before the
// fence run that ends a line after a closing brace or bracket; lines as
// for insertText.
func splitGluedFences(src []byte, lines []int) ([]byte, []int) {
	if !bytes.Contains(src, []byte("```{")) && !bytes.Contains(src, []byte("```[")) {
		return src, lines
	}
	var at []int
	for off, line := range srcLines(src) {
		text := bytes.TrimRight(line, "\r\n")
		t := bytes.TrimLeft(text, " \t")
		indent := len(text) - len(t)
		if n := fenceRun(t); n > 0 && n < len(t) && (t[n] == '{' || t[n] == '[') {
			at = append(at, off+indent+n)
			continue
		}
		if body, ok := bytes.CutSuffix(bytes.TrimRight(t, " \t"), []byte("```")); ok && len(body) > 0 && (body[len(body)-1] == '}' || body[len(body)-1] == ']') && fenceRun(t) == 0 {
			at = append(at, off+indent+len(body))
		}
	}
	return insertText(src, lines, at, nil)
}
