package extract

// How a value table's columns are read: which column holds the values
// (numbers are codes, the column of names is taken), tables without header
// names, mapping tables with a column per system, and tables of text.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// textRows reports the rows that look like values in a table with a
// Description column whose first column is mostly text: the table is not
// read as an enum, and these rows are what a person may have to add.
func (w *walker) textRows(t table) {
	for _, r := range t.rows {
		c := r.at(0)
		if wire, why := wireValue(c.value(), c.code); why == "" && c.text != "" {
			w.col.diags.Warnf(w.col.pos(r.line), "table row %q looks like a value, but most of its table's first column is text; the table is not read as an enum", wire)
		}
	}
}

// quotedKeys reports whether most first cells are quoted ("isEnabled"):
// the rows describe the keys of a JSON object.
func (t table) quotedKeys() bool {
	n, q := 0, 0
	for _, r := range t.rows {
		if c := r.at(0); c.text != "" {
			n++
			if isQuoted(c.text) {
				q++
			}
		}
	}
	return q > 0 && q*2 > n
}

// types reports whether most non-empty cells of column i are type
// expressions.
//
// PascalCase names alone (TargetBusy) may be values: a primitive type or a
// union must be among them, or the keys must be quoted JSON keys.
func (t table) types(i int) bool {
	n, ok, sure := 0, 0, t.quotedKeys()
	for _, r := range t.rows {
		if c := r.at(i); c.text != "" {
			n++
			if typeLike(c.text) {
				ok++
				sure = sure || strings.Contains(c.text, "|") || typeWordSet[strings.ToLower(strings.Trim(c.text, "[] "))]
			}
		}
	}
	return sure && ok*2 > n
}

// typed reports a column of types of more than one kind, most cells
// type-like: the types of a table's fields (String, int, FillMode), not
// one type every constant of an enum shares.
func (t table) typed(i int) bool {
	ok, n := t.matching(i, func(c cell) bool {
		return typeLike(strings.TrimSuffix(c.text, "?")) || linkOnly(c) // String? is nullable; a link leads to the type's page
	})
	return ok*2 > n && !t.uniform(i)
}

// matching counts the non-empty cells of column i that ok accepts, and
// the non-empty cells.
func (t table) matching(i int, ok func(cell) bool) (n, filled int) {
	for _, r := range t.rows {
		if c := r.at(i); c.text != "" {
			filled++
			if ok(c) {
				n++
			}
		}
	}
	return n, filled
}

// unescapeBrackets undoes the escapes of brackets in Markdown.
var unescapeBrackets = strings.NewReplacer(`\[`, "[", `\]`, "]")

// linkOnly reports a cell that holds one link and nothing else, or the
// text of one: [FillMode](https://...) written inside HTML, where Markdown
// is text (its brackets escaped when the HTML was translated).
func linkOnly(c cell) bool {
	if c.node != nil {
		if l, ok := c.node.FirstChild().(*ast.Link); ok && l.NextSibling() == nil {
			return true
		}
	}
	text := c.text
	if c.node == nil {
		text = c.raw
	}
	text = unescapeBrackets.Replace(strings.TrimSpace(text))
	label, url, ok := strings.Cut(strings.TrimPrefix(text, "["), "](")
	url, closed := strings.CutSuffix(url, ")")
	return ok && closed && strings.HasPrefix(text, "[") && !strings.ContainsAny(label, "[]") && !strings.ContainsAny(url, " ()")
}

// headerless reports a table whose header row is empty, as pages
// generated from code write their summaries (| int | BUSY | Disconnected
// because ... |).
func (t table) headerless() bool {
	for _, h := range t.header {
		if strings.TrimSpace(h) != "" {
			return false
		}
	}
	return true
}

// headerlessTable reads a table without header names by the shape of its
// columns: the column of constant-like names holds the values, the column
// of the longest texts describes them. A table with no such column lists
// no values.
//
// A table a line announces fields for ("The following attributes are
// used:"), or whose first column names fields and their types, is a
// model's. Under a heading or a line about values ("Object Types"), a
// column of marked words (| **trunk** | Trunk Line |) holds the values.
func (w *walker) headerlessTable(t table) {
	if t.typedFields() || w.announced && len(t.header) > 1 {
		c := findColumns(nil)
		c[roleDesc] = t.longestColumn(0)
		w.modelTable(t, c)
		return
	}
	if w.fields || len(t.rows) < 2 || isFieldTitle(w.caption) {
		return
	}
	names := t.nameColumn(-1, -1)
	if names < 0 && w.valueSection() {
		names = t.markedColumn()
	}
	if names < 0 {
		return
	}
	w.enumTable(t, names, t.longestColumn(names))
}

// markedColumn returns the first column whose every filled cell is one
// token in code or bold, or -1.
func (t table) markedColumn() int {
	for i := range t.header {
		n, total := t.matching(i, func(c cell) bool {
			_, why := wireValue(c.value(), c.code)
			return c.lead != "" && c.lead == c.text && why == ""
		})
		if total >= 2 && n == total {
			return i
		}
	}
	return -1
}

// typedFields reports a table whose first column names a field and its
// type in four rows in five at least (| status string | The status. |, a
// page setting the type in a span after the name): a table of fields.
func (t table) typedFields() bool {
	if len(t.header) < 2 {
		return false
	}
	n, total := t.matching(0, func(c cell) bool {
		_, _, ok := typedFieldCell(c.text)
		return ok
	})
	return n > 0 && n*5 >= total*4
}

// typedFieldCell splits a cell that names a field, then its type.
func typedFieldCell(text string) (name, typ string, ok bool) {
	name, typ, ok = strings.Cut(strings.TrimSpace(text), " ")
	typ = strings.TrimSpace(typ)
	return name, typ, ok && isFieldName(name) && fieldPrimitives[strings.ToLower(typ)]
}

// longestColumn is the column, other than skip, with the most text.
func (t table) longestColumn(skip int) int {
	best, bestN := -1, 0
	for i := range t.header {
		n := 0
		for _, r := range t.rows {
			n += len(r.at(i).text)
		}
		if i != skip && n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// columnEnums makes an enum of each other column of a value table that
// holds constants too: a mapping table gives the name each value has in
// other systems (| AST_CAUSE_BUSY | ... | OR2_CAUSE_BUSY_NUMBER |), one
// enum per column, named after its header. Such a column holds only
// tokens, or comma-separated lists of them, four in five written as
// constants, or lower-case codes (see codeWords); a column of yes/no or
// v1/v2 says something else. Its header is no generic Name or Constant.
func (w *walker) columnEnums(t table, wireCol, descCol int) {
	for i := range t.header {
		if i == wireCol || i == descCol || t.numeric(i) || keyHeaders[strings.Join(titleWords(t.header[i]), " ")] || namesFieldsTitle(t.header[i]) {
			continue
		}
		values, ok := t.columnValues(i)
		if role, described := headerRole(t.header[i]); !ok && t.labels && isValueTitle(t.header[i]) && !(described && role == roleDesc) {
			values, ok = t.labelColumn(i) // labels, never a column that describes ("Meaning")
		}
		name := enumName(t.header[i])
		if !ok || name == "" || answers(values) {
			continue
		}
		e := &spec.Enum{Name: name, Line: t.line, Values: values}
		w.col.addEnum(e, w.cur, false, true)
	}
}

// namesFieldsTitle reports a header with a word naming fields (관련 파라미터
// 키, Related fields): its column names fields, no values.
func namesFieldsTitle(title string) bool {
	for _, w := range titleWords(title) {
		if fieldHeaders[w] {
			return true
		}
	}
	return false
}

// labelColumn returns the distinct values of column i when every value
// its cells name (cellParts) is a capitalised word or a label of a few
// (Off Hook, Dialing), two values at least: in a table about values, a column
// headed by a value noun ("Call State on Finesse Desktop") maps each row
// to another system's name for it.
func (t table) labelColumn(i int) ([]*spec.Value, bool) {
	var values []*spec.Value
	seen := map[string]bool{}
	last := 0 // rows whose last filled cell this is: a description, however short
	for _, r := range t.rows {
		if r.at(i).text != "" && r.filled() == i+1 {
			last++
		}
	}
	if last*2 > len(t.rows) {
		return nil, false
	}
	for _, r := range t.rows {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		for _, p := range cellParts(c) {
			if p == "" || p == "-" || seen[p] {
				continue
			}
			if !isLabel(p) && !(textStartsUpper(p) && isLetters(p)) {
				return nil, false
			}
			seen[p] = true
			values = append(values, &spec.Value{Wire: p, Line: r.line})
		}
	}
	return values, len(values) >= 2
}

// isLetters reports a word of letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// answers reports a column of yes and no (or true and false): it says
// something of each row, it lists no values of its own.
func answers(values []*spec.Value) bool {
	for _, v := range values {
		switch strings.ToLower(v.Wire) {
		case "yes", "no", "true", "false", "y", "n":
		default:
			return false
		}
	}
	return true
}

// cellParts are the values a cell of a value column names: its leading
// code span (`Setup`, whatever follows), else its comma-separated parts
// ("Inbound / Outbound" is both), each without an aside in brackets
// (TRANSFER (if active call exists)), an aside left open ending the cell.
func cellParts(c cell) []string {
	text := c.text
	if rest, ok := strings.CutPrefix(text, c.lead); c.code && c.lead != "" && ok && !strings.HasPrefix(strings.TrimSpace(rest), ",") {
		return []string{c.lead} // `Setup` and a note; `A`, `B` is a list
	}
	if aside := strings.Index(text, " ("); aside > 0 && !strings.Contains(text[aside:], ")") {
		text = text[:aside] // "Setup (call to RingCentral only, this state ..."
	}
	parts := strings.Split(strings.ReplaceAll(text, " / ", ","), ",")
	for k, part := range parts {
		part = strings.TrimSpace(part)
		if aside := strings.IndexByte(part, '('); aside > 0 && strings.HasSuffix(part, ")") {
			part = strings.TrimSpace(part[:aside])
		}
		parts[k] = part
	}
	return parts
}

// columnValues returns the distinct values of column i when every
// non-empty cell is a token or a list of tokens, two values at least; a
// few cells may be sentences instead, notes on their rows.
func (t table) columnValues(i int) ([]*spec.Value, bool) {
	var values []*spec.Value
	seen := map[string]bool{}
	sentences := 0
	for _, r := range t.rows {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		if isSentence(c.text) {
			sentences++ // "There is no default mapping because ...": a row's note
			continue
		}
		for _, part := range cellParts(c) {
			if part == "-" {
				continue // no value for this row
			}
			wire, why := wireValue(part, false)
			if why != "" || isNumber(wire) {
				return nil, false
			}
			if !seen[wire] {
				seen[wire] = true
				values = append(values, &spec.Value{Wire: wire, Line: r.line})
			}
		}
	}
	consts, compound, words := 0, 0, 0
	for _, v := range values {
		switch {
		case tokenShape(v.Wire) != shapeConst:
			if textStartsUpper(v.Wire) && isLetters(v.Wire) {
				words++ // Busy beside NoAnswer
			}
		case !startsLower(v.Wire):
			consts++
		case strings.ContainsAny(v.Wire, "-_"):
			compound++
		}
	}
	if consts*2 >= len(values) {
		consts += words // | NoAnswer |, | Busy |: one-word names among compound ones
	}
	if sentences*2 > len(values) {
		return nil, false
	}
	return values, len(values) >= 2 && consts*5 >= len(values)*4 || codeWords(values, compound)
}

// codeWords reports whether values, lower-case words, are codes of another
// system (| ... | gone, success | ... | general-error |): four at least,
// and a quarter of them compound words, which prose seldom has in a
// column (yes/no, optional, v1 do not qualify).
func codeWords(values []*spec.Value, compound int) bool {
	return len(values) >= 4 && compound*4 >= len(values)
}

// codeTable makes an enum of a table whose values are in column wireCol,
// unless that column holds only numbers: those are codes (a Q.850 cause, a
// SIP response) beside the values, which are then the column of names
// (| 17 | USER_BUSY | ... |). A table of numbers only lists no values and
// is reported.
func (w *walker) codeTable(t table, wireCol, descCol int) {
	if !t.numeric(wireCol) {
		w.enumTable(t, wireCol, descCol)
		if wireCol == 0 {
			w.columnEnums(t, wireCol, descCol)
			w.itemColumnEnums(t, wireCol)
		}
		return
	}
	if names := t.nameColumn(wireCol, descCol); names >= 0 {
		w.codedEnumTable(t, names, descCol, wireCol)
		w.columnEnums(t, names, descCol)
		return
	}
	if len(t.header) == 2 && descCol == 1-wireCol && t.shortLabels(descCol) {
		w.labelCodeTable(t, descCol, wireCol, "")
		return
	}
	if col, key := w.exampleLabels(t, wireCol); col >= 0 {
		w.labelCodeTable(t, col, wireCol, key)
		return
	}
	if col := t.fieldLabels(wireCol); col >= 0 {
		w.labelCodeTable(t, col, wireCol, t.header[col])
		return
	}
	w.col.diags.Warnf(w.col.pos(t.line), "table lists numbers only (column %q); no enum of names taken from it", t.header[wireCol])
}

// maxCodeLabelWords bounds a label that names a value beside its code.
const maxCodeLabelWords = 5

// shortLabels reports a column whose every cell, two at least, is a short
// label, no sentence: a value's name (| 1 | Voice Campaign |), where a
// description would say more (| 16 | The call was cleared normally. |).
func (t table) shortLabels(i int) bool {
	n, total := t.matching(i, func(c cell) bool {
		text := labelHead(c.text)
		words := strings.Fields(text)
		return len(words) <= maxCodeLabelWords && !strings.ContainsAny(text, ".,;:()") && textStartsUpper(text)
	})
	return total >= 2 && n == total
}

// labelHead is a label cell's label, the aside after it in brackets cut
// off: "Available (On Demand)", "NO ROUTE TO DESTINATION [codes 138 and
// 139 map here] (The SBC may ...".
func labelHead(text string) string {
	if open := strings.IndexAny(text, "(["); open > 0 && text[open-1] == ' ' {
		return strings.TrimSpace(text[:open])
	}
	return text
}

// labelWireOf is the wire of a label cell: the label with a short aside
// (Available (On Demand)), or without a long one, a note on the value
// (NO USER RESPONDING (The SBC may release a call ...)).
func labelWireOf(text string) string {
	head := labelHead(text)
	if len(strings.Fields(text[len(head):])) > maxCodeLabelWords {
		return head
	}
	return text
}

// exampleLabels returns the column of a table of codes whose short
// texts the page's JSON gives one key, and that key: | 1 | busy now |
// 用户正忙 | under {"failedMsg": "busy now"} lists the failedMsg values.
// It returns -1 when no column is so confirmed.
func (w *walker) exampleLabels(t table, codeCol int) (int, string) {
	strs := w.doc.jsonStrings()
	if len(strs) == 0 {
		return -1, ""
	}
	for i := range t.header {
		if i == codeCol {
			continue
		}
		key, keys := "", 0
		short, filled := t.matching(i, func(c cell) bool {
			text := strings.TrimSpace(c.text)
			if k, ok := strs[text]; ok && k != key {
				key, keys = k, keys+1 // two keys: no one field's values
			}
			return len(strings.Fields(text)) <= maxCodeLabelWords && !strings.ContainsAny(text, ".,;:()")
		})
		if keys == 1 && filled >= 2 && short == filled {
			return i, key
		}
	}
	return -1, ""
}

// fieldLabels returns the column beside a column of codes that a field's
// name titles (as an identifier, or in code) and whose every cell, two at
// least, is a short label in any script, or a phrase in code: |
// task_result | task_result_desc | over | 5 | 用户正忙 |, | Code | `status`
// | over | `203` | `number invalid` |; the field holds the labels. -1 when
// there is none.
func (t table) fieldLabels(codeCol int) int {
	for i, h := range t.header {
		if i == codeCol || !looksLikeCodeName(strings.TrimSpace(h)) && !(i < len(t.codeTitles) && t.codeTitles[i]) {
			continue
		}
		short, filled := t.matching(i, func(c cell) bool {
			text := strings.TrimSpace(c.text)
			if c.code {
				// `number invalid`, `Inform agent ID` / `Agent is not
				// valid`: messages in code, whatever their words.
				for _, part := range slashedLabels(c) {
					if utf8.RuneCountInString(part) > maxLabelRunes {
						return false
					}
				}
				return true
			}
			return len(strings.Fields(text)) <= maxCodeLabelWords && utf8.RuneCountInString(text) <= maxLabelRunes && !strings.ContainsAny(text, ".,;:()。，；：")
		})
		if filled >= 2 && short == filled {
			return i
		}
	}
	return -1
}

// slashedLabels returns the labels of a cell: its text, or, for a cell
// of code spans with slashes between them (`Inform agent ID` / `Agent is
// not valid`), each of them.
func slashedLabels(c cell) []string {
	text := strings.TrimSpace(c.text)
	if !c.code || c.lead == text || !strings.Contains(text, " / ") {
		return []string{text}
	}
	parts := strings.Split(text, " / ")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

// maxLabelRunes bounds the characters of a label beside its code.
const maxLabelRunes = 40

// describedRows reads, in a table of something else (methods, events),
// each row whose description lists values as a field's does ("Gets the
// current call state (`idle`, `dialing`, `ended`).") as an enum named
// after the row's first cell, a method's name without its brackets.
func (w *walker) describedRows(t table, desc int) {
	for _, r := range t.rows {
		name := strings.TrimSuffix(strings.TrimSpace(r.at(0).value()), "()")
		if _, why := wireValue(name, false); why != "" || strings.ContainsAny(name, "( ") {
			continue
		}
		d := r.at(desc)
		f := &spec.Field{Wire: name, Line: r.line}
		if values := w.descriptionValues(f, w.marked(d), d.text); len(values) > 0 {
			w.col.addEnum(&spec.Enum{Name: fieldEnumName(name), Line: r.line, Values: values}, w.cur, false, true)
		}
	}
}

// examplePhrases makes an enum, named after key, of a table whose first
// column holds short phrases, one of which the page's JSON gives key
// (see exampleLabels): each phrase is a wire ("call not live"), however
// few of the rules for tokens it meets, its description in column desc.
func (w *walker) examplePhrases(t table, desc int, key string) {
	e := &spec.Enum{Name: fieldEnumName(key), Line: t.line}
	for _, r := range t.rows {
		c := r.at(0)
		if c.text == "" || t.repeatsHeader(r) {
			continue
		}
		v := &spec.Value{Wire: strings.TrimSpace(c.text), Line: r.line}
		if desc > 0 {
			v.Description = strings.TrimSpace(r.at(desc).text)
		}
		e.Values = append(e.Values, v)
	}
	w.col.addEnum(e, w.cur, true, false)
}

// labelCodeTable makes an enum, named after field, or else the section,
// of a table of codes and the short labels that name them: the labels are
// the values, the codes their data.
func (w *walker) labelCodeTable(t table, labelCol, codeCol int, field string) {
	e := &spec.Enum{Name: fieldEnumName(field), Line: t.line}
	if field == "" {
		e = w.newEnum(t.line, "")
	}
	if e == nil {
		return
	}
	code := codeName(t.header[codeCol])
	for _, r := range t.rows {
		c := r.at(labelCol)
		if c.text == "" || t.repeatsHeader(r) {
			continue
		}
		for _, label := range slashedLabels(c) {
			if isPlaceholder(label) || strings.Contains(label, "…") {
				// <MakeCall status>, "TTS … not permitted": a placeholder
				// or a pattern, no value.
				w.col.diags.Warnf(w.col.pos(r.line), "table row value %q is a placeholder; skipped", clip(label))
				continue
			}
			e.Values = append(e.Values, &spec.Value{Wire: labelWireOf(label), Line: r.line,
				Data: map[string]*spec.Datum{code: codeDatum(r.at(codeCol).value())}})
		}
	}
	e.Columns = []*spec.Column{{Name: code, Type: "int", Doc: "The code the table gives the value."}}
	w.col.addEnum(e, w.cur, true, false)
}

// numeric reports whether every non-empty cell of column i is a number,
// or a class of numbers ("5XX") beside them.
func (t table) numeric(i int) bool {
	n := 0
	for _, r := range t.rows {
		switch c := r.at(i); {
		case c.text == "" || t.groupRow(r, i):
		case isNumber(c.value()):
			n++
		case isNumberClass(c.value()):
		default:
			return false
		}
	}
	return n > 0
}

// groupRow reports a row whose only filled cell is in column i: a label
// grouping the rows below it (| Q.931 Standard (0-127) | |).
func (t table) groupRow(r tableRow, i int) bool {
	for j := range t.header {
		if j != i && r.at(j).text != "" {
			return false
		}
	}
	return true
}

// isNumberClass reports a code standing for a range of codes: digits, then
// x's for the digits left open ("5XXX", "4xx").
func isNumberClass(s string) bool {
	s = strings.TrimSpace(s)
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	rest := s[digits:]
	return digits > 0 && rest != "" && (strings.Trim(rest, "x") == "" || strings.Trim(rest, "X") == "")
}

// isNumber reports a decimal number, a hexadecimal one (0x15), or a
// number ending in a dot (an enumeration's "1.").
func isNumber(s string) bool {
	s = strings.TrimPrefix(strings.TrimSpace(s), "-")
	if hasHexPrefix(s) {
		return len(s) > 2 && strings.Trim(s[2:], "0123456789abcdefABCDEF") == ""
	}
	if len(s) > 1 {
		s = strings.TrimSuffix(s, ".")
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hasHexPrefix reports a number written in hexadecimal (0x15, 0X1F).
func hasHexPrefix(s string) bool {
	return len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
}

// nameColumn returns the column, other than skip and desc, whose cells
// are most often constant-like tokens (USER_BUSY, NoAnswer), or -1 when no
// column has such a token in at least four cells of five.
func (t table) nameColumn(skip, desc int) int {
	best, bestN := -1, 0
	for i := range t.header {
		if i == skip || i == desc || t.numeric(i) {
			continue
		}
		n, total := t.matching(i, func(c cell) bool {
			wire, why := wireValue(c.value(), c.code)
			// A constant, or any one word written as code (`Active`).
			return why == "" && (tokenShape(wire) == shapeConst || c.code && c.lead == c.text) && !strings.Contains(wire, " ")
		})
		if n*5 >= total*4 && n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		best = t.labelNameColumn(skip, desc)
	}
	if best < 0 {
		best = t.namedColumn(skip, desc)
	}
	return best
}

// namedColumn returns the column headed Name beside a column of codes,
// when none of its cells is a sentence: | 7 | Retry — Rescheduled Agent
// Specific | The agent ... |, names however long. -1 when there is none.
func (t table) namedColumn(skip, desc int) int {
	for i := range t.header {
		if i == skip || i == desc || !nameTitle(t.header[i]) {
			continue
		}
		if n, total := t.matching(i, func(c cell) bool { return nameText(c.text) }); total >= 2 && n == total {
			return i
		}
	}
	return -1
}

// nameTitle reports a column titled Name.
func nameTitle(title string) bool {
	t := strings.Join(titleWords(title), " ")
	return t == "name" || t == "label" // | Value | Label | over | 1 | Outgoing |
}

// nameText reports a cell of a Name column that names: capitalised, a
// few words, no sentence.
func nameText(text string) bool {
	return !strings.HasSuffix(text, ".") && len(strings.Fields(text)) <= maxLabelTextWords && textStartsUpper(text)
}

// maxLabelTextWords bounds a name a Name column gives.
const maxLabelTextWords = 10

// labelNameColumn returns the column, other than skip and desc, of short
// labels a second description or a value noun heads (| Code | Description
// | Explanation | over | 10 | Finished successfully | ... |), or -1.
func (t table) labelNameColumn(skip, desc int) int {
	for i := range t.header {
		role, ok := headerRole(t.header[i])
		if i == skip || i == desc || t.numeric(i) || !(ok && role == roleDesc) && !isValueTitle(t.header[i]) {
			continue
		}
		n, total := t.matching(i, func(c cell) bool {
			_, ok := labelValue(c)
			return ok && len(strings.Fields(c.text)) <= maxWords
		})
		if total > 0 && n*5 >= total*4 {
			return i
		}
	}
	return -1
}

// valueColumn returns the column, after the first and other than desc,
// that a table whose first column holds no values lists them in: headed
// by a value noun (| Trigger by | STATUS | CALL STATUS | DESCRIPTION |),
// each cell one value or label (an aside in brackets dropped: "BUSY
// (17)"), four cells of five at least; of two such columns, the one with
// more distinct values. -1 when there is none.
func (t table) valueColumn(desc int) int {
	best, bestN := -1, 0
	for i := 1; i < len(t.header); i++ {
		if i == desc || !isValueTitle(t.header[i]) {
			continue
		}
		if n := t.distinctValues(i); n > bestN {
			best, bestN = i, n
		}
	}
	if bestN < 3 {
		return -1
	}
	return best
}

// distinctValues counts the distinct values of column i, 0 unless four
// cells of five hold one value or label each.
func (t table) distinctValues(i int) int {
	seen := map[string]bool{}
	filled, ok := 0, 0
	for _, r := range t.rows {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		filled++
		if v, good := labelValue(c); good {
			ok++
			seen[v] = true
		}
	}
	if ok*5 < filled*4 {
		return 0
	}
	return len(seen)
}

// distinguishingAsides returns the values of column col that cells of
// different texts give once their asides are dropped: "Bad Number (NRD)"
// and "Bad Number (OC)" are two values, not Bad Number twice.
func (t table) distinguishingAsides(col int) map[string]bool {
	texts := map[string]string{}
	out := map[string]bool{}
	for _, r := range t.rows {
		c := r.at(col)
		v, ok := labelValue(c)
		if !ok || v == c.text || !strings.HasSuffix(c.text, ")") || len(c.text) > maxWire {
			continue
		}
		if first, seen := texts[v]; seen && first != c.text {
			out[v] = true
		}
		texts[v] = c.text
	}
	return out
}

// repeats reports a column of few values, each on several rows: the class
// of each row's value (Success, Failed), not the values.
func (t table) repeats(i int) bool {
	if len(t.rows) < 4 {
		return false
	}
	var seen []string // a few, or the column is no class
	for _, r := range t.rows {
		if c := r.at(i).text; !slices.Contains(seen, c) {
			if seen = append(seen, c); len(seen) > maxClasses || len(seen)*3 > len(t.rows) {
				return false
			}
		}
	}
	return true
}

// maxClasses is the most classes a first column of classes holds.
const maxClasses = 8

// labelValue returns the one value or label a cell holds.
func labelValue(c cell) (string, bool) {
	parts := cellParts(c)
	if len(parts) != 1 || isNumber(parts[0]) {
		return "", false
	}
	if wire, why := wireValue(parts[0], c.code); why == "" {
		return wire, true
	}
	return parts[0], isLabel(parts[0]) || runLabel(parts[0])
}

// labelTable makes an enum of column col, named after its header, and
// enums of the other columns of values beside it (a mapping table).
func (w *walker) labelTable(t table, col, desc int) {
	if col > 0 && t.repeats(0) {
		// | Status | Result |: the class of each result is an enum too.
		w.labelColumnEnum(t, 0, -1)
	}
	w.labelColumnEnum(t, col, desc)
	t.labels = true
	w.columnEnums(t, col, desc)
}

// labelColumnEnum makes an enum of the values or labels of column col,
// named after its header, described by column desc (none when -1).
func (w *walker) labelColumnEnum(t table, col, desc int) {
	e := &spec.Enum{Name: enumName(t.header[col]), Line: t.line}
	if e.Name == "" {
		if e = w.newEnum(t.line, ""); e == nil {
			return
		}
	}
	seen := map[string]bool{}
	asides := t.distinguishingAsides(col)
	for _, r := range t.rows {
		c := r.at(col)
		v, ok := labelValue(c)
		if ok && asides[v] {
			v = c.text // Bad Number (NRD), Bad Number (OC): the aside tells them apart
		}
		switch {
		case c.text == "" || ok && seen[v]:
		case !ok:
			w.rowSkipped(r, c.text, "is text, not a value")
		default:
			seen[v] = true
			e.Values = append(e.Values, &spec.Value{Wire: v, Description: r.at(desc).text, Line: r.line})
		}
	}
	w.col.addEnum(e, w.cur, true, false)
}
