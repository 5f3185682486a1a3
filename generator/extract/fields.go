package extract

// API-model tables that lost their pipes.
//
// SDK docs generated from OpenAPI describe a payload as a Markdown table
// "Name | Type | Description | Notes". Copied as text the pipes are gone and
// each row reads
//
//	event_type str The event type, value can be one of the following: ... [optional]
//
// The header is the words Name Type [Required] [Description] [Possible
// Values] [Notes] on a line of their own (the names' column may be titled
// Parameter or Field; Data Type is Type). A values column glued after the
// description starts at its first full stop a letter follows ("The status
// of the call.busy, invalid"). A line listing values below a row ("Can be
// a, b or c.") goes on with that row, and so do values one to a line, each
// perhaps with its description ("completed - Call ended."), after a row
// ending in a colon. The names' column may be qualified: Request
// Parameter. A row is a field name, a type, then the description; Notes are the
// bracketed words that end the line ([optional], [readonly], [default to
// x]). The type is one token, where brackets and parentheses may hold
// spaces (Dict[str, object], [**Foo**](Foo.md)); it must read as a type: a
// primitive (str, int, bool, float, datetime, ...), a capitalised name
// (CallDirectionEnum), or a generic (list[Foo]). Markdown marks and links
// around names and types are dropped.
//
// The model is named after the nearest title line above the header: a line
// holding one identifier ("DisconnectCallback", "# Call") that is not a
// section word such as Properties. The prose between the title and the
// header becomes the model's description.
//
// A line of the table that is not a row continues the row above when that
// row's text is unfinished (no notes and no full stop yet); otherwise it is
// reported. The table ends at a blank line.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// fieldDefaultModel names a model whose title was not found.
const fieldDefaultModel = "Model"

// parseFields parses API-model rows that lost their table pipes. It returns
// the model, and enums given inline in field descriptions.
func parseFields(file string, lines []Line) (models []*spec.Model, enums []*spec.Enum, diags diag.List, ok bool) {
	r := fieldReader{file: file, diags: &diags, enums: map[string]*spec.Enum{}}
	from := 0
	for {
		at := findFieldsHeader(lines, from)
		if at < 0 {
			return models, enums, diags, ok
		}
		ok = true
		m := r.model(lines[from:at], lines[at])
		if e, n := memberRows(lines[at+1:]); e != nil {
			// SETUPstr"Setup": an enum's members, not a model's fields.
			e.Name, e.Description, e.Line = m.Name, m.Description, m.Line
			enums = append(enums, e)
			from = at + 1 + n
			continue
		}
		cols, _ := fieldsHeaderTitles(lines[at].Text)
		n := r.rows(m, lines[at+1:])
		from = at + 1 + n
		if len(m.Fields) == 0 {
			r.warnf(lines[at].N, "model %s: table has a header but no rows", m.Name)
			continue
		}
		if slices.Index(cols, "required") > slices.Index(cols, "description") {
			trimRequiredFlags(m) // ...COMPLETED/FAILEDYes: the Required cell glued after the description
		}
		models = append(models, m)
		enums = append(enums, r.inlineEnums(m, cols[len(cols)-1] == "values")...)
	}
}

// trimRequiredFlags cuts from the end of each field's description the
// Required cell a header titled "Description Required" glues to it
// ("Status: COMPLETED/FAILEDYes"): Yes or No, glued to the text before.
func trimRequiredFlags(m *spec.Model) {
	for _, f := range m.Fields {
		for _, flag := range []string{"Yes", "No"} {
			if rest, ok := strings.CutSuffix(f.Description, flag); ok && rest != "" && !textLetterByte(rest[len(rest)-1]) || ok && rest != "" && textUpperByte(rest[len(rest)-1]) {
				f.Description = strings.TrimSpace(rest)
				break
			}
		}
	}
}

// fieldReader holds what parseFields shares between tables.
type fieldReader struct {
	file  string
	diags *diag.List
	enums map[string]*spec.Enum // by name, across the tables of lines
}

func (r *fieldReader) warnf(line int, format string, args ...any) {
	r.diags.Warnf(diag.Pos{File: r.file, Line: line}, format, args...)
}

// findFieldsHeader returns the index of the first header at or after from,
// or -1.
func findFieldsHeader(lines []Line, from int) int {
	for i := from; i < len(lines); i++ {
		if isFieldsHeader(lines[i].Text) {
			return i
		}
	}
	return -1
}

// isFieldsHeader reports a "Name Type [Description] [Notes]" line, its
// titles maybe glued together ("NameTypeDescription", a table copied from
// a web page) and written as reference sites write them: Parameter Name
// (* - Mandatory), Data Type, Description, Possible Values.
func isFieldsHeader(text string) bool {
	_, ok := fieldsHeaderTitles(text)
	return ok
}

// fieldsHeaderTitles returns the columns of a fields header, each one of
// fieldsColumns, and whether text is one.
func fieldsHeaderTitles(text string) ([]string, bool) {
	if len(text) > 100 || !containsFoldASCII(text, "type") {
		return nil, false // every header has a type column: most lines end here
	}
	parts := strings.Fields(text)
	for i, p := range parts {
		parts[i] = splitTitleCase(p) // "NameData Type": titles glued in a spaced header
	}
	t := strings.ToLower(strings.Join(parts, " "))
	for {
		i := strings.IndexByte(t, '(')
		j := strings.IndexByte(t[max(i, 0):], ')')
		if i < 0 || j < 0 {
			break
		}
		t = t[:i] + " " + t[i+j+1:] // "(* - Mandatory)": a note on the column
	}
	words := strings.FieldsFunc(t, func(r rune) bool {
		return textIsSpace(r) || r == '|' || r == '*'
	})
	var cols []string
	for len(words) > 0 {
		col, n := fieldsColumn(words, len(cols) == 0)
		if n == 0 {
			return nil, false
		}
		cols, words = append(cols, col), words[n:]
	}
	if len(cols) < 2 || cols[0] != "name" || cols[1] != "type" {
		return nil, false
	}
	// The columns after the type come in the order of fieldsColumns;
	// Required and Default may come anywhere after it (Description
	// Required Default Value), once each.
	next, seen := 2, map[string]bool{}
	for _, c := range cols[2:] {
		if c == "required" || c == "default" {
			if seen[c] {
				return nil, false
			}
			seen[c] = true
			continue
		}
		for next < len(fieldsColumns) && fieldsColumns[next] != c {
			next++
		}
		if next == len(fieldsColumns) {
			return nil, false
		}
		next++
	}
	return cols, true
}

// nameQualifiers say where the fields of a table go: "Request Parameter".
var nameQualifiers = map[string]bool{"request": true, "response": true, "query": true, "path": true, "body": true, "header": true, "event": true, "payload": true, "callback": true, "webhook": true}

// hasLower reports whether s holds an ASCII lower-case letter.
func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if textLowerByte(s[i]) {
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s holds word, a lower-case ASCII
// word, in any case, without allocating.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// fieldsColumns are the columns of a fields header, in their order.
var fieldsColumns = []string{"name", "type", "required", "description", "values", "notes", "default"}

// fieldsColumn reads the title words start with: its column, and the
// words it takes (0 for none). The first title may name the column of
// names as the field or parameter it holds.
func fieldsColumn(words []string, first bool) (string, int) {
	two := ""
	if len(words) > 1 {
		two = words[0] + " " + words[1]
	}
	switch {
	case two == "data type":
		return "type", 2
	case two == "possible values" || two == "allowed values":
		return "values", 2
	case first && (two == "parameter name" || two == "field name" || two == "property name" || two == "attribute name"):
		return "name", 2
	case first && len(words) > 1 && nameQualifiers[words[0]] && (fieldHeaders[words[1]] || words[1] == "name"):
		return "name", 2 // Request Parameter, Response Field
	case first && (words[0] == "parameter" || words[0] == "field" || words[0] == "property" || words[0] == "attribute"):
		return "name", 1
	case words[0] == "mandatory":
		return "required", 1
	case two == "default value":
		return "default", 2
	}
	for _, c := range fieldsColumns {
		if words[0] == c {
			return c, 1
		}
	}
	return "", 0
}

// splitTitleCase puts a space before each capital that follows a
// lower-case letter in a single word ("NameTypeDescription" -> "Name Type
// Description"); text with spaces is returned as it is.
func splitTitleCase(text string) string {
	t := strings.TrimSpace(text)
	if strings.ContainsFunc(t, textIsSpace) {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if i > 0 && textUpperByte(t[i]) && textLowerByte(t[i-1]) {
			b.WriteByte(' ')
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// model starts the model of the table whose header is header; before holds
// the lines between the previous table and the header.
func (r *fieldReader) model(before []Line, header Line) *spec.Model {
	i := fieldTitleIndex(before)
	if i < 0 {
		r.warnf(header.N, "no title line above the model table; the model is named %s", fieldDefaultModel)
		return &spec.Model{Name: fieldDefaultModel, Line: header.N}
	}
	return &spec.Model{
		Name:        fieldTitle(before[i].Text),
		Description: fieldModelDescription(before[i+1:]),
		Line:        before[i].N,
	}
}

// fieldSectionWords are headings that name a part of a model page, not the
// model.
var fieldSectionWords = map[string]bool{
	"properties": true, "property": true, "attributes": true, "fields": true,
	"parameters": true, "params": true, "members": true, "schema": true,
	"model": true, "models": true, "example": true, "examples": true,
	"description": true, "definition": true, "response": true, "request": true,
	"body": true, "payload": true, "returns": true, "notes": true,
	"overview": true, "summary": true, "contents": true,
	// An HTTP method (Request Method: POST) names the request, no model.
	"get": true, "post": true, "put": true, "patch": true, "delete": true,
	"operations": true,
	// The same sections in Russian: examples, operations, description,
	// parameters, request, response.
	"примеры": true, "пример": true, "операции": true, "описание": true,
	"параметры": true, "запрос": true, "ответ": true,
}

// fieldTitleIndex returns the index of the nearest title line, or -1.
func fieldTitleIndex(before []Line) int {
	for i := len(before) - 1; i >= 0; i-- {
		t := fieldTitle(before[i].Text)
		if isFieldIdent(t) && !fieldSectionWords[strings.ToLower(t)] {
			return i
		}
	}
	return -1
}

// fieldTitle strips heading and emphasis marks from a line.
func fieldTitle(text string) string {
	t := strings.TrimLeft(textNormalize(text), "# ")
	return strings.Trim(t, "*`_ ")
}

// isFieldIdent reports a single identifier: a letter, then letters, digits
// and underscores.
func isFieldIdent(s string) bool {
	if s == "" || !textLetterByte(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !textAlnumByte(s[i]) && s[i] != '_' {
			return false
		}
	}
	return true
}

// fieldModelDescription joins the prose lines between a title and its
// table, leaving out section headings.
func fieldModelDescription(lines []Line) string {
	var parts []string
	for _, l := range lines {
		if t := textNormalize(l.Text); t != "" && !fieldSectionWords[strings.ToLower(fieldTitle(t))] {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// rows reads the table's rows into m and returns how many lines it used.
func (r *fieldReader) rows(m *spec.Model, rest []Line) int {
	seen := map[string]int{}
	var last *fieldRowText
	defer func() { last.finish() }()
	for i, l := range rest {
		if textBlank(l.Text) {
			return i
		}
		f, ok := parseFieldRow(l)
		if !ok && (last.unfinished() || last != nil && listsValues(l.Text)) {
			// A row's text goes on, or its values follow its sentence on
			// a line of their own: "Can be out_of_hours, no_agent or busy."
			last.extend(l.Text)
			continue
		}
		last.finish()
		last = nil
		switch {
		case ok && seen[f.Wire] > 0:
			r.warnf(l.N, "model %s: duplicate field %s (first at line %d); row ignored", m.Name, f.Wire, seen[f.Wire])
		case ok:
			seen[f.Wire] = l.N
			m.Fields = append(m.Fields, f)
			last = newFieldRowText(f, l.Text)
		default:
			r.warnf(l.N, "model %s: cannot read row (want: name type description [notes]): %s", m.Name, textQuote(textNormalize(l.Text)))
		}
	}
	return len(rest)
}

// listsValues reports a line that lists values as prose does.
func listsValues(text string) bool {
	_, ok := inlineValues(text)
	return ok
}

// fieldRowText keeps the text after a row's type, line by line, so a row
// wrapped over several lines is read once it is complete.
type fieldRowText struct {
	f       *spec.Field
	parts   []string
	listing bool // the last line was a value of a list (see extend)
}

func newFieldRowText(f *spec.Field, text string) *fieldRowText {
	_, _, tail, _ := fieldRowParts(textNormalize(text))
	return &fieldRowText{f: f, parts: []string{tail}}
}

// unfinished reports whether the row's text seems to go on on the next
// line: its last line has no notes and no full stop at the end.
func (t *fieldRowText) unfinished() bool {
	if t == nil {
		return false
	}
	d, notes := fieldCutNotes(t.parts[len(t.parts)-1])
	return len(notes) == 0 && d != "" && !strings.ContainsAny(d[len(d)-1:], ".!?")
}

func (t *fieldRowText) extend(text string) {
	text = textNormalize(text)
	// A value alone on a line after "Values can be:" (or after another
	// such value) is an item of the list the text is giving.
	last := &t.parts[len(t.parts)-1]
	described := false
	if strings.HasSuffix(*last, ":") || t.listing {
		// "completed - Call ended after having been connected.": a value
		// and its description, one to a line.
		if token, _, ok := valueLineOf(text, true); ok && !strings.Contains(token, " ") {
			text, described = token, true
		}
	}
	if (isLineValue(text) || described) && (strings.HasSuffix(*last, ":") || t.listing) {
		*last += map[bool]string{true: " ", false: ", "}[strings.HasSuffix(*last, ":")] + text
		t.listing = true
		return
	}
	t.listing = false
	t.parts = append(t.parts, text)
}

// isLineValue reports a line that is one value written as a constant
// (CALL_INITIATED, no-answer).
func isLineValue(text string) bool {
	if _, why := wireValue(text, false); why != "" || strings.Contains(text, " ") {
		return false
	}
	return tokenShape(text) == shapeConst
}

// finish reads the description and notes of a wrapped row.
func (t *fieldRowText) finish() {
	if t != nil && (len(t.parts) > 1 || t.listing) {
		t.f.Description, t.f.Optional = fieldDescription(strings.Join(t.parts, " "))
	}
}

// parseFieldRow reads one row "name type description [notes]". ok is false
// when the line is not such a row.
func parseFieldRow(line Line) (*spec.Field, bool) {
	s := textNormalize(line.Text)
	if isFieldsHeader(s) {
		return nil, false
	}
	name, typ, tail, ok := fieldRowParts(s)
	if !ok {
		return nil, false
	}
	desc, optional := fieldDescription(tail)
	return &spec.Field{
		Wire: name, SourceName: name, Type: typ, Optional: optional,
		Description: desc, Line: line.N,
	}, true
}

// fieldRowParts splits a row into its name, its type and the text after
// them: words split by spaces, else cells glued together.
func fieldRowParts(s string) (name, typ, tail string, ok bool) {
	if name, typ, tail, ok := flaggedFieldRow(s); ok {
		return name, typ, tail, true
	}
	name, rest := fieldCutName(s)
	typ, tail = fieldCutType(rest)
	desc, _ := fieldDescription(tail)
	gName, gType, gTail, glued := gluedFieldRow(s)
	if glued && len(gName) < len(name) {
		return gName, gType, gTail, true // "voiceuriStringThe file path": the first word is cells
	}
	if isFieldName(name) && isFieldType(typ) && !fieldTypeIsWord(typ, desc) {
		return name, typ, tail, true
	}
	return gName, gType, gTail, glued
}

// gluedTypes are the type names a glued row may carry between its field
// name and its description, longest first where one starts another.
var gluedTypes = []string{"String", "Integer", "Int", "Number", "Boolean", "Bool", "Object",
	"Array", "DateTime", "Datetime", "Date", "Timestamp", "Float", "Double", "Long", "List",
	"Map", "UUID", "Enum", "Decimal",
	// Warehouse tables write types in capitals.
	"STRING", "INTEGER", "NUMBER", "BOOLEAN", "OBJECT", "ARRAY", "DATETIME", "DATE",
	"TIMESTAMP", "FLOAT", "DOUBLE", "VARCHAR", "VARIANT", "DECIMAL"}

// gluedFieldRow reads a row whose cells were glued together, the type a
// capitalised primitive between the name and the description:
// "callStatusStringStatus of the call" is callStatus, String, "Status of
// the call". The type must follow the name directly and be followed by
// something that cannot go on a word (a capital, a digit, a quote, a
// space or the end).
func gluedFieldRow(s string) (name, typ, rest string, ok bool) {
	word, _, _ := strings.Cut(s, " ")
	best := -1
	for _, t := range gluedTypes {
		for from := 1; from < len(word); {
			i := strings.Index(word[from:], t)
			if i < 0 {
				break
			}
			at := from + i
			end := at + len(t)
			name := strings.TrimSuffix(word[:at], "*")
			// CALL_UPDATED is a constant, no field call_up of type DATE.
			constant := !hasLower(t) && !hasLower(name)
			if !constant && isFieldName(name) && (end == len(s) || !textLowerByte(s[end])) && (best < 0 || at < best) {
				best, typ = at, t
			}
			from = at + 1
		}
	}
	if best < 0 {
		return "", "", "", false
	}
	end := best + len(typ)
	if end < len(s) && s[end] == '_' {
		// A variant in capitals (Timestamp_NTZ), up to the capital that
		// starts the description: Timestamp_NTZTimestamp when ...
		k := end + 1
		for k < len(s) && (textUpperByte(s[k]) || textDigitByte(s[k]) || s[k] == '_') {
			k++
		}
		if k < len(s) && textLowerByte(s[k]) {
			k--
		}
		typ, end = s[best:k], k
	}
	// "state*String...": a star marks a mandatory field.
	return strings.TrimSuffix(word[:best], "*"), typ, strings.TrimSpace(s[end:]), true
}

// flaggedFieldRow reads a row whose cells were glued together, a type in
// lower case and perhaps flags (read-only, mandatory) between the name and
// the description: "callback_sourcestringfalsefalseThe source of ..." is
// callback_source, string, "The source of ...". The name must be a field
// name that ends in a lower-case letter or a digit, and the description
// must start with a capital.
func flaggedFieldRow(s string) (name, typ, rest string, ok bool) {
	end := 0
	for end < len(s) && (textAlnumByte(s[end]) || s[end] == '_') {
		end++
	}
	token := s[:end]
	for k := 1; k < len(token); k++ {
		if !textLowerByte(token[k-1]) && !textDigitByte(token[k-1]) {
			continue
		}
		if c := token[k]; c != 's' && c != 'i' && c != 'n' && c != 'b' && c != 'o' && c != 'a' && c != 'd' && c != 't' && c != 'f' && c != 'l' {
			continue // no type starts here: the common case
		}
		for _, t := range flaggedTypes {
			after, found := strings.CutPrefix(token[k:], t)
			if !found {
				continue
			}
			for {
				if r, ok := strings.CutPrefix(after, "true"); ok {
					after = r
				} else if r, ok := strings.CutPrefix(after, "false"); ok {
					after = r
				} else {
					break
				}
			}
			if after != "" && textUpperByte(after[0]) && isFieldName(token[:k]) {
				return token[:k], t, strings.TrimSpace(s[end-len(after):]), true
			}
		}
	}
	return "", "", "", false
}

// typedFieldLine reads a line that is a field's name and its type, its
// cells glued together, and no description: "directionstring必須",
// "hangup_sidestringrequired"; a flag word (required, or one in a
// script without Latin letters, 必須) may end it.
func typedFieldLine(s string) (name string, ok bool) {
	s = strings.TrimSpace(s)
	end := 0
	for end < len(s) && (textAlnumByte(s[end]) || s[end] == '_' || s[end] == '.') {
		end++
	}
	token, flag := s[:end], strings.TrimSpace(s[end:])
	if flag != "" && !fieldFlags[strings.ToLower(flag)] && (strings.ContainsAny(flag, " \t") || strings.IndexFunc(flag, isLatinLetter) >= 0) {
		return "", false
	}
	for _, f := range []string{"required", "optional", "mandatory"} {
		if t, cut := strings.CutSuffix(token, f); cut && flag == "" {
			token = t // "hangup_sidestringrequired"
			break
		}
	}
	for k := 1; k < len(token); k++ {
		for _, t := range flaggedTypes {
			if token[k:] == t && textLowerByte(token[0]) && isFieldName(token[:k]) {
				return strings.TrimSuffix(token[:k], "."), true
			}
		}
	}
	return "", false
}

// fieldFlags are the words in Latin letters that may end a field's name
// and type.
var fieldFlags = map[string]bool{"required": true, "optional": true, "mandatory": true}

func isLatinLetter(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }

// flaggedTypes are the types flaggedFieldRow knows, in lower case,
// longest first where one starts another.
var flaggedTypes = []string{"string", "integer", "int", "number", "boolean", "bool", "object", "array", "datetime", "date", "timestamp", "float", "double", "long"}

// fieldCutName splits the first word off s, without Markdown marks.
func fieldCutName(s string) (name, rest string) {
	name, rest, _ = strings.Cut(s, " ")
	return strings.Trim(name, "*`"), rest
}

// isFieldName reports a field name: a letter, "_", "$" or "@", then
// letters, digits and "_", ".", "-", "$", "@".
func isFieldName(s string) bool {
	if s == "" || len(s) > 100 || !(textLetterByte(s[0]) || strings.IndexByte("_$@", s[0]) >= 0) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !textAlnumByte(s[i]) && strings.IndexByte("_.-$@", s[i]) < 0 {
			return false
		}
	}
	return true
}

// fieldCutType splits the type off s: the first word, where brackets and
// parentheses may hold spaces. The type comes back without Markdown marks.
func fieldCutType(s string) (typ, rest string) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case ' ':
			if depth == 0 {
				return fieldCleanType(s[:i]), s[i+1:]
			}
		}
		if depth < 0 {
			return "", s
		}
	}
	if depth != 0 {
		return "", s
	}
	return fieldCleanType(s), ""
}

// fieldCleanType drops emphasis, code marks and a link around a type:
// [**list[Foo]**](Foo.md) -> list[Foo].
func fieldCleanType(t string) string {
	t = typeMarks.Replace(t)
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, ")") {
		if i := strings.Index(t, "]("); i > 0 {
			t = t[1:i]
		}
	}
	return t
}

// fieldPrimitives are the scalar and container types SDK docs name.
var fieldPrimitives = map[string]bool{
	"str": true, "string": true, "int": true, "integer": true, "int32": true,
	"int64": true, "long": true, "float": true, "double": true, "number": true,
	"decimal": true, "bool": true, "boolean": true, "datetime": true,
	"date": true, "time": true, "object": true, "dict": true, "list": true,
	"array": true, "map": true, "any": true, "bytes": true, "bytearray": true,
	"uuid": true, "file": true, "none": true,
}

// isFieldType reports whether t reads as a type: a primitive, a capitalised
// name (CallDirectionEnum), or a generic (list[Foo], Dict[str, object]).
func isFieldType(t string) bool {
	open, close := "[", "]"
	if strings.Contains(t, "<") {
		open, close = "<", ">" // Object<Call_Info>, List<String>
	}
	base, args, generic := strings.Cut(t, open)
	if !isFieldIdent(base) {
		return false
	}
	if generic {
		return strings.HasSuffix(args, close) && isFieldTypeArgs(args[:len(args)-len(close)])
	}
	return fieldPrimitives[strings.ToLower(t)] || textUpperByte(t[0])
}

// fieldTypeIsWord reports a capitalised "type" that is the first word of a
// sentence ("format The file format."): descriptions start with a capital,
// so one starting lower-case means the type column is missing.
func fieldTypeIsWord(typ, desc string) bool {
	return !fieldPrimitives[strings.ToLower(typ)] && !strings.Contains(typ, "[") && textStartsLower(desc)
}

// isFieldTypeArgs reports the inside of a generic's brackets.
func isFieldTypeArgs(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !textAlnumByte(s[i]) && strings.IndexByte("_., []", s[i]) < 0 {
			return false
		}
	}
	return true
}

// fieldDescription splits the Notes off the text after the type and
// reports whether they say [optional].
func fieldDescription(tail string) (desc string, optional bool) {
	desc, notes := fieldCutNotes(tail)
	for _, n := range notes {
		optional = optional || n == "optional"
	}
	return desc, optional
}

// fieldCutNotes removes the bracketed notes that end s ("... [optional]")
// and returns them lower-cased, last first.
func fieldCutNotes(s string) (desc string, notes []string) {
	s = strings.TrimSpace(s)
	for strings.HasSuffix(s, "]") {
		j := strings.LastIndexByte(s[:len(s)-1], '[')
		if j < 0 {
			break
		}
		note := strings.ToLower(strings.TrimSpace(s[j+1 : len(s)-1]))
		if !isFieldNote(note) {
			break
		}
		notes = append(notes, note)
		s = strings.TrimSpace(s[:j])
	}
	return s, notes
}

// isFieldNote reports the words of a Notes column.
func isFieldNote(n string) bool {
	switch n {
	case "optional", "readonly", "read-only", "read only", "required", "deprecated", "nullable", "writeonly":
		return true
	}
	return strings.HasPrefix(n, "default to ") || strings.HasPrefix(n, "default: ") || strings.HasPrefix(n, "defaults to ")
}

// inlineEnums returns the enums listed in the descriptions of m's fields
// and links each field to its enum.
func (r *fieldReader) inlineEnums(m *spec.Model, valuesColumn bool) []*spec.Enum {
	var out []*spec.Enum
	for _, f := range m.Fields {
		values, ok := fieldTextValues(f.Description)
		if !ok && valuesColumn {
			var desc string
			f.Description = strings.TrimSuffix(f.Description, "--") // an empty cell
			if desc, values, ok = gluedValuesCell(f.Description); ok {
				f.Description = desc
			}
		}
		if !ok {
			continue
		}
		e := r.fieldEnum(m, f, values)
		if prev := r.enums[e.Name]; prev != nil {
			if fieldSameWires(prev, e) {
				f.Enum = e.Name
			} else {
				r.warnf(f.Line, "model %s: field %s lists other values than enum %s (line %d); not linked", m.Name, f.Wire, e.Name, prev.Line)
			}
			continue
		}
		r.enums[e.Name] = e
		f.Enum = e.Name
		out = append(out, e)
	}
	return out
}

// gluedValuesCell splits the description of a row whose last cell, its
// possible values, was glued to it: "The status of the call.busy,
// invalid, noanswer" is "The status of the call." and busy, invalid,
// noanswer. The cell starts after the first full stop a letter follows,
// and holds tokens only, one or more split by commas; a cell in words
// ("Accepts an alphanumeric value.") or a dash holds none.
func gluedValuesCell(desc string) (string, []string, bool) {
	at := -1
	for i := 1; i+1 < len(desc); i++ {
		if desc[i] == '.' && textLowerByte(desc[i-1]) && textLetterByte(desc[i+1]) {
			at = i + 1
			break
		}
	}
	if at < 0 || !strings.Contains(desc[:at], " ") {
		return "", nil, false
	}
	var values []string
	for _, item := range strings.Split(desc[at:], ",") {
		item = strings.TrimSpace(item)
		if _, why := wireValue(item, false); why != "" || strings.ContainsAny(item, " .") {
			return "", nil, false
		}
		values = append(values, item)
	}
	return desc[:at], values, true
}

// fieldEnum builds the enum a field lists inline.
func (r *fieldReader) fieldEnum(m *spec.Model, f *spec.Field, values []string) *spec.Enum {
	e := &spec.Enum{Name: naming.Ident(f.Wire), Description: f.Description, Line: f.Line}
	e.Count, _ = statedCount(f.Description)
	seen := map[string]bool{}
	for _, v := range values {
		if seen[v] {
			r.warnf(f.Line, "model %s: field %s lists %s twice", m.Name, f.Wire, v)
			continue
		}
		seen[v] = true
		e.Values = append(e.Values, &spec.Value{Wire: v, Line: f.Line})
	}
	return e
}

// fieldSameWires reports whether two enums list the same wires in order.
func fieldSameWires(a, b *spec.Enum) bool {
	if len(a.Values) != len(b.Values) {
		return false
	}
	for i := range a.Values {
		if a.Values[i].Wire != b.Values[i].Wire {
			return false
		}
	}
	return true
}

// memberRow is a row of an enum's page in a model's table layout: the
// member's constant, its type, its wire quoted (SETUPstr"Setup", or with
// spaces between the cells).
var memberRow = regexp.MustCompile(`^([A-Z][A-Z0-9_]*)\s*(?:str|string|String|int|integer|number)\s*"([^"]+)"$`)

// memberRows reads the rows below a model header when they are all an
// enum's members: the enum of their quoted wires, and the lines read; nil
// when the first row is no member.
func memberRows(rest []Line) (*spec.Enum, int) {
	e := &spec.Enum{}
	n := 0
	for ; n < len(rest); n++ {
		m := memberRow.FindStringSubmatch(strings.TrimSpace(rest[n].Text))
		if m == nil {
			break
		}
		e.Values = append(e.Values, &spec.Value{Wire: m[2], Line: rest[n].N})
	}
	if len(e.Values) < 2 {
		return nil, 0
	}
	return e, n
}

// typeMarks are the marks around a type cell's words (**str**, `int`).
var typeMarks = strings.NewReplacer("**", "", "`", "")
