// Package templates holds the text templates docenum renders its non-Go
// files from: the cross-vendor MAPPING.md and the README.md of every
// generated package. Go code is never emitted from templates (see
// generator/emit); these are Markdown only.
//
// The templates receive plain view structs built by generator/report and do
// no computing of their own: every row, cell and escape is decided in Go, so
// a template reads like the document it produces.
package templates

import "embed"

// FS holds every *.tmpl file of this directory.
//
//go:embed *.tmpl
var FS embed.FS
