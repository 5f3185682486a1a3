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
	c, more := Check(files)
	errs.Append(more)
	errs.Sort()
	return c, errs
}

// Check builds the model and, when a canonical spec is among files, the
// mapping tables: everything is checked before anything is emitted.
func Check(files []*spec.File) (*Checked, diag.List) {
	set, errs := model.Build(files, model.Options{})
	c := &Checked{Set: set}
	if set.Canonical() != nil {
		t, more := mapping.Build(files)
		errs.Append(more)
		c.Mapping = t
	}
	errs.Sort()
	return c, errs
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
