// Command extractcurve measures docenum extract on Markdown tables of
// growing size, each run in a process of its own so that its peak memory
// is its own, and prints a Markdown section for BENCHMARKS.md (bench/run.sh
// appends it).
package main

import (
	"bufio"
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
	fmt.Println("reported it to the switch. |`). Each value costs a fixed 128 bytes in the spec model")
	fmt.Println("(spec.Value), 64 in the table row that gives it and about 40 in the map that finds repeats,")
	fmt.Println("so memory per input byte is higher for short rows. The last column leaves out what the")
	fmt.Println("process takes for a table of 3 rows (its code and runtime), which small inputs are mostly.")
	fmt.Println("Refresh with `make bench`.")
	fmt.Println()
	base := filepath.Join(dir, "base.md")
	writeTable(base, "| C%[1]d | The call ended for reason %[1]d. |\n", 3)
	_, baseRSS := best(*docenum, base)
	fmt.Println("| rows | row bytes | input MB | seconds | MB/s | peak RSS MB | RSS / input | (RSS - 3 rows) / input |")
	fmt.Println("|--:|--:|--:|--:|--:|--:|--:|--:|")
	for _, shape := range []struct {
		row  string
		rows []int
	}{
		{"| C%[1]d | The call ended for reason %[1]d. |\n", []int{10_000, 40_000, 160_000, 640_000}},
		{"| CAUSE_%06[1]d | The call ended for reason number %[1]d, as the network reported it to the switch. |\n", []int{25_000, 100_000, 300_000}},
	} {
		for _, rows := range shape.rows {
			path := filepath.Join(dir, fmt.Sprintf("t%d.md", rows))
			size := writeTable(path, shape.row, rows)
			secs, rss := best(*docenum, path)
			mb := float64(size) / (1 << 20)
			fmt.Printf("| %d | %d | %.1f | %.2f | %.1f | %.0f | %.1fx | %.1fx |\n", rows, size/rows, mb, secs, mb/secs, rss, rss/mb, (rss-baseRSS)/mb)
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

// writeTable writes the table straight to path: the harness stays small,
// since a child's peak RSS on Linux starts from its parent's at the fork.
func writeTable(path, row string, rows int) int {
	f, err := os.Create(path)
	if err != nil {
		fail(err)
	}
	w := &countWriter{w: bufio.NewWriter(f)}
	fmt.Fprint(w, "# Cause\n\n| Code | Description |\n|---|---|\n")
	for i := range rows {
		fmt.Fprintf(w, row, i)
	}
	if err := w.w.Flush(); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
	return w.n
}

type countWriter struct {
	w *bufio.Writer
	n int
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
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
