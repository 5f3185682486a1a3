package extract

// Tables of fields: a model of a webhook payload, and the enum each field's
// Type, Description, Value or Possible values cell lists.

import (
	"strings"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

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
