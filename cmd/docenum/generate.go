package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/docenum/docenum/generator/emit"
	"github.com/docenum/docenum/generator/outdir"
	"github.com/docenum/docenum/generator/pipeline"
	"github.com/docenum/docenum/generator/spec"
)

func init() {
	commands["generate"] = command{
		summary: "generate Go packages from the specs",
		run:     runGenerate,
	}
}

const generateUsage = `usage: docenum generate [-specs DIR] [-out DIR] [-module PATH] [-check] [-no-canonical]

Generate reads every *.yaml spec in the specs directory, checks them all
(every problem is printed as file:line:col: message), and writes one Go
package per spec to OUT/<vendor>/: its enums, its payload structs when the
spec has models, a test of every enum against the spec, and a README.
Values, fields and enums marked ignore: are left out.

Every vendor maps onto the canonical call-status model: each enum gets
Canonical() returning a callstatus.Status. Without a canonical spec
(kind: canonical) in the specs directory, the model is the one docenum
ships, and the generated code imports
github.com/docenum/docenum/generated/callstatus (the module needs
docenum in its go.mod), so its statuses compare with the shipped vendors'.
A specs directory with its own canonical spec gets its own package and a
cross-vendor matrix, OUT/MAPPING.md. A value without a canonical: block
maps to Unknown, with a warning, unless the spec says mapping: complete,
which makes it an error. -no-canonical generates no mapping; a canonical:
block is then an error. Files are rewritten only when their content
changes; generated files that no spec produces any more are removed.

The import path of OUT comes from the enclosing go.mod; -module gives the
module path instead. Paths in messages and generated headers are relative
to the module root.

With -check nothing is written: files that are missing, stale or no longer
generated are listed and the exit status is 3.

Flags:
`

// generateOptions are the flags of generate.
type generateOptions struct {
	specs  string
	out    string
	module string
	check  bool
	// noCanonical: generate no mapping without a canonical spec.
	noCanonical bool
}

func runGenerate(args []string, stdout, stderr io.Writer) int {
	var opts generateOptions
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.specs, "specs", "specs", "`DIR` holding the spec files")
	fs.StringVar(&opts.out, "out", "generated", "`DIR` to write the packages to")
	fs.StringVar(&opts.module, "module", "", "module `PATH` (default: from the enclosing go.mod)")
	fs.BoolVar(&opts.check, "check", false, "write nothing; report files that are not up to date (exit 3)")
	fs.BoolVar(&opts.noCanonical, "no-canonical", false, "without a canonical spec in -specs, generate no mapping\n(default: map onto the canonical model docenum ships)")
	fs.Usage = func() {
		fmt.Fprint(stderr, generateUsage)
		fs.PrintDefaults()
	}
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "docenum generate: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage
	}
	return generate(opts, stdout, stderr)
}

// generate is the command after flag parsing: pipeline.Generate, then
// writing or checking its files.
func generate(opts generateOptions, stdout, stderr io.Writer) int {
	mod, err := findModule(opts.out, opts.module)
	if err != nil {
		fmt.Fprintf(stderr, "docenum generate: %v\n", err)
		return exitError
	}
	out, errs := pipeline.Generate(opts.specs, pipeline.Options{
		Root: mod.root, ImportPath: mod.importPath, OutDir: spec.DisplayPath(mod.root, opts.out),
		NoCanonical: opts.noCanonical,
	})
	if len(out) == 0 && len(errs) == 0 {
		fmt.Fprintf(stderr, "docenum generate: no specs (*.yaml) in %s; nothing to generate. "+
			"Write the first spec from a vendor document with 'docenum extract -o %s FILE'\n",
			opts.specs, filepath.ToSlash(filepath.Join(opts.specs, "acme.yaml")))
		return exitOK
	}
	if len(errs) > 0 {
		fmt.Fprintln(stderr, errs.Error())
	}
	if errs.HasErrors() {
		return exitError
	}
	dir := outputDir(opts, mod.root)
	if opts.check {
		return checkFiles(dir, out, stdout, stderr)
	}
	return writeFiles(dir, out, stdout, stderr)
}

// outputDir is the output directory of a run and the spec directory that
// owns what it generates there.
func outputDir(opts generateOptions, root string) outdir.Dir {
	return outdir.Dir{Root: opts.out, Owner: spec.DisplayPath(root, opts.specs)}
}

func outFiles(files []emit.File) []outdir.File {
	out := make([]outdir.File, len(files))
	for i, f := range files {
		out[i] = outdir.File{Path: f.Path, Data: f.Data}
	}
	return out
}

// writeFiles writes the files that changed and removes the generated files
// no spec produces any more.
func writeFiles(dir outdir.Dir, files []emit.File, stdout, stderr io.Writer) int {
	written, removed, err := dir.Sync(outFiles(files))
	if err != nil {
		fmt.Fprintf(stderr, "docenum generate: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "docenum generate: %d files in %s, %d written, %d removed\n", len(files), dir.Root, written, removed)
	return exitOK
}

// checkFiles lists the files that generate would write or remove, and the
// files it would refuse to touch.
func checkFiles(dir outdir.Dir, files []emit.File, stdout, stderr io.Writer) int {
	plan, err := dir.Plan(outFiles(files))
	if err != nil {
		fmt.Fprintf(stderr, "docenum generate: %v\n", err)
		return exitError
	}
	var stale []string
	for _, f := range plan.Write {
		dst := filepath.Join(dir.Root, filepath.FromSlash(f.Path))
		old, err := os.ReadFile(dst)
		if err != nil {
			stale = append(stale, dst+": missing")
			continue
		}
		stale = append(stale, fmt.Sprintf("%s: stale (first difference at line %d)", dst, firstDiffLine(old, f.Data)))
	}
	for _, o := range plan.Remove {
		stale = append(stale, o+": no longer generated")
	}
	stale = append(stale, plan.Conflicts...)
	if len(stale) == 0 {
		fmt.Fprintf(stdout, "docenum generate: %d files in %s are up to date\n", len(files), dir.Root)
		return exitOK
	}
	for _, s := range stale {
		fmt.Fprintln(stderr, s)
	}
	fmt.Fprintln(stderr, "docenum generate: generated code is not up to date; run docenum generate")
	return exitDrift
}

// firstDiffLine is the 1-based line where a and b first differ.
func firstDiffLine(a, b []byte) int {
	line := 1
	for i := 0; i < len(a) && i < len(b) && a[i] == b[i]; i++ {
		if a[i] == '\n' {
			line++
		}
	}
	return line
}

// module is where generated code goes in Go terms.
type module struct {
	root       string // the module root directory (absolute)
	importPath string // import path of the output directory
}

// findModule finds the go.mod enclosing outDir and derives the import path
// of outDir from it. modulePath, when set, replaces the go.mod's module
// path; without a go.mod the current directory is then the root.
func findModule(outDir, modulePath string) (module, error) {
	absOut, err := filepath.Abs(outDir)
	if err != nil {
		return module{}, err
	}
	root, path, err := enclosingGoMod(absOut)
	if err != nil {
		return module{}, err
	}
	if modulePath != "" {
		path = modulePath
		if root == "" {
			if root, err = os.Getwd(); err != nil {
				return module{}, err
			}
		}
	}
	if root == "" {
		return module{}, fmt.Errorf("no go.mod encloses %s; run inside a module or pass -module", outDir)
	}
	rel, err := filepath.Rel(root, absOut)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return module{}, fmt.Errorf("output directory %s is outside the module at %s", outDir, root)
	}
	if rel != "." {
		path += "/" + filepath.ToSlash(rel)
	}
	return module{root: root, importPath: path}, nil
}

// enclosingGoMod walks up from dir to the first go.mod and returns its
// directory and module path, or "" when there is none.
func enclosingGoMod(dir string) (root, path string, err error) {
	for d := dir; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil {
			path, err := modulePathOf(data)
			if err != nil {
				return "", "", fmt.Errorf("%s: %v", filepath.Join(d, "go.mod"), err)
			}
			return d, path, nil
		}
		if !os.IsNotExist(err) {
			return "", "", err
		}
		if filepath.Dir(d) == d {
			return "", "", nil
		}
	}
}

// modulePathOf reads the module directive of a go.mod file.
func modulePathOf(gomod []byte) (string, error) {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "//"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		rest, ok := strings.CutPrefix(line, "module")
		if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '"') {
			continue
		}
		rest = strings.TrimSpace(rest)
		if unq, err := strconv.Unquote(rest); err == nil {
			rest = unq
		}
		if rest != "" {
			return rest, nil
		}
	}
	return "", fmt.Errorf("no module directive")
}
