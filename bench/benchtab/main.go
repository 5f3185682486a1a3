// Command benchtab turns the output of bench/run.sh's `go test -bench`
// run into BENCHMARKS.md: per benchmark, the median ns/op, B/op and
// allocs/op of ours and enumer, their ratio, and whether docenum's targets
// are met.
//
// Usage (bench/run.sh runs it; `make bench` runs that):
//
//	go run ./bench/benchtab -in bench.txt -out BENCHMARKS.md -ours "generated/kaleyraio" -go "go1.26.1"
//
// Benchmarks are named Benchmark<Name>/<impl>, impl being "ours" or
// "enumer". The output depends only on its input apart from the measured
// numbers: no dates, no paths.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("benchtab", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "go test -bench output to read (default stdin)")
	out := fs.String("out", "", "Markdown file to write (default stdout)")
	oursDesc := fs.String("ours", "generated/kaleyraio", "what \"ours\" is, for the text")
	goVersion := fs.String("go", "", "Go version the benchmarks ran with")
	check := fs.Bool("check", false, "exit 1 when a target is missed")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	src, err := readInput(*in)
	if err != nil {
		fmt.Fprintln(stderr, "benchtab:", err)
		return 1
	}
	res, err := Parse(src)
	if err != nil {
		fmt.Fprintln(stderr, "benchtab:", err)
		return 1
	}
	doc, missed := Render(res, Info{Ours: *oursDesc, Go: *goVersion})
	if err := writeOutput(*out, doc, stdout); err != nil {
		fmt.Fprintln(stderr, "benchtab:", err)
		return 1
	}
	for _, m := range missed {
		fmt.Fprintln(stderr, "benchtab: target missed:", m)
	}
	if len(missed) == 0 {
		fmt.Fprintln(stderr, "benchtab: all targets met")
	}
	if *check && len(missed) > 0 {
		return 1
	}
	return 0
}

func readInput(path string) ([]byte, error) {
	if path == "" {
		return io.ReadAll(os.Stdin)
	}
	return os.ReadFile(path)
}

func writeOutput(path, doc string, stdout io.Writer) error {
	if path == "" {
		_, err := io.WriteString(stdout, doc)
		return err
	}
	return os.WriteFile(path, []byte(doc), 0o644)
}
