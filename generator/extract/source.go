package extract

import (
	"bytes"
	"iter"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// document is the source being extracted: the bytes handed to goldmark and
// an index from byte offsets to line numbers.
//
// The source is cleaned before parsing, always line for line so that line
// numbers stay right: front matter and kramdown attribute lines are blanked
// out, indentation deeper than maxIndent is cut to it, and typographic
// bullets become list markers.
type document struct {
	file string
	src  []byte
	// owned is false while src is the caller's data, which is not changed:
	// edit copies it before the first change.
	owned bool
	start []int // start[i] is the offset where line i+1 begins

	// title is the front matter's title, and titleLine its line (0 if none).
	title     string
	titleLine int

	// flattened lists the lines whose block markers were cut to
	// maxMarkers (see cleanLines).
	flattened []int

	// lineMap, when set, maps the lines of src to the lines of the
	// document src was translated from (an RST or HTML page, an HTML block
	// inside Markdown): every line the walker reports goes through it.
	lineMap []int
	// translated is set for a document translated into Markdown (RST,
	// HTML, AsciiDoc, a table of bar lines), not only mended line by line.
	translated bool

	// str is src as a string, made once, after parsing, by text.
	str string

	// keys are the quoted keys of the JSON the page shows, made once, on
	// first use, by jsonKeys.
	keys     map[string]bool
	keysRead bool
	// strings maps each string the page's JSON gives a key to that key
	// ("failedMsg": "busy now"), the first when several do, made once,
	// on first use, by jsonStrings.
	strings     map[string]string
	stringsRead bool
	// headings are the titles of the page's Markdown headings, made once,
	// on first use, by headingTitles.
	headings     map[string]bool
	headingsRead bool
}

// jsonKey matches a quoted key of JSON and the start of its value:
// "bf_calltype": "voice". A quoted value then a colon and words ("error":
// The call ...) is a list item, no JSON.
var jsonKey = regexp.MustCompile(`"([A-Za-z_][\w.-]*)"\s*:\s*(?:["{\[\d-]|true\b|false\b|null\b)`)

// jsonKeys returns the keys the page's JSON (examples of payloads) uses.
func (d *document) jsonKeys() map[string]bool {
	if !d.keysRead {
		d.keysRead = true
		d.keys = map[string]bool{}
		if d.mayHoldJSON() {
			for _, m := range jsonKey.FindAllSubmatch(d.src, -1) {
				d.keys[string(m[1])] = true
			}
		}
	}
	return d.keys
}

// mayHoldJSON reports a page with a quoted key and its colon somewhere:
// the common page without, decided before any pattern runs.
func (d *document) mayHoldJSON() bool {
	return bytes.Contains(d.src, []byte(`":`)) || bytes.Contains(d.src, []byte(`" :`))
}

// jsonString matches a quoted key of JSON and the string it holds.
var jsonString = regexp.MustCompile(`"([A-Za-z_][\w.-]*)"\s*:\s*"([^"\\\n]{1,100})"`)

// jsonStrings returns the strings the page's JSON holds, each mapped to
// the key holding it first.
func (d *document) jsonStrings() map[string]string {
	if !d.stringsRead {
		d.stringsRead = true
		d.strings = map[string]string{}
		if d.mayHoldJSON() {
			for _, m := range jsonString.FindAllSubmatch(d.src, -1) {
				if _, ok := d.strings[string(m[2])]; !ok {
					d.strings[string(m[2])] = string(m[1])
				}
			}
		}
	}
	return d.strings
}

// headingTitles returns the titles of the page's headings (# Participant),
// the names of the types a reference page defines.
func (d *document) headingTitles() map[string]bool {
	if !d.headingsRead {
		d.headingsRead = true
		d.headings = map[string]bool{}
		for _, line := range bytes.Split(d.src, []byte("\n")) {
			if t := bytes.TrimLeft(line, "#"); len(t) < len(line) && len(line)-len(t) <= 6 && len(t) > 1 && t[0] == ' ' {
				d.headings[string(bytes.TrimSpace(t))] = true
			}
		}
	}
	return d.headings
}

// text is src as a string: a big table's cells are substrings of it
// instead of a string each. It shares src's memory, which is safe because
// nothing changes src once newDocument has returned (the walker only
// reads it), and it saves a copy of the whole document.
func (d *document) text() string {
	if d.str == "" && len(d.src) > 0 {
		d.str = unsafe.String(&d.src[0], len(d.src))
	}
	return d.str
}

// newDocument cleans data for parsing; lineMap, when not nil, maps data's
// lines to those of the document it was translated from.
func newDocument(file string, data []byte, lineMap []int) *document {
	src, flattened, copied := cleanLines(data)
	d := &document{file: file, src: src, owned: copied, start: lineStarts(src), flattened: flattened, lineMap: lineMap}
	d.unindentTableHeaders()
	d.unlistTableRows()
	d.blankFrontMatter()
	d.blankAttributeLines()
	return d
}

// maxIndent is the deepest indentation kept, in columns. Goldmark's list
// parser measures every enclosing item's indentation on every line, so its
// time grows with the cube of the nesting depth; no real page nests lists
// 30 deep, and a page that does still parses, its deepest items flattened
// into siblings.
const maxIndent = 64

// cleanLines returns src cleaned line for line: each line's indentation
// cut to maxIndent columns (a tab counts to the next multiple of 4) and a
// typographic bullet (• ◦ ▪ ·), which pages copied from the web keep,
// turned into the Markdown list marker "-".
//
// As CommonMark does, a byte-order mark at the start is dropped and a
// carriage return alone ends a line. A line holding nothing but a
// component tag of MDX documentation becomes Markdown (see componentLine).
// A line holding one "-" is blanked (see isLoneDash).
//
// A line opening more than maxMarkers blocks (">>>>>> x", "- - - - x") has
// the markers past the limit dropped: goldmark's time grows with the square
// of that depth, and no document nests so deep. The lines cut are returned.
//
// Most documents need no cleaning: then out is src itself (copied is false)
// rather than a copy, which would cost as much memory as the document.
func cleanLines(src []byte) (out []byte, flattened []int, copied bool) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	indent := commonIndent(src)
	inBlock := false // in the indented body of an admonition or a content tab
	inList := false  // below a list item, where an indented bullet nests
	shift := 0       // the indentation taken off the list's first bullet
	for rest, n := src, 1; len(rest) > 0; n++ {
		at := len(src) - len(rest)
		line, next := cutLine(rest)
		raw := rest[:len(rest)-len(next)]
		rest = next
		if indent > 0 {
			line = dedentBy(line, indent) // a page copied with every line indented: not a code block
		}
		line, inBlock = dedentBlockBody(line, inBlock)
		if shift > 0 && inList {
			line = dedentBy(line, shift) // the rest of a list moved to the margin
		}
		clean, cut := cleanLine(line, inList)
		if !inList {
			shift = max(0, indentOf(line)-indentOf(clean))
		}
		inList = listState(clean, inList)
		if !inList {
			shift = 0
		}
		if cut {
			flattened = append(flattened, n)
		}
		if out == nil {
			if bytes.Equal(clean, raw) {
				continue
			}
			out = append(make([]byte, 0, len(src)), src[:at]...)
		}
		out = append(out, clean...)
	}
	if out == nil {
		return src, flattened, false
	}
	return out, flattened, true
}

// dedentBlockBody takes four spaces off the lines of the body of a MkDocs
// admonition or content tab (!!! note "Title", ??? tip, === "Tab"), which
// is indented under its opening line: left so, Markdown would read the
// body as code. in reports whether the next line may still be in a body.
func dedentBlockBody(line []byte, in bool) (out []byte, next bool) {
	if title, ok := blockTitle(line); ok {
		return title, true
	}
	if !in {
		return line, false
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return line, true // a blank line inside the body
	}
	if bytes.HasPrefix(line, []byte("    ")) {
		return line[4:], true
	}
	return line, false
}

// blockTitle turns the opening line of an admonition or a content tab
// into a heading of its title (!!! info "Custom Dispositions" is ######
// Custom Dispositions), so the body is a block of its own; the line's
// ending is kept.
func blockTitle(line []byte) ([]byte, bool) {
	for _, p := range []string{"!!! ", "??? ", "???+ ", "=== "} {
		rest, ok := bytes.CutPrefix(line, []byte(p))
		if !ok {
			continue
		}
		end := len(bytes.TrimRight(rest, "\r\n"))
		text, ending := rest[:end], rest[end:]
		if q := bytes.IndexByte(text, '"'); q >= 0 {
			text = bytes.Trim(text[q:], `" `) // the quoted title
		}
		return append(append([]byte("###### "), text...), ending...), true
	}
	return nil, false
}

// commonIndent is the indentation in spaces every non-blank line of src
// shares when it is a code block's (four or more): text copied from a web
// page sometimes comes out so, and Markdown would read it all as one code
// block. Otherwise 0. The page's first lines (its title, a product's name)
// may stand at the margin, up to maxMarginLines of them; a page with a line
// at the margin after its indented text, or with a line of code (ending in
// ";", "{" or "}"), is left alone.
func commonIndent(src []byte) int {
	least, leading := -1, true
	margin := 0
	for rest := src; len(rest) > 0; {
		line, next := cutLine(rest)
		rest = next
		text := bytes.TrimRight(line, "\r\n")
		n := 0
		for n < len(line) && line[n] == ' ' {
			n++
		}
		if n == len(text) {
			continue // blank
		}
		if n < codeIndent && leading && margin < maxMarginLines {
			if len(listMarker(text)) != len(text) || bytes.HasPrefix(text, []byte("* ")) || bytes.HasPrefix(text, []byte("- ")) ||
				textDigitByte(text[0]) && bytes.Contains(text[:min(len(text), 5)], []byte(". ")) {
				return 0 // a list item: the lines below it are indented to nest in it
			}
			margin++ // the page's title may stand at the margin
			continue
		}
		leading = false
		if n < codeIndent || len(text) > 0 && strings.IndexByte(";{}", text[len(text)-1]) >= 0 {
			return 0
		}
		if least < 0 || n < least {
			least = n
		}
	}
	return max(least, 0)
}

// maxMarginLines is the most lines at the margin a page copied indented
// starts with.
const maxMarginLines = 3

// codeIndent is the indentation that makes a Markdown code block.
const codeIndent = 4

// cleanLine is one line of cleanLines; cut reports markers cut.
func cleanLine(line []byte, inList bool) (clean []byte, cut bool) {
	if md, ok := componentLine(line); ok {
		return md, false
	}
	if capped, ok := capMarkers(line); ok {
		line, cut = capped, true
	}
	if isLoneDash(line) {
		return line[len(bytes.TrimRight(line, "\r\n")):], cut // its line ending only
	}
	width, i := indentWidth(line)
	text := listMarker(line[i:])
	if inList && i == 0 {
		text = wordBullet(text) // "o Teams ..." below "•...": a word processor's nested bullets
	}
	if width <= maxIndent && len(text) == len(line)-i {
		return line, cut
	}
	indent := line[:i]
	switch {
	case width > maxIndent:
		indent = bytes.Repeat([]byte{' '}, maxIndent)
	case width >= codeIndent && !inList && len(text) != len(line)-i:
		// A typographic bullet indented like code, no list above it: a
		// list copied from a web page with its indentation.
		indent = nil
	}
	return append(append(make([]byte, 0, len(indent)+len(text)), indent...), text...), cut
}

// wordBullet nests the second and third levels of a word processor's
// list ("o " and "§ " at the margin, its indentation lost in the copy)
// below the typographic bullets above them.
func wordBullet(text []byte) []byte {
	for _, b := range []struct{ mark, nested string }{{"o ", "  - "}, {"§ ", "    - "}} {
		if rest, ok := bytes.CutPrefix(text, []byte(b.mark)); ok && len(rest) > 0 && rest[0] != ' ' {
			return append([]byte(b.nested), rest...)
		}
	}
	return text
}

// indentOf is the number of spaces line starts with.
func indentOf(line []byte) int { return len(line) - len(bytes.TrimLeft(line, " ")) }

// dedentBy takes up to n spaces off the start of line.
func dedentBy(line []byte, n int) []byte {
	return line[min(n, indentOf(line)):]
}

// listState reports whether the lines after line are below a list item:
// line is an item, or it continues one (indented, or blank).
func listState(line []byte, inList bool) bool {
	width, i := indentWidth(line)
	rest := bytes.TrimRight(line[i:], "\r\n")
	switch {
	case len(rest) == 0:
		return inList
	case isListItemStart(rest):
		return true
	default:
		return inList && width > 0
	}
}

// isListItemStart reports a line that starts a Markdown list item.
func isListItemStart(s []byte) bool {
	if len(s) > 1 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ' {
		return true
	}
	digits := len(s) - len(bytes.TrimLeft(s, "0123456789"))
	return digits > 0 && digits < len(s)-1 && (s[digits] == '.' || s[digits] == ')') && s[digits+1] == ' '
}

// isLoneDash reports a line holding one "-" and nothing else: the bullet
// of a list copied from a web page, whose item text went to the next line.
// Left in, it would make the paragraph above it a heading (a setext
// underline of one dash, which Markdown written by hand does not use).
func isLoneDash(line []byte) bool {
	return string(bytes.TrimSpace(line)) == "-"
}

// maxMarkers bounds the block markers (> - * + 1.) a line may open.
const maxMarkers = 32

// capMarkers blanks the block markers of line past maxMarkers; ok is false
// when the line has no more than that.
func capMarkers(line []byte) (cut []byte, ok bool) {
	i, depth := 0, 0
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		n := markerLen(line[i:])
		if n == 0 {
			return nil, false
		}
		if depth++; depth > maxMarkers {
			break
		}
		i += n
	}
	keep := i // where the first marker past the limit starts
	for {
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		n := markerLen(line[i:])
		if n == 0 {
			break
		}
		i += n
	}
	return append(append([]byte(nil), line[:keep]...), line[i:]...), true
}

// markerLen is the length of the block marker at the start of s: ">",
// or a bullet or ordered-list number followed by a space; 0 if none.
func markerLen(s []byte) int {
	switch {
	case len(s) > 0 && s[0] == '>':
		return 1
	case len(s) > 1 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t'):
		return 2
	}
	d := 0
	for d < len(s) && d < 9 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d > 0 && d+1 < len(s) && (s[d] == '.' || s[d] == ')') && (s[d+1] == ' ' || s[d+1] == '\t') {
		return d + 2
	}
	return 0
}

// srcLines yields the offset of each line of src and the line, as cutLine
// cuts it (its ending included).
func srcLines(src []byte) iter.Seq2[int, []byte] {
	return func(yield func(int, []byte) bool) {
		for off := 0; off < len(src); {
			line, _ := cutLine(src[off:])
			if !yield(off, line) {
				return
			}
			off += len(line)
		}
	}
}

// cutLine returns the first line of src, ending in "\n", and the rest. A
// "\r" not followed by "\n" ends a line too; it is written as "\n".
func cutLine(src []byte) (line, rest []byte) {
	i := bytes.IndexAny(src, "\r\n")
	switch {
	case i < 0:
		return src, nil
	case src[i] == '\n':
		return src[:i+1], src[i+1:]
	case i+1 < len(src) && src[i+1] == '\n':
		return src[:i+2], src[i+2:]
	}
	line = append(append([]byte(nil), src[:i]...), '\n')
	return line, src[i+1:]
}

// pictographs is the length of the symbols (and their variation
// selectors) and the space that start text, or 0 when text does not start
// with a symbol and a space.
func pictographs(text []byte) int {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRune(text[i:])
		if !unicode.Is(unicode.So, r) && !(i > 0 && (unicode.Is(unicode.Mn, r) || r == '\u200d')) {
			break
		}
		i += size
	}
	if i == 0 || i >= len(text) || text[i] != ' ' {
		return 0
	}
	return i + 1
}

// typographicBullets are the bullets web pages use for list items.
var typographicBullets = []string{"• ", "◦ ", "○ ", "▪ ", "· ", "**•** ", "**◦** "} // bold: a PDF converted to Markdown

// listMarker replaces a typographic bullet at the start of text by "- ",
// and drops the pictographs pages set before a term ("✅ Completed",
// "⚠️ Failed"): a status icon is decoration, and left in, the term is no
// value.
func listMarker(text []byte) []byte {
	for _, b := range typographicBullets {
		if rest, ok := bytes.CutPrefix(text, []byte(b)); ok {
			return append([]byte("- "), rest...)
		}
	}
	if rest, ok := bytes.CutPrefix(text, []byte("•")); ok && len(rest) > 0 && rest[0] != ' ' && rest[0] != '\t' {
		return append([]byte("- "), rest...) // "•type: Tlph/Vtlph": a copy lost the space after the bullet
	}
	if n := pictographs(text); n > 0 {
		return text[n:]
	}
	return text
}

// indentWidth returns the columns and bytes of a line's leading white space.
func indentWidth(line []byte) (width, n int) {
	for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		if line[n] == '\t' {
			width += 4 - width%4
		} else {
			width++
		}
		n++
	}
	return width, n
}

// lineStarts returns the offset where each line of src begins.
func lineStarts(src []byte) []int {
	starts := make([]int, 1, bytes.Count(src, []byte("\n"))+1) // counted: no regrowth on a big document
	for i := bytes.IndexByte(src, '\n'); i >= 0 && i+1 < len(src); {
		starts = append(starts, i+1)
		next := bytes.IndexByte(src[i+1:], '\n')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return starts
}

// lineOf returns the 1-based line holding byte offset off.
func (d *document) lineOf(off int) int {
	return d.mapLine(d.rawLineOf(off))
}

// rawLineOf returns the 1-based line of src holding byte offset off.
func (d *document) rawLineOf(off int) int {
	if off < 0 {
		return 0
	}
	return sort.SearchInts(d.start, off+1)
}

// mapLine returns the line of the original document that line n of src
// came from.
func (d *document) mapLine(n int) int {
	if d.lineMap != nil && n >= 1 && n <= len(d.lineMap) {
		return d.lineMap[n-1]
	}
	return n
}

// lines returns the number of lines of the document.
func (d *document) lines() int { return len(d.start) }

// line returns the text of line n (1-based) without its line ending.
func (d *document) line(n int) string { return string(d.lineBytes(n)) }

// lineBytes is line n without its line ending, a slice of the source:
// for the checks made on every line, which must not copy a big document.
func (d *document) lineBytes(n int) []byte {
	from := d.start[n-1]
	to := len(d.src)
	if n < len(d.start) {
		to = d.start[n]
	}
	return bytes.TrimRight(d.src[from:to], "\r\n")
}

// delimiterRow matches the row under a pipe table's header (| --- | :-: |).
var delimiterRow = regexp.MustCompile(`^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$`)

// unindentTableHeaders moves a table header indented four columns or more
// (a page whose header row was padded) to the margin, as the rows under it
// are: indented, CommonMark reads it as code and the table is lost. The
// indentation becomes trailing spaces, so offsets and lines do not move.
func (d *document) unindentTableHeaders() {
	for n := 1; n < d.lines(); n++ {
		line := d.lineBytes(n)
		trimmed := bytes.TrimLeft(line, " \t")
		width, _ := indentWidth(line)
		if width < 4 || !bytes.HasPrefix(trimmed, []byte("|")) || !delimiterRow.Match(bytes.TrimSpace(d.lineBytes(n+1))) {
			continue
		}
		moved := string(trimmed) + strings.Repeat(" ", len(line)-len(trimmed))
		d.edit()
		copy(d.src[d.start[n-1]:], moved)
	}
}

// unlistTableRows keeps a table row that starts with a number and a dot
// ("1. | LEG B | ANSWER |", a column of row numbers) in its table: as
// written, CommonMark reads it as an ordered list item, which ends the
// table. The dot becomes a space, so offsets and lines do not move.
func (d *document) unlistTableRows() {
	for n := 2; n <= d.lines(); n++ {
		line := d.lineBytes(n)
		if !bytes.ContainsRune(d.lineBytes(n-1), '|') || bytes.Count(line, []byte("|")) < 2 {
			continue // the common case: no table
		}
		trimmed := bytes.TrimLeft(line, " ")
		digits := len(trimmed) - len(bytes.TrimLeft(trimmed, "0123456789"))
		if digits == 0 || digits > 3 || len(trimmed) == digits || trimmed[digits] != '.' {
			continue
		}
		if after := bytes.TrimLeft(trimmed[digits+1:], " 0123456789."); !bytes.HasPrefix(after, []byte("|")) {
			continue // "1. Set the | ..." is a list item
		}
		d.edit()
		d.src[d.start[n-1]+len(line)-len(trimmed)+digits] = ' '
	}
}

// blankFrontMatter blanks a leading YAML front matter block (a "---" line,
// then lines up to a closing "---" or "..." line) and keeps its title, which
// names the page when no heading does.
func (d *document) blankFrontMatter() {
	if strings.TrimPrefix(d.line(1), "\ufeff") != "---" {
		return
	}
	for n := 2; n <= d.lines(); n++ {
		l := strings.TrimRight(d.line(n), " \t")
		if l == "---" || l == "..." {
			d.keepTitle(2, n-1)
			d.blank(1, n)
			return
		}
	}
}

// keepTitle records a "title:" key found in lines from..to.
func (d *document) keepTitle(from, to int) {
	for n := from; n <= to; n++ {
		key, val, ok := strings.Cut(d.line(n), ":")
		if ok && strings.TrimSpace(key) == "title" {
			d.title = strings.Trim(strings.TrimSpace(val), `"'`)
			d.titleLine = d.mapLine(n)
			return
		}
	}
}

// blankAttributeLines blanks kramdown attribute lists that stand on a line
// of their own ({: class="table"}, {:.note}). Left in place, the GFM table
// parser would read one as a last table row.
func (d *document) blankAttributeLines() {
	for n := 1; n <= d.lines(); n++ {
		if isAttributeLine(d.lineBytes(n)) {
			d.blank(n, n)
		}
	}
}

func isAttributeLine(s []byte) bool {
	s = bytes.TrimSpace(s)
	return bytes.HasPrefix(s, []byte("{:")) && bytes.HasSuffix(s, []byte("}"))
}

// edit makes src the document's own before it is changed in place.
func (d *document) edit() {
	if !d.owned {
		d.src, d.owned, d.str = bytes.Clone(d.src), true, ""
	}
}

// blank replaces every byte of lines from..to but the line endings by a
// space.
func (d *document) blank(from, to int) {
	d.edit()
	end := len(d.src)
	if to < len(d.start) {
		end = d.start[to]
	}
	for i := d.start[from-1]; i < end; i++ {
		if d.src[i] != '\n' && d.src[i] != '\r' {
			d.src[i] = ' '
		}
	}
}

// textLines returns the lines of the cleaned document, decoded (entities
// and backslash escapes resolved), for the formats that are read line by
// line when forced. Blank lines are kept: the text parsers end a table at
// one.
func (d *document) textLines() []Line {
	out := make([]Line, 0, d.lines())
	for n := 1; n <= d.lines(); n++ {
		t := decodeText([]byte(d.line(n)))
		if strings.TrimSpace(t) == "" {
			t = ""
		}
		out = append(out, Line{N: d.mapLine(n), Text: t})
	}
	return out
}
