package extract

import (
	"strings"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// table is a Markdown pipe table as read: header texts and rows of cells.
type table struct {
	line   int
	header []string
	rows   []tableRow
}

type tableRow struct {
	line  int
	cells []cell
}

// cell is one table cell: its plain text, and the text of the code span or
// emphasis it starts with, if any (a cell "`busy` (final)" leads with busy).
type cell struct {
	text string
	node ast.Node // the cell, for its marked text (see walker.marked)
	lead string
	code bool // lead is a code span
}

// marked is the cell's text with code spans kept in backticks, made only
// for the cells read as prose.
func (w *walker) marked(c cell) string {
	if c.node == nil {
		return ""
	}
	return markedText(c.node, w.doc.src)
}

// value returns what the cell holds as a value: its leading code span or
// emphasis, else its whole text.
func (c cell) value() string {
	if c.lead != "" {
		return c.lead
	}
	return c.text
}

// at returns cell i of the row, empty when the row is short or i < 0.
func (r tableRow) at(i int) cell {
	if i < 0 || i >= len(r.cells) {
		return cell{}
	}
	return r.cells[i]
}

func (r tableRow) empty() bool {
	for _, c := range r.cells {
		if c.text != "" {
			return false
		}
	}
	return true
}

func (w *walker) readTable(n *extast.Table) table {
	var t table
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *extast.TableHeader:
			t.line = w.doc.lineOf(c.Pos())
			for _, h := range w.readCells(c) {
				t.header = append(t.header, strings.ToLower(h.text))
			}
		case *extast.TableRow:
			t.rows = append(t.rows, tableRow{line: w.doc.lineOf(c.Pos()), cells: w.readCells(c)})
		}
	}
	return t
}

func (w *walker) readCells(row ast.Node) []cell {
	var cells []cell
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		_, code := c.FirstChild().(*ast.CodeSpan)
		cells = append(cells, cell{text: plainText(c, w.doc.src), node: c, lead: leadText(c, w.doc.src), code: code})
	}
	return cells
}

// leadText returns the text of the code span, emphasis or link-wrapped
// emphasis a block's inline content starts with, or "".
func leadText(n ast.Node, src []byte) string {
	return leadOf(n.FirstChild(), src)
}

// leadOf is the text of first when it is a code span, emphasis or
// link-wrapped emphasis, or "".
func leadOf(first ast.Node, src []byte) string {
	switch first := first.(type) {
	case *ast.CodeSpan:
		return codeText(first, src)
	case *ast.Emphasis:
		return plainText(first, src)
	case *ast.Link:
		if _, ok := first.FirstChild().(*ast.Text); !ok && first.FirstChild() != nil {
			return plainText(first, src)
		}
	}
	return ""
}

// role is what a column holds.
type role int

const (
	roleWire     role = iota // the wire value, when not in the first column
	roleType                 // a field's type
	roleRequired             // ✅/❌ or yes/no
	roleOptional             // the same, inverted
	roleDesc                 // a description
	roleNotes                // notes ("[optional]")
	roleValues               // the values a field may take ("true, false")
	nRoles
)

// columns holds the index of the column of each role; -1 when absent. The
// first column is always the row's key.
type columns [nRoles]int

var columnRoles = map[string]role{
	"type": roleType, "data type": roleType, "datatype": roleType, "format": roleType,
	"value type": roleType,
	"required":   roleRequired, "mandatory": roleRequired,
	"optional":    roleOptional,
	"description": roleDesc, "desc": roleDesc, "meaning": roleDesc, "details": roleDesc,
	"explanation": roleDesc, "definition": roleDesc, "comment": roleDesc,
	"comments": roleDesc, "remarks": roleDesc, "summary": roleDesc,
	"notes": roleNotes, "note": roleNotes,
	"possible values": roleValues, "allowed values": roleValues, "valid values": roleValues,
	"accepted values": roleValues, "supported values": roleValues, "values": roleValues,
	"value": roleWire, "wire": roleWire, "wire value": roleWire, "string": roleWire,
	"string value": roleWire, "json value": roleWire, "api value": roleWire,
}

// findColumns maps header names to roles; the first column of each role
// wins.
func findColumns(header []string) columns {
	var c columns
	for i := range c {
		c[i] = -1
	}
	for i := 1; i < len(header); i++ {
		r, ok := columnRoles[strings.Join(titleWords(header[i]), " ")]
		if ok && c[r] < 0 {
			c[r] = i
		}
	}
	return c
}

// tableKind is what a table lists.
type tableKind int

const (
	notValues  tableKind = iota // a table of something else
	quotedEnum                  // constant names, wires quoted in the description
	wireEnum                    // wires in a Value column other than the first
	keyEnum                     // wires in the first column
	modelTable                  // fields of a payload object
	typedModel                  // fields whose types sit in the Value column
)

// fieldHeaders are first-column headers of tables listing fields.
var fieldHeaders = map[string]bool{
	"field": true, "fields": true, "property": true, "properties": true, "parameter": true,
	"parameters": true, "param": true, "attribute": true, "attributes": true, "member": true,
	"field name": true, "property name": true, "parameter name": true, "attribute name": true,
}

// keyHeaders are first-column headers of a table of values that say
// nothing about what the values are; they cannot name an enum.
var keyHeaders = map[string]bool{
	"name": true, "value": true, "values": true, "key": true, "constant": true,
	"enum": true, "id": true, "wire": true,
}

// valueKeys are first-column headers that announce values even when the
// table also has a Type column ("| Value | Type | Description |").
var valueKeys = map[string]bool{
	"value": true, "values": true, "enum": true, "constant": true, "wire": true,
	"wire value": true, "enum value": true,
}

// kind decides what a table lists from its header and the shape of its
// cells, never from where it comes from.
func (t table) kind(c columns) tableKind {
	key := strings.Join(titleWords(t.header[0]), " ")
	if words := titleWords(t.header[0]); len(words) > 1 && fieldHeaders[words[len(words)-1]] {
		key = words[len(words)-1] // "Optional parameter", "Event attribute"
	}
	valueKey := valueKeys[key] || isValueTitle(key) && key != "type" && !fieldHeaders[key]
	switch {
	case len(t.header) == 1 && t.tokens(0):
		return keyEnum // a column of values and nothing else
	case (c[roleWire] > 0 || c[roleValues] > 0) && fieldHeaders[key]:
		return modelTable // | Property | Description | Value |: each field's value
	case c[roleWire] > 0 && c[roleType] < 0 && t.types(c[roleWire]):
		return typedModel // | Key | Value | whose values are types: bool, "a" | "b"
	case c[roleWire] > 0:
		return wireEnum
	case c[roleDesc] > 0 && t.quoted(c[roleDesc]):
		return quotedEnum
	case c[roleType] > 0 && !fieldHeaders[key] && t.constants(0) && t.uniform(c[roleType]):
		return keyEnum // | AGENT | string | ... |: constants of one type
	case fieldHeaders[key] || c[roleType] > 0 && !valueKey:
		return modelTable
	case (c[roleDesc] > 0 || valueKey || keyHeaders[key]) && t.tokens(0):
		return keyEnum
	}
	return notValues
}

// quoted reports whether every non-empty cell of column i is one quoted
// literal ("Setup").
func (t table) quoted(i int) bool {
	n := 0
	for _, r := range t.rows {
		switch c := r.at(i); {
		case c.text == "":
		case isQuoted(c.text):
			n++
		default:
			return false
		}
	}
	return n > 0
}

// constants reports whether every non-empty cell of column i, two at
// least, is an upper-case constant (AGENT, INBOUND_VOICEMAIL): the names
// of values, not of fields.
func (t table) constants(i int) bool {
	n := 0
	for _, r := range t.rows {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		v := c.value()
		if strings.ToUpper(v) != v || strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != "" {
			return false
		}
		n++
	}
	return n >= 2
}

// uniform reports whether every non-empty cell of column i says the same.
func (t table) uniform(i int) bool {
	first := ""
	for _, r := range t.rows {
		switch c := strings.ToLower(r.at(i).text); {
		case c == "":
		case first == "":
			first = c
		case c != first:
			return false
		}
	}
	return first != ""
}

// tokens reports whether at least half the non-empty cells of column i
// could be wire values: a first column of sentences is not a list of
// values.
func (t table) tokens(i int) bool {
	n, ok := 0, 0
	for _, r := range t.rows {
		if c := r.at(i); c.text != "" {
			n++
			if _, why := wireValue(c.value(), c.code); why == "" {
				ok++
			}
		}
	}
	return ok > 0 && ok*2 >= n
}

// table extracts a pipe table.
func (w *walker) table(n *extast.Table) {
	t := w.readTable(n)
	switch {
	case len(t.header) == 0:
		return
	case len(t.rows) == 0:
		w.col.diags.Warnf(w.col.pos(t.line), "table has a header but no rows")
		return
	case !t.hasContent():
		w.col.diags.Warnf(w.col.pos(t.line), "table has no content")
		return
	}
	if t.headerless() {
		w.headerlessTable(t)
		return
	}
	c := findColumns(t.header)
	kind := t.kind(c)
	if w.fields && kind != modelTable && kind != typedModel {
		return // a table under "Parameters" names fields, whatever its header says
	}
	switch kind {
	case quotedEnum:
		w.enumTable(t, c[roleDesc], c[roleNotes])
	case wireEnum:
		w.codeTable(t, c[roleWire], c[roleDesc])
	case keyEnum:
		w.codeTable(t, 0, either(c[roleDesc], c[roleNotes]))
	case modelTable:
		w.modelTable(t, c)
	case typedModel:
		c[roleType], c[roleWire] = c[roleWire], -1
		w.modelTable(t, c)
	case notValues:
		if c[roleDesc] > 0 {
			w.textRows(t)
		}
	}
}

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
func (w *walker) headerlessTable(t table) {
	if w.fields || len(t.rows) < 2 || isFieldTitle(w.caption) {
		return
	}
	names := t.nameColumn(-1, -1)
	if names < 0 {
		return
	}
	w.enumTable(t, names, t.longestColumn(names))
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
// constants (a column of yes/no or v1/v2 says something else), and its
// header is no generic Name or Constant.
func (w *walker) columnEnums(t table, wireCol, descCol int) {
	for i := range t.header {
		if i == wireCol || i == descCol || t.numeric(i) || keyHeaders[strings.Join(titleWords(t.header[i]), " ")] {
			continue
		}
		values, ok := t.columnValues(i)
		name := enumName(t.header[i])
		if !ok || name == "" {
			continue
		}
		e := &spec.Enum{Name: name, Line: t.line, Values: values}
		w.col.addEnum(e, w.cur, false, true)
	}
}

// columnValues returns the distinct values of column i when every
// non-empty cell is a token or a list of tokens, two values at least.
func (t table) columnValues(i int) ([]*spec.Value, bool) {
	var values []*spec.Value
	seen := map[string]bool{}
	for _, r := range t.rows {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		for _, part := range strings.Split(c.text, ",") {
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
	consts := 0
	for _, v := range values {
		if tokenShape(v.Wire) == shapeConst && !startsLower(v.Wire) {
			consts++
		}
	}
	return values, len(values) >= 2 && consts*5 >= len(values)*4
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
		}
		return
	}
	if names := t.nameColumn(wireCol, descCol); names >= 0 {
		w.enumTable(t, names, descCol)
		w.columnEnums(t, names, descCol)
		return
	}
	w.col.diags.Warnf(w.col.pos(t.line), "table lists numbers only (column %q); no enum of names taken from it", t.header[wireCol])
}

// numeric reports whether every non-empty cell of column i is a number.
func (t table) numeric(i int) bool {
	n := 0
	for _, r := range t.rows {
		switch c := r.at(i); {
		case c.text == "":
		case isNumber(c.value()):
			n++
		default:
			return false
		}
	}
	return n > 0
}

func isNumber(s string) bool {
	s = strings.TrimPrefix(strings.TrimSpace(s), "-")
	return s != "" && strings.Trim(s, "0123456789") == ""
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
		n, total := 0, 0
		for _, r := range t.rows {
			c := r.at(i)
			if c.text == "" {
				continue
			}
			total++
			if wire, why := wireValue(c.value(), c.code); why == "" && tokenShape(wire) == shapeConst && !strings.Contains(wire, " ") {
				n++
			}
		}
		if n*5 >= total*4 && n > bestN {
			best, bestN = i, n
		}
	}
	return best
}

// hasContent reports whether any row has a non-empty cell.
func (t table) hasContent() bool {
	for _, r := range t.rows {
		if !r.empty() {
			return true
		}
	}
	return false
}

func either(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

// enumTable makes an enum of a table: wires from column wireCol,
// descriptions from column descCol.
func (w *walker) enumTable(t table, wireCol, descCol int) {
	e := w.newEnum(t.line, keyName(t.header[0]))
	if e == nil {
		return
	}
	if field := headerField(t.header[wireCol]); field != "" {
		e.Name = field // | call_status value | description |: the header names the field
	}
	for _, r := range t.rows {
		c := r.at(wireCol)
		raw := c.value()
		wire, why := wireValue(raw, c.code)
		if why != "" {
			w.rowSkipped(r, raw, why)
			continue
		}
		e.Values = append(e.Values, &spec.Value{Wire: wire, Description: r.at(descCol).text, Line: r.line})
	}
	w.col.addEnum(e, w.cur, true, false)
}

func (w *walker) rowSkipped(r tableRow, raw, why string) {
	if raw == "" {
		w.col.diags.Warnf(w.col.pos(r.line), "table row has no value; skipped: %q", r.text())
		return
	}
	w.col.diags.Warnf(w.col.pos(r.line), "table row value %q %s; skipped", raw, why)
}

// text is the row's non-empty cells joined by " | ", for warnings that must
// not lose what the row said.
func (r tableRow) text() string {
	var parts []string
	for _, c := range r.cells {
		if c.text != "" {
			parts = append(parts, c.text)
		}
	}
	return strings.Join(parts, " | ")
}

// headerField returns the field a value column's header names as code
// (call_status in "call_status value"), as a Go name, or "".
func headerField(h string) string {
	for _, w := range strings.Fields(h) {
		if w = trimCodeWord(w); looksLikeCodeName(w) {
			return fieldEnumName(w)
		}
	}
	return ""
}

// keyName is a table's first column header when it can name an enum
// ("Call status"), else "".
func keyName(h string) string {
	if keyHeaders[strings.Join(titleWords(h), " ")] {
		return ""
	}
	return h
}

// modelTable makes a model of a table of fields, and an enum of each
// field whose description lists its values.
//
// A Value column gives each field's value in this table: one value written
// as code is the value the field has here (| `event` | `sessionCreated` |,
// one table per event), and tables of the same field add up to one enum.
func (w *walker) modelTable(t table, c columns) {
	var m *spec.Model
	if w.request {
		// Parameters of a request are no webhook payload: enums only.
	} else if s := w.section(); s != nil && modelName(s.title) != "" {
		m = &spec.Model{Name: modelName(s.title), Description: s.desc, Line: s.line}
	} else {
		w.col.diags.Warnf(w.col.pos(t.line), "table of fields has no heading to name its model; its fields are not kept as a model")
	}
	var enums []*spec.Enum
	for _, r := range t.rows {
		f := w.field(r, c)
		if f == nil {
			continue
		}
		if m != nil {
			m.Fields = append(m.Fields, f)
		}
		if e := w.typeEnum(f, r.at(c[roleType])); e != nil {
			enums = append(enums, e)
		} else if e := w.fieldEnum(f, w.marked(r.at(c[roleDesc]))); e != nil {
			enums = append(enums, e)
		} else if e := w.fieldValue(f, r.at(c[roleWire])); e != nil {
			enums = append(enums, e)
		} else if e := w.possibleValues(f, r.at(c[roleValues])); e != nil {
			enums = append(enums, e)
		} else if e := w.fieldValue(f, r.at(c[roleDesc])); e != nil && isQuoted(r.at(c[roleDesc]).text) {
			enums = append(enums, e) // | event | "newCall" |: the field's one value here
		}
	}
	if m != nil && len(m.Fields) > 0 {
		w.col.addModel(m)
	}
	for _, e := range enums {
		w.col.addEnum(e, w.cur, false, false)
	}
}

// typeEnum returns the enum a field's Type cell lists (enum: a, b).
func (w *walker) typeEnum(f *spec.Field, t cell) *spec.Enum {
	values, ok := typeValues(w.marked(t))
	if !ok {
		return nil
	}
	e := &spec.Enum{Name: fieldEnumName(f.Wire), Line: f.Line}
	for _, v := range values {
		e.Values = append(e.Values, &spec.Value{Wire: v, Line: f.Line})
	}
	f.Enum = e.Name
	return e
}

// fieldEnumName names the enum of a field's values after the field; of a
// dotted path (data.payload.hangup_cause), after its last part.
func fieldEnumName(field string) string {
	if i := strings.LastIndexByte(field, '.'); i >= 0 && i+1 < len(field) {
		field = field[i+1:]
	}
	return naming.Ident(field)
}

// possibleValues returns the enum of a field's "Possible values" cell: a
// list of tokens split by commas, bars or "or" ("true, false"). A cell in
// words ("Number in E.164 format") gives nothing.
func (w *walker) possibleValues(f *spec.Field, c cell) *spec.Enum {
	if c.text == "" {
		return nil
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(c.text, " or ", ","), func(r rune) bool { return r == ',' || r == '|' })
	e := &spec.Enum{Name: fieldEnumName(f.Wire), Line: f.Line}
	for _, p := range parts {
		wire, why := wireValue(p, false)
		if why != "" {
			return nil
		}
		e.Values = append(e.Values, &spec.Value{Wire: wire, Line: f.Line})
	}
	if len(e.Values) < 2 {
		return nil
	}
	f.Enum = e.Name
	return e
}

// fieldValue returns the enum of a field's Value cell: the values it lists
// inline, or the one value it shows as code or quoted.
func (w *walker) fieldValue(f *spec.Field, v cell) *spec.Enum {
	if v.text == "" {
		return nil
	}
	e := &spec.Enum{Name: fieldEnumName(f.Wire), Line: f.Line}
	if values, ok := inlineValues(w.marked(v)); ok {
		e.Values = w.listedValues(values, []Line{{N: f.Line, Text: w.marked(v)}}, e.Name)
	} else if v.code || isQuoted(v.text) {
		if wire, why := wireValue(v.value(), true); why == "" {
			e.Values = []*spec.Value{{Wire: wire, Line: f.Line}}
		}
	}
	if len(e.Values) == 0 {
		return nil
	}
	f.Enum = e.Name
	return e
}

// field reads one row of a table of fields. The name is recorded as the
// document shows it; mapping document names to wire names is a later step.
func (w *walker) field(r tableRow, c columns) *spec.Field {
	raw := r.at(0).value()
	name, why := wireValue(raw, false)
	if why != "" {
		if raw == "" {
			why = "has no name"
		}
		w.col.diags.Warnf(w.col.pos(r.line), "table row field %q %s; skipped", raw, why)
		return nil
	}
	desc, optional := fieldText(r.at(c[roleDesc]).text, r.at(c[roleNotes]).text)
	return &spec.Field{
		Wire:        name,
		SourceName:  name,
		Type:        r.at(c[roleType]).text,
		Optional:    optional || isOptional(r, c),
		Description: desc,
		Line:        r.line,
	}
}

// fieldText joins a field's description and notes, taking out the
// "[optional]" marker generated SDK docs put there.
func fieldText(desc, notes string) (string, bool) {
	optional := false
	var parts []string
	for _, s := range []string{desc, notes} {
		if strings.Contains(s, "[optional]") {
			optional = true
			s = strings.TrimSpace(strings.ReplaceAll(s, "[optional]", ""))
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " "), optional
}

// isOptional reads a Required (✅/❌, yes/no) or Optional column.
func isOptional(r tableRow, c columns) bool {
	if yes, ok := yesNo(r.at(c[roleRequired]).text); ok {
		return !yes
	}
	if yes, ok := yesNo(r.at(c[roleOptional]).text); ok {
		return yes
	}
	return false
}

func yesNo(s string) (yes, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "✅", "✔", "✔️", "✓", "yes", "y", "true", "required", "x":
		return true, true
	case "❌", "✗", "✘", "no", "n", "false", "optional", "-":
		return false, true
	}
	return false, false
}

// fieldEnum returns the enum a field's description lists inline, named
// after the field.
func (w *walker) fieldEnum(f *spec.Field, desc string) *spec.Enum {
	values, ok := inlineValues(desc)
	if !ok {
		return nil
	}
	e := &spec.Enum{Name: fieldEnumName(f.Wire), Line: f.Line}
	e.Values = w.listedValues(values, []Line{{N: f.Line, Text: f.Description}}, e.Name)
	if len(e.Values) == 0 {
		return nil
	}
	f.Enum = e.Name
	return e
}
