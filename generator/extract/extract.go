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
// Nothing is dropped silently: every row that looks like a value but cannot
// be placed is reported as a warning with its line.
package extract

import (
	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// Format names a document format; Auto detects it per block.
type Format string

// Formats.
const (
	Auto     Format = "auto"
	Markdown Format = "markdown" // pipe tables and bullet lists
	Glued    Format = "glued"    // text tables with glued cells
	Fields   Format = "fields"   // API model rows without pipes, inline enum lists
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
