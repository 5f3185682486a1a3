// Package report renders the Markdown that documents the generated code:
// generated/MAPPING.md, the cross-vendor matrix of the canonical mapping,
// and a README.md for every generated package listing its values, their Go
// constants and their canonical meaning.
//
// Render is pure: it reads mapping.Tables and the model and returns the files' paths and
// bytes; the generate command writes them. The text comes from the
// templates of package templates; this package builds the rows those
// templates print, escaped for Markdown tables. Output depends only on the
// specs: vendors in name order, values in spec order, no dates.
package report

import (
	"bytes"
	"fmt"
	"path"
	"text/template"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/templates"
)

// File is one rendered file: its path relative to the repository root and
// its content.
type File struct {
	Path string
	Data []byte
}

// Dir is the directory the generated packages live in, relative to the
// repository root.
const Dir = "generated"

// Render renders MAPPING.md and the README.md of the canonical package and
// of every vendor package, sorted by path; only the vendors' READMEs when
// the canonical package is imported (spec.File.ImportPath). The Go names it prints are
// set's.
func Render(t *mapping.Tables, set *model.Set) ([]File, error) {
	tmpl, err := template.ParseFS(templates.FS, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("report: parse templates: %w", err)
	}
	var files []File
	add := func(p, name string, data any) error {
		var buf bytes.Buffer
		if err := tmpl.ExecuteTemplate(&buf, name, data); err != nil {
			return fmt.Errorf("report: render %s: %w", p, err)
		}
		files = append(files, File{Path: p, Data: buf.Bytes()})
		return nil
	}
	// The matrix compares the vendors of one canonical spec; vendors mapped
	// onto the canonical model docenum ships get their READMEs only.
	if t.Canonical.File.ImportPath == "" {
		if err := add(path.Join(Dir, "MAPPING.md"), "mapping.md.tmpl", mappingView(t)); err != nil {
			return nil, err
		}
	}
	for _, pkg := range readmeViews(t, set) {
		if err := add(path.Join(Dir, pkg.Package, "README.md"), "package_readme.md.tmpl", pkg); err != nil {
			return nil, err
		}
	}
	sortFiles(files)
	return files, nil
}
