// Package emit turns the typed model into Go source with jennifer.
//
// Generate is pure: it reads a model.Set and returns files (a path and
// gofmt-formatted bytes); writing them, or comparing them with what is on
// disk, is the caller's business. Output depends only on the model: no
// timestamps, no absolute paths, packages and files in a fixed order.
//
// Each generated package has doc.go (the package documentation: vendor,
// source document, spec, and why the enums are strings) and
// <package>_gen.go (the enums); a package whose spec has models also gets
// <package>_models_gen.go (the payload structs), and with Options.Mapping
// every package gets mapping_gen.go (the canonical mapping). fileGens lists
// them. With both Options.Mapping and Options.OutDir, the set also gets
// CrosscheckFile, the registry of the cross-vendor tests (crosscheck.go).
// Every construct has one genX function; the Go it emits is sketched in a
// comment above each non-trivial jen chain.
package emit

import (
	"bytes"
	"fmt"
	"go/format"
	"path"
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
)

// Options tune Generate.
type Options struct {
	// ImportPath is the import path of the output directory: package p is
	// generated at ImportPath/p (e.g. github.com/docenum/docenum/generated).
	// Emitters use it when a generated package refers to another.
	ImportPath string
	// Mapping holds the checked canonical mapping (package mapping). When
	// set, every package also gets mapping_gen.go (see mapping.go); when
	// nil, packages hold their enums only.
	Mapping *mapping.Tables
	// OutDir is the output directory relative to the module root, with
	// forward slashes (generated). When set, every package also gets
	// enums_gen_test.go, whose tests read the spec through it.
	OutDir string

	// canonical is the set's canonical package, which Generate finds for
	// the mapping emitters.
	canonical *model.Package
}

// PackagePath returns the import path of the generated package named name.
func (o Options) PackagePath(name string) string {
	if o.ImportPath == "" {
		return name
	}
	return o.ImportPath + "/" + name
}

// pathOf returns the import path of package p: its own for a package
// imported, not generated (the canonical package docenum ships).
func (o Options) pathOf(p *model.Package) string {
	if p.IsImported() {
		return p.ImportPath
	}
	return o.PackagePath(p.Name)
}

// File is one generated file.
type File struct {
	// Path is slash-separated and relative to the output directory
	// (kaleyra/kaleyra_gen.go).
	Path string
	Data []byte
}

// fileGen produces one file of a package, or nil when the package needs no
// such file. Emitters that add files add an entry to fileGens.
type fileGen struct {
	name func(p *model.Package) string
	gen  func(p *model.Package, opts Options) (*jen.File, error)
}

var fileGens = []fileGen{
	{name: func(*model.Package) string { return "doc.go" }, gen: genDocFile},              // docfile.go
	{name: func(p *model.Package) string { return p.Name + "_gen.go" }, gen: genEnumFile}, // enum.go, codec.go, lookup.go
	{name: mappingFileName, gen: genMappingFile},                                          // mapping_gen.go: mapping*.go
	{name: payloadFileName, gen: genPayloadFile},                                          // <p>_models_gen.go: payload*.go
	{name: enumTestFileName, gen: genEnumTestFile},                                        // <p>_test.go: enumtest.go
}

// Generate returns the files of every package in set, sorted by path.
func Generate(set *model.Set, opts Options) ([]File, error) {
	var files []File
	opts.canonical = set.Canonical()
	for _, p := range set.Packages {
		if p.IsImported() {
			continue
		}
		for _, fg := range fileGens {
			name := path.Join(p.Name, fg.name(p))
			jf, err := fg.gen(p, opts)
			if err != nil {
				return nil, fmt.Errorf("generate %s from %s: %w", name, p.SpecPath, err)
			}
			if jf == nil {
				continue
			}
			data, err := render(jf)
			if err != nil {
				return nil, fmt.Errorf("generate %s from %s: %w", name, p.SpecPath, err)
			}
			files = append(files, File{Path: name, Data: data})
		}
	}
	jf, err := genCrosscheckFile(set, opts)
	if err == nil && jf != nil {
		var data []byte
		if data, err = render(jf); err == nil {
			files = append(files, File{Path: CrosscheckFile, Data: data})
		}
	}
	if err != nil {
		return nil, fmt.Errorf("generate %s: %w", CrosscheckFile, err)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

// newFile starts a generated file of package p with the standard header.
func newFile(p *model.Package, opts Options) *jen.File {
	f := jen.NewFilePathName(opts.PackagePath(p.Name), p.Name)
	f.HeaderComment(Header(p.SpecPath))
	return f
}

// Header is the first line of every generated file, in the form Go tools
// recognise as generated code.
func Header(specPath string) string {
	return "Code generated by docenum from " + specPath + ". DO NOT EDIT."
}

// render formats f. When gofmt rejects the source, the error carries the
// raw source with line numbers so the broken construct can be found.
func render(f *jen.File) ([]byte, error) {
	f.NoFormat = true
	var raw bytes.Buffer
	if err := f.Render(&raw); err != nil {
		return nil, err
	}
	out, err := format.Source(raw.Bytes())
	if err != nil {
		return nil, fmt.Errorf("%v\n%s", err, numberLines(raw.String()))
	}
	// Doc comments are reformatted only once they sit where gofmt's own
	// output puts them; a second pass makes the result what gofmt keeps.
	return format.Source(groupImports(out))
}

// numberLines prefixes every line of src with its number.
func numberLines(src string) string {
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSuffix(src, "\n"), "\n") {
		fmt.Fprintf(&b, "%5d  %s\n", i+1, line)
	}
	return b.String()
}
