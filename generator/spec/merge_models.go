package spec

import (
	"strings"
	"unicode"
)

// FieldNamingSnake is the field_naming of documents that show Python
// attribute names (event_type) for JSON names (eventType).
const FieldNamingSnake = "snake"

// WireFromSnake returns the JSON name for a Python attribute name of an
// SDK generated from an API description: lowerCamelCase, and a leading
// "var_" (the generator's escape for a reserved word) dropped.
//
//	event_type -> eventType
//	var_from   -> from
//	call_id    -> callId
func WireFromSnake(name string) string {
	if rest, ok := strings.CutPrefix(name, "var_"); ok && rest != "" {
		name = rest
	}
	var b strings.Builder
	for _, part := range strings.Split(name, "_") {
		if part == "" {
			continue
		}
		if b.Len() > 0 {
			r := []rune(part)
			part = string(unicode.ToUpper(r[0])) + string(r[1:])
		}
		b.WriteString(part)
	}
	if b.Len() == 0 {
		return name
	}
	return b.String()
}

// models merges the model lists.
func (m *merger) models(old, fresh []*Model) []*Model {
	idx := match(nil, keys(old, (*Model).name), keys(fresh, (*Model).name))
	matchRenamed(idx, keys(old, (*Model).wires), m.modelWires(fresh))
	merged := make([]*Model, len(fresh))
	for i, f := range fresh {
		if j := idx[i]; j >= 0 {
			merged[i] = m.model(old[j], f)
		} else {
			merged[i] = m.newModel(f)
		}
	}
	return arrange(old, merged, idx, m.keepModel)
}

// model merges one matched model.
func (m *merger) model(o, f *Model) *Model {
	md := *o
	md.Description, md.Line = f.Description, f.Line
	if o.Description != f.Description {
		m.note(&md, Change{Op: Changed, Item: ItemModel, Name: md.Name, Detail: "description changed"})
	}
	md.Fields = m.fields(&md, o.Fields, f.Fields)
	return &md
}

// newModel takes a model the spec does not have yet.
func (m *merger) newModel(f *Model) *Model {
	md := *f
	md.Fields = make([]*Field, len(f.Fields))
	for i, fl := range f.Fields {
		md.Fields[i] = m.newField(fl)
	}
	m.note(&md, Change{Op: Added, Item: ItemModel, Name: md.Name, Line: md.Line,
		Detail: plural(len(md.Fields), "field")})
	return &md
}

// keepModel keeps a model the document no longer lists, its extracted
// fields marked removed.
func (m *merger) keepModel(o *Model) *Model {
	md := *o
	md.Fields = copyAll(o.Fields)
	n := 0
	for _, fl := range md.Fields {
		fl.Line = 0
		if !md.keeps(fl) && !fl.Removed {
			fl.Removed = true
			n++
		}
	}
	if n > 0 {
		m.note(&md, Change{Op: Removed, Item: ItemModel, Name: md.Name,
			Detail: "no longer in the document; " + plural(n, "field") + " marked removed"})
	}
	return &md
}

// keeps reports whether fl is curated, by its own origin or its model's.
func (md *Model) keeps(fl *Field) bool {
	return fl.Origin == OriginCurated || md.Origin == OriginCurated
}

// fields merges the fields of model md: first by the document's name,
// then by the wire the naming rule gives for it.
func (m *merger) fields(md *Model, old, fresh []*Field) []*Field {
	idx := match(nil, keys(old, docName), keys(fresh, docName))
	idx = match(idx, keys(old, (*Field).wire), m.fieldWires(fresh))
	merged := make([]*Field, len(fresh))
	for i, f := range fresh {
		if j := idx[i]; j >= 0 {
			merged[i] = m.field(md.Name, old[j], f)
		} else {
			merged[i] = m.newField(f)
			m.note(merged[i], Change{Op: Added, Item: ItemField, Parent: md.Name,
				Name: merged[i].Wire, Line: f.Line})
		}
	}
	return arrange(old, merged, idx, func(o *Field) *Field { return m.keepField(md, o) })
}

// field merges one matched field.
func (m *merger) field(model string, o, f *Field) *Field {
	fl := *o
	fl.Description, fl.Line, fl.Type, fl.Optional = f.Description, f.Line, f.Type, f.Optional
	if o.SourceName == "" {
		fl.Wire = m.wire(f)
	}
	c := Change{Item: ItemField, Parent: model, Name: fl.Wire}
	for _, d := range fieldDiffs(o, &fl) {
		m.note(&fl, c.with(Changed, 0, d))
	}
	if o.Removed {
		fl.Removed = false
		m.note(&fl, c.with(Added, f.Line, "back in the document"))
	}
	if o.Origin == OriginCurated {
		fl.Origin = ""
		m.note(&fl, c.with(Changed, 0, adoptedDetail(f.Line)))
	}
	return &fl
}

// fieldDiffs describes what the document changed about a field.
func fieldDiffs(o, n *Field) []string {
	var ds []string
	if o.Wire != n.Wire {
		ds = append(ds, "wire "+o.Wire+" → "+n.Wire)
	}
	if o.Type != n.Type {
		ds = append(ds, "type "+orNone(o.Type)+" → "+orNone(n.Type))
	}
	if o.Optional != n.Optional {
		ds = append(ds, map[bool]string{true: "now optional", false: "now required"}[n.Optional])
	}
	if o.Description != n.Description {
		ds = append(ds, "description changed")
	}
	return ds
}

// newField takes a field the spec does not have yet: its wire follows the
// naming rule (so source_name is not needed) and its enum link follows the
// spec's name for the enum.
func (m *merger) newField(f *Field) *Field {
	fl := *f
	fl.Wire, fl.SourceName = m.wire(f), ""
	if name, ok := m.renamed[fl.Enum]; ok {
		fl.Enum = name
	}
	return &fl
}

// wire is the wire the naming rule gives a field of the document.
func (m *merger) wire(f *Field) string {
	if m.snake {
		return WireFromSnake(docName(f))
	}
	return docName(f)
}

// keepField keeps a field the document does not list.
func (m *merger) keepField(md *Model, o *Field) *Field {
	fl := *o
	fl.Line = 0
	if !md.keeps(&fl) && !fl.Removed {
		fl.Removed = true
		m.note(&fl, Change{Op: Removed, Item: ItemField, Parent: md.Name, Name: fl.Wire, Detail: "removed"})
	}
	return &fl
}

// docName is the name the document shows for a field.
func docName(f *Field) string {
	if f.SourceName != "" {
		return f.SourceName
	}
	return f.Wire
}

// fieldWires of fresh fields are the wires the naming rule gives them.
func (m *merger) fieldWires(fs []*Field) []string { return keys(fs, m.wire) }

func (m *merger) modelWires(ms []*Model) [][]string {
	return keys(ms, func(md *Model) []string { return m.fieldWires(md.Fields) })
}

// Keys that match and matchRenamed pair models and fields by.
func (md *Model) name() string    { return md.Name }
func (md *Model) wires() []string { return keys(md.Fields, (*Field).wire) }
func (f *Field) wire() string     { return f.Wire }
