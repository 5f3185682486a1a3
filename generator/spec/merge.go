package spec

import (
	"strings"
	"unicode"
)

// Merge folds a fresh extraction into the spec on disk and reports what the
// document changed. old may be nil (first extraction): the result is then
// a copy of fresh, with its field naming applied. Merge modifies neither
// argument; the result shares the
// parts merge never changes (Data, Canonical, Columns, Resolvers) with old.
//
// The rules, which are the contract between the extractor and curators:
//
// Ownership. The extractor owns what the document states: description,
// line and (stated) count of enums, values and models, type and optional of
// fields, and which values and fields exist. Everything else is the
// curator's and is never changed: names, prefix, doc, deprecated, data,
// canonical, columns, origin/reason/ref, field wire overrides and enum
// links, and every top-level key (vendor, kind, title, source, format, doc,
// field_naming, resolvers). Clearing a curator field is a decision that
// merge keeps. YAML comments are not kept: write notes in doc, reason or
// canonical.note.
//
// Matching. Enums and models are matched by name; one the document renamed
// is still matched when it shares at least half of its wires (fields) with
// an unmatched enum (model) of the spec, so renaming an enum in the spec is
// safe. Values are matched by wire, fields by source_name (or wire when
// source_name is unset).
//
// Order. Matched and new items follow the document. Items the document no
// longer lists, and curated items, stay right after the item they followed
// in the spec.
//
// Removal. An extracted value or field the document no longer lists is
// kept with removed: true, so old payloads still decode; when it comes back
// it loses the flag. An enum or model the document no longer lists is kept
// with its values (fields) marked removed. Curated items (origin: curated)
// are never marked removed, whatever the document says.
//
// Adoption. A curated item the document now lists (a vendor fixed a row
// whose name was lost, or documented a value curators had added) becomes
// extracted: its origin is dropped, the document's description replaces
// the curated one, reason and ref stay. Drift reports it once.
//
// Nameless rows. A row the extractor cannot name is reported as a warning
// quoting the row text. A curated value whose description is that text
// stands for the row: see ClaimRow, which silences the warning and keeps
// the value's line current. If the row disappears the value stays.
//
// Field wires. When field_naming is "snake" the document shows Python
// attribute names: a new field's wire is WireFromSnake of its source name
// and source_name records the document's spelling. A field whose spec entry
// has source_name set keeps its wire (and name): that is the override.
func Merge(old, fresh *File) (*File, Drift) {
	m := &merger{renamed: map[string]string{}, notes: map[any][]Change{}}
	var out File
	if old == nil {
		out = *fresh
		old = &File{}
	} else {
		out = *old
	}
	m.naming = out.FieldNaming
	out.Enums = m.enums(old.Enums, fresh.Enums)
	out.Models = m.models(old.Models, fresh.Models)
	return &out, m.drift(&out)
}

// merger carries what one Merge learns on the way.
type merger struct {
	naming  string            // the spec's field_naming
	renamed map[string]string // fresh enum name -> spec enum name
	notes   map[any][]Change  // changes by result item (*Enum, *Value, ...)
}

func (m *merger) note(item any, c Change) {
	m.notes[item] = append(m.notes[item], c)
}

// ClaimRow reports whether a curated value of f stands for a row of the
// document that the extractor could not name. text is the row's text or a
// warning message quoting it; line is the row's current line. A curated
// value claims the row when its description appears in text as a whole
// (not inside a longer word); the longest such description wins. The
// claiming value's Line becomes line, so the spec follows the document.
func (f *File) ClaimRow(line int, text string) bool {
	var best *Value
	for _, e := range f.Enums {
		for _, v := range e.Values {
			if v.IsCurated() && quotes(text, v.Description) &&
				(best == nil || len(v.Description) > len(best.Description)) {
				best = v
			}
		}
	}
	if best == nil {
		return false
	}
	best.Line = line
	return true
}

// quotes reports whether s holds sub with no letter or digit touching it.
func quotes(s, sub string) bool {
	if strings.TrimSpace(sub) == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], sub)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(sub)
		if !wordRune(lastRune(s[:start])) && !wordRune(firstRune(s[end:])) {
			return true
		}
		i = start + 1
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return ' '
}

func lastRune(s string) rune {
	r := ' '
	for _, c := range s {
		r = c
	}
	return r
}

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

// FieldNamingSnake is the field_naming of documents that show Python
// attribute names (event_type) for JSON names (eventType).
const FieldNamingSnake = "snake"

// enums merges the enum lists; see Merge.
func (m *merger) enums(old, fresh []*Enum) []*Enum {
	idx := match(enumNames(old), enumNames(fresh))
	matchRenamed(idx, enumWires(old), enumWires(fresh))
	merged := make([]*Enum, len(fresh))
	for i, f := range fresh {
		if j := idx[i]; j >= 0 {
			merged[i] = m.enum(old[j], f)
		} else {
			merged[i] = m.newEnum(f)
		}
		m.renamed[f.Name] = merged[i].Name
	}
	return arrange(old, merged, idx, m.keepEnum)
}

// enum merges one matched enum.
func (m *merger) enum(o, f *Enum) *Enum {
	e := *o
	e.Description, e.Line, e.Count = f.Description, f.Line, f.Count
	if o.Origin == OriginCurated {
		e.Origin = ""
		m.note(&e, Change{Op: Changed, Item: ItemEnum, Name: e.Name,
			Detail: adoptedDetail(f.Line)})
	}
	if o.Description != f.Description {
		m.note(&e, Change{Op: Changed, Item: ItemEnum, Name: e.Name, Detail: "description changed"})
	}
	if o.Count != f.Count {
		m.note(&e, Change{Op: Changed, Item: ItemEnum, Name: e.Name,
			Detail: "stated count " + countText(o.Count) + " → " + countText(f.Count)})
	}
	e.Values = m.values(e.Name, o.Values, f.Values)
	return &e
}

// newEnum takes an enum the spec does not have yet.
func (m *merger) newEnum(f *Enum) *Enum {
	e := *f
	e.Values = copyAll(f.Values)
	m.note(&e, Change{Op: Added, Item: ItemEnum, Name: e.Name, Line: e.Line,
		Detail: plural(len(e.Values), "value")})
	return &e
}

// keepEnum keeps an enum the document no longer lists, marking its
// extracted values removed.
func (m *merger) keepEnum(o *Enum) *Enum {
	e := *o
	e.Values = copyAll(o.Values)
	if o.Origin == OriginCurated {
		return &e
	}
	n := 0
	for _, v := range e.Values {
		if !v.IsCurated() && !v.Removed {
			v.Removed = true
			n++
		}
	}
	if n > 0 {
		m.note(&e, Change{Op: Removed, Item: ItemEnum, Name: e.Name,
			Detail: "no longer in the document; " + plural(n, "value") + " marked removed"})
	}
	return &e
}

// values merges the values of one enum.
func (m *merger) values(enum string, old, fresh []*Value) []*Value {
	idx := match(valueWires(old), valueWires(fresh))
	merged := make([]*Value, len(fresh))
	for i, f := range fresh {
		if j := idx[i]; j >= 0 {
			merged[i] = m.value(enum, old[j], f)
		} else {
			v := *f
			merged[i] = &v
			m.note(&v, Change{Op: Added, Item: ItemValue, Parent: enum, Name: v.Wire, Line: v.Line})
		}
	}
	return arrange(old, merged, idx, func(o *Value) *Value { return m.keepValue(enum, o) })
}

// value merges one matched value.
func (m *merger) value(enum string, o, f *Value) *Value {
	v := *o
	v.Description, v.Line = f.Description, f.Line
	c := Change{Item: ItemValue, Parent: enum, Name: v.Wire}
	if o.Removed {
		v.Removed = false
		m.note(&v, c.with(Added, f.Line, "back in the document"))
	}
	if o.IsCurated() {
		v.Origin = ""
		m.note(&v, c.with(Changed, 0, adoptedDetail(f.Line)))
	}
	if o.Description != f.Description {
		m.note(&v, c.with(Changed, 0, "description changed"))
	}
	return &v
}

// keepValue keeps a value the document does not list.
func (m *merger) keepValue(enum string, o *Value) *Value {
	v := *o
	if !v.IsCurated() && !v.Removed {
		v.Removed = true
		m.note(&v, Change{Op: Removed, Item: ItemValue, Parent: enum, Name: v.Wire, Detail: "removed"})
	}
	return &v
}

// models merges the model lists; see Merge.
func (m *merger) models(old, fresh []*Model) []*Model {
	idx := match(modelNames(old), modelNames(fresh))
	matchRenamed(idx, modelKeys(old), modelKeys(fresh))
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
	c := Change{Op: Changed, Item: ItemModel, Name: md.Name}
	if o.Origin == OriginCurated {
		md.Origin = ""
		m.note(&md, c.with(Changed, 0, adoptedDetail(f.Line)))
	}
	if o.Description != f.Description {
		m.note(&md, c.with(Changed, 0, "description changed"))
	}
	md.Fields = m.fields(md.Name, o.Fields, f.Fields)
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

// keepModel keeps a model the document no longer lists, marking its
// extracted fields removed.
func (m *merger) keepModel(o *Model) *Model {
	md := *o
	md.Fields = copyAll(o.Fields)
	if o.Origin == OriginCurated {
		return &md
	}
	n := 0
	for _, fl := range md.Fields {
		if fl.Origin != OriginCurated && !fl.Removed {
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

// fields merges the fields of one model.
func (m *merger) fields(model string, old, fresh []*Field) []*Field {
	idx := match(fieldKeys(old), fieldKeys(fresh))
	merged := make([]*Field, len(fresh))
	for i, f := range fresh {
		if j := idx[i]; j >= 0 {
			merged[i] = m.field(model, old[j], f)
		} else {
			merged[i] = m.newField(f)
			m.note(merged[i], Change{Op: Added, Item: ItemField, Parent: model,
				Name: merged[i].Wire, Line: f.Line})
		}
	}
	return arrange(old, merged, idx, func(o *Field) *Field { return m.keepField(model, o) })
}

// field merges one matched field.
func (m *merger) field(model string, o, f *Field) *Field {
	fl := *o
	fl.Description, fl.Line, fl.Type, fl.Optional = f.Description, f.Line, f.Type, f.Optional
	if o.SourceName == "" {
		fl.Wire, fl.SourceName = m.wire(f)
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

// newField takes a field the spec does not have yet, applying the spec's
// field naming and following enum renames.
func (m *merger) newField(f *Field) *Field {
	fl := *f
	fl.Wire, fl.SourceName = m.wire(f)
	if name, ok := m.renamed[fl.Enum]; ok {
		fl.Enum = name
	}
	return &fl
}

// wire returns a fresh field's wire and source name under the spec's
// field naming.
func (m *merger) wire(f *Field) (wire, source string) {
	src := fieldKey(f)
	wire = f.Wire
	if m.naming == FieldNamingSnake {
		wire = WireFromSnake(src)
	}
	if src == wire {
		return wire, ""
	}
	return wire, src
}

// keepField keeps a field the document does not list.
func (m *merger) keepField(model string, o *Field) *Field {
	fl := *o
	if fl.Origin != OriginCurated && !fl.Removed {
		fl.Removed = true
		m.note(&fl, Change{Op: Removed, Item: ItemField, Parent: model, Name: fl.Wire, Detail: "removed"})
	}
	return &fl
}

// match pairs each fresh key with the first unused old item of the same
// key: the result holds, per fresh item, the old index or -1.
func match(old, fresh []string) []int {
	byKey := map[string][]int{}
	for j, k := range old {
		byKey[k] = append(byKey[k], j)
	}
	idx := make([]int, len(fresh))
	for i, k := range fresh {
		idx[i] = -1
		if js := byKey[k]; len(js) > 0 {
			idx[i], byKey[k] = js[0], js[1:]
		}
	}
	return idx
}

// matchRenamed pairs fresh items left unmatched with the unmatched old item
// sharing the most members, when they share at least half of the smaller
// member list: an enum renamed in the spec, or by the vendor.
func matchRenamed(idx []int, old, fresh [][]string) {
	used := map[int]bool{}
	for _, j := range idx {
		used[j] = true
	}
	for i := range fresh {
		if idx[i] >= 0 {
			continue
		}
		best, bestN := -1, 0
		for j := range old {
			n := shared(old[j], fresh[i])
			if !used[j] && n > bestN && 2*n >= min(len(old[j]), len(fresh[i])) {
				best, bestN = j, n
			}
		}
		if best >= 0 {
			idx[i], used[best] = best, true
		}
	}
}

func shared(a, b []string) int {
	in := map[string]bool{}
	for _, s := range a {
		in[s] = true
	}
	n := 0
	for _, s := range b {
		if in[s] {
			n++
			in[s] = false
		}
	}
	return n
}

// arrange orders merged (one item per fresh item, in document order) and
// the old items no fresh item matched: each of those stays right after the
// old item it followed that is still matched (or first, when none).
func arrange[T any](old, merged []T, idx []int, keep func(T) T) []T {
	freshOf := make(map[int]int, len(idx))
	for i, j := range idx {
		if j >= 0 {
			freshOf[j] = i
		}
	}
	after := map[int][]T{}
	anchor := -1
	for j, o := range old {
		if i, ok := freshOf[j]; ok {
			anchor = i
			continue
		}
		after[anchor] = append(after[anchor], keep(o))
	}
	out := append([]T{}, after[-1]...)
	for i, item := range merged {
		out = append(out, item)
		out = append(out, after[i]...)
	}
	return out
}

// copyAll copies each element so the result can be changed freely.
func copyAll[T any](items []*T) []*T {
	if items == nil {
		return nil
	}
	out := make([]*T, len(items))
	for i, p := range items {
		c := *p
		out[i] = &c
	}
	return out
}

func enumNames(es []*Enum) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	return out
}

func enumWires(es []*Enum) [][]string {
	out := make([][]string, len(es))
	for i, e := range es {
		out[i] = valueWires(e.Values)
	}
	return out
}

func valueWires(vs []*Value) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Wire
	}
	return out
}

func modelNames(ms []*Model) []string {
	out := make([]string, len(ms))
	for i, md := range ms {
		out[i] = md.Name
	}
	return out
}

func modelKeys(ms []*Model) [][]string {
	out := make([][]string, len(ms))
	for i, md := range ms {
		out[i] = fieldKeys(md.Fields)
	}
	return out
}

func fieldKeys(fs []*Field) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = fieldKey(f)
	}
	return out
}

// fieldKey is the name a field has in the document.
func fieldKey(f *Field) string {
	if f.SourceName != "" {
		return f.SourceName
	}
	return f.Wire
}
