// Package extract reads vendor documentation and returns the enums (and
// payload models) it lists as a spec.
//
// Vendor docs come in a few formats, often mixed on one page and often
// damaged by copying: Markdown pipe tables, API-model pages whose table pipes
// were lost ("Name Type Description Notes" rows, enum values given inline in
// prose), text tables whose cells were glued together ("BUSYThe callee was
// busy"), and bullet lists. The document is parsed once with goldmark; every
// block (table, list, paragraph) is then offered to the format parsers, so
// detection happens per section. Parsers are written for the format, never
// for a vendor.
//
// # Sections and names
//
// A heading starts a section; the enums and models found in it are named
// after it (CallStatusInfoCode as written; "Call statuses" becomes
// CallStatus) and described by its first paragraph. Headings that name a
// kind of content (Properties, Values, Example) start no section. Pages
// copied as plain text have no Markdown headings: until the first one, a
// short line standing alone ("DisconnectCallback") is a heading, and so is a
// bold phrase standing alone (**Properties**) anywhere.
//
// # Blocks
//
//   - A pipe table whose Description cells are quoted literals
//     (| SETUP | str | ✅ | "Setup" |) is an enum whose wires are the quoted
//     strings; the first column is a constant name, not the wire. A table
//     with a Value (or Wire) column other than its first takes its wires
//     from that column.
//   - A table whose first column is headed Field, Property, Parameter or
//     Attribute, or that has a Type column (unless its first column is
//     headed Value, Status, Code or the like), is a model: one field per
//     row. A field whose description lists values inline gets an enum named
//     after the field (event_type -> EventType).
//   - Any other table whose first column holds single tokens under a
//     Description column (or a header such as Status or Code) is an enum of
//     those tokens.
//   - A list is a value list when most of its items start with a value
//     (a code span, bold, or a constant-like token: BUSY, no-answer,
//     NoAnswer) followed by a separator (: - – —) or nothing; items in
//     plain words (busy, Answered) count only under a heading about values
//     (status, code, reason, cause, event, type...). A list nested under a
//     value continues that value's description; it never adds values. A
//     list that is not a value list is prose: its nested lists are offered
//     as lists again.
//   - A paragraph is offered to the glued-cell parser, then to the
//     model-rows parser; otherwise it is prose, where a count the page
//     states ("has 28 call statuses") is kept in Enum.Count and values
//     listed inline ("Possible values are: a, b") form an enum.
//   - Code blocks, HTML and front matter never hold values.
//
// Options.Format forces one format: Markdown reads only tables and lists;
// Glued and Fields hand every line of the page (front matter blanked) to
// that parser as one block.
//
// Nothing is dropped silently: every row that looks like a value but cannot
// be placed is reported as a warning with its line. Every value records its
// line (Value.Line), every enum and model the line of its heading.
package extract

import (
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Format names a document format; Auto detects it per block.
type Format string

// Formats.
const (
	Auto     Format = "auto"
	Markdown Format = "markdown" // pipe tables and bullet lists
	Glued    Format = "glued"    // text tables with glued cells
	Fields   Format = "fields"   // API model rows without pipes, inline enum lists
	RST      Format = "rst"      // reStructuredText, read through Markdown
	HTML     Format = "html"     // an HTML page, read through Markdown
)

// Options tune an extraction.
type Options struct {
	// Format forces one format for every block; "" or Auto detects.
	Format Format
}

// Line is one line of a document with its 1-based number.
type Line struct {
	N    int
	Text string
}

// Result is what an extraction found.
type Result struct {
	Enums  []*spec.Enum
	Models []*spec.Model
	Diags  diag.List
}

// Extract reads the document data (named path in diagnostics) and returns
// the enums and models it lists, with warnings about what it could not
// place. It never fails on bad input: an unknown Options.Format is the only
// error.
func Extract(path string, data []byte, opts Options) Result {
	col := newCollector(path)
	format := opts.Format
	if format == "" {
		format = Auto
	}
	if !format.Valid() {
		col.diags.Errorf(diag.Pos{File: path}, "unknown format %q (want %s)", opts.Format, FormatNames())
		return col.result()
	}
	src, lines, used, err := translate(data, format)
	if err != nil {
		col.diags.Errorf(diag.Pos{File: path}, "read as %s: %v", used, err)
		return col.result()
	}
	if used == RST || used == HTML {
		format = Auto // the translation is Markdown, read as any other
	}
	doc := newDocument(path, src)
	w := &walker{doc: doc, format: format, col: col, cur: -1}
	if doc.title != "" {
		w.enter(doc.title, doc.titleLine, 0) // the page's title encloses every heading
	}
	w.blocks(parse(doc.src))
	w.flushHeadingValues()
	if format == Glued || format == Fields {
		w.forced()
	}
	res := col.result()
	mapLines(&res, lines)
	return res
}

// Formats lists the formats Options.Format takes.
var Formats = []Format{Auto, Markdown, Glued, Fields, RST, HTML}

// Valid reports whether f is one of Formats.
func (f Format) Valid() bool {
	for _, g := range Formats {
		if f == g {
			return true
		}
	}
	return false
}

// FormatNames lists Formats for messages: "auto, markdown, ... or html".
func FormatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// parse parses Markdown with GitHub's pipe tables. A parser is made per
// document: goldmark does not promise that one may be shared.
func parse(src []byte) ast.Node {
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	return md.Parser().Parse(text.NewReader(src))
}

// forced hands the whole page to the forced text parser. The walk before it
// has found the sections, which name what the parser could not.
func (w *walker) forced() {
	lines := w.doc.textLines()
	if w.format == Glued {
		enums, diags, ok := parseGlued(w.doc.file, lines)
		w.col.diags.Append(diags)
		w.foundForced(ok)
		for _, e := range enums {
			w.addEnum(e, w.sectionAt(firstLine(e)), true)
		}
		return
	}
	models, enums, diags, ok := parseFields(w.doc.file, lines)
	w.col.diags.Append(diags)
	w.foundForced(ok)
	for _, m := range models {
		w.addModels([]*spec.Model{m}, w.sectionAt(m.Line))
	}
	for _, e := range enums {
		w.addEnum(e, w.sectionAt(firstLine(e)), false)
	}
}

func (w *walker) foundForced(ok bool) {
	if !ok {
		w.col.diags.Warnf(w.col.pos(1), "format %s was forced, but the document holds no such table", w.format)
	}
}

// sectionAt returns the section holding line, or -1. Sections are in
// document order.
func (w *walker) sectionAt(line int) int {
	return sort.Search(len(w.sections), func(i int) bool { return w.sections[i].line > line }) - 1
}
