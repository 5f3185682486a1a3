package mapping

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// LoadDir loads every *.yaml spec in dir and builds the tables. Paths in
// diagnostics are dir joined with the file name, so running from the
// repository root with dir "specs" prints specs/x.yaml.
func LoadDir(dir string) (*Tables, diag.List) {
	files, errs := LoadSpecs(dir)
	if errs.HasErrors() {
		return nil, errs
	}
	t, more := Build(files)
	errs.Append(more)
	return t, errs
}

// LoadSpecs loads every *.yaml spec in dir, in file-name order.
func LoadSpecs(dir string) ([]*spec.File, diag.List) {
	var errs diag.List
	entries, err := os.ReadDir(dir)
	if err != nil {
		errs.Errorf(diag.Pos{File: dir}, "%v", err)
		return nil, errs
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".yaml") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var files []*spec.File
	for _, name := range names {
		f, l := spec.LoadFile(filepath.ToSlash(filepath.Join(dir, name)))
		errs.Append(l)
		if f != nil {
			files = append(files, f)
		}
	}
	return files, errs
}
