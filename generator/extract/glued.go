package extract

// Glued text tables.
//
// A two-column table (value, description) copied out of a web page often
// loses the cell boundary, so the header reads "Call StatusDescription" and
// every row reads "NOANSWERThe call was not answered". This file finds such
// tables and splits each row back into its value and its description.
//
// Header. A short line of title- or sentence-case words whose last column
// title is a description-like word (Description, Meaning, Details, ...; in
// other languages too: Descrição, Significado, 说明), the
// first perhaps a field in snake or camel case glued to the next
// (hangup_causeMeaning, callStatusMeaning); titles after the description
// title are read as part of it, but a column of compound constants glued
// after the descriptions (...dialingOUTBOUND_CALL_PENDING under
// "Corresponding eventType") is an enum of its own. The two titles are
// glued at a lower-to-upper case change ("StatusDescription", in any
// script: КодСтатусОпис), or separated by white space; a separated header
// only counts when the next line is a row, since "Error Description" alone
// is an ordinary heading. A header in capitals has no case change to split
// at (ATTRIBUTEDESCRIPTION): it splits before the description title that
// ends it, and also needs a row below it. The enum is named after the
// first title (naming.Ident("Call Status")); a first title that is one
// field's name (error_code Description) heads that field's values. When
// that title names fields (Attribute, Parameter, Field name, ...:
// fieldHeaders), or the rows name data fields (eventTime, agent_id), the
// rows are fields, not values: each field whose description lists values
// inline, or below its first line a value a line ("in – Ligações de
// entrada"; below a line ending in a colon or " -", a phrase a line,
// "Call arrived after your working hours") or paired with meanings ("UP
// = Ligação em curso RING = ..."), gives an enum named after the field. A
// type glued to a field's name is cut where rows share it, or at a
// primitive's name (callrecinteger); a type in brackets apart from the
// name, before the glued description, is a row's too (direction
// (string)Whether ...). A
// first title naming codes (Código) over numbers glued to sentences
// (1Erro de aplicação) heads codes, no names: reported, no enum.
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
//   - A value glued to a description in another script, starting with a
//     capital (SCHEDULEDПовідомлення ...): the value ends where the script
//     changes.
//   - A code glued to its value below a header of three titles
//     (CodeStatusDescription over 100SCHEDULEDMessage ...): the digits end
//     where the value starts; the enum is named after the second title and
//     keeps each code. A first row of a code alone (1Message received) does
//     not hide the header from the rows below it.
//   - Starting with a capital and holding a lower-case letter, one to three
//     words (Caller, Call recipient, API Request, AccountSid), glued to a
//     capitalised description: "Call recipientThe call ...". Read only below
//     a header, while the table's rows are written so (splitGluedTitleRow).
//   - Capitalised words, then a capitalised description without a full
//     stop, below a header whose titles a space separates (Incidents
//     Explanation): where descriptions restate their labels ("Open DND
//     Open DND function", "Missed Call Missed Call"), the restating ends
//     the label, and in a table with such rows the other labels end
//     before a capitalised word that lower-case words follow ("Off Hook
//     Pick up the handle"; spacedLabelRow).
//
// Limits, each visible: values must be at least two characters; PascalCase
// values glued to a capitalised description (TargetBusyThe ...) cannot be
// told from prose outside a table and are rows only below a header; an
// all-caps value followed by a
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
// Quoted wires. A row of a constant's name, its wire in quotes and its
// description (CONNECT_SUCCESS'Connect.Success'When ..., or with bars:
// `PUBLISH_FAIL | 'Publish.Fail' | When ...) is split at the quotes; the
// quoted wire is the value, as in a table whose description quotes it.
//
// No header. A title about values (Eventi disponibili) right over three
// glued rows at least whose values are compound tokens or constants
// (call.startedUna nuova ...) heads them as a header would: such glue is
// never prose.
//
// The table ends at a blank line, at another header, or at a line that is
// neither row nor continuation; the rest of that paragraph is reported and
// ignored.

import (
	"regexp"
	"slices"
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
// 28 call statuses") becomes the enum's Count and is checked. An enum whose
// table names nothing (a "Member name" column, no enum declared above) has
// no name: the caller names it after its section.
func parseGlued(file string, lines []Line) (enums []*spec.Enum, diags diag.List, ok bool) {
	from := 0
	for {
		at, title := findGluedHeader(lines, from)
		if at < 0 {
			return enums, diags, ok
		}
		ok = true
		_, glued, _ := gluedHeader(lines[at].Text)
		t := &gluedTable{file: file, title: title, line: lines[at].N, layout: gluedLayout{table: true, spaced: !glued, restated: !glued && restatingRows(lines[at+1:])}, seen: map[string]int{}, diags: &diags}
		titles := gluedTitles(title)
		if len(titles) == 2 && codeTitles[strings.ToLower(titles[1])] {
			// Member nameValueDescription: Setup10 The call has started.
			t.title = titles[0]
			n := t.readCodeRows(lines[at+1:])
			if e := t.enum(0); e != nil {
				if words := titleWords(titles[0]); len(words) > 0 && keyHeaders[words[len(words)-1]] {
					e.Name = declaredEnum(lines[from:at]) // "Member name" names no enum; "public enum CallState" above does
				}
				enums = append(enums, e)
			}
			from = at + 1 + n
			continue
		}
		if codes, ok := spacedColumns(title); ok {
			// Name Type Value Comment, the cells separated by spaces.
			t.title = strings.Fields(title)[0]
			n := t.readSpacedRows(lines[at+1:], codes)
			if e := t.enum(0); e != nil {
				e.Name = declaredEnum(lines[from:at])
				if t.coded {
					e.Columns = []*spec.Column{{Name: "code", Type: "int", Doc: "The number the table gives the value."}}
				}
				enums = append(enums, e)
			}
			from = at + 1 + n
			continue
		}
		if n, ok := numberedRows(lines[at+1:]); ok && len(titles) == 1 && numberTitles[strings.ToLower(titles[0])] {
			// CódigoDescrição over 0OK, 1Erro de aplicação: codes and
			// what they mean, no names.
			diags.Warnf(diag.Pos{File: file, Line: lines[at].N}, "table lists numbers only (column %q); no enum of names taken from it", titles[0])
			from = at + 1 + n
			continue
		}
		n := t.read(lines[at+1:])
		count, _ := statedCount(textOfLines(lines[from:at]))
		switch {
		case fieldHeaders[strings.ToLower(title)] || len(titles) == 1 && namesFieldColumn(titles[0]):
			enums = append(enums, t.fieldEnums()...)
		case len(titles) == 2 && isTypeTitle(titles[1]) && t.peelTypes():
			// NameData TypeDescription, the type glued to the description
			// (statusSTRINGStatus of the call): field names.
			t.title = titles[0]
			enums = append(enums, t.fieldEnums()...)
		case len(titles) == 2 && (fieldHeaders[strings.ToLower(titles[0])] || isTypeTitle(titles[1])):
			// ParameterTypeDescription: field names glued to their types.
			t.title = titles[0]
			t.splitPairs(&spec.Enum{Name: naming.Ident(titles[0]), Values: t.values}, titles[1])
			enums = append(enums, t.fieldEnums()...)
		case len(titles) == 2 && t.quoted < len(t.values):
			t.title = titles[0]
			if e := t.enum(count); e != nil {
				enums = append(enums, t.splitPairs(e, titles[1])...)
			}
		case len(titles) == 2:
			// AccessNameMeaning over CONNECT'Connect.Success'When ...:
			// the quotes told the cells apart, the wires are the second.
			t.title = titles[1]
			if e := t.enum(count); e != nil {
				enums = append(enums, e)
			}
		case len(t.values) > 0 && dataFieldLabels(t.values) && !fieldNameTitle(title):
			// eventType, caller_id, agent_id: the rows name a payload's
			// fields, whatever the first title says (Event).
			enums = append(enums, t.fieldEnums()...)
		default:
			if e := t.enum(count); e != nil {
				enums = append(enums, e)
				if extra := trailingColumn(e, titleAfterDescription(lines[at].Text)); extra != nil {
					enums = append(enums, extra)
				}
			}
		}
		from = at + 1 + n
	}
}

// titleAfterDescription returns the title a glued header has after its
// description title ("callStatusMeaningCorresponding eventType":
// "Corresponding eventType"), or "".
func titleAfterDescription(header string) string {
	if _, end, ok := gluedDescriptionTitle(header); ok {
		return strings.TrimSpace(header[end:])
	}
	return ""
}

// trailingColumn returns the enum of a column glued after the
// descriptions (...dialingOUTBOUND_CALL_PENDING): a compound constant in
// capitals ending two descriptions in three, glued to a lower-case
// letter or a closing bracket, named
// after the column's title (Corresponding eventType: EventType). The
// constants are cut from the descriptions. nil when there is none.
func trailingColumn(e *spec.Enum, title string) *spec.Enum {
	words := strings.Fields(title)
	if len(words) == 0 {
		return nil
	}
	name := naming.Ident(words[len(words)-1]) // "Corresponding eventType": the field named last
	ends := make([]int, len(e.Values))
	n := 0
	for i, v := range e.Values {
		d := v.Description
		j := len(d)
		for j > 0 && isConstantByte(d[j-1]) {
			j--
		}
		if j > 0 && j < len(d) && (textLowerByte(d[j-1]) || strings.IndexByte(").", d[j-1]) >= 0) && textUpperByte(d[j]) && upperSnake(d[j:]) && strings.Contains(d[j:], "_") {
			ends[i] = j
			n++
		}
	}
	if name == "" || n < 3 || n*3 < len(e.Values)*2 {
		return nil
	}
	out := &spec.Enum{Name: name, Line: e.Line}
	seen := map[string]bool{}
	for i, v := range e.Values {
		if ends[i] == 0 {
			continue
		}
		wire := v.Description[ends[i]:]
		v.Description = v.Description[:ends[i]]
		if !seen[wire] {
			seen[wire] = true
			out.Values = append(out.Values, &spec.Value{Wire: wire, Line: v.Line})
		}
	}
	return out
}

// namesFieldColumn reports a column title whose last word is a field noun
// ("Payload Fields", "Event attribute").
func namesFieldColumn(title string) bool {
	if fieldNameTitle(title) {
		return false // error_code: the field whose values the rows are
	}
	words := titleWords(title)
	return len(words) > 0 && fieldHeaders[words[len(words)-1]]
}

// fieldNameTitle reports a first title that is one field's name in snake
// or camel case (error_code over internal_error, invalid_id): the rows
// are its values, whatever they look like.
func fieldNameTitle(title string) bool {
	return !strings.ContainsAny(title, " \t") && (strings.Contains(title, "_") || lowerCamel(title))
}

// peelTypes takes the type off the start of each row's description, where
// the split of a row left it (statusSTRINGStatus of the call: status, then
// "STRINGStatus of the call"). It reports whether most rows had one.
func (t *gluedTable) peelTypes() bool {
	n := 0
	for _, v := range t.values {
		if rest, ok := cutTypePrefix(v.Description); ok {
			v.Description = rest
			n++
		}
	}
	return n*2 > len(t.values)
}

// cutTypePrefix cuts a type name (STRING, INTEGER, Timestamp_NTZ) glued
// before a capitalised description.
func cutTypePrefix(desc string) (string, bool) {
	// A type separated from the description: "Integer Event ID.",
	// "Object<Call_Info> The detailed information".
	if typ, rest, ok := strings.Cut(desc, " "); ok && textStartsUpper(rest) {
		base, _, _ := strings.Cut(strings.ToLower(typ), "<")
		base, _, _ = strings.Cut(base, "[")
		if fieldPrimitives[base] {
			return strings.TrimSpace(rest), true
		}
	}
	end := 0
	for end < len(desc) && (textLetterByte(desc[end]) || desc[end] == '_') {
		end++
	}
	word := desc[:end]
	for k := len(word) - 1; k > 0; k-- {
		typ := strings.ToLower(word[:k])
		base, _, _ := strings.Cut(typ, "_") // Timestamp_NTZ
		if (fieldPrimitives[typ] || fieldPrimitives[base]) && textUpperByte(word[k]) {
			// The description starts with a capital after the type: a
			// type in capitals ends where the capitals do.
			if strings.ToUpper(word[:k]) == word[:k] && k+1 < len(word) && textUpperByte(word[k+1]) {
				continue
			}
			return strings.TrimSpace(desc[k:]), true
		}
	}
	return desc, false
}

// isTypeTitle reports a column title that names types (Type, Data Type).
func isTypeTitle(title string) bool {
	r, ok := headerRole(title)
	return ok && r == roleType
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
	if !ok {
		return titledRows(lines, i)
	}
	caps := ok && glued && !strings.ContainsFunc(title, textLowerRune)
	if !ok || glued && !caps {
		return title, ok
	}
	if i+1 >= len(lines) {
		return "", false
	}
	// An all-caps header (ATTRIBUTEDESCRIPTION) is split by the title's
	// ending alone, so like a separated one it needs a row below it; its
	// rows may be of any kind.
	// A header whose titles are separated ("Disconnect reason
	// Description") is a table's too: its rows may be title-case labels.
	if codes, ok := spacedColumns(title); ok && !glued {
		_, _, _, row := spacedRow(lines[i+1].Text, codes)
		return title, row
	}
	lay := gluedLayout{table: caps || !glued, spaced: !glued}
	_, row := splitGluedRow(lines[i+1].Text, lay)
	if !row && !glued && restatingRows(lines[i+1:]) {
		// "Setup Completed Start completed" reads as a row only in a
		// table whose rows restate their labels: counted when needed.
		lay.restated = true
		_, row = splitGluedRow(lines[i+1].Text, lay)
	}
	if !row && i+2 < len(lines) && textStartsDigit(lines[i+1].Text) {
		// A first row of a code whose value cell is empty (1Message
		// received), a row below it.
		_, row = splitGluedRow(lines[i+2].Text, lay)
	}
	return title, row
}

// titledRows reports a title about values right over glued rows, the
// table's header lost: "Eventi disponibili" over "call.startedUna nuova
// chiamata è iniziata". minDefinitions rows at least follow it, each
// value a compound token or a constant (call.started, NO_ANSWER), which
// prose glued to a capital never is.
func titledRows(lines []Line, i int) (string, bool) {
	title := strings.TrimSpace(lines[i].Text)
	if i+minDefinitions >= len(lines) || !looksLikeTitle(title) || !isValueTitle(title) || len(naming.Words(title)) != len(strings.Fields(title)) {
		return "", false // NameTypeDescription: a header's titles glued, read as such
	}
	for _, l := range lines[i+1 : i+1+minDefinitions] {
		text := strings.TrimSpace(l.Text)
		r, ok := splitGluedRow(text, gluedLayout{})
		if !ok || !strings.HasPrefix(text, r.wire) || !strings.HasPrefix(text[len(r.wire):], r.desc) || r.desc == "" {
			return "", false // "BUSY The line ...": a list of values, no glue
		}
		if !strings.ContainsAny(r.wire, "._-") && strings.ToUpper(r.wire) != r.wire {
			return "", false
		}
	}
	return title, true
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
	// The same in other languages (Portuguese, Spanish, French, German,
	// Italian, Dutch, Polish, Russian, Turkish, Chinese, Japanese, Korean).
	"descrição": true, "descripción": true, "significado": true, "beschreibung": true,
	"bedeutung": true, "açıklama": true, "说明": true, "描述": true, "説明": true,
	"descrizione": true, "significato": true, "описание": true, "설명": true,
	"beschrijving": true, "omschrijving": true, "opis": true, "опис": true, "詳細": true, "详情": true,
	"definição": true, "definición": true, "définition": true, "definizione": true,
	// Titles of a few words that say the same.
	"what it means": true, "what it is": true, "what it does": true, "when it fires": true,
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
			lastTitle := words[last] // "Description" in "Status CodeShort Description"
			if tail := strings.Join(append([]string{words[i][p:]}, words[i+1:]...), " "); i == last || gluedDescriptionTitles[strings.ToLower(tail)] {
				lastTitle = tail // "When it fires" in "Event typeWhen it fires"
			}
			first := append(words[:i:i], words[i][:p])
			if !gluedDescriptionTitles[strings.ToLower(lastTitle)] {
				// A third title after the description ("hangup_causeMeaningReal-world
				// scenario"): the table is read up to its description title.
				if t, ok := gluedBeforeDescription(strings.Join(words, " ")); ok {
					return t, true, true
				}
			}
			return strings.Join(first, " "), true, gluedDescriptionTitles[strings.ToLower(lastTitle)]
		}
	}
	if title, ok := gluedCapsHeader(words); ok {
		return title, true, true
	}
	fieldFirst := strings.Contains(words[0], "_") || lowerCamel(words[0])
	if last == 0 || !gluedDescriptionTitles[strings.ToLower(words[last])] || fieldFirst && !(last == 1 && textStartsUpper(words[last])) {
		return "", false, false // "result_desc Result description" is a field's row; "error_code Description" a header
	}
	return strings.Join(words[:last], " "), false, true
}

// gluedCapsHeader reads a header written in capitals, the titles glued
// without a case change to show where they meet: ATTRIBUTEDESCRIPTION, CALL
// STATUSDESCRIPTION. The last word must end with a description title and
// keep three letters before it; the longest such title is taken
// (DESCRIPTIONS over a shorter ending). gluedHeaderAt also wants a row
// below it, since an all-caps line can be a value.
func gluedCapsHeader(words []string) (string, bool) {
	for _, w := range words {
		if strings.ContainsFunc(w, textLowerRune) || strings.ContainsFunc(w, func(r rune) bool { return '0' <= r && r <= '9' }) {
			return "", false
		}
	}
	last := words[len(words)-1]
	best := ""
	for t := range gluedDescriptionTitles {
		if up := strings.ToUpper(t); len(up) > len(best) && len(last)-len(up) >= 3 && strings.HasSuffix(last, up) {
			best = up
		}
	}
	if best == "" {
		return "", false
	}
	first := append(words[:len(words)-1:len(words)-1], strings.TrimSuffix(last, best))
	return strings.Join(first, " "), true
}

// gluedTitleWord reports a word of a column title: letters and digits,
// starting with a letter, a capital for the first word (titles may be in
// title case or sentence case: "Call Status", "Call status").
// lowerCamel reports a word in lower camel case: a field's name
// (callStatus).
func lowerCamel(w string) bool {
	return w != "" && textLowerByte(w[0]) && strings.ContainsFunc(w, func(r rune) bool { return r < utf8.RuneSelf && textUpperByte(byte(r)) })
}

func gluedTitleWord(w string, first bool) bool {
	// The first title may be a field's name in snake or camel case
	// (hangup_cause, callStatus), glued to the next title
	// (hangup_causeMeaning).
	snake := first && (strings.Contains(w, "_") || lowerCamel(w)) // callStatusMeaning too
	r0, size := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r0) || first && !snake && !unicode.IsUpper(r0) {
		return false
	}
	for i, r := range w[size:] {
		// Titles in other languages hold letters beyond ASCII (Descrição).
		if !unicode.IsLetter(r) && !textDigitByte(byte(r)) && !(snake && (r == '_' || r == '-' && i+2 < len(w))) {
			return false
		}
	}
	return true
}

// gluedBeforeDescription returns the titles a header glues before its
// description title when more titles follow it: "hangup_causeMeaningReal-world
// scenario" is hangup_cause, then Meaning.
func gluedBeforeDescription(text string) (string, bool) {
	if start, _, ok := gluedDescriptionTitle(text); ok {
		return text[:start], true
	}
	return "", false
}

// gluedDescriptionTitle finds, in a header whose titles are glued, the
// description title that starts at a capital after a lower-case letter
// ("...causeMeaning..."): where it starts and ends.
func gluedDescriptionTitle(text string) (start, end int, ok bool) {
	for p := 1; p < len(text); p++ {
		if !textUpperByte(text[p]) || !textLowerByte(text[p-1]) {
			continue
		}
		end := p
		for end < len(text) && textLetterByte(text[end]) && (end == p || !textUpperByte(text[end])) {
			end++
		}
		if gluedDescriptionTitles[strings.ToLower(text[p:end])] {
			return p, end, true
		}
	}
	return 0, 0, false
}

// gluedCaseBoundary returns the index of the last upper-case letter that
// follows a lower-case one in w, or 0.
func gluedCaseBoundary(w string) int {
	for p := len(w) - 1; p > 0; p-- {
		if textUpperByte(w[p]) && textLowerByte(w[p-1]) {
			return p
		}
		if w[p] >= utf8.RuneSelf && utf8.RuneStart(w[p]) {
			// Titles in other scripts change case too (КодСтатусОпис).
			r, _ := utf8.DecodeRuneInString(w[p:])
			before, _ := utf8.DecodeLastRuneInString(w[:p])
			if unicode.IsUpper(r) && unicode.IsLower(before) {
				return p
			}
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
	gluedTitleStyle            // words starting with a capital: Caller, Call recipient, API Request
)

// gluedLayout is what the rows read so far say about how a table is written.
type gluedLayout struct {
	// table is set for the lines below a header: only there are title-case
	// rows read (see splitGluedTitleRow).
	table bool
	style gluedStyle // the style of the first row
	// starts holds the first words of the descriptions read so far.
	starts map[string]bool
	// spaced is set below a header whose titles a space separates (User
	// state Description): its rows may separate a label the same way
	// (see spacedLabelRow).
	spaced bool
	// restated is set for such rows when some restate their label in
	// their description (see restatingRows).
	restated bool
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
	// typed is set for a field written with its type in brackets, apart
	// from its name (direction (string)...): nothing to split.
	typed bool
	// odd says why the split is doubtful; it is reported as a warning.
	odd string
}

// quotedRow matches a row of a constant's name, its wire quoted, and its
// description, glued (CONNECT_SUCCESS'Connect.Success'When ...) or with
// the bars of a row the copy kept (`PUBLISH_FAIL | 'Publish.Fail' | When ...).
var quotedRow = regexp.MustCompile("^`?([A-Za-z][A-Za-z0-9_.]*)(?:\\s*\\|\\s*)?(['\"])([^'\"|]+)['\"](?:\\s*\\|\\s*)?(\\S.*)$")

// quotedGluedRow reads a row quotedRow matches: the quoted wire is the
// value, as in a table whose Description column quotes the wires.
func quotedGluedRow(text string) (gluedRow, bool) {
	m := quotedRow.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return gluedRow{}, false
	}
	wire, why := wireValue(m[3], true)
	if why != "" || strings.Contains(wire, " ") {
		return gluedRow{}, false
	}
	return gluedRow{wire: wire, desc: strings.TrimSpace(m[4])}, true
}

// splitGluedRow splits a line into value and description. ok is false when
// the line does not start with a value (see the file comment for the rules).
func splitGluedRow(text string, lay gluedLayout) (gluedRow, bool) {
	s := strings.TrimLeftFunc(text, textIsSpace)
	if m := typedFieldRow.FindStringSubmatch(s); m != nil && lay.table && fieldPrimitives[strings.ToLower(m[2])] {
		// "direction (string)Whether the call ...": a field, its type
		// in brackets, its description glued after them.
		st := gluedUpperStyle
		if textLowerByte(m[1][0]) {
			st = gluedLowerStyle
		}
		return gluedRow{wire: m[1], desc: textNormalize(m[3]), style: st, typed: true}, true
	}
	if lay.table && (lay.style == gluedAnyStyle || lay.style == gluedTitleStyle) {
		if r, ok := spacedLabelRow(s, lay); ok && lay.spaced {
			return r, true // "Starting Indicates the call has begun.": Starting
		}
		if r, ok := splitGluedTitleRow(s, lay); ok {
			return r, true
		}
	}
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

// typedFieldRow matches a field's name, its type in brackets and its
// description: "direction (string)Whether the call ...".
var typedFieldRow = regexp.MustCompile(`^([A-Za-z_][\w.]*) \((\w+)\)\s*(\S.*)$`)

// spacedLabelRow reads a row below a spaced header whose label a space
// separates from its description, a sentence: "Available Agents are
// available.", "Waiting for Call Connecting agent to the other party.".
// The label is the fewest capitalised words (up to gluedTitleMaxWords,
// the last no word such as "for") after which a capitalised sentence
// goes on in lower case. A description that restates its label, as a
// terse table's does, ends it where the restating starts, full stop or
// not: "Open DND Open DND function", "Missed Call Missed Call", "FWD
// Incoming Call Forward Incoming Call"; so does a sentence without a
// full stop ("Off Hook Pick up the handle") in a table that has such
// rows.
func spacedLabelRow(s string, lay gluedLayout) (gluedRow, bool) {
	words := strings.Fields(s)
	if len(words) < 2 || !textStartsUpper(words[0]) {
		return gluedRow{}, false
	}
	if k := restatedLabel(words); k > 0 || lay.restated && len(words) == 2 {
		// Restated, a label is told from a sentence that starts as
		// another description did ("Open DND function").
		k = max(k, 1) // "UnMute Un-mute": two words, a label and its gloss
		return gluedRow{wire: strings.Join(words[:k], " "), desc: strings.Join(words[k:], " "), style: gluedTitleStyle}, true
	}
	if lay.starts[words[0]] {
		return gluedRow{}, false
	}
	if !strings.HasSuffix(s, ".") && !lay.restated || len(words) < 3 {
		return gluedRow{}, false
	}
	for k := 1; k <= gluedTitleMaxWords && k+1 < len(words); k++ {
		label, rest := words[:k], words[k:]
		if !isLetters(strings.ReplaceAll(label[k-1], "-", "")) {
			return gluedRow{}, false
		}
		if functionWords[strings.ToLower(label[k-1])] || !textStartsUpper(rest[0]) || !textStartsLower(rest[1]) {
			continue
		}
		return gluedRow{wire: strings.Join(label, " "), desc: strings.Join(rest, " "), style: gluedTitleStyle}, true
	}
	return gluedRow{}, false
}

// restatedLabel returns how many words of a row are its label when its
// description restates it: the first word again, in the same case, after
// at most maxRestatedWords capitalised words ("Open DND | Open DND function"), or the
// row's two halves ending in the same word ("FWD Incoming Call | Forward
// Incoming Call"). 0 when the row does not.
func restatedLabel(words []string) int {
	for k := 1; k <= maxRestatedWords && k < len(words); k++ {
		if !isLetters(strings.ReplaceAll(words[k-1], "-", "")) || !textStartsUpper(words[k-1]) {
			break // a label is capitalised words: "The call ended. The" is none
		}
		if words[k] == words[0] {
			return k
		}
	}
	if n := len(words); n%2 == 0 && n/2 <= maxRestatedWords && n > 2 && words[n/2-1] == words[n-1] && titleCaseWords(words) {
		return n / 2
	}
	return 0
}

// restatingRows reports rows below a spaced header, down to a blank
// line, of which minDefinitions at least restate their label ("Missed
// Call Missed Call"): a terse table whose descriptions, capitalised and
// without full stops, are told from their labels so.
func restatingRows(rows []Line) bool {
	n := 0
	for _, l := range rows {
		words := strings.Fields(l.Text)
		if len(words) == 0 {
			break
		}
		if restatedLabel(words) > 0 {
			n++
		}
	}
	return n >= minDefinitions
}

// maxRestatedWords bounds a label its description restates: "Close No
// Answer FWD".
const maxRestatedWords = 4

// functionWords end no label: "Waiting for" is cut short.
var functionWords = map[string]bool{"for": true, "of": true, "to": true, "in": true, "on": true, "at": true, "by": true, "with": true, "and": true, "or": true, "the": true, "a": true, "an": true}

// gluedTitleMaxWords bounds a title-case value: names such as "Call
// recipient" or "API Request" have a few words; a longer run is a sentence.
const gluedTitleMaxWords = 3

// splitGluedTitleRow reads a row whose value is written in title or
// sentence case, glued to a description that starts with a capitalised
// word: "CallerThe call was hung up", "Call recipientThe call ...", "Answer
// XMLThe call ...", "AccountSidA unique identifier". Pages render
// names (hang-up sources, field names) this way as often as wire tokens,
// and the upper- and lower-case rules cannot read them: the value starts
// with a capital and goes on in lower case, like the description.
//
// The value is one to gluedTitleMaxWords words of ASCII letters, the first
// starting with a capital; it ends inside the first word that holds a glued
// capitalised word (a capital after a letter, then only lower-case
// letters), before the last such word, so the description's first word is
// whole: SequenceNumberA -> SequenceNumber + A, XMLThe -> XML + The. After a
// capital, the glued word needs a lower-case letter (XMLA is not split).
//
// Alone such a line cannot be told from prose ("See DialStatus below"), so
// it is read only below a header (gluedLayout.table), only while the table's
// rows are written this way, and only when the value's first word starts no
// description read so far: a wrapped sentence "The DialStatus is ..."
// starts like the rows' descriptions. The value must hold a lower-case
// letter (all-caps values keep the upper-case rule, whose tables read
// rows separated by white space) and the description two words at least.
func splitGluedTitleRow(s string, lay gluedLayout) (gluedRow, bool) {
	if s == "" || !textUpperByte(s[0]) {
		return gluedRow{}, false
	}
	var words []string
	rest := s
	for len(words) <= gluedTitleMaxWords {
		w, after, _ := strings.Cut(rest, " ")
		n := 0
		for n < len(w) && textLetterByte(w[n]) {
			n++
		}
		p := gluedTitleBoundary(w[:n])
		if p == 0 && len(words) > 0 && (determiners[w] || lowerDeterminers[w]) && n == len(w) && strings.Contains(after, " ") {
			// Separated by a space, the description opens with a
			// determiner: "No Answer Transfer A transfer after ...",
			// "In Progress an inbound call that ...".
			wire := strings.Join(words, " ")
			if lay.starts[words[0]] || !titleCaseWords(words) || len(words) == 1 && !strings.ContainsFunc(wire, textLowerRune) {
				return gluedRow{}, false // BUSY The line ...: a constant, the upper-case rule's
			}
			return gluedRow{wire: wire, desc: textNormalize(w + " " + after), style: gluedTitleStyle}, true
		}
		if len(words) == gluedTitleMaxWords {
			return gluedRow{}, false // too long for a name
		}
		if p == 0 && n > 0 && w[n:] == "-" && textStartsUpper(after) && strings.Contains(after, " ") {
			// The separator glued to the value: "Call Ended- Call connected ...".
			words = append(words, w[:n])
			if lay.starts[words[0]] || !titleCaseWords(words) {
				return gluedRow{}, false
			}
			return gluedRow{wire: strings.Join(words, " "), desc: textNormalize(after), style: gluedTitleStyle}, true
		}
		if p == 0 {
			if n < len(w) || after == "" {
				return gluedRow{}, false // punctuation or the end: not a name
			}
			words, rest = append(words, w), after
			continue
		}
		if tail := w[n:]; len(tail) > 1 || tail != "" && !strings.Contains(",:;", tail) || strings.TrimSpace(after) == "" {
			return gluedRow{}, false
		}
		wire := strings.Join(append(words, w[:p]), " ")
		first, _, _ := strings.Cut(wire, " ")
		if len(wire) < 2 || !strings.ContainsFunc(wire, textLowerRune) || lay.starts[first] {
			return gluedRow{}, false
		}
		return gluedRow{wire: wire, desc: textNormalize(w[p:] + " " + after), style: gluedTitleStyle}, true
	}
	return gluedRow{}, false
}

// determiners open a description written after its value and a space.
var determiners = map[string]bool{"The": true, "A": true, "An": true, "Another": true, "This": true, "These": true, "Some": true, "Any": true}

// lowerDeterminers open such a description in lower case, after a label
// whose words are all capitalised.
var lowerDeterminers = map[string]bool{"the": true, "a": true, "an": true}

// titleCaseWords reports words that each start with a capital.
func titleCaseWords(words []string) bool {
	for _, w := range words {
		if w == "" || !textUpperByte(w[0]) {
			return false
		}
	}
	return true
}

// gluedTitleBoundary returns where the last capitalised word glued inside w
// (ASCII letters) starts, or 0: CallerThe -> 6, CallStatusA -> 10, XMLThe ->
// 3; XMLA, Caller and API give 0.
func gluedTitleBoundary(w string) int {
	for p := len(w) - 1; p > 0; p-- {
		if !textUpperByte(w[p]) {
			continue
		}
		if !textAllLower(w[p+1:]) || textUpperByte(w[p-1]) && p+1 == len(w) {
			return 0
		}
		return p
	}
	return 0
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
	case !textStartsSpace(rest) && otherScriptUpper(rest):
		return row, true // SCHEDULEDПовідомлення: the script changes where the cells meet
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

// textStartsDigit reports text starting with a digit, white space aside.
func textStartsDigit(text string) bool {
	s := strings.TrimLeftFunc(text, textIsSpace)
	return s != "" && textDigitByte(s[0])
}

// otherScriptUpper reports text starting with a capital beyond ASCII
// (Cyrillic, Greek): glued to an ASCII value, a description in another
// script.
func otherScriptUpper(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return r >= utf8.RuneSelf && unicode.IsUpper(r)
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
	coded  bool // every value has a code in its data
	// quoted counts the rows whose wire was quoted (quotedGluedRow): their
	// cells were told apart by the quotes.
	quoted int
	// lines holds each row's description as its lines, which a field's
	// values written a line each need (fieldEnums).
	lines map[*spec.Value][]Line
	// typed holds the values whose rows gave their type apart.
	typed map[*spec.Value]bool
}

// gluedEntry is a row being read: a value, or a row whose name was lost.
type gluedEntry struct {
	line  int
	wire  string // "" for a row without a value name
	skip  bool   // a duplicate value, already reported
	typed bool   // its type was apart from its name (see gluedRow)
	text  []string
	at    []int           // the line of each of text
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
		if t.cur != nil && t.cur.wire != "" && len(t.cur.text) == 0 && fieldPrimitives[strings.ToLower(strings.TrimSpace(l.Text))] {
			continue // "string" on the line below "in-progress": the row's type, a cell a line
		}
		if r, ok := quotedGluedRow(l.Text); ok {
			t.startRow(l, r)
			t.quoted++
			continue
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
	return textAlnum(r) || strings.ContainsRune("(\"'“‘", r) || strings.HasPrefix(s, "- ") // a bullet of the description
}

func (t *gluedTable) startRow(l Line, r gluedRow) {
	t.flush()
	t.learn(r)
	e := newGluedEntry(l.N, r.wire)
	e.typed = r.typed
	if _, why := wireValue(r.wire, true); why != "" {
		t.warnf(l.N, "row value %s %s; row ignored", clip(r.wire), why)
		e.skip = true
	} else if first, dup := t.seen[r.wire]; dup {
		t.warnf(l.N, "duplicate value %s (first at line %d); row ignored", r.wire, first)
		e.skip = true
	} else {
		t.seen[r.wire] = l.N
	}
	if r.odd != "" {
		t.warnf(l.N, "row %s: %s", r.wire, r.odd)
	}
	e.add(r.desc, l.N)
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
	t.cur.add(text, l.N)
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
		v := &spec.Value{Wire: e.wire, Description: e.description(), Line: e.line}
		t.values = append(t.values, v)
		if e.typed {
			if t.typed == nil {
				t.typed = map[*spec.Value]bool{}
			}
			t.typed[v] = true
		}
		if len(e.text) > 1 {
			if t.lines == nil {
				t.lines = map[*spec.Value][]Line{}
			}
			for i, text := range e.text {
				t.lines[v] = append(t.lines[v], Line{N: e.at[i], Text: text})
			}
		}
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
	if keyHeaders[strings.ToLower(t.title)] {
		name = "" // ValueMeaning: the section names the values, "Value" does not
	}
	if count > 0 && count != len(t.values) {
		t.warnf(t.line, "the document states %d values; table %s lists %d", count, name, len(t.values))
	}
	return &spec.Enum{Name: name, Line: t.line, Count: count, Values: t.values}
}

// fieldEnums returns, for a table of fields (its first column titled
// Attribute, Parameter, Field...: AccountSidA unique identifier ...), the
// enum of each field whose description lists its values inline ("Possible
// options: completed, no-answer, busy, failed or canceled."), named after
// the field. The rows themselves are field names, never values.
func (t *gluedTable) fieldEnums() []*spec.Enum {
	var enums []*spec.Enum
	for _, v := range t.values {
		items, ok := inlineValues(v.Description)
		at := make([]int, len(items))
		words := maxWords
		if !ok {
			items, at, ok = linedValues(t.lines[v])
			words = maxPhraseWords // a line each: "Call arrived after your working hours"
		}
		if !ok {
			continue
		}
		e := &spec.Enum{Name: fieldEnumName(v.Wire), Line: v.Line}
		for i, raw := range items {
			line := v.Line
			if at[i] > 0 {
				line = at[i]
			}
			// Items of several words were quoted in the text (`in progress`).
			wire, why := wireWithin(raw, strings.Contains(raw, " "), words, "")
			if why != "" {
				t.warnf(line, "%q listed for %s %s; skipped", raw, e.Name, why)
				continue
			}
			e.Values = append(e.Values, &spec.Value{Wire: wire, Line: line})
		}
		if len(e.Values) > 0 {
			enums = append(enums, e)
		}
	}
	return enums
}

// linedValues reads the values a field's description gives below its
// first line, a line each ("in – Ligações de entrada"), or paired with
// their meanings on one line ("UP = Ligação em curso RING = Ligação
// tocando"). Below a line ending in a colon two lines are a list;
// otherwise minDefinitions are needed.
func linedValues(lines []Line) (items []string, at []int, ok bool) {
	if len(lines) < 2 {
		return nil, nil, false
	}
	intro := strings.TrimSpace(lines[0].Text)
	listed := strings.HasSuffix(intro, ":") || strings.HasSuffix(intro, " -") // "It can be out of -"
	for _, l := range lines[1:] {
		if pairs := equalsPairs(l.Text); len(pairs) >= 2 {
			return pairs, slices.Repeat([]int{l.N}, len(pairs)), true
		}
		token, _, _, ok := codedValueLine(l.Text, true)
		if !ok && listed {
			token, _, ok = phraseItem(strings.TrimSpace(l.Text), true) // "Call arrived after your working hours"
		}
		if !ok {
			if len(items) > 0 {
				break
			}
			continue
		}
		items, at = append(items, token), append(at, l.N)
	}
	need := minDefinitions
	if listed {
		need = 2
	}
	return items, at, len(items) >= need
}

// equalsPair matches a value and the "=" giving its meaning, at the
// start of a line or after white space.
var equalsPair = regexp.MustCompile(`(?:^|\s)([\pL\d][\pL\d_.-]*) = \S`)

// equalsPairs returns the values of a line that pairs each with its
// meaning ("UP = Ligação em curso RING = Ligação tocando"): two at
// least, the line starting with the first, each written alike (UP,
// RING) and none twice; nil otherwise.
func equalsPairs(line string) []string {
	line = strings.TrimSpace(line)
	ms := equalsPair.FindAllStringSubmatchIndex(line, -1)
	if len(ms) < 2 || ms[0][2] != 0 {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	for _, m := range ms {
		v := line[m[2]:m[3]]
		if seen[v] || tokenShape(v) != tokenShape(line[ms[0][2]:ms[0][3]]) {
			return nil
		}
		seen[v] = true
		out = append(out, v)
	}
	return out
}

func (t *gluedTable) warnf(line int, format string, args ...any) {
	t.diags.Warnf(diag.Pos{File: t.file, Line: line}, format, args...)
}

func newGluedEntry(line int, wire string) *gluedEntry {
	return &gluedEntry{line: line, wire: wire, leads: map[string]bool{}}
}

// add appends one line of description, line n of the document.
func (e *gluedEntry) add(text string, n int) {
	if text == "" {
		return
	}
	if lead, ok := gluedLead(text); ok {
		e.leads[lead] = true
	}
	e.text, e.at = append(e.text, text), append(e.at, n)
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

// gluedTitles splits a first-column title that holds two titles glued at
// a case change ("Disconnection ReasonCall Status": a table of three
// columns, the last a description).
func gluedTitles(title string) []string {
	words := strings.Fields(title)
	if len(words) == 1 && lowerCamel(words[0]) {
		return words // callStatus: a field's name, one title
	}
	for i, w := range words {
		if p := gluedCaseBoundary(w); p > 0 {
			first := strings.Join(append(words[:i:i], w[:p]), " ")
			second := strings.Join(append([]string{w[p:]}, words[i+1:]...), " ")
			return []string{first, second}
		}
	}
	// Titles separated by spaces: "Parameter Type" before Description
	// ("Event Type" is one title).
	for k := 1; k < len(words); k++ {
		first := strings.Join(words[:k], " ")
		if rest := strings.Join(words[k:], " "); isTypeTitle(rest) && (fieldHeaders[strings.ToLower(first)] || strings.EqualFold(first, "name")) {
			return []string{first, rest}
		}
	}
	return []string{title}
}

// splitPairs splits the wires of e, each two cells glued without a case
// change to show where (user_hangup + ended = "user_hangupended"), into e
// and an enum named second of the second cells. A second column repeats a
// few values, so a suffix several wires share, with different letters
// before it (see pairCuts), is a cell;
// wires no such suffix ends are reported and skipped, never guessed.
func (t *gluedTable) splitPairs(e *spec.Enum, second string) []*spec.Enum {
	if len(e.Values) > maxPairRows {
		return []*spec.Enum{e}
	}
	wires := make([]string, len(e.Values))
	for i, v := range e.Values {
		wires[i] = v.Wire
	}
	if codedPairs(wires) {
		return []*spec.Enum{codedPairEnum(e, second)}
	}
	cut := pairCuts(wires)
	for i, w := range wires {
		if cut[i] == 0 && isTypeTitle(second) {
			cut[i] = typeSuffixCut(w)
		}
	}
	other := &spec.Enum{Name: naming.Ident(second), Line: e.Line}
	seen := map[string]bool{}
	kept := e.Values[:0]
	for i, v := range e.Values {
		if t.typed[v] {
			kept = append(kept, v) // direction (string): the type was apart
			continue
		}
		if cut[i] == 0 {
			t.warnf(v.Line, "row value %q holds the cells of %s and %s glued together, which cannot be told apart; skipped", v.Wire, e.Name, other.Name)
			continue
		}
		if s := v.Wire[cut[i]:]; !seen[s] {
			seen[s] = true
			other.Values = append(other.Values, &spec.Value{Wire: s, Line: v.Line})
		}
		v.Wire = v.Wire[:cut[i]]
		kept = append(kept, v)
	}
	e.Values = kept
	t.values = kept
	var out []*spec.Enum
	for _, x := range []*spec.Enum{e, other} {
		if len(x.Values) > 0 {
			out = append(out, x)
		}
	}
	return out
}

// typeSuffixCut returns where a primitive type glued after a field's
// name starts (callrecinteger: callrec + integer), or 0. A type only one
// row gives has too little support for pairCuts, but its name is known.
// Short type names (int, str) are left alone: too many words end so.
func typeSuffixCut(w string) int {
	lower := strings.ToLower(w)
	for k := 2; k < len(w)-3; k++ {
		if fieldPrimitives[lower[k:]] && textLetterByte(w[k-1]) {
			return k
		}
	}
	return 0
}

// codedPairs reports wires each a number glued to a name (100SCHEDULED):
// the digits end where the name starts, so the cells part there.
func codedPairs(wires []string) bool {
	for _, w := range wires {
		d := len(w) - len(strings.TrimLeft(w, "0123456789"))
		if d == 0 || d == len(w) || !textLetterByte(w[d]) {
			return false
		}
	}
	return len(wires) >= minDefinitions
}

// codedPairEnum makes the enum, named second, of the names e's wires hold
// after their codes, each code kept as the value's data under the first
// title's name.
func codedPairEnum(e *spec.Enum, second string) *spec.Enum {
	code := codeName(e.Name)
	out := &spec.Enum{Name: naming.Ident(second), Line: e.Line}
	for _, v := range e.Values {
		d := len(v.Wire) - len(strings.TrimLeft(v.Wire, "0123456789"))
		v.Data = map[string]*spec.Datum{code: codeDatum(v.Wire[:d])}
		v.Wire = v.Wire[d:]
		out.Values = append(out.Values, v)
	}
	out.Columns = []*spec.Column{{Name: code, Type: "int", Doc: "The code the table gives the value."}}
	return out
}

// maxPairRows bounds the rows splitPairs reads.
const maxPairRows = 1000

// pairCuts returns, for each wire, where its second cell starts (0 when
// no shared suffix ends it). A cell's end is where the wires sharing it
// differ: suffixes are taken greedily, the one with the most different
// letters before it first (three at least), then the one most wires share,
// then the longest: ended after hangup, transfer, reached, not "ed" after
// end and connect.
func pairCuts(wires []string) []int {
	cut := make([]int, len(wires))
	for {
		type support struct {
			n      int
			before map[byte]bool
		}
		bySuffix := map[string]*support{}
		for i, w := range wires {
			if cut[i] > 0 {
				continue
			}
			for k := 1; k < len(w)-1; k++ {
				if !textLetterByte(w[k]) {
					continue
				}
				sup := bySuffix[w[k:]]
				if sup == nil {
					sup = &support{before: map[byte]bool{}}
					bySuffix[w[k:]] = sup
				}
				sup.n++
				sup.before[w[k-1]] = true
			}
		}
		best, bestD, bestN := "", 0, 0
		for s, sup := range bySuffix {
			d := len(sup.before)
			if d < 3 {
				continue
			}
			if d > bestD || d == bestD && (sup.n > bestN || sup.n == bestN && (len(s) > len(best) || len(s) == len(best) && s < best)) {
				best, bestD, bestN = s, d, sup.n
			}
		}
		if best == "" {
			return cut
		}
		for i, w := range wires {
			if cut[i] == 0 && len(w) > len(best) && strings.HasSuffix(w, best) {
				cut[i] = len(w) - len(best)
			}
		}
	}
}

// numberTitles title a first column of numbers, in the languages of the
// corpus.
var numberTitles = map[string]bool{
	"code": true, "código": true, "codigo": true, "codice": true, "code retour": true,
	"kod": true, "код": true, "코드": true, "代码": true, "编码": true, "コード": true,
}

// numberedRows reports the rows below a glued header that each start
// with a number, most of them glued to a sentence (1Erro de aplicação),
// and returns how many lines they take up to the next blank one. A
// constant glued to its number (486USER_BUSY) is no sentence.
func numberedRows(rest []Line) (int, bool) {
	n, sentences := 0, 0
	for ; n < len(rest) && !textBlank(rest[n].Text); n++ {
		text := strings.TrimSpace(rest[n].Text)
		after := strings.TrimLeft(text, "0123456789")
		if len(after) == len(text) || after == "" {
			return 0, false
		}
		if len(after) > 1 && textUpperByte(after[0]) && textLowerByte(after[1]) {
			sentences++
		}
	}
	return n, n >= 2 && sentences*2 >= n
}

// codeTitles title a column of numbers (a value's code).
var codeTitles = map[string]bool{"value": true, "code": true, "id": true, "number": true}

// gluedCodeRow is a row of a glued table whose middle column is a number:
// the name, the number glued to it, the description after a space.
var gluedCodeRow = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_]*?[A-Za-z_])(\d+)(?:\s+(.*))?$`)

// readCodeRows reads the rows of a table whose name and code cells are
// glued (Setup10 The call ...), as reference pages generated for .NET
// write an enum's members; the number is the code, dropped, the name the
// value. A line that is no such row continues the description above it,
// until a blank line or a title (Remarks). It returns the lines read.
func (t *gluedTable) readCodeRows(rest []Line) int {
	for i, l := range rest {
		text := strings.TrimSpace(l.Text)
		m := gluedCodeRow.FindStringSubmatch(text)
		switch {
		case m != nil:
			t.flush()
			if _, why := wireValue(m[1], false); why != "" {
				t.warnf(l.N, "row value %q %s; skipped", clip(m[1]), why)
				continue
			}
			t.cur = &gluedEntry{line: l.N, wire: m[1], text: []string{m[3]}, at: []int{l.N}}
		case text == "" || looksLikeTitle(text) && !strings.ContainsFunc(text, textIsSpace):
			t.flush()
			return i
		case t.cur != nil:
			t.cur.text, t.cur.at = append(t.cur.text, text), append(t.cur.at, l.N)
		default:
			t.flush()
			return i
		}
	}
	t.flush()
	return len(rest)
}

// enumDeclaration matches a line declaring an enum in C, C++, C#, Java or
// TypeScript: "public enum CallState", "export enum Direction",
// "typedef enum CallState", "enum class CallState". A line of nothing else
// titles the type's documentation on a reference page (walker.title).
var enumDeclaration = regexp.MustCompile(`^(?:(?:(?:public|export|internal|declare|const|typedef)\s+)*enum\s+(?:class\s+)?([A-Za-z_]\w*)\b|([A-Za-z_]\w*) is an [Ee]num(?:eration)?\b)`)

// declaredEnum returns the name the last enum declaration among lines
// gives, or "".
func declaredEnum(lines []Line) string {
	for i := len(lines) - 1; i >= 0; i-- {
		if m := enumDeclaration.FindStringSubmatch(strings.TrimSpace(lines[i].Text)); m != nil {
			return naming.Ident(m[1] + m[2])
		}
	}
	return ""
}
