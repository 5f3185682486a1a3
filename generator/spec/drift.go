package spec

import (
	"fmt"
	"io"
	"strconv"
)

// Drift is what a vendor document changed since its spec was last merged:
// the changes Merge applied, in the order of the merged spec (each enum,
// then its values; then each model, then its fields). A change of source
// line alone is not drift.
type Drift struct {
	Changes []Change
}

// Empty reports whether the document changed nothing that matters.
func (d Drift) Empty() bool { return len(d.Changes) == 0 }

// Report writes one line per change, each starting with specPath:
//
//	specs/kaleyraio.yaml: + enum CallStatus (line 7, 28 values)
//	specs/kaleyraio.yaml: CallStatus: ~ stated count 28 → 29
//	specs/kaleyraio.yaml: CallStatus: + NEW_STATUS (line 30)
//	specs/kaleyraio.yaml: CallStatus: - OLD (removed)
//	specs/kaleyraio.yaml: CallStatus: ~ BUSY: description changed
func (d Drift) Report(w io.Writer, specPath string) {
	for _, c := range d.Changes {
		fmt.Fprintf(w, "%s: %s\n", specPath, c)
	}
}

// Change is one difference between a spec and its document.
type Change struct {
	Op   Op
	Item Item
	// Parent is the enum (model) of a value (field).
	Parent string
	// Name is the enum or model name, or the value's or field's wire.
	Name string
	// Line is the item's line in the document, for added items.
	Line int
	// Detail says what changed; for additions and removals it is a note.
	Detail string
}

// Op is the kind of a change.
type Op byte

// Ops, printed as the first character of the change.
const (
	Added   Op = '+'
	Removed Op = '-'
	Changed Op = '~'
)

// Item is what a change is about.
type Item string

// Items.
const (
	ItemEnum  Item = "enum"
	ItemValue Item = "value"
	ItemModel Item = "model"
	ItemField Item = "field"
)

// String formats the change as Report prints it, without the spec path.
func (c Change) String() string {
	switch {
	case c.Parent != "":
		return c.Parent + ": " + c.body(c.Name)
	case c.Op == Changed:
		return c.Name + ": " + c.body("")
	default:
		return c.body(string(c.Item) + " " + c.Name)
	}
}

// body is "+ NAME (line N, detail)", "- NAME (detail)" or "~ NAME: detail".
func (c Change) body(name string) string {
	s := string(c.Op)
	if name != "" {
		s += " " + name
	}
	if c.Op == Changed {
		if name != "" {
			s += ":"
		}
		return s + " " + c.Detail
	}
	note := c.Detail
	if c.Line > 0 {
		note = joinNote("line "+strconv.Itoa(c.Line), note)
	}
	if note != "" {
		s += " (" + note + ")"
	}
	return s
}

// with returns c with op, line and detail set.
func (c Change) with(op Op, line int, detail string) Change {
	c.Op, c.Line, c.Detail = op, line, detail
	return c
}

func joinNote(a, b string) string {
	if b == "" {
		return a
	}
	return a + ", " + b
}

// drift collects the notes of the merged items in spec order.
func (m *merger) drift(f *File) Drift {
	var d Drift
	for _, e := range f.Enums {
		d.Changes = append(d.Changes, m.notes[e]...)
		for _, v := range e.Values {
			d.Changes = append(d.Changes, m.notes[v]...)
		}
	}
	for _, md := range f.Models {
		d.Changes = append(d.Changes, m.notes[md]...)
		for _, fl := range md.Fields {
			d.Changes = append(d.Changes, m.notes[fl]...)
		}
	}
	return d
}

func adoptedDetail(line int) string {
	return "now in the document (line " + strconv.Itoa(line) + "), no longer curated"
}

func countText(n int) string {
	if n == 0 {
		return "none"
	}
	return strconv.Itoa(n)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
