package spec

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/safefile"
)

// LoadDir loads every *.yaml spec in dir, in file-name order: the one
// loader of docenum. Each spec is named by its path relative to root with
// forward slashes (specs/acme.yaml), so that diagnostics and generated
// headers do not depend on where the command runs; with root "" (or a spec
// outside root) by dir joined with its name. A spec that fails to load is
// reported and left out, so the others are still checked.
func LoadDir(dir, root string) ([]*File, diag.List) {
	var errs diag.List
	entries, err := os.ReadDir(dir)
	if err != nil {
		errs.Errorf(diag.Pos{File: filepath.ToSlash(dir)}, "%v", err)
		return nil, errs
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".yaml") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var files []*File
	for _, name := range names {
		p := filepath.Join(dir, name)
		shown := DisplayPath(root, p)
		data, err := safefile.Read(p, safefile.DefaultLimit)
		if err != nil {
			errs.Errorf(diag.Pos{File: shown}, "%v", err)
			continue
		}
		f, l := Load(shown, data)
		errs.Append(l)
		if !l.HasErrors() {
			files = append(files, f)
		}
	}
	return files, errs
}

// DisplayPath is p relative to root with forward slashes, or p itself
// (forward slashes) when root is "" or p is outside it.
func DisplayPath(root, p string) string {
	if root == "" {
		return filepath.ToSlash(p)
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}
