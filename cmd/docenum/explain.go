package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/pipeline"
)

func init() {
	commands["explain"] = command{
		summary: "print the canonical call status of vendor values",
		run:     runExplain,
	}
}

const explainUsage = `usage: docenum explain [-specs DIR] [-json] [-answered[=false]] VENDOR VALUE [VALUE]

Explain prints what vendor values mean in the canonical call-status model.

One value is looked up in the vendor's enums. When it is in several, the
state enum of the vendor's resolver wins; write Enum=value to pick another:

	docenum explain kaleyraio BUSY_CHANNEL2
	docenum explain genesys RecordingState=none

Two values go through the vendor's resolver as (state, detail); an empty
value stands for an absent field:

	docenum explain ringcentral Disconnected TargetBusy
	docenum explain bandwidth disconnect ""

A value that only says the call ended needs to know whether the call was
answered; without -answered the record says needs_answer, with -answered or
-answered=false the answer rule settles the outcome.

Flags:
`

// explainOptions are the flags of explain.
type explainOptions struct {
	specs    string
	json     bool
	answered optionalBool
}

func runExplain(args []string, stdout, stderr io.Writer) int {
	var opts explainOptions
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.specs, "specs", "specs", "`DIR` holding the spec files")
	fs.BoolVar(&opts.json, "json", false, "print one JSON object")
	fs.Var(&opts.answered, "answered", "settle a value that needs the answer: the call was answered (true) or not (false)")
	fs.Usage = func() {
		fmt.Fprint(stderr, explainUsage)
		fs.PrintDefaults()
	}
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() < 2 {
		fmt.Fprintln(stderr, "docenum explain: want a vendor and one or two values")
		fs.Usage()
		return exitUsage
	}
	return explain(opts, fs.Arg(0), fs.Args()[1:], stdout, stderr)
}

func explain(opts explainOptions, vendor string, values []string, stdout, stderr io.Writer) int {
	c, errs := pipeline.CheckDir(opts.specs, "")
	if errs.HasErrors() {
		fmt.Fprintln(stderr, errs.Errors().Error())
		return exitError
	}
	tables := c.Mapping
	if tables == nil {
		fmt.Fprintf(stderr, "docenum explain: no canonical spec (kind: canonical) in %s\n", opts.specs)
		return exitError
	}
	rec, err := tables.Explain(vendor, values...)
	if err != nil {
		fmt.Fprintf(stderr, "docenum explain: %v\n", err)
		return exitError
	}
	if opts.answered.set {
		rec = tables.Settle(rec, opts.answered.value)
	}
	if opts.json {
		return writeJSON(stdout, stderr, rec)
	}
	writeRecord(stdout, rec)
	return exitOK
}

func writeJSON(stdout, stderr io.Writer, rec mapping.Record) int {
	data, err := json.Marshal(rec)
	if err != nil {
		fmt.Fprintf(stderr, "docenum explain: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stdout, "%s\n", data)
	return exitOK
}

// writeRecord prints the record as aligned "key: value" lines, in the order
// and with the keys of its JSON form; optional keys only when set.
func writeRecord(w io.Writer, rec mapping.Record) {
	lines := [][2]string{
		{"vendor", rec.Vendor},
		{"raw", showRaw(rec.Raw)},
	}
	for _, d := range mapping.Dims() {
		lines = append(lines, [2]string{string(d), mapping.Show(rec.Get(d))})
	}
	lines = append(lines,
		[2]string{"confidence", rec.Confidence},
		[2]string{"q850", showCode(rec.Q850)},
		[2]string{"sip", showCode(rec.SIP)},
	)
	if rec.NeedsAnswer {
		lines = append(lines, [2]string{"needs_answer", "true"})
	}
	for _, kv := range [][2]string{{"lossy", rec.Lossy}, {"none", rec.None}, {"note", rec.Note}} {
		if kv[1] != "" {
			lines = append(lines, kv)
		}
	}
	width := 0
	for _, kv := range lines {
		width = max(width, len(kv[0]))
	}
	for _, kv := range lines {
		fmt.Fprintf(w, "%-*s %s\n", width+1, kv[0]+":", kv[1])
	}
}

func showRaw(raw []string) string {
	parts := make([]string, len(raw))
	for i, r := range raw {
		parts[i] = r
		if r == "" || strings.ContainsAny(r, " \t\"") {
			parts[i] = strconv.Quote(r)
		}
	}
	return strings.Join(parts, " ")
}

func showCode(n int) string {
	if n == 0 {
		return "none"
	}
	return strconv.Itoa(n)
}

// optionalBool is a boolean flag that remembers whether it was given.
type optionalBool struct {
	set, value bool
}

func (b *optionalBool) String() string {
	if b == nil || !b.set {
		return ""
	}
	return strconv.FormatBool(b.value)
}

func (b *optionalBool) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return err
	}
	b.set, b.value = true, v
	return nil
}

func (b *optionalBool) IsBoolFlag() bool { return true }
