package extract

// Glued text tables.
//
// A two-column table (value, description) copied out of a web page often
// loses the cell boundary, so the header reads "Call StatusDescription" and
// every row reads "NOANSWERThe call was not answered". This file finds such
// tables and splits each row back into its value and its description.
//
// Header. A short line of title- or sentence-case words whose last column
// title is a description-like word (Description, Meaning, Details, ...). The
// two titles are glued at a lower-to-upper case change ("StatusDescription"),
// or separated by white space; a separated header only counts when the next
// line is a row, since "Error Description" alone is an ordinary heading. The
// enum is named after the first title (naming.Ident("Call Status")).
//
// Rows. A row starts with a value token: ASCII letters, digits, "_", "-" and
// "." (trailing "-", "." and "_" excluded). Where the value ends depends on
// how it is written:
//
//   - No lower-case letter before the description (BUSY, IVR-ANSWER,
//     BUSY_CHANNEL1, 486): the value ends at the last upper-case letter
//     before the first lower-case one, because that letter starts the
//     description's first word: IVRIncoming -> IVR + Incoming,
//     NOTALLOWEDSubscriber -> NOTALLOWED + Subscriber.
//   - Starting with a lower-case letter (busy, no-answer, callback-error,
//     transfer.noanswer, bridgeComplete): the description starts at the
//     capitalised word that ends the glued token ("The" in
//     bridgeCompleteThe): one upper-case letter, glued after a lower-case
//     letter or digit, then only lower-case letters up to the white space or
//     punctuation after the token. When the token does not end in such a
//     word (busyIVR answered, busyNo-one answered) the value ends at the
//     first upper-case letter: right for lower-case values, wrong for
//     camelCase ones (bridgeCompleteIVR answered gives "bridge").
//   - A camelCase token followed by white space and a capital is ambiguous:
//     "machineDetectionComplete Answering ..." is a whole value, "dtmfThe
//     DTMF digits ..." is dtmf + The. The last word splits off when another
//     description of the same table starts with it ("The"); otherwise the
//     token is the whole value when a title-case word follows the space.
//   - A value followed by white space (NOANSWER_LEG2\u00a0 Outgoing ...,
//     "busy   The callee ...") is the whole token, when the text after it
//     starts with an upper-case letter. An all-caps value followed by other
//     text is still taken, with a warning ("BUSY (see below)"); one followed
//     only by punctuation keeps the value and reports the junk.
//
// Limits, each visible: values must be at least two characters; PascalCase
// values glued to a capitalised description (TargetBusyThe ...) cannot be
// told from prose and are not rows; an all-caps value followed by a
// description starting with an acronym ("DNDSIP refused") keeps the acronym
// and reports the lower-case rest; "BUSYA call ..." is read as BUSY + "A
// call ..." with a warning, since "QUOTA exceeded" reads the same.
//
// Continuations and rows without a name. A line inside the table that does
// not start with a value token is either the next line of the current row's
// description or a row whose value name was lost in the copy. Rows of such a
// table describe one case per sentence, often labelled ("Incoming call
// status: ...", "Outgoing Call status. ..."), and a value documents each case
// once. So a line starting with a capital letter whose first two words (its
// lead, compared without case or punctuation; only the first word when it
// ends with ":" or ".", a label such as "Outbound:") already started a
// sentence of the current row — the row's own description or an earlier continuation —
// is a separate row whose name was lost: it is reported as a warning with
// its line and never added to another value. Any other line continues the
// current row; a line starting with a lower-case letter always does (a
// wrapped sentence). A nameless row becomes the current row, so its own
// continuations stay with it and a second nameless row of the same shape is
// reported too. Limit: a genuine second sentence that starts with the same
// two words as the row's first ("The call ... The call ...") is reported as a
// nameless row (visible, never silent); a nameless row that starts
// differently from the row above it is read as a continuation.
//
// The table ends at a blank line, at another header, or at a line that is
// neither row nor continuation; the rest of that paragraph is reported and
// ignored.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// parseGlued parses a text table whose cells were glued together. ok is
// false when lines are not such a table.
//
// lines may hold prose around the table (the whole document when the user
// forces the format) and several tables; each table becomes one enum. A
// count of values stated in the prose before a table ("Voice currently has
// 28 call statuses") becomes the enum's Count and is checked.
func parseGlued(file string, lines []Line) (enums []*spec.Enum, diags diag.List, ok bool) {
	from := 0
	for {
		at, title := findGluedHeader(lines, from)
		if at < 0 {
			return enums, diags, ok
		}
		ok = true
		t := &gluedTable{file: file, title: title, line: lines[at].N, seen: map[string]int{}, diags: &diags}
		n := t.read(lines[at+1:])
		count, _ := statedCount(textOfLines(lines[from:at]))
		if e := t.enum(count); e != nil {
			enums = append(enums, e)
		}
		from = at + 1 + n
	}
}

// findGluedHeader returns the index of the first table header at or after
// from, and the table's first column title; -1 when there is none.
func findGluedHeader(lines []Line, from int) (int, string) {
	for i := from; i < len(lines); i++ {
		if title, ok := gluedHeaderAt(lines, i); ok {
			return i, title
		}
	}
	return -1, ""
}

// gluedHeaderAt reports whether lines[i] is a table header.
func gluedHeaderAt(lines []Line, i int) (string, bool) {
	title, glued, ok := gluedHeader(lines[i].Text)
	if !ok || glued {
		return title, ok
	}
	if i+1 >= len(lines) {
		return "", false
	}
	_, row := splitGluedRow(lines[i+1].Text, gluedLayout{})
	return title, row
}

// gluedHeaderMaxWords bounds a header: column titles are short.
const gluedHeaderMaxWords = 6

// gluedDescriptionTitles are the column titles that say "this column describes
// the value".
var gluedDescriptionTitles = map[string]bool{
	"description": true, "descriptions": true, "meaning": true, "meanings": true,
	"details": true, "detail": true, "explanation": true, "definition": true,
	"notes": true, "note": true, "comment": true, "comments": true,
	"remarks": true, "summary": true, "info": true, "information": true,
}

// gluedHeader reports whether text can be the header of a value /
// description table and returns the first column's title. glued tells
// whether the two titles are glued together ("Call StatusDescription").
func gluedHeader(text string) (title string, glued, ok bool) {
	if len(text) > 200 {
		return "", false, false
	}
	words := strings.FieldsFunc(text, textIsSpace)
	if len(words) == 0 || len(words) > gluedHeaderMaxWords {
		return "", false, false
	}
	for i, w := range words {
		if !gluedTitleWord(w, i == 0) {
			return "", false, false
		}
	}
	last := len(words) - 1
	for i := last; i >= 0; i-- {
		if p := gluedCaseBoundary(words[i]); p > 0 {
			lastTitle := words[last]
			if i == last {
				lastTitle = words[i][p:]
			}
			first := append(words[:i:i], words[i][:p])
			return strings.Join(first, " "), true, gluedDescriptionTitles[strings.ToLower(lastTitle)]
		}
	}
	if last == 0 || !gluedDescriptionTitles[strings.ToLower(words[last])] {
		return "", false, false
	}
	return strings.Join(words[:last], " "), false, true
}

// gluedTitleWord reports a word of a column title: letters and digits,
// starting with a letter, a capital for the first word (titles may be in
// title case or sentence case: "Call Status", "Call status").
func gluedTitleWord(w string, first bool) bool {
	if !textLetterByte(w[0]) || first && !textUpperByte(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !textLetterByte(w[i]) && !textDigitByte(w[i]) {
			return false
		}
	}
	return true
}

// gluedCaseBoundary returns the index of the last upper-case letter that
// follows a lower-case one in w, or 0.
func gluedCaseBoundary(w string) int {
	for p := len(w) - 1; p > 0; p-- {
		if textUpperByte(w[p]) && textLowerByte(w[p-1]) {
			return p
		}
	}
	return 0
}

// gluedStyle is how a table writes its values; a row separated from its
// description by white space must match the style of the table's first row,
// so a wrapped line starting "and Leg2 ..." is not read as the value "and".
type gluedStyle int

const (
	gluedAnyStyle   gluedStyle = iota
	gluedUpperStyle            // no lower-case letter: BUSY, IVR-ANSWER, BUSY_CHANNEL1
	gluedLowerStyle            // starts lower-case: busy, no-answer, bridgeComplete
)

// gluedLayout is what the rows read so far say about how a table is written.
type gluedLayout struct {
	style gluedStyle // the style of the first row
	// starts holds the first words of the descriptions read so far.
	starts map[string]bool
}

// wholeToken decides a camelCase token that ends in a capitalised word and
// is followed by white space and a capital letter: is the token the whole
// value ("machineDetectionComplete Answering machine ...") or is its last
// word the description's first ("dtmfThe DTMF digits ...")? The word splits
// off when another description of the table starts with it; otherwise a
// title-case word after the space means the token is the whole value.
func (lay gluedLayout) wholeToken(word, rest string) bool {
	if lay.starts[word] {
		return false
	}
	s := strings.TrimLeftFunc(rest, textIsSpace)
	return len(s) > 1 && textUpperByte(s[0]) && textLowerByte(s[1])
}

// gluedRow is a table line split into its value and its description.
type gluedRow struct {
	wire, desc string
	style      gluedStyle
	// odd says why the split is doubtful; it is reported as a warning.
	odd string
}

// splitGluedRow splits a line into value and description. ok is false when
// the line does not start with a value (see the file comment for the rules).
func splitGluedRow(text string, lay gluedLayout) (gluedRow, bool) {
	s := strings.TrimLeftFunc(text, textIsSpace)
	tok := gluedToken(s)
	if len(tok) < 2 || !textAlnumByte(tok[0]) {
		return gluedRow{}, false
	}
	st := gluedUpperStyle
	if textLowerByte(tok[0]) {
		st = gluedLowerStyle
	}
	cut, ok := gluedValueEnd(tok, st)
	if !ok {
		return gluedRow{}, false
	}
	rest := s[len(tok):]
	if cut < len(tok) && st == gluedLowerStyle && textUpperAfterSpace(rest) && lay.wholeToken(tok[cut:], rest) {
		cut = len(tok)
	}
	if cut < len(tok) {
		return gluedSplit(tok[:cut], s[cut:], st)
	}
	if lay.style != gluedAnyStyle && st != lay.style {
		return gluedRow{}, false
	}
	return gluedSeparated(tok, rest, st)
}

// gluedSplit builds the row for a description glued to its value.
func gluedSplit(wire, desc string, st gluedStyle) (gluedRow, bool) {
	wire = strings.TrimRight(wire, "_-.")
	if len(wire) < 2 {
		return gluedRow{}, false
	}
	return gluedRow{wire: wire, desc: textNormalize(desc), style: st}, true
}

// gluedSeparated builds the row for a value token followed by white space,
// punctuation or nothing.
func gluedSeparated(tok, rest string, st gluedStyle) (gluedRow, bool) {
	desc := textNormalize(rest)
	row := gluedRow{wire: tok, desc: desc, style: st}
	switch {
	case desc == "":
		return row, true
	case !textStartsSpace(rest):
		if st == gluedUpperStyle && !strings.ContainsFunc(desc, textAlnum) {
			row.desc, row.odd = "", "trailing text "+textQuote(desc)+" ignored"
			return row, true
		}
		return gluedRow{}, false
	case textStartsUpper(desc):
		return row, true
	case st != gluedUpperStyle:
		return gluedRow{}, false
	case len(tok) > 2 && tok[len(tok)-1] == 'A' && textStartsLower(desc):
		// BUSYA call ...: most likely the article A, but QUOTA exceeded
		// reads the same, so say so.
		row.wire, row.desc = tok[:len(tok)-1], "A "+desc
		row.odd = "read as " + row.wire + " followed by " + textQuote(row.desc) + "; check the split"
		return row, true
	}
	row.odd = "the text after the value does not start like a description: " + textQuote(desc)
	return row, true
}

// gluedToken returns the value token at the start of s: ASCII letters,
// digits, "_", "-" and ".", without trailing "_", "-" or ".".
func gluedToken(s string) string {
	n := 0
	for n < len(s) && isGluedValueByte(s[n]) {
		n++
	}
	return strings.TrimRight(s[:n], "_-.")
}

func isGluedValueByte(c byte) bool {
	return textLetterByte(c) || textDigitByte(c) || c == '_' || c == '-' || c == '.'
}

// gluedValueEnd returns where the value ends inside tok (len(tok) when the
// whole token is the value). ok is false when tok cannot start a value.
func gluedValueEnd(tok string, st gluedStyle) (int, bool) {
	if st == gluedUpperStyle {
		k := strings.IndexFunc(tok, textLowerRune)
		switch {
		case k < 0:
			return len(tok), true
		case textUpperByte(tok[k-1]):
			return k - 1, true // IVRIncoming: the I of Incoming
		}
		return 0, false // Leg1, LEG1outgoing
	}
	j := strings.LastIndexFunc(tok, textUpperRune)
	switch {
	case j < 0:
		return len(tok), true
	case (textLowerByte(tok[j-1]) || textDigitByte(tok[j-1])) && textAllLower(tok[j+1:]):
		return j, true // bridgeCompleteThe
	}
	return strings.IndexFunc(tok, textUpperRune), true // busyIVR, busyNo-one
}

// gluedTable reads the rows of one table.
type gluedTable struct {
	file   string
	title  string
	line   int
	layout gluedLayout
	values []*spec.Value
	seen   map[string]int // wire -> line of its row
	cur    *gluedEntry    // the row being read
	diags  *diag.List
}

// gluedEntry is a row being read: a value, or a row whose name was lost.
type gluedEntry struct {
	line  int
	wire  string // "" for a row without a value name
	skip  bool   // a duplicate value, already reported
	text  []string
	leads map[string]bool // leads of the sentences that start a line
}

// read consumes the table's lines from rest (the lines after the header)
// and returns how many it used.
func (t *gluedTable) read(rest []Line) int {
	for i, l := range rest {
		if textBlank(l.Text) {
			t.flush()
			return i
		}
		if _, ok := gluedHeaderAt(rest, i); ok {
			t.flush()
			return i
		}
		if r, ok := splitGluedRow(l.Text, t.layout); ok {
			t.startRow(l, r)
			continue
		}
		if gluedContinues(l.Text) {
			t.addText(l)
			continue
		}
		t.flush()
		return i + t.ignore(rest[i:])
	}
	t.flush()
	return len(rest)
}

// gluedContinues reports whether a line reads as description text.
func gluedContinues(text string) bool {
	s := strings.TrimLeftFunc(text, textIsSpace)
	r, _ := utf8.DecodeRuneInString(s)
	return textAlnum(r) || strings.ContainsRune("(\"'“‘", r)
}

func (t *gluedTable) startRow(l Line, r gluedRow) {
	t.flush()
	t.learn(r)
	e := newGluedEntry(l.N, r.wire)
	if first, dup := t.seen[r.wire]; dup {
		t.warnf(l.N, "duplicate value %s (first at line %d); row ignored", r.wire, first)
		e.skip = true
	} else {
		t.seen[r.wire] = l.N
	}
	if r.odd != "" {
		t.warnf(l.N, "row %s: %s", r.wire, r.odd)
	}
	e.add(r.desc)
	t.cur = e
}

// learn notes how a row is written.
func (t *gluedTable) learn(r gluedRow) {
	if t.layout.style == gluedAnyStyle {
		t.layout.style = r.style
	}
	if first, _, _ := strings.Cut(r.desc, " "); first != "" {
		if t.layout.starts == nil {
			t.layout.starts = map[string]bool{}
		}
		t.layout.starts[first] = true
	}
}

// addText adds a line without a value name: a continuation of the current
// row, or a row whose name was lost (see the file comment).
func (t *gluedTable) addText(l Line) {
	text := textNormalize(l.Text)
	if lead, ok := gluedLead(text); t.cur == nil || ok && t.cur.leads[lead] {
		t.flush()
		t.cur = newGluedEntry(l.N, "")
	}
	t.cur.add(text)
}

// flush ends the current row.
func (t *gluedTable) flush() {
	e := t.cur
	t.cur = nil
	switch {
	case e == nil || e.skip:
	case e.wire == "":
		t.warnf(e.line, "row has no value name; add it to the spec by hand: %s", textQuote(e.description()))
	default:
		t.values = append(t.values, &spec.Value{Wire: e.wire, Description: e.description(), Line: e.line})
	}
}

// ignore reports the lines of rest up to the next blank line and returns
// how many there were.
func (t *gluedTable) ignore(rest []Line) int {
	for i, l := range rest {
		if textBlank(l.Text) {
			return i
		}
		t.warnf(l.N, "line does not continue table %s; ignored: %s", naming.Ident(t.title), textQuote(textNormalize(l.Text)))
	}
	return len(rest)
}

// enum returns the table's enum, or nil (with a warning) when it has no rows.
func (t *gluedTable) enum(count int) *spec.Enum {
	name := naming.Ident(t.title)
	if len(t.values) == 0 {
		t.warnf(t.line, "table %s has a header but no rows", name)
		return nil
	}
	if count > 0 && count != len(t.values) {
		t.warnf(t.line, "the document states %d values; table %s lists %d", count, name, len(t.values))
	}
	return &spec.Enum{Name: name, Line: t.line, Count: count, Values: t.values}
}

func (t *gluedTable) warnf(line int, format string, args ...any) {
	t.diags.Warnf(diag.Pos{File: t.file, Line: line}, format, args...)
}

func newGluedEntry(line int, wire string) *gluedEntry {
	return &gluedEntry{line: line, wire: wire, leads: map[string]bool{}}
}

// add appends one line of description.
func (e *gluedEntry) add(text string) {
	if text == "" {
		return
	}
	if lead, ok := gluedLead(text); ok {
		e.leads[lead] = true
	}
	e.text = append(e.text, text)
}

func (e *gluedEntry) description() string { return strings.Join(e.text, " ") }

// gluedLead returns the lead of a line that starts a sentence: its first
// two words, or only the first when it ends a label ("Outbound: ..."),
// lower-cased and without punctuation. ok is false when text does not start
// with a capital letter.
func gluedLead(text string) (string, bool) {
	if !textStartsUpper(text) {
		return "", false
	}
	first, rest, _ := strings.Cut(text, " ")
	second, _, _ := strings.Cut(rest, " ")
	if strings.ContainsAny(first[len(first)-1:], ":.") || second == "" {
		return gluedWord(first), true
	}
	return gluedWord(first) + " " + gluedWord(second), true
}

// gluedWord lower-cases a word and drops the punctuation around it.
func gluedWord(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !textAlnum(r) }))
}

func textUpperAfterSpace(s string) bool {
	return textStartsSpace(s) && textStartsUpper(strings.TrimLeftFunc(s, textIsSpace))
}

func textStartsSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return textIsSpace(r)
}

func textStartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func textStartsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func textAllLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if !textLowerByte(s[i]) {
			return false
		}
	}
	return true
}

func textUpperRune(r rune) bool { return 'A' <= r && r <= 'Z' }
func textLowerRune(r rune) bool { return 'a' <= r && r <= 'z' }

func textUpperByte(c byte) bool  { return 'A' <= c && c <= 'Z' }
func textLowerByte(c byte) bool  { return 'a' <= c && c <= 'z' }
func textLetterByte(c byte) bool { return textUpperByte(c) || textLowerByte(c) }
func textDigitByte(c byte) bool  { return '0' <= c && c <= '9' }
