package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Results are the parsed runs of one `go test -bench -count N` output.
type Results struct {
	Goos, Goarch, CPU string
	// Runs maps "Name/impl" to its measurements, one per -count run.
	Runs map[string][]Measure
}

// Measure is one result line.
type Measure struct {
	NsPerOp     float64
	BytesPerOp  float64
	AllocsPerOp float64
}

// Parse reads `go test -bench -benchmem` output. Lines that are not
// results or the goos/goarch/cpu header are ignored.
func Parse(src []byte) (*Results, error) {
	r := &Results{Runs: map[string][]Measure{}}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if k, v, ok := strings.Cut(text, ": "); ok && r.header(k, v) {
			continue
		}
		if !strings.HasPrefix(text, "Benchmark") {
			continue
		}
		name, m, err := parseLine(text)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", line, err)
		}
		r.Runs[name] = append(r.Runs[name], m)
	}
	if len(r.Runs) == 0 {
		return nil, fmt.Errorf("no benchmark results in input")
	}
	return r, sc.Err()
}

// header records a goos/goarch/cpu line and reports whether it was one.
func (r *Results) header(key, value string) bool {
	switch key {
	case "goos":
		r.Goos = value
	case "goarch":
		r.Goarch = value
	case "cpu":
		r.CPU = value
	default:
		return false
	}
	return true
}

// parseLine parses
//
//	BenchmarkParseMiss/ours-2   	 1000000	  5.03 ns/op	  32 B/op	  1 allocs/op
//
// into ("ParseMiss/ours", Measure{5.03, 32, 1}).
func parseLine(text string) (string, Measure, error) {
	f := strings.Fields(text)
	if len(f) < 4 || len(f)%2 != 0 {
		return "", Measure{}, fmt.Errorf("malformed result %q", text)
	}
	name := strings.TrimPrefix(f[0], "Benchmark")
	if i := strings.LastIndexByte(name, '-'); i > strings.LastIndexByte(name, '/') {
		if _, err := strconv.Atoi(name[i+1:]); err == nil {
			name = name[:i] // drop the GOMAXPROCS suffix
		}
	}
	var m Measure
	for i := 2; i+1 < len(f); i += 2 {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return "", Measure{}, fmt.Errorf("bad number %q in %q", f[i], text)
		}
		switch f[i+1] {
		case "ns/op":
			m.NsPerOp = v
		case "B/op":
			m.BytesPerOp = v
		case "allocs/op":
			m.AllocsPerOp = v
		}
	}
	return name, m, nil
}

// Median returns the per-field median of the runs of name, and whether
// there were any.
func (r *Results) Median(name string) (Measure, bool) {
	runs := r.Runs[name]
	if len(runs) == 0 {
		return Measure{}, false
	}
	pick := func(get func(Measure) float64) float64 {
		vs := make([]float64, len(runs))
		for i, m := range runs {
			vs[i] = get(m)
		}
		sort.Float64s(vs)
		if len(vs)%2 == 1 {
			return vs[len(vs)/2]
		}
		return (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
	}
	return Measure{
		NsPerOp:     pick(func(m Measure) float64 { return m.NsPerOp }),
		BytesPerOp:  pick(func(m Measure) float64 { return m.BytesPerOp }),
		AllocsPerOp: pick(func(m Measure) float64 { return m.AllocsPerOp }),
	}, true
}

// Count is the number of runs of the benchmark with the fewest.
func (r *Results) Count() int {
	n := 0
	for _, runs := range r.Runs {
		if n == 0 || len(runs) < n {
			n = len(runs)
		}
	}
	return n
}
