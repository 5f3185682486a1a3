// Package pipeline is docenum generate as one function: Generate reads a
// specs directory and returns every file to write and every diagnostic.
// The command and the tests call it alike, so the stages are wired once:
//
//	spec.LoadDir -> model.Build -> mapping.Build -> emit.Generate, report.Render
//
// Load and Check expose the first stages for the commands that stop there
// (explain) and for tests.
package pipeline

import (
	"fmt"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/emit"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/report"
	"github.com/docenum/docenum/generator/spec"
	"github.com/docenum/docenum/specs"
)

// Options tune Generate.
type Options struct {
	// Root is the directory spec paths are shown relative to, in
	// diagnostics and generated headers (the module root); "" shows them
	// as the specs directory joined with the file name.
	Root string
	// ImportPath is the import path of the output directory, and OutDir
	// the directory relative to Root (see emit.Options).
	ImportPath string
	OutDir     string
	// NoCanonical generates no canonical mapping when the specs have no
	// canonical spec of their own; a canonical: block is then an error.
	// Unset, such specs map onto the canonical model docenum ships
	// (package specs), imported from specs.CanonicalImportPath.
	NoCanonical bool
}

// File is one output file, its path relative to the output directory.
type File = emit.File

// Checked is what the checking stages make of the specs.
type Checked struct {
	Set *model.Set
	// Mapping is nil when the specs hold no canonical spec.
	Mapping *mapping.Tables
}

// Generate runs the whole pipeline on the specs in dir. A spec that fails
// to load is left out and the others are still checked, so that every
// problem is reported at once; files are returned only when the
// diagnostics hold no error.
func Generate(dir string, opts Options) ([]File, diag.List) {
	files, errs := Load(dir, opts.Root)
	if len(files) == 0 {
		return nil, errs
	}
	if !opts.NoCanonical {
		files = WithCanonical(files)
	}
	c, more := Check(files)
	errs.Append(more)
	errs.Sort()
	if errs.HasErrors() {
		return nil, errs
	}
	out, err := Emit(c, opts)
	if err != nil {
		errs.Errorf(diag.Pos{File: dir}, "%v", err)
	}
	return out, errs
}

// Load loads every spec in dir (spec.LoadDir).
func Load(dir, root string) ([]*spec.File, diag.List) { return spec.LoadDir(dir, root) }

// CheckDir loads and checks the specs in dir: Load, then Check.
func CheckDir(dir, root string) (*Checked, diag.List) {
	files, errs := Load(dir, root)
	if len(files) > 0 {
		files = WithCanonical(files)
	}
	c, more := Check(files)
	errs.Append(more)
	errs.Sort()
	return c, errs
}

// Check builds the model and, when a canonical spec is among files, the
// mapping tables: everything is checked before anything is emitted.
// Without a canonical spec, a canonical: block maps onto nothing: it is
// an error at its line.
func Check(files []*spec.File) (*Checked, diag.List) {
	set, errs := model.Build(files, model.Options{})
	c := &Checked{Set: set}
	if set.Canonical() != nil {
		t, more := mapping.Build(files)
		errs.Append(more)
		c.Mapping = t
	} else {
		unmappable(files, &errs)
	}
	errs.Sort()
	return c, errs
}

// unmappable reports every canonical: block of files, which have no
// canonical model to map onto.
func unmappable(files []*spec.File, errs *diag.List) {
	for _, f := range files {
		if f == nil {
			continue
		}
		for _, e := range f.Active().Enums {
			if e == nil {
				continue
			}
			for _, v := range e.Values {
				if v != nil && v.Canonical != nil {
					errs.Errorf(v.Canonical.At, "%s value %q: canonical: has no canonical model to map onto (generate runs without one); remove the block or generate with the canonical model", e.Name, v.Wire)
				}
			}
		}
	}
}

// WithCanonical returns files with the canonical spec docenum ships
// (specs.Canonical) added, when none of them is a canonical spec: the
// vendors then map onto it, and their code imports the package generated
// from it (specs.CanonicalImportPath) instead of generating one.
func WithCanonical(files []*spec.File) []*spec.File {
	for _, f := range files {
		if f != nil && f.Kind == spec.KindCanonical {
			return files
		}
	}
	canon, errs := spec.Load(specs.CanonicalPath, specs.Canonical)
	if errs.HasErrors() || canon == nil {
		panic("docenum: the embedded canonical spec does not load: " + errs.Error())
	}
	canon.ImportPath = specs.CanonicalImportPath
	return append(append([]*spec.File(nil), files...), canon)
}

// Emit renders the checked specs: the Go packages, and with a mapping the
// reports and the cross-vendor tests.
func Emit(c *Checked, opts Options) ([]File, error) {
	out, err := emit.Generate(c.Set, emit.Options{ImportPath: opts.ImportPath, OutDir: opts.OutDir, Mapping: c.Mapping})
	if err != nil || c.Mapping == nil {
		return out, err
	}
	reports, err := report.Render(c.Mapping, c.Set)
	if err != nil {
		return nil, err
	}
	for _, f := range reports {
		rel, ok := strings.CutPrefix(f.Path, report.Dir+"/")
		if !ok {
			return nil, fmt.Errorf("report %s is not under %s/", f.Path, report.Dir)
		}
		out = append(out, File{Path: rel, Data: f.Data})
	}
	return out, nil
}
