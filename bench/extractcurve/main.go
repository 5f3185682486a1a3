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
	fmt.Println("`docenum extract` on a Markdown table of N rows, each size in a process of its own, the")
	fmt.Println("spec written to a pipe; the best of three runs. Two row shapes: short rows")
	fmt.Println("(`| C1 | The call ended for reason 1. |`, 44 bytes) and rows of about 100 bytes, the shape")
	fmt.Println("of a real cause table (`| CAUSE_000001 | The call ended for reason number 1, as the network")
	fmt.Println("reported it to the switch. |`). Each value costs a fixed ~200 bytes in the spec model")
	fmt.Println("(spec.Value) and ~120 in the table row that gives it, so memory per input byte is higher for")
	fmt.Println("short rows. Refresh with `make bench`.")
	fmt.Println()
	fmt.Println("| rows | row bytes | input MB | seconds | MB/s | peak RSS MB | RSS / input |")
	fmt.Println("|--:|--:|--:|--:|--:|--:|--:|")
	for _, shape := range []struct {
		row  string
		rows []int
	}{
		{"| C%[1]d | The call ended for reason %[1]d. |\n", []int{10_000, 40_000, 160_000}},
		{"| CAUSE_%06[1]d | The call ended for reason number %[1]d, as the network reported it to the switch. |\n", []int{25_000, 100_000, 200_000}},
	} {
		for _, rows := range shape.rows {
			path := filepath.Join(dir, fmt.Sprintf("t%d.md", rows))
			size := writeTable(path, shape.row, rows)
			secs, rss := best(*docenum, path)
			mb := float64(size) / (1 << 20)
			fmt.Printf("| %d | %d | %.1f | %.2f | %.1f | %.0f | %.1fx |\n", rows, size/rows, mb, secs, mb/secs, rss, rss/mb)
		}
	}
}

// best runs the extraction three times and keeps the shortest time and
// the smallest peak memory: the machine's other work only adds to both.
func best(docenum, path string) (secs, rssMB float64) {
	secs, rssMB = run(docenum, path)
	for range 2 {
		s, r := run(docenum, path)
		secs, rssMB = min(secs, s), min(rssMB, r)
	}
	return secs, rssMB
}

func writeTable(path, row string, rows int) int {
	var b bytes.Buffer
	b.WriteString("# Cause\n\n| Code | Description |\n|---|---|\n")
	for i := range rows {
		fmt.Fprintf(&b, row, i)
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
