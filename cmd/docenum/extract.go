package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/extract"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/safefile"
	"github.com/docenum/docenum/generator/spec"
)

func init() {
	commands["extract"] = command{
		summary: "read a vendor document and write or update its YAML spec",
		run:     runExtract,
	}
}

const extractUsage = `usage: docenum extract [-format FORMAT] [-vendor NAME] [-select PATTERN]... [-check] [-o SPEC] FILE
       docenum extract [-check] -o SPEC
       docenum extract [-check] -all [-specs DIR]

Flags go before FILE.

Extract reads one vendor document, FILE, and finds the enums (and payload
models) it lists. Without -o it prints a new spec on stdout. With -o it
merges what it found into SPEC, writes SPEC back only if it changed, and
reports on stderr what the document changed (the drift). The merge
rewrites what the document states (descriptions, lines, field types,
which values exist) and keeps everything curated by hand: names, doc,
canonical mappings, curated values, ignore: (a value, field, model or
enum the extractor got wrong, left out of the generated code and never
added back), go_type: (a field's Go type) and YAML comments, each on the
item it was written on. A value the document drops is kept, marked
removed.

First run in a new project: write the first spec with
"docenum extract -o specs/acme.yaml path/to/acme.md", curate it, then
"docenum generate". Later runs refresh it with -o SPEC alone, or every
spec at once with -all.

A spec has one source document, named by its source: key relative to the
spec's directory (-o sets it when it creates the spec). It belongs in the
module (specs/sources/): -all warns about an absolute source: or one
outside the module, which another checkout cannot follow. With -o and no
FILE, FILE is that document. With -all, every spec in DIR that names a
source is extracted again from it, as go generate does before
generating; specs of kind canonical and specs without a source are
skipped.

With -check nothing is written: each spec the extraction would change is
reported with its drift and the exit status is 3, so that CI fails on a
vendor document changed without a reviewed spec.

An OpenAPI or Swagger document may hold hundreds of enums. -select
PATTERN (repeatable) keeps those whose schema or Go name matches the glob
PATTERN, or whose JSON pointer starts with PATTERN (#/components/...), and
the models nesting them; the patterns are recorded in the spec (select:),
so -all and -o SPEC without -select re-run the same selection. Without a
selection every enum goes in. Either way stderr says how many enums were
found where.

Rows the extractor cannot place are printed on stderr as
"FILE:LINE: warning: ...". A warning about a row whose name was lost is
silenced by a curated value whose description is the row's text.

flags:
`

const extractExitCodes = `
exit codes:
  0  done (warnings may have been printed)
  1  errors: FILE or SPEC unreadable or invalid
  2  bad usage
  3  -check: a spec is out of date with its document (the drift is printed)
`

// extractArgs are the parsed flags and argument of "docenum extract".
type extractArgs struct {
	out    string // -o: the spec to merge into
	format string // -format, "" when not given
	vendor string // -vendor
	check  bool   // -check
	all    bool   // -all
	specs  string // -specs, "" when not given
	file   string // the vendor document; "" to take SPEC's source
	limit  int64  // -max-bytes
	// selects are the -select patterns (repeatable), nil when none.
	selects []string
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	a, code := parseExtractArgs(args, stderr)
	if code >= 0 {
		return code
	}
	if a.all {
		return extractAll(a, stdout, stderr)
	}
	old, diags := loadSpec(a.out)
	if diags.HasErrors() {
		printDiags(stderr, diags)
		return exitError
	}
	if a.file == "" {
		if a.file = sourcePath(a.out, old); a.file == "" {
			fmt.Fprintf(stderr, "docenum extract: %s\n", noSourceProblem(a.out, old))
			return exitUsage
		}
	}
	code, _ = extractInto(a, old, stdout, stderr)
	return code
}

// extractInto extracts a.file and merges it into old (the spec at a.out,
// nil when there is none): the spec goes to stdout without -o, else to
// a.out. written tells whether a.out was written.
func extractInto(a extractArgs, old *spec.File, stdout, stderr io.Writer) (code int, written bool) {
	res, code := readDocument(a, old, stderr)
	if code >= 0 {
		return code, false
	}
	warnOtherSource(a, old, stderr)
	merged, drift := spec.Merge(old, freshSpec(a, res))
	if code := applyTopLevel(a, merged, stderr); code >= 0 {
		return code, false
	}
	printDiags(stderr, unclaimed(merged, res.Diags))
	if a.out == "" {
		return printSpec(merged, stdout, stderr), false
	}
	out, err := spec.Marshal(merged)
	if err != nil {
		fmt.Fprintf(stderr, "docenum extract: %v\n", err)
		return exitError, false
	}
	if old != nil {
		out = keepComments(a, out, stderr)
	}
	if errs := checkSpec(a.out, out); errs.HasErrors() {
		printDiags(stderr, errs)
		fmt.Fprintf(stderr, "docenum extract: %s not written: docenum generate would reject it (lines above are of the spec as it would be). "+
			"Print it with 'docenum extract %s > %s', fix those lines (e.g. name: on a value), then run with -o again: your fixes are kept\n", a.out, a.file, a.out)
		return exitError, false
	}
	return updateSpec(a, out, drift, stderr)
}

// printSpec writes the spec to stdout as it is encoded: a large
// extraction is never held whole in memory.
func printSpec(f *spec.File, stdout, stderr io.Writer) int {
	w := bufio.NewWriterSize(stdout, 64<<10)
	err := spec.Encode(w, f)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "docenum extract: writing the spec: %v\n", err)
		return exitError
	}
	return exitOK
}

// keepComments gives out, the merged spec about to be written to a.out,
// the YAML comments of the spec there now. Comments it cannot keep are a
// warning: the spec is still written, without them.
func keepComments(a extractArgs, out []byte, stderr io.Writer) []byte {
	cur, err := safefile.Read(a.out, safefile.DefaultLimit)
	if err == nil {
		out, err = spec.KeepComments(cur, out)
	}
	if err != nil {
		var l diag.List
		l.Warnf(diag.Pos{File: a.out}, "YAML comments not kept: %v", err)
		printDiags(stderr, l)
	}
	return out
}

// checkSpec checks the spec about to be written to path as docenum
// generate's model stage would: names, values, models. Its canonical
// mappings are not checked: a value the document added has none yet, and
// the spec must be written for a person to map it.
func checkSpec(path string, data []byte) diag.List {
	f, errs := spec.Load(path, data)
	if errs.HasErrors() {
		return errs
	}
	_, errs = model.Build([]*spec.File{f}, model.Options{})
	return errs.Errors()
}

// readDocument extracts a.file, in the format of the command line or of
// old; code is -1 to go on, else the exit code.
func readDocument(a extractArgs, old *spec.File, stderr io.Writer) (res extract.Result, code int) {
	data, err := safefile.Read(a.file, a.limit)
	if err != nil && a.all {
		fmt.Fprintf(stderr, "%s: source: %v\n", a.out, err)
	} else if err != nil {
		fmt.Fprintf(stderr, "docenum extract: %v\n", err)
	}
	if err != nil {
		if errors.Is(err, safefile.ErrTooLarge) {
			fmt.Fprintln(stderr, "docenum extract: -max-bytes raises the limit")
		}
		return res, exitError
	}
	opts, err := extractOptions(a, old)
	if err != nil {
		fmt.Fprintf(stderr, "docenum extract: %v\n", err)
		return res, exitError
	}
	res = extract.Extract(a.file, data, opts)
	if len(res.Enums) == 0 && len(res.Models) == 0 {
		// Merging nothing would mark every value of SPEC removed.
		res.Diags.Errorf(diag.Pos{File: a.file}, "found no enums or models")
	}
	if res.Diags.HasErrors() {
		printDiags(stderr, res.Diags)
		return res, exitError
	}
	if res.Summary != "" && !a.all {
		fmt.Fprintf(stderr, "%s: %s\n", a.file, res.Summary)
	}
	return res, -1
}

// parseExtractArgs parses the command line; code is -1 to go on, else the
// exit code.
func parseExtractArgs(args []string, stderr io.Writer) (a extractArgs, code int) {
	set := flag.NewFlagSet("extract", flag.ContinueOnError)
	set.SetOutput(stderr)
	set.StringVar(&a.out, "o", "", "merge into the spec `SPEC` (created if missing) instead of printing")
	set.StringVar(&a.format, "format", "", "document `FORMAT`: "+extract.FormatNames()+"\n(default: the spec's format, else auto); recorded in the spec")
	set.StringVar(&a.vendor, "vendor", "", "vendor (Go package) `NAME` (default: the spec's, else\nthe letters and digits of FILE's base name, lowercased)")
	set.BoolVar(&a.check, "check", false, "change nothing; exit 3 if a spec is out of date with its document")
	set.BoolVar(&a.all, "all", false, "extract every spec in -specs DIR from the document its source: names")
	set.Int64Var(&a.limit, "max-bytes", safefile.DefaultLimit, "refuse a document larger than `N` bytes")
	set.StringVar(&a.specs, "specs", "", "with -all: the `DIR` holding the specs (default \"specs\")")
	set.Func("select", "of an OpenAPI document, keep the enums and models matching `PATTERN`\n(a schema or Go name glob, or a #/ JSON pointer prefix; repeatable;\ndefault: the spec's select, else everything); recorded in the spec", func(p string) error {
		if strings.TrimSpace(p) == "" {
			return errors.New("empty pattern")
		}
		a.selects = append(a.selects, p)
		return nil
	})
	set.Usage = func() {
		fmt.Fprint(stderr, extractUsage)
		set.PrintDefaults()
		fmt.Fprint(stderr, extractExitCodes)
	}
	if code := parseFlags(set, args); code >= 0 {
		return a, code
	}
	if msg := checkExtractArgs(&a, set.Args()); msg != "" {
		fmt.Fprintf(stderr, "docenum extract: %s\n", msg)
		fmt.Fprintln(stderr, "Run 'docenum extract -h' for usage.")
		return a, exitUsage
	}
	return a, -1
}

// checkExtractArgs validates the flags and sets a.file; it returns a
// problem or "".
func checkExtractArgs(a *extractArgs, rest []string) string {
	if a.all {
		return checkAllArgs(a, rest)
	}
	if flagAfterFile(rest) {
		return fmt.Sprintf("flags go before FILE: found %s after %s (write 'docenum extract [flags] FILE')", firstFlag(rest), rest[0])
	}
	switch {
	case len(rest) > 1:
		return "want one FILE, got " + fmt.Sprint(len(rest))
	case len(rest) == 0 && a.out == "":
		return "nothing to extract: give a vendor document.\n" +
			"  A first spec:        docenum extract -o specs/acme.yaml path/to/acme-statuses.md\n" +
			"  Print one to stdout: docenum extract path/to/acme-statuses.md\n" +
			"  Refresh one spec:    docenum extract -o specs/acme.yaml (reads its source:)\n" +
			"  Refresh every spec:  docenum extract -all -specs specs"
	case a.specs != "":
		return "-specs needs -all"
	case a.check && a.out == "":
		return "-check needs -o SPEC or -all"
	case a.format != "" && !knownFormat(a.format):
		return fmt.Sprintf("unknown -format %q (want %s)", a.format, extract.FormatNames())
	case a.vendor != "" && naming.CheckPackage(a.vendor) != nil:
		return fmt.Sprintf("-vendor %q cannot be a Go package name: %v", a.vendor, naming.CheckPackage(a.vendor))
	}
	if len(rest) == 1 {
		a.file = rest[0]
	}
	return ""
}

// flagAfterFile reports whether an argument after FILE looks like a flag:
// the flag package stops at FILE, so "extract doc.md -o spec.yaml" would
// otherwise take -o as a second FILE.
func flagAfterFile(rest []string) bool { return len(rest) > 1 && firstFlag(rest[1:]) != "" }

// firstFlag is the first argument that starts with "-" (not "-" alone).
func firstFlag(args []string) string {
	for _, a := range args {
		if len(a) > 1 && a[0] == '-' {
			return a
		}
	}
	return ""
}

func knownFormat(f string) bool { return extract.Format(f).Valid() }

// vendorFromName is a file's base name without its extension, spelled as
// a package name: "Kaleyra.io-statuses.txt" gives "kaleyraiostatuses". It
// may still be refused by naming.CheckPackage (con.md, 2fa.md).
func vendorFromName(file string) string {
	base := filepath.Base(file)
	return naming.Lowered(strings.TrimSuffix(base, filepath.Ext(base)))
}

// vendorProblem says why the vendor cannot be named after file, whose
// name gives vendor, and which -vendor to give instead.
func vendorProblem(file, vendor string, err error) string {
	why := "no ASCII letters"
	if vendor != "" {
		why = fmt.Sprintf("%s: %v", vendor, err)
	}
	msg := fmt.Sprintf("cannot name the vendor after %q (%s); use -vendor NAME", file, why)
	if s := naming.PackageName(vendor); s != "" {
		msg += ", e.g. -vendor " + s
	}
	return msg
}

// loadSpec loads the spec at path; a missing file (or no path) is no spec.
func loadSpec(path string) (*spec.File, diag.List) {
	if path == "" {
		return nil, nil
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return spec.LoadFile(path)
}

// extractOptions picks the document format (-format, else the spec's) and
// the selection (-select, else the spec's select:).
func extractOptions(a extractArgs, old *spec.File) (extract.Options, error) {
	f := a.format
	if f == "" && old != nil && old.Format != "" {
		f = old.Format
		if !knownFormat(f) {
			return extract.Options{}, fmt.Errorf("%s: unknown format %q (want %s)", old.Path, f, extract.FormatNames())
		}
	}
	return extract.Options{Format: extract.Format(f), Select: selection(a, old)}, nil
}

// selection is the -select patterns, else those the spec records.
func selection(a extractArgs, old *spec.File) []string {
	if len(a.selects) > 0 || old == nil {
		return a.selects
	}
	return old.Select
}

// freshSpec wraps an extraction in a spec; its top-level keys matter only
// for a new spec (Merge keeps an existing spec's).
func freshSpec(a extractArgs, res extract.Result) *spec.File {
	f := &spec.File{Path: a.out, Enums: res.Enums, Models: res.Models}
	if a.out != "" {
		f.Source = sourceFrom(a.out, a.file)
	}
	return f
}

// sourceFrom is file relative to the directory of specPath, slash-separated.
func sourceFrom(specPath, file string) string {
	dir, err1 := filepath.Abs(filepath.Dir(specPath))
	abs, err2 := filepath.Abs(file)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(file)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(file)
	}
	return filepath.ToSlash(rel)
}

// sourcePath is the document f's source: names, as a path from the
// current directory (f was loaded from specPath), or "" when f names none.
func sourcePath(specPath string, f *spec.File) string {
	if f == nil || f.Source == "" {
		return ""
	}
	src := filepath.FromSlash(f.Source)
	if filepath.IsAbs(src) {
		return src
	}
	return filepath.Join(filepath.Dir(specPath), src)
}

// noSourceProblem says why FILE cannot be taken from the spec f at
// specPath (nil when there is no such file).
func noSourceProblem(specPath string, f *spec.File) string {
	if f == nil {
		return specPath + " does not exist; give FILE to create it"
	}
	return specPath + " names no source document (source:); give FILE"
}

// warnOtherSource warns when SPEC names another document than FILE. The
// two are compared as absolute paths: source: may be absolute, FILE
// relative, or the other way round.
func warnOtherSource(a extractArgs, old *spec.File, stderr io.Writer) {
	if old == nil || old.Source == "" || samePath(sourcePath(a.out, old), a.file) {
		return
	}
	var l diag.List
	l.Warnf(diag.Pos{File: a.out}, "its source is %s; extracting %s", old.Source, a.file)
	printDiags(stderr, l)
}

// samePath reports whether a and b name the same path, lexically.
func samePath(a, b string) bool {
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// applyTopLevel sets the vendor and format the command line asks for; code
// is -1 to go on, else the exit code.
func applyTopLevel(a extractArgs, f *spec.File, stderr io.Writer) (code int) {
	switch {
	case a.vendor != "":
		f.Vendor = a.vendor
	case f.Vendor == "":
		f.Vendor = vendorFromName(a.file)
		if err := naming.CheckPackage(f.Vendor); err != nil {
			fmt.Fprintf(stderr, "docenum extract: %s\n", vendorProblem(a.file, f.Vendor, err))
			return exitUsage
		}
	}
	switch a.format {
	case "":
	case string(extract.Auto):
		f.Format = ""
	default:
		f.Format = a.format
	}
	if len(a.selects) > 0 {
		f.Select = a.selects
	}
	return -1
}

// unclaimed drops the warnings about nameless rows that a curated value of
// f stands for (see spec.File.ClaimRow).
func unclaimed(f *spec.File, diags diag.List) diag.List {
	var out diag.List
	for _, d := range diags {
		if d.Severity == diag.Warning && f.ClaimRow(d.Pos.Line, d.Msg) {
			continue
		}
		out = append(out, d)
	}
	return out
}

func printDiags(w io.Writer, diags diag.List) {
	diags.Sort()
	for _, d := range diags {
		fmt.Fprintln(w, d)
	}
}

// updateSpec writes the merged spec to a.out if its bytes changed (unless
// -check) and reports the drift; written tells whether it wrote.
func updateSpec(a extractArgs, out []byte, drift spec.Drift, stderr io.Writer) (code int, written bool) {
	cur, err := os.ReadFile(a.out)
	if err == nil && bytes.Equal(cur, out) {
		return exitOK, false
	}
	drift.Report(stderr, a.out)
	if drift.Empty() {
		fmt.Fprintf(stderr, "%s: no drift, but source lines, order or layout differ\n", a.out)
	}
	if a.check {
		return exitDrift, false
	}
	if err := writeFile(a.out, out); err != nil {
		fmt.Fprintf(stderr, "docenum extract: %v\n", err)
		return exitError, false
	}
	return exitOK, true
}

func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return safefile.Write(path, data, 0o644)
}
