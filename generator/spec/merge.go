package spec

import "slices"

// Merge folds a fresh extraction into the spec on disk and reports what the
// document changed. old may be nil (first extraction): the result is then a
// copy of fresh with the field naming applied. Merge modifies neither
// argument; the result shares what merge never changes with old (Data,
// Canonical, Columns, Resolvers) and with fresh (the values of an enum new
// to the spec).
//
// The rules, the contract between the extractor and curators:
//
// Ownership. The extractor owns what the document states: description,
// line and stated count of enums, values and models, type and optional of
// fields, and which values and fields exist. Everything else belongs to
// curators and merge never changes it: names, prefix, doc, deprecated,
// data, canonical, columns, origin (but see Adoption), reason, ref, field
// wires that override the naming rule, enum links, ignore (an enum, value,
// model or field left out of the generated code: matched like any other,
// it stays, so the document cannot add it back), a field's go_type (its
// Go type, whatever type the document states), and every top-level key
// (vendor, kind, title, source, format, select, doc, field_naming,
// mapping, resolvers). A curator field left empty stays empty. Merge works
// on Files, which hold no YAML comments: KeepComments carries those of the
// spec on disk over to the marshalled result.
//
// Matching. Enums and models match by name. An enum (model) renamed in the
// spec or by the vendor still matches when it shares at least half of its
// wires (fields) with an unmatched one of the other side. Values match by
// wire; fields by the name the document shows (see Field wires).
//
// Order. Matched and new items follow the document. Items the document no
// longer lists, and curated ones, stay right after the item they followed.
//
// Removal. An extracted value or field the document no longer lists is
// kept with removed: true, so old payloads still decode; when the document
// lists it again the flag goes. An enum or model the document no longer
// lists is kept with its values (fields) marked removed. Items the document
// does not show have no line. Curated items are never marked removed: a
// value or field with origin: curated, and every value (field) of an enum
// (model) with origin: curated.
//
// Adoption. A curated value or field that the document now lists (the
// vendor fixed a row whose name was lost, or documented a value curators
// had added) becomes extracted: origin is dropped, the document's
// description replaces the curated one, reason and ref stay, and drift
// says so once. A curated enum or model stays curated: the document's
// values (fields) join it, and its own are kept.
//
// Nameless rows. A row the extractor cannot name is a warning quoting the
// row's text. A curated value whose description is that text stands for
// the row: File.ClaimRow silences the warning and keeps the value's line
// current. If the row goes away the value stays.
//
// Field wires. A field the document shows as s gets the wire s, or
// WireFromSnake(s) when field_naming is snake. To give a field another wire,
// set both wire and source_name (the document's spelling): a field with
// source_name keeps its wire. A spec field matches the document's s by its
// source_name, else by its wire being s or the naming rule's wire for s.
func Merge(old, fresh *File) (*File, Drift) {
	m := &merger{renamed: map[string]string{}, notes: map[any][]Change{}}
	var out File
	if old == nil {
		out = *fresh
		old = &File{}
	} else {
		out = *old
	}
	m.snake = out.FieldNaming == FieldNamingSnake
	out.Enums = m.enums(old.Enums, fresh.Enums)
	out.Models = m.models(old.Models, fresh.Models)
	return &out, m.drift(&out)
}

// merger carries what one Merge learns on the way.
type merger struct {
	snake   bool              // field_naming: snake
	renamed map[string]string // fresh enum name -> spec enum name
	notes   map[any][]Change  // changes by result item (*Enum, *Value, ...)
}

func (m *merger) note(item any, c Change) {
	m.notes[item] = append(m.notes[item], c)
}

// enums merges the enum lists.
func (m *merger) enums(old, fresh []*Enum) []*Enum {
	idx := match(nil, keys(old, (*Enum).name), keys(fresh, (*Enum).name))
	matchRenamed(idx, keys(old, (*Enum).wires), keys(fresh, (*Enum).wires))
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
	c := Change{Op: Changed, Item: ItemEnum, Name: e.Name}
	if o.Description != f.Description {
		m.note(&e, c.with(Changed, 0, "description changed"))
	}
	if o.Count != f.Count {
		m.note(&e, c.with(Changed, 0, "stated count "+countText(o.Count)+" → "+countText(f.Count)))
	}
	e.Values = m.values(&e, o.Values, f.Values)
	return &e
}

// newEnum takes an enum the spec does not have yet. Its values are taken
// as they are, not copied: a document's first extraction may list a
// million of them, and Merge does not change fresh.
func (m *merger) newEnum(f *Enum) *Enum {
	e := *f
	e.Values = slices.Clone(f.Values)
	m.note(&e, Change{Op: Added, Item: ItemEnum, Name: e.Name, Line: e.Line,
		Detail: plural(len(e.Values), "value")})
	return &e
}

// keepEnum keeps an enum the document no longer lists, its extracted
// values marked removed.
func (m *merger) keepEnum(o *Enum) *Enum {
	e := *o
	e.Values = copyAll(o.Values)
	n := 0
	for _, v := range e.Values {
		v.Line = 0
		if !e.keeps(v) && !v.Notes().Removed {
			v.amend(markRemoved)
			n++
		}
	}
	if n > 0 {
		m.note(&e, Change{Op: Removed, Item: ItemEnum, Name: e.Name,
			Detail: "no longer in the document; " + plural(n, "value") + " marked removed"})
	}
	return &e
}

// keeps reports whether v is curated, by its own origin or its enum's, so
// that the document's silence about it means nothing.
func (e *Enum) keeps(v *Value) bool {
	return v.IsCurated() || e.Origin == OriginCurated
}

// values merges the values of enum e.
func (m *merger) values(e *Enum, old, fresh []*Value) []*Value {
	idx := match(nil, keys(old, (*Value).wire), keys(fresh, (*Value).wire))
	merged := make([]*Value, len(fresh))
	for i, f := range fresh {
		if j := idx[i]; j >= 0 {
			merged[i] = m.value(e.Name, old[j], f)
		} else {
			v := *f
			merged[i] = &v
			m.note(&v, Change{Op: Added, Item: ItemValue, Parent: e.Name, Name: v.Wire, Line: v.Line})
		}
	}
	return arrange(old, merged, idx, func(o *Value) *Value { return m.keepValue(e, o) })
}

// value merges one matched value.
func (m *merger) value(enum string, o, f *Value) *Value {
	v := *o
	v.Description, v.Line = f.Description, f.Line
	c := Change{Item: ItemValue, Parent: enum, Name: v.Wire}
	if o.Notes().Removed {
		v.amend(func(c *Curation) { c.Removed = false })
		m.note(&v, c.with(Added, f.Line, "back in the document"))
	}
	if o.IsCurated() {
		v.amend(func(c *Curation) { c.Origin = "" })
		m.note(&v, c.with(Changed, 0, adoptedDetail(f.Line)))
	}
	if o.Description != f.Description {
		m.note(&v, c.with(Changed, 0, "description changed"))
	}
	return &v
}

// keepValue keeps a value the document does not list; it loses its line
// (ClaimRow gives a curated value the line of the row it stands for).
func (m *merger) keepValue(e *Enum, o *Value) *Value {
	v := *o
	v.Line = 0
	if !e.keeps(&v) && !v.Notes().Removed {
		v.amend(markRemoved)
		m.note(&v, Change{Op: Removed, Item: ItemValue, Parent: e.Name, Name: v.Wire, Detail: "removed"})
	}
	return &v
}

func markRemoved(c *Curation) { c.Removed = true }

// Keys that match and matchRenamed pair enums and values by.
func (e *Enum) name() string    { return e.Name }
func (e *Enum) wires() []string { return keys(e.Values, (*Value).wire) }
func (v *Value) wire() string   { return v.Wire }
