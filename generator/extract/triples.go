package extract

import (
	"strings"

	"github.com/docenum/docenum/generator/spec"
)

// A reference of fields copied as text may give each field's name, type
// and description a line each, with no header and no blank line:
//
//	call_state
//	enum
//	Call status ( unknown answered not_answered)
//
// Three such fields at least, the middle line of each a type (string,
// string[], enum, array), making half the paragraph's lines at least, are
// fields: one typed enum, or whose description lists values, gives an
// enum named after it. An enum's values may be words in brackets, spaces
// between them. Below a header naming values (ValueDescription, glued or
// not), the names are values: an enum of them, named after the section.

// tripleField is one field so written.
type tripleField struct {
	name, typ, desc string
	line            int
}

// fieldTriples returns the fields lines give three lines each; nil when
// they are no such reference.
func fieldTriples(lines []Line) []tripleField {
	if len(lines) < 3*minDefinitions {
		return nil
	}
	var fields []tripleField
	for i := 0; i+2 < len(lines); {
		name, typ, desc := strings.TrimSpace(lines[i].Text), strings.TrimSpace(lines[i+1].Text), strings.TrimSpace(lines[i+2].Text)
		if !isFieldName(name) || !typeLine(typ) || desc == "" || typeLine(desc) {
			i++
			continue
		}
		fields = append(fields, tripleField{name: name, typ: typ, desc: desc, line: lines[i].N})
		i += 3
	}
	if len(fields) < minDefinitions || 3*len(fields)*2 < len(lines) {
		return nil
	}
	return fields
}

// typeLine reports a line naming a field's type: string, string[], enum.
func typeLine(s string) bool {
	return strings.EqualFold(s, "enum") || isTypeName(s) && !strings.ContainsAny(s, " ")
}

// tripleEnums adds the enums of fields written three lines each. It
// reports whether lines were such a reference.
func (w *walker) tripleEnums(lines []Line) bool {
	fields := fieldTriples(lines)
	if fields == nil {
		return false
	}
	if valueHeaderAbove(lines, fields[0].line) {
		w.tripleValues(fields)
		return true
	}
	for _, f := range fields {
		values, ok := definitionValues(f.desc)
		if !ok && strings.EqualFold(f.typ, "enum") {
			values, ok = bracketWords(f.desc)
		}
		if !ok {
			values, ok = bareConstants(f.desc)
		}
		if !ok {
			continue
		}
		e := &spec.Enum{Name: fieldEnumName(f.name), Line: f.line}
		e.Values = w.listedValues(values, []Line{{N: f.line + 2, Text: f.desc}}, e.Name)
		w.col.addEnum(e, w.cur, false, false)
	}
	return true
}

// bracketWords reads the last brackets of an enum field's description as
// its values, words with spaces between them: "Call status ( unknown
// answered not_answered)". Two at least, each a token.
func bracketWords(desc string) ([]string, bool) {
	open := strings.LastIndexByte(desc, '(')
	end := strings.LastIndexByte(desc, ')')
	if open < 0 || end < open {
		return nil, false
	}
	words := strings.Fields(desc[open+1 : end])
	for _, v := range words {
		if v != proseToken(v) {
			return nil, false
		}
	}
	return words, len(words) >= 2
}

// valueHeaderAbove reports a table header naming values (Value, Status)
// on the line above line: the triples below it are values, not fields.
func valueHeaderAbove(lines []Line, line int) bool {
	for i := 1; i < len(lines); i++ {
		if lines[i].N != line {
			continue
		}
		title, _, ok := gluedHeader(lines[i-1].Text)
		key := strings.ToLower(title)
		return ok && !fieldHeaders[key] && (valueKeys[key] || isValueTitle(title))
	}
	return false
}

// tripleValues adds the enum of values written three lines each.
func (w *walker) tripleValues(fields []tripleField) {
	e := w.newEnum(fields[0].line, "")
	if e == nil {
		return
	}
	for _, f := range fields {
		e.Values = append(e.Values, &spec.Value{Wire: f.name, Description: f.desc, Line: f.line})
	}
	w.col.addEnum(e, w.cur, true, false)
}
