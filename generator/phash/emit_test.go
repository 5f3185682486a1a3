package phash

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dave/jennifer/jen"
	"github.com/stretchr/testify/require"
)

// emitCase is one lookup function in the program TestEmittedCodeRuns
// compiles: its table and the strings it is asked about.
type emitCase struct {
	name   string
	table  *Table
	keys   []string
	probes []string
}

func emitCases(t *testing.T) []emitCase {
	sets := keySets()
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{3, 17, 60, 150} {
		sets = append(sets, keySet{name: fmt.Sprintf("random %d", n), keys: randomKeys(r, n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_")})
	}
	sets = append(sets, keySet{name: "no keys"})
	var cases []emitCase
	for _, ks := range sets {
		for _, strategy := range []Strategy{Perfect, Switch, Map} {
			tb, err := BuildPerfect(ks.keys)
			require.NoError(t, err)
			if strategy != Perfect {
				tb.strategy = strategy // also emit the other strategies for every set
			} else if tb.strategy != Perfect {
				continue
			}
			probes := append(append([]string{}, ks.keys...), nonKeys(ks.keys)...)
			cases = append(cases, emitCase{name: ks.name + " " + strategy.String(), table: tb, keys: ks.keys, probes: probes})
		}
	}
	return cases
}

// TestEmittedCodeRuns renders every case's lookup function into a program,
// runs it with the go command, and checks that it answers exactly as
// Table.Lookup for strings, []byte and a named string type, without
// allocating.
func TestEmittedCodeRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	cases := emitCases(t)
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module lookuptest\n\ngo 1.24\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "check.go"), []byte(checkGo), 0o644))
	require.NoError(t, program(cases).Save(filepath.Join(dir, "main.go")))

	cmd := exec.Command(goCmd, "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)

	got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	want := wantLines(cases)
	require.Equal(t, len(want), len(got), "output lines")
	for i := range want {
		require.Equal(t, want[i], got[i], "line %d", i+1)
	}
}

// wantLines is what the program prints, computed with Table.Lookup.
func wantLines(cases []emitCase) []string {
	var lines []string
	for n, c := range cases {
		for _, p := range c.probes {
			i, ok := c.table.Lookup(p)
			if !ok {
				i = 0
			}
			lines = append(lines, fmt.Sprintf("%d %q %d %t", n, p, i, ok))
		}
		lines = append(lines, fmt.Sprintf("%d allocs 0", n))
	}
	return lines
}

// program renders a main package with, per case n, a named string type
// enumN, its key list valuesN, the emitted lookupN and its probes; main
// calls check (checkGo) for each.
func program(cases []emitCase) *jen.File {
	f := jen.NewFile("main")
	for n, c := range cases {
		enum, values, lookup := fmt.Sprintf("enum%d", n), fmt.Sprintf("values%d", n), fmt.Sprintf("lookup%d", n)
		f.Comment(c.name)
		f.Type().Id(enum).String()
		f.Var().Id(values).Op("=").Index().Id(enum).ValuesFunc(func(g *jen.Group) {
			for _, k := range c.keys {
				g.Lit(k)
			}
		})
		f.Add(c.table.Func(lookup, jen.Id(values)))
		f.Add(bodyFunc(c.table, lookup, fmt.Sprintf("body%d", n)))
		f.Var().Id(fmt.Sprintf("probes%d", n)).Op("=").Index().String().ValuesFunc(func(g *jen.Group) {
			for _, p := range c.probes {
				g.Lit(p)
			}
		})
	}
	f.Func().Id("main").Params().BlockFunc(func(g *jen.Group) {
		for n := range cases {
			lookup := fmt.Sprintf("lookup%d", n)
			g.Id("check").Call(jen.Lit(n), jen.Id(fmt.Sprintf("probes%d", n)),
				jen.Func().Params(jen.Id("s").String()).Params(jen.Int(), jen.Bool()).Block(
					jen.Return(jen.Id(lookup).Call(jen.Id("s")))),
				jen.Func().Params(jen.Id("s").String()).Params(jen.Int(), jen.Bool()).Block(
					jen.Return(jen.Id(lookup).Call(jen.Id(fmt.Sprintf("enum%d", n)).Call(jen.Id("s"))))),
				jen.Func().Params(jen.Id("b").Index().Byte()).Params(jen.Int(), jen.Bool()).Block(
					jen.Return(jen.Id(lookup).Call(jen.Id("b")))),
			)
			g.Id("checkBody").Call(jen.Lit(n), jen.Id(fmt.Sprintf("probes%d", n)), jen.Id(lookup+"[string]"),
				jen.Id(fmt.Sprintf("body%d", n)), jen.Id(fmt.Sprintf("keys%d", n)).Call())
		}
	})
	return f
}

// bodyFunc emits, as bodyN, the lookup inlined by Table.StringBody into a
// function of its own (the shape Parse functions have), plus keysN listing
// the keys as plain strings. Where StringBody does not apply, bodyN wraps
// the lookup, so every case runs the same check.
//
//	func bodyN(s string) (string, bool) {
//		<StringBody: return key, true / return "", false>
//	}
func bodyFunc(t *Table, lookup, name string) jen.Code {
	found := func(key jen.Code) jen.Code { return jen.Return(key, jen.True()) }
	missing := func() jen.Code { return jen.Return(jen.Lit(""), jen.False()) }
	body := t.StringBody(lookup, found, missing)
	if body == nil {
		body = []jen.Code{
			jen.List(jen.Id("i"), jen.Id("ok")).Op(":=").Id(lookup).Call(jen.Id("s")),
			jen.If(jen.Op("!").Id("ok")).Block(missing()),
			jen.Return(jen.String().Call(jen.Id("values"+strings.TrimPrefix(lookup, "lookup")).Index(jen.Id("i"))), jen.True()),
		}
	}
	n := strings.TrimPrefix(name, "body")
	return jen.Func().Id(name).Params(jen.Id("s").String()).Params(jen.String(), jen.Bool()).Block(body...).
		Line().Func().Id("keys" + n).Params().Index().String().BlockFunc(func(g *jen.Group) {
		g.Id("out").Op(":=").Make(jen.Index().String(), jen.Len(jen.Id("values"+n)))
		g.For(jen.List(jen.Id("i"), jen.Id("v")).Op(":=").Range().Id("values" + n)).Block(
			jen.Id("out").Index(jen.Id("i")).Op("=").String().Call(jen.Id("v")))
		g.Return(jen.Id("out"))
	})
}

// checkGo is the program's fixed part, as plain Go: scaffolding, not
// generated code under test. check makes sure the string, T and []byte
// instantiations agree, prints one line per probe, then how many times the
// []byte form allocates.
const checkGo = `package main

import (
	"fmt"
	"os"
	"testing"
)

func check(n int, probes []string, str, typed func(string) (int, bool), bytes func([]byte) (int, bool)) {
	bs := make([][]byte, len(probes))
	for i, p := range probes {
		bs[i] = []byte(p)
		i1, ok1 := str(p)
		i2, ok2 := typed(p)
		i3, ok3 := bytes(bs[i])
		if ok1 != ok2 || ok1 != ok3 || (ok1 && (i1 != i2 || i1 != i3)) {
			fmt.Printf("%d %q: string (%d, %t), T (%d, %t), []byte (%d, %t)\n", n, p, i1, ok1, i2, ok2, i3, ok3)
			os.Exit(1)
		}
		if !ok1 {
			i1 = 0
		}
		fmt.Printf("%d %q %d %t\n", n, p, i1, ok1)
	}
	allocs := testing.AllocsPerRun(10, func() {
		for _, b := range bs {
			bytes(b)
		}
	})
	fmt.Printf("%d allocs %v\n", n, allocs)
}

// checkBody makes sure the lookup inlined into a function body agrees with
// the lookup function; it prints nothing unless they differ.
func checkBody(n int, probes []string, lookup func(string) (int, bool), body func(string) (string, bool), keys []string) {
	for _, p := range probes {
		i, ok := lookup(p)
		key, bok := body(p)
		if ok != bok || (ok && key != keys[i]) {
			fmt.Printf("%d %q: lookup (%d, %t), body (%q, %t)\n", n, p, i, ok, key, bok)
			os.Exit(1)
		}
	}
}
`
