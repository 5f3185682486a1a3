package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// defaultSpecsDir is where -all looks without -specs.
const defaultSpecsDir = "specs"

// extractTally counts what "extract -all" did to the specs of a directory.
type extractTally struct {
	extracted int // specs extracted from their document
	noSource  int // vendor specs that name no source
	written   int // specs written back
	stale     int // -check: specs out of date
	failed    int // specs with errors
}

// extractAll extracts every spec in a.specs that names a source document,
// in name order, and sums up. Each spec is handled alone, so one bad spec
// does not hide the drift of another.
func extractAll(a extractArgs, stdout, stderr io.Writer) int {
	dir := a.specs
	if dir == "" {
		dir = defaultSpecsDir
	}
	paths, err := specFiles(dir)
	if os.IsNotExist(err) {
		fmt.Fprintf(stderr, "docenum extract: no specs directory %s; nothing to extract. "+
			"Write the first spec from a vendor document with 'docenum extract -o %s FILE'\n",
			dir, filepath.ToSlash(filepath.Join(dir, "acme.yaml")))
		return exitError
	}
	if err != nil {
		fmt.Fprintf(stderr, "docenum extract: %v\n", err)
		return exitError
	}
	var t extractTally
	for _, p := range paths {
		t.add(extractListed(a, p, stdout, stderr))
	}
	return t.report(a, dir, stdout, stderr)
}

// specFiles lists the *.yaml files of dir in name order; a missing dir is
// an error.
func specFiles(dir string) ([]string, error) {
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	sort.Strings(paths)
	return paths, err
}

// extractOutcome is what happened to one spec of "extract -all".
type extractOutcome int

const (
	outcomeSkipped  extractOutcome = iota // the canonical spec
	outcomeNoSource                       // vendor spec with no source
	outcomeCurrent                        // up to date
	outcomeWritten                        // written back
	outcomeStale                          // -check: out of date
	outcomeFailed                         // errors
)

// extractListed extracts the spec at specPath from its source document.
func extractListed(a extractArgs, specPath string, stdout, stderr io.Writer) extractOutcome {
	old, diags := spec.LoadFile(specPath)
	if diags.HasErrors() {
		printDiags(stderr, diags)
		return outcomeFailed
	}
	switch {
	case old.Kind == spec.KindCanonical:
		return outcomeSkipped
	case old.Source == "":
		return outcomeNoSource
	}
	a.out, a.file = specPath, sourcePath(specPath, old)
	warnSourceOutside(specPath, old, stderr)
	code, written := extractInto(a, old, stdout, stderr)
	switch {
	case code == exitDrift:
		return outcomeStale
	case code != exitOK:
		return outcomeFailed
	case written:
		return outcomeWritten
	}
	return outcomeCurrent
}

// warnSourceOutside warns about a source: that only this machine can
// follow: an absolute path, or one that leaves the module holding the
// spec. Both work, but "make check" elsewhere will not find the document.
func warnSourceOutside(specPath string, f *spec.File, stderr io.Writer) {
	why := ""
	if filepath.IsAbs(filepath.FromSlash(f.Source)) {
		why = "is an absolute path"
	} else if leavesModule(specPath, sourcePath(specPath, f)) {
		why = "is outside the module"
	}
	if why == "" {
		return
	}
	var l diag.List
	l.Warnf(diag.Pos{File: specPath}, "source %s %s; a checkout elsewhere will not find it: keep the document in the module (specs/sources/)", f.Source, why)
	printDiags(stderr, l)
}

// leavesModule reports whether file lies outside the module that holds
// specPath; it does not when there is no module.
func leavesModule(specPath, file string) bool {
	dir, err1 := filepath.Abs(filepath.Dir(specPath))
	abs, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return false
	}
	root, _, err := enclosingGoMod(dir)
	if err != nil || root == "" {
		return false
	}
	rel, err := filepath.Rel(root, abs)
	return err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func (t *extractTally) add(o extractOutcome) {
	switch o {
	case outcomeSkipped:
		return
	case outcomeNoSource:
		t.noSource++
		return
	case outcomeWritten:
		t.written++
	case outcomeStale:
		t.stale++
	case outcomeFailed:
		t.failed++
	}
	t.extracted++
}

// report prints the summary line and returns the exit code: errors win
// over drift.
func (t *extractTally) report(a extractArgs, dir string, stdout, stderr io.Writer) int {
	skipped := ""
	if t.noSource > 0 {
		skipped = fmt.Sprintf(" (%s without a source: key skipped)", plural(t.noSource, "vendor spec"))
	}
	switch {
	case t.failed > 0:
		fmt.Fprintf(stderr, "docenum extract: errors in %d of %s in %s (printed above)\n", t.failed, plural(t.extracted, "spec"), dir)
		return exitError
	case t.stale > 0:
		fmt.Fprintf(stderr, "docenum extract: %d of %s in %s out of date with their documents (drift above); "+
			"run 'docenum extract -all -specs %s' (or go generate), review the spec diff and commit it\n",
			t.stale, plural(t.extracted, "spec"), dir, dir)
		return exitDrift
	case t.extracted == 0:
		fmt.Fprintf(stderr, "docenum extract: no spec in %s names a source document; nothing to extract%s. "+
			"Write a spec from a vendor document with 'docenum extract -o %s FILE' (it records FILE in source:)\n",
			dir, skipped, filepath.ToSlash(filepath.Join(dir, "acme.yaml")))
	case a.check:
		fmt.Fprintf(stdout, "docenum extract: %s in %s up to date with their documents%s\n", plural(t.extracted, "spec"), dir, skipped)
	default:
		fmt.Fprintf(stdout, "docenum extract: %s in %s, %d written%s\n", plural(t.extracted, "spec"), dir, t.written, skipped)
	}
	return exitOK
}

// plural is "1 spec" or "2 specs".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// checkAllArgs validates the flags of -all; it returns a problem or "".
func checkAllArgs(a *extractArgs, rest []string) string {
	switch {
	case len(rest) > 0:
		return "-all takes no FILE: each spec names its document in source:"
	case a.out != "":
		return "-all and -o do not go together: -all writes every spec in -specs DIR"
	case a.format != "" || a.vendor != "":
		return "-format and -vendor are set per spec (format:, vendor:), not with -all"
	}
	return ""
}
