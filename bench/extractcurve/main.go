// Command extractcurve measures docenum extract on Markdown tables of
// growing size, each run in a process of its own so that its peak memory
// is its own, and prints a Markdown section for BENCHMARKS.md (bench/run.sh
// appends it).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

func main() {
	docenum := flag.String("docenum", "", "the docenum `BINARY` to measure")
	flag.Parse()
	if *docenum == "" {
		fmt.Fprintln(os.Stderr, "extractcurve: -docenum BINARY is required")
		os.Exit(2)
	}
	dir, err := os.MkdirTemp("", "extractcurve")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	fmt.Println("## Extractor")
	fmt.Println()
	fmt.Println("`docenum extract` on a Markdown table of N rows (`| C1 | The call ended for reason 1. |`),")
	fmt.Println("each size in a process of its own; the spec is written to a pipe. Refresh with `make bench`.")
	fmt.Println("Most of the time and memory is the YAML encoding of the spec (gopkg.in/yaml.v3, 85% of the CPU")
	fmt.Println("at 100k rows); the extraction alone runs at 6-8 MB/s (`BenchmarkLarge`, `BenchmarkExtract`).")
	fmt.Println()
	fmt.Println("| rows | input MB | seconds | MB/s | peak RSS MB | RSS / input |")
	fmt.Println("|--:|--:|--:|--:|--:|--:|")
	for _, rows := range []int{10_000, 40_000, 160_000} {
		path := filepath.Join(dir, fmt.Sprintf("t%d.md", rows))
		size := writeTable(path, rows)
		secs, rss := run(*docenum, path)
		mb := float64(size) / (1 << 20)
		fmt.Printf("| %d | %.1f | %.2f | %.1f | %.0f | %.0fx |\n", rows, mb, secs, mb/secs, rss, rss/mb)
	}
}

func writeTable(path string, rows int) int {
	var b bytes.Buffer
	b.WriteString("# Cause\n\n| Code | Description |\n|---|---|\n")
	for i := range rows {
		fmt.Fprintf(&b, "| C%d | The call ended for reason %d. |\n", i, i)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		fail(err)
	}
	return b.Len()
}

// run extracts path and returns the wall time and the peak RSS in MB.
func run(docenum, path string) (secs, rssMB float64) {
	cmd := exec.Command(docenum, "extract", "-vendor", "curve", path)
	cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		fail(fmt.Errorf("%s: %w", path, err))
	}
	return time.Since(start).Seconds(), maxRSSMB(cmd.ProcessState)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "extractcurve:", err)
	os.Exit(1)
}
