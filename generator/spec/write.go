package spec

import (
	"bytes"
	"fmt"
	"io"
	"strconv"

	"gopkg.in/yaml.v3"
)

// Marshal encodes f as YAML: keys in the order of the Go types, values in
// document order, two-space indent, no timestamps. The same File always
// gives the same bytes. See Encode.
func Marshal(f *File) ([]byte, error) {
	var buf bytes.Buffer
	if err := Encode(&buf, f); err != nil {
		return nil, fmt.Errorf("encode spec %s: %w", pathOf(f), err)
	}
	return buf.Bytes(), nil
}

func pathOf(f *File) string {
	if f == nil {
		return ""
	}
	return f.Path
}

// Encode writes f to w as YAML, streaming: it holds a small buffer, not
// the document. It does not flush w (a *bufio.Writer stays the caller's
// to flush).
//
// The bytes are exactly those gopkg.in/yaml.v3 writes for f (Encoder,
// SetIndent(2)), which stays the reference: the tests compare the two on
// every spec and on fuzzed ones. This writer exists because yaml.v3 is
// slow and memory hungry on large specs (reflection, an event per node,
// a scalar analysis allocating): it was most of "docenum extract"'s time
// and memory. It walks the spec types directly and mirrors yaml.v3's
// choice of scalar style (scalar.go); the few scalars whose style it does
// not mirror are encoded by yaml.v3 itself (viaYAML).
func Encode(w io.Writer, f *File) error {
	e := &encoder{w: w, buf: make([]byte, 0, flushAt+1024)}
	e.file(f)
	e.flush()
	return e.err
}

// flushAt is the size at which the encoder hands its buffer to w.
const flushAt = 32 << 10

type encoder struct {
	w   io.Writer
	buf []byte
	err error
	// dash is set after a list item's "- ": the item's first key goes on
	// the same line.
	dash bool
	// keys is scratch space for a value's data keys.
	keys []string
}

// endLine ends the current line, unless a block scalar already did, and
// hands the buffer to w once it is full.
func (e *encoder) endLine() {
	if n := len(e.buf); n == 0 || e.buf[n-1] != '\n' {
		e.buf = append(e.buf, '\n')
	}
	e.spill()
}

// spill hands the buffer to w once it is full.
func (e *encoder) spill() {
	if len(e.buf) >= flushAt {
		e.flush()
	}
}

func (e *encoder) flush() {
	if e.err == nil && len(e.buf) > 0 {
		_, e.err = e.w.Write(e.buf)
	}
	e.buf = e.buf[:0]
}

const blanks = "                                "

// indent writes n spaces.
func (e *encoder) indent(n int) {
	for n > len(blanks) {
		e.buf = append(e.buf, blanks...)
		n -= len(blanks)
	}
	e.buf = append(e.buf, blanks[:n]...)
}

// key starts the entry name of a mapping whose keys are at column col.
func (e *encoder) key(col int, name string) {
	if e.dash {
		e.dash = false
	} else {
		e.indent(col)
	}
	e.buf = append(e.buf, name...)
	e.buf = append(e.buf, ':')
}

// item starts an item of a list whose dashes are at column col.
func (e *encoder) item(col int) {
	e.indent(col)
	e.buf = append(e.buf, '-')
}

// str writes a string entry; omitEmpty mirrors the omitempty tag option.
func (e *encoder) str(col int, name, s string, omitEmpty bool) {
	if omitEmpty && s == "" {
		return
	}
	e.key(col, name)
	e.stringValue(col, s)
}

func (e *encoder) int(col int, name string, n int, omitEmpty bool) {
	if omitEmpty && n == 0 {
		return
	}
	e.key(col, name)
	e.buf = append(e.buf, ' ')
	e.buf = strconv.AppendInt(e.buf, int64(n), 10)
	e.endLine()
}

func (e *encoder) bool(col int, name string, b, omitEmpty bool) {
	if omitEmpty && !b {
		return
	}
	e.key(col, name)
	e.buf = append(e.buf, ' ')
	e.buf = strconv.AppendBool(e.buf, b)
	e.endLine()
}

// strs writes a list of strings.
func (e *encoder) strs(col int, name string, list []string, omitEmpty bool) {
	if len(list) == 0 {
		if !omitEmpty {
			e.key(col, name)
			e.buf = append(e.buf, " []"...)
			e.endLine()
		}
		return
	}
	e.key(col, name)
	e.endLine()
	for _, s := range list {
		e.item(col + 2)
		e.stringValue(col+2, s)
	}
}

// list writes a list of mappings, each written by entries at the column
// of its keys; a nil item is null.
func list[T any](e *encoder, col int, name string, items []*T, omitEmpty bool, entries func(*encoder, int, *T)) {
	if len(items) == 0 {
		if !omitEmpty {
			e.key(col, name)
			e.buf = append(e.buf, " []"...)
			e.endLine()
		}
		return
	}
	e.key(col, name)
	e.endLine()
	for _, it := range items {
		e.item(col + 2)
		if it == nil {
			e.buf = append(e.buf, " null"...)
			e.endLine()
			continue
		}
		e.buf = append(e.buf, ' ')
		e.dash = true
		entries(e, col+4, it)
	}
}

func (e *encoder) file(f *File) {
	if f == nil {
		e.buf = append(e.buf, "null\n"...)
		return
	}
	const c = 0
	e.str(c, "vendor", f.Vendor, false)
	e.str(c, "kind", f.Kind, true)
	e.str(c, "title", f.Title, true)
	e.str(c, "source", f.Source, true)
	e.str(c, "format", f.Format, true)
	e.strs(c, "select", f.Select, true)
	e.str(c, "doc", f.Doc, true)
	e.str(c, "field_naming", f.FieldNaming, true)
	e.str(c, "mapping", f.Mapping, true)
	list(e, c, "enums", f.Enums, false, (*encoder).enum)
	list(e, c, "models", f.Models, true, (*encoder).model)
	list(e, c, "resolvers", f.Resolvers, true, (*encoder).resolver)
	if f.Codes != nil {
		e.key(c, "codes")
		e.endLine()
		list(e, c+2, "q850", f.Codes.Q850, false, (*encoder).code)
		list(e, c+2, "sip", f.Codes.SIP, false, (*encoder).code)
	}
}

func (e *encoder) enum(c int, en *Enum) {
	e.str(c, "name", en.Name, false)
	e.str(c, "doc", en.Doc, true)
	e.str(c, "description", en.Description, true)
	e.int(c, "line", en.Line, true)
	e.int(c, "count", en.Count, true)
	e.str(c, "origin", en.Origin, true)
	e.str(c, "reason", en.Reason, true)
	e.str(c, "ref", en.Ref, true)
	if en.Prefix != nil {
		e.str(c, "prefix", *en.Prefix, false)
	}
	list(e, c, "columns", en.Columns, true, (*encoder).column)
	e.bool(c, "case_insensitive", en.CaseInsensitive, true)
	e.str(c, "ignore", en.Ignore, true)
	list(e, c, "values", en.Values, false, (*encoder).value)
}

func (e *encoder) column(c int, col *Column) {
	e.str(c, "name", col.Name, false)
	e.str(c, "type", col.Type, false)
	e.str(c, "doc", col.Doc, true)
}

func (e *encoder) value(c int, v *Value) {
	n := v.Notes()
	e.str(c, "wire", v.Wire, false)
	e.str(c, "name", v.Name, true)
	e.str(c, "doc", v.Doc, true)
	e.str(c, "description", v.Description, true)
	e.int(c, "line", v.Line, true)
	e.str(c, "origin", n.Origin, true)
	e.str(c, "reason", n.Reason, true)
	e.str(c, "ref", n.Ref, true)
	e.str(c, "deprecated", n.Deprecated, true)
	e.bool(c, "removed", n.Removed, true)
	e.str(c, "ignore", n.Ignore, true)
	if len(v.Data) > 0 {
		e.key(c, "data")
		e.data(c, v.Data)
	}
	if v.Canonical != nil {
		e.key(c, "canonical")
		e.canonical(c+2, v.Canonical)
	}
}

// data writes a value's data after its key (at column c): keys in
// yaml.v3's order (keyLess), a datum as a plain scalar if it can be, an
// empty one as null.
func (e *encoder) data(c int, data map[string]*Datum) {
	e.keys = e.keys[:0]
	for k := range data {
		if !simpleKey(k) {
			e.viaYAML(c, data)
			return
		}
		e.keys = append(e.keys, k)
	}
	sortKeys(e.keys)
	e.endLine()
	for _, k := range e.keys {
		e.indent(c + 2)
		e.keyScalar(k)
		e.buf = append(e.buf, ':')
		if d := data[k]; d == nil || d.Text == "" {
			e.buf = append(e.buf, " null"...)
			e.endLine()
		} else {
			e.datumValue(c+2, d.Text)
		}
	}
}

func (e *encoder) canonical(c int, m *Canonical) {
	if *m == (Canonical{At: m.At}) {
		e.buf = append(e.buf, " {}"...)
		e.endLine()
		return
	}
	e.endLine()
	e.str(c, "direction", m.Direction, true)
	e.str(c, "phase", m.Phase, true)
	e.str(c, "outcome", m.Outcome, true)
	e.str(c, "answered", m.Answered, true)
	e.str(c, "leg", m.Leg, true)
	e.str(c, "ended_by", m.EndedBy, true)
	e.str(c, "answered_by", m.AnsweredBy, true)
	e.str(c, "confidence", m.Confidence, true)
	e.bool(c, "needs_answer", m.NeedsAnswer, true)
	e.str(c, "lossy", m.Lossy, true)
	e.str(c, "none", m.None, true)
	e.str(c, "note", m.Note, true)
}

func (e *encoder) model(c int, m *Model) {
	e.str(c, "name", m.Name, false)
	e.str(c, "doc", m.Doc, true)
	e.str(c, "description", m.Description, true)
	e.int(c, "line", m.Line, true)
	e.str(c, "origin", m.Origin, true)
	if s := m.Status; s != nil {
		e.key(c, "status")
		e.endLine()
		e.str(c+2, "resolver", s.Resolver, false)
		e.str(c+2, "state", s.State, false)
		e.str(c+2, "detail", s.Detail, true)
		e.str(c+2, "answered", s.Answered, true)
		e.str(c+2, "direction", s.Direction, true)
		e.strs(c+2, "held", s.Held, true)
		e.str(c+2, "q850", s.Q850, true)
		e.str(c+2, "sip", s.SIP, true)
	}
	e.str(c, "ignore", m.Ignore, true)
	list(e, c, "fields", m.Fields, false, (*encoder).field)
}

func (e *encoder) field(c int, f *Field) {
	e.str(c, "wire", f.Wire, false)
	e.str(c, "source_name", f.SourceName, true)
	e.str(c, "name", f.Name, true)
	e.str(c, "type", f.Type, true)
	e.str(c, "enum", f.Enum, true)
	e.bool(c, "optional", f.Optional, true)
	e.str(c, "doc", f.Doc, true)
	e.str(c, "description", f.Description, true)
	e.int(c, "line", f.Line, true)
	e.str(c, "origin", f.Origin, true)
	e.str(c, "reason", f.Reason, true)
	e.bool(c, "removed", f.Removed, true)
	e.str(c, "go_type", f.GoType, true)
	e.str(c, "ignore", f.Ignore, true)
}

func (e *encoder) resolver(c int, r *Resolver) {
	e.str(c, "name", r.Name, false)
	e.str(c, "doc", r.Doc, true)
	e.str(c, "state", r.State, false)
	e.str(c, "detail", r.Detail, true)
	e.bool(c, "answered", r.Answered, true)
}

func (e *encoder) code(c int, k *Code) {
	e.int(c, "code", k.Code, false)
	e.int(c, "to", k.To, true)
	e.str(c, "name", k.Name, false)
	e.str(c, "outcome", k.Outcome, true)
	e.bool(c, "needs_answer", k.NeedsAnswer, true)
	e.str(c, "confidence", k.Confidence, false)
	e.str(c, "note", k.Note, true)
}

// MarshalYAML writes a datum as a plain scalar, or null for an explicit none.
// Encode does not call it; it writes a datum the same way (datumValue).
func (d Datum) MarshalYAML() (any, error) {
	if d.Text == "" {
		return nil, nil
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: d.Text}
	return n, nil
}
