// Package enumtest checks the behaviour of generated enum types against
// their spec. The tests of every generated package call Run once per enum
// (and Fuzz for the JSON decoder); the checks are the contract of a
// generated enum:
//
//   - the values are the spec's wire strings, in spec order, and Values
//     returns a copy;
//   - every value round-trips through String/Parse, text, JSON (alone and
//     inside a struct) and database/sql;
//   - an unknown value decodes without error, keeps its raw string (copied
//     from the caller's buffer) and is not IsKnown; Parse alone reports it;
//   - JSON null leaves a value unchanged; malformed input is an error;
//   - decoding a known value allocates nothing and returns the interned
//     constant.
package enumtest

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"flag"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Methods are what every generated enum type provides by value, string
// based (Enum) or closed (Closed).
type Methods interface {
	comparable
	String() string
	IsKnown() bool
	MarshalText() ([]byte, error)
	AppendText([]byte) ([]byte, error)
	Value() (driver.Value, error)
}

// Enum is what a generated string-based enum type provides by value.
type Enum interface {
	~string
	Methods
}

// Decoder is what a generated enum type provides by pointer.
type Decoder[T any] interface {
	*T
	UnmarshalText([]byte) error
	UnmarshalJSON([]byte) error
	Scan(any) error
	flag.Value
	Type() string
}

// Case names one generated enum and the spec it was generated from.
type Case[T Enum] struct {
	// Spec is the spec file, relative to the test's directory.
	Spec string
	// Enum is the enum's name in the spec.
	Enum string
	// Values and Parse are the generated functions (CallStatusValues,
	// ParseCallStatus).
	Values func() []T
	Parse  func(string) (T, error)
}

// Run checks every behaviour of one generated enum type.
func Run[T Enum, P Decoder[T]](t *testing.T, c Case[T]) {
	t.Helper()
	wires := Wires(t, c.Spec, c.Enum)
	t.Run(c.Enum, func(t *testing.T) {
		t.Run("ValuesInSpecOrder", func(t *testing.T) { checkValues(t, c, wires) })
		t.Run("Known", func(t *testing.T) { checkKnown[T, P](t, c) })
		t.Run("JSONInStruct", func(t *testing.T) { checkStruct[T](t, c.Values()) })
		t.Run("Unknown", func(t *testing.T) { checkUnknown[T, P](t, c, wires) })
		t.Run("NullAndErrors", func(t *testing.T) { checkNullAndErrors[T, P](t, c) })
		t.Run("Allocs", func(t *testing.T) { checkAllocs[T, P](t, c) })
		t.Run("Flag", func(t *testing.T) { checkFlag[T, P](t, c.Enum, c.Values()) })
	})
}

// Runner is one enum's checks, made by Of and run by Package.
type Runner struct {
	enum string
	run  func(t *testing.T, spec string)
}

// Of wraps a Case for Package; c.Spec may be left empty.
func Of[T Enum, P Decoder[T]](c Case[T]) Runner {
	return Runner{enum: c.Enum, run: func(t *testing.T, spec string) {
		if c.Spec == "" {
			c.Spec = spec
		}
		Run[T, P](t, c)
	}}
}

// Package runs the checks of every enum of a generated package, and fails
// when the spec at path defines an enum that has no Runner: a new enum in
// the spec must get its tests.
func Package(t *testing.T, path string, runners ...Runner) {
	t.Helper()
	var tested []string
	for _, r := range runners {
		r.run(t, path)
		tested = append(tested, r.enum)
	}
	assert.ElementsMatch(t, Names(t, path), tested, "every enum of %s must be tested", path)
}

// Names returns the names of the enums of the spec at path, in spec order.
func Names(t testing.TB, path string) []string {
	t.Helper()
	f, errs := spec.LoadFile(path)
	require.False(t, errs.HasErrors(), "load %s: %v", path, errs)
	names := make([]string, len(f.Enums))
	for i, e := range f.Enums {
		names[i] = e.Name
	}
	return names
}

// Wires returns the wire strings of enum name in the spec at path, in spec
// order.
func Wires(t testing.TB, path, name string) []string {
	t.Helper()
	f, errs := spec.LoadFile(path)
	require.False(t, errs.HasErrors(), "load %s: %v", path, errs)
	for _, e := range f.Enums {
		if e.Name == name {
			wires := make([]string, len(e.Values))
			for i, v := range e.Values {
				wires[i] = v.Wire
			}
			return wires
		}
	}
	require.Failf(t, "no such enum", "%s defines no enum %s", path, name)
	return nil
}

func checkValues[T Enum](t *testing.T, c Case[T], wires []string) {
	got := c.Values()
	require.Equal(t, wires, strs(got), "Values() must list the spec's wire strings in spec order")
	if len(got) > 0 {
		got[0] = T("changed by the caller")
		assert.Equal(t, wires, strs(c.Values()), "Values() must return a copy")
	}
}

func checkKnown[T Enum, P Decoder[T]](t *testing.T, c Case[T]) {
	for _, v := range c.Values() {
		assert.Equal(t, string(v), v.String())
		checkRoundTrip[T, P](t, v, c.Parse, assertDecodes[T, P])
	}
}

// checkRoundTrip checks that the known value v goes through Parse, text,
// JSON and database/sql and comes back; decoded checks each decoding.
func checkRoundTrip[T Methods, P Decoder[T]](t *testing.T, v T, parse func(string) (T, error), decoded func(*testing.T, T, []byte, func(P, []byte) error, string)) {
	w := v.String()
	assert.True(t, v.IsKnown(), "%q IsKnown", w)
	parsed, err := parse(w)
	assert.NoError(t, err)
	assert.Equal(t, v, parsed)

	text, err := v.MarshalText()
	assert.NoError(t, err)
	assert.Equal(t, w, string(text))
	app, err := v.AppendText([]byte("x:"))
	assert.NoError(t, err)
	assert.Equal(t, "x:"+w, string(app))
	decoded(t, v, text, P.UnmarshalText, "UnmarshalText")

	// encoding/json encodes the type through MarshalText, exactly as
	// it encodes the plain string.
	js, err := json.Marshal(v)
	assert.NoError(t, err)
	escaped, _ := json.Marshal(w)
	assert.Equal(t, string(escaped), string(js), "json.Marshal(%q)", w)
	decoded(t, v, js, P.UnmarshalJSON, "UnmarshalJSON")
	if plain := []byte(jsonString(w)); !bytes.Equal(plain, js) {
		decoded(t, v, plain, P.UnmarshalJSON, "UnmarshalJSON of unescaped")
	}

	decoded(t, v, []byte(w), func(p P, b []byte) error { return p.Scan(b) }, "Scan([]byte)")
	var scanned T
	assert.NoError(t, P(&scanned).Scan(w))
	assert.Equal(t, v, scanned)
	dv, err := v.Value()
	assert.NoError(t, err)
	assert.Equal(t, w, dv)
}

// assertDecodes decodes a copy of in and checks that the result is want,
// that it is the interned constant (no reference to the input) and that it
// survives the input buffer being overwritten.
func assertDecodes[T Enum, P Decoder[T]](t *testing.T, want T, in []byte, decode func(P, []byte) error, what string) {
	t.Helper()
	got := decodeCopy(t, in, decode, what)
	assert.Equal(t, want, got, "%s(%s)", what, in)
	if len(want) > 0 && len(got) == len(want) {
		assert.Equal(t, unsafe.StringData(string(want)), unsafe.StringData(string(got)),
			"%s(%s) must return the package constant, not a copy", what, in)
	}
}

// holder is a webhook-like payload: the enum as a field, a pointer, a list.
type holder[T any] struct {
	F T   `json:"f"`
	P *T  `json:"p"`
	S []T `json:"s"`
}

type stringHolder struct {
	F string   `json:"f"`
	P *string  `json:"p"`
	S []string `json:"s"`
}

func checkStruct[T Enum](t *testing.T, values []T) {
	checkInStruct(t, append(values, T("docenum-unknown"), T("unknown \"quoted\" <&> \u2028 é")))
}

// checkInStruct checks each value as a struct field, a pointer and a list
// element: encoded byte for byte as encoding/json encodes its wire string,
// and decoded back.
func checkInStruct[T Methods](t *testing.T, values []T) {
	for _, v := range values {
		w := v.String()
		in := holder[T]{F: v, P: &v, S: []T{v, v}}
		got, err := json.Marshal(in)
		require.NoError(t, err)
		want, err := json.Marshal(stringHolder{F: w, P: &w, S: []string{w, w}})
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "byte-identical to encoding/json's encoding of a string")

		var out holder[T]
		require.NoError(t, json.Unmarshal(got, &out))
		assert.Equal(t, in, out)
	}
}

func checkUnknown[T Enum, P Decoder[T]](t *testing.T, c Case[T], wires []string) {
	for _, s := range []string{"docenum-unknown", "unknown \"quoted\" \\ é \n", "\x00", strings.Repeat("x", 100)} {
		if slices.Contains(wires, s) {
			continue
		}
		v, err := c.Parse(s)
		assert.Equal(t, T(s), v, "Parse keeps the raw value")
		if assert.Error(t, err, "Parse(%q)", s) {
			assert.Contains(t, err.Error(), c.Enum, "the error names the type")
			assert.Contains(t, err.Error(), strconv.Quote(s), "the error names the value")
		}
		assert.False(t, v.IsKnown())

		assertKeepsRaw[T, P](t, s, []byte(s), P.UnmarshalText, "UnmarshalText")
		assertKeepsRaw[T, P](t, s, []byte(jsonString(s)), P.UnmarshalJSON, "UnmarshalJSON")
		assertKeepsRaw[T, P](t, s, []byte(s), func(p P, b []byte) error { return p.Scan(b) }, "Scan([]byte)")
	}
}

// assertKeepsRaw checks that an unknown input decodes without error to
// itself, copied: overwriting the input buffer must not change it.
func assertKeepsRaw[T Enum, P Decoder[T]](t *testing.T, want string, in []byte, decode func(P, []byte) error, what string) {
	t.Helper()
	got := decodeCopy(t, in, decode, what)
	assert.Equal(t, want, string(got), "%s(%q) keeps the raw value, copied", what, in)
	assert.False(t, got.IsKnown())
}

// decodeCopy decodes a copy of in, then overwrites the copy, so that a
// result still pointing into the caller's buffer shows.
func decodeCopy[T Enum, P Decoder[T]](t *testing.T, in []byte, decode func(P, []byte) error, what string) T {
	t.Helper()
	buf := slices.Clone(in)
	var got T
	require.NoError(t, decode(P(&got), buf), "%s(%q)", what, in)
	for i := range buf {
		buf[i] = 'X'
	}
	return got
}

func checkNullAndErrors[T Enum, P Decoder[T]](t *testing.T, c Case[T]) {
	v := T("preset")
	if vals := c.Values(); len(vals) > 0 {
		v = vals[len(vals)-1]
	}
	x := v
	assert.NoError(t, P(&x).UnmarshalJSON([]byte("null")))
	assert.Equal(t, v, x, "null leaves the value unchanged")
	h := holder[T]{F: v}
	require.NoError(t, json.Unmarshal([]byte(`{"f":null}`), &h))
	assert.Equal(t, v, h.F)

	for _, bad := range []string{`123`, `true`, `{}`, `[]`, `"unterminated`, `"bad \x escape"`, "\"ctl\x01\"", ``} {
		assert.Error(t, P(&x).UnmarshalJSON([]byte(bad)), "UnmarshalJSON(%q)", bad)
	}
	assert.Error(t, json.Unmarshal([]byte(`{"f":1}`), &h))
	assert.Error(t, P(&x).Scan(42))
	assert.NoError(t, P(&x).Scan(nil))
	assert.Equal(t, T(""), x, "Scan(nil) gives the zero value")
}

func checkAllocs[T Enum, P Decoder[T]](t *testing.T, c Case[T]) {
	v, ok := plainValue(c.Values())
	if !ok {
		t.Skip("every value needs JSON escaping")
	}
	w := string(v)
	js := []byte(jsonString(w))
	text := []byte(w)
	var src any = text // boxing a slice allocates; do it once, outside
	null := []byte("null")
	buf := make([]byte, 0, len(w)+8)
	var x T
	zero := map[string]func(){
		"String":                func() { _ = v.String() },
		"IsKnown":               func() { _ = v.IsKnown() },
		"Parse hit":             func() { x, _ = c.Parse(w) },
		"AppendText":            func() { _, _ = v.AppendText(buf[:0]) },
		"UnmarshalText known":   func() { _ = P(&x).UnmarshalText(text) },
		"UnmarshalJSON known":   func() { _ = P(&x).UnmarshalJSON(js) },
		"Scan([]byte) known":    func() { _ = P(&x).Scan(src) },
		"UnmarshalJSON null":    func() { _ = P(&x).UnmarshalJSON(null) },
		"IsKnown of an unknown": func() { _ = T("docenum-unknown").IsKnown() },
	}
	for name, f := range zero {
		assert.Zero(t, testing.AllocsPerRun(100, f), "%s must not allocate", name)
	}
	assert.LessOrEqual(t, testing.AllocsPerRun(100, func() { _, _ = c.Parse("docenum-unknown") }), 1.0, "Parse miss allocates the error only")
}

// plainValue returns the last non-empty value that JSON carries without
// escapes: the case the fast paths are for.
func plainValue[T Enum](vals []T) (T, bool) {
	for i := len(vals) - 1; i >= 0; i-- {
		if w := string(vals[i]); w != "" && jsonString(w) == `"`+w+`"` {
			return vals[i], true
		}
	}
	return "", false
}

// JSONCheck is one enum's fuzz check, made by JSON or ClosedJSON; FuzzJSON
// runs the checks of a package's enums in one fuzz target.
type JSONCheck struct {
	enum  string
	seeds [][]byte
	check func(t *testing.T, b []byte)
}

// FuzzJSON fuzzes every enum of checks in one target, so that a package
// of many enums is one target to run: each input carries the index of the
// enum it is for, and the seeds are each enum's values.
func FuzzJSON(f *testing.F, checks ...JSONCheck) {
	if len(checks) == 0 {
		f.Fatal("FuzzJSON: no enums")
	}
	for i, c := range checks {
		for _, s := range c.seeds {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, b []byte) {
		c := checks[int(which)%len(checks)]
		t.Logf("enum %s", c.enum)
		c.check(t, b)
	})
}

// seedsOf is the fuzz seeds of an enum: each wire as a JSON string, then
// jsonSeeds.
func seedsOf(wires []string) [][]byte {
	seeds := make([][]byte, 0, len(wires)+len(jsonSeeds))
	for _, w := range wires {
		seeds = append(seeds, []byte(jsonString(w)))
	}
	for _, s := range jsonSeeds {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// jsonSeeds are inputs worth starting from for any enum.
var jsonSeeds = []string{`null`, `"a\"b"`, `"\u00e9"`, `"\ud800"`, "\"\xff\"", `1`, `"x`, ` "y" `}

// JSON checks UnmarshalJSON against encoding/json's decoding of a string,
// and json.Marshal of the type against that of a plain string: for any
// input, both accept or both reject, and agree on the value: the known
// value Parse gives for the string (a case-insensitive enum folds
// "tRAnsfer" to "transfer"), else the string kept as it came.
func JSON[T Enum, P Decoder[T]](c Case[T]) JSONCheck {
	var wires []string
	for _, v := range c.Values() {
		wires = append(wires, string(v), strings.ToUpper(string(v))) // a case-insensitive enum folds it
	}
	return JSONCheck{enum: c.Enum, seeds: seedsOf(wires), check: func(t *testing.T, b []byte) {
		var want *string
		wantErr := json.Unmarshal(b, &want)
		x := T("preset")
		err := P(&x).UnmarshalJSON(b)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("UnmarshalJSON(%q) error %v, encoding/json says %v", b, err, wantErr)
		}
		switch {
		case err != nil:
		case want == nil:
			if x != "preset" {
				t.Fatalf("UnmarshalJSON(%q) changed the value on null: %q", b, x)
			}
		case x != known(c, *want):
			t.Fatalf("UnmarshalJSON(%q) = %q, encoding/json says %q (known as %q)", b, x, *want, known(c, *want))
		}
		got, _ := json.Marshal(T(b))
		if want, _ := json.Marshal(string(b)); !bytes.Equal(got, want) {
			t.Fatalf("json.Marshal(%q) = %s, want %s", b, got, want)
		}
	}}
}

// known is the value a decoder gives for s: Parse's, else s itself.
func known[T Enum](c Case[T], s string) T {
	if v, err := c.Parse(s); err == nil {
		return v
	}
	return T(s)
}

// jsonString encodes s as encoding/json does, but without HTML escaping:
// the other form of the same JSON string that UnmarshalJSON must accept.
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func strs[T Enum](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// checkFlag checks the flag.Value methods: every listed value is taken and
// printed back, a value the spec does not list is refused, Type names the
// enum for pflag and cobra, and the flag package parses it.
func checkFlag[T Methods, P Decoder[T]](t *testing.T, enum string, values []T) {
	var x T
	p := P(&x)
	for _, v := range values {
		require.NoError(t, p.Set(v.String()))
		assert.Equal(t, v, x)
		assert.Equal(t, v.String(), p.String())
	}
	before := x
	err := p.Set("docenum-unknown")
	if assert.Error(t, err) {
		assert.Contains(t, err.Error(), enum)
	}
	assert.Equal(t, before, x, "a refused value leaves the flag as it was")
	assert.NotEmpty(t, p.Type())

	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var(p, "status", "a status")
	if len(values) > 0 {
		require.NoError(t, fs.Parse([]string{"-status", values[0].String()}))
		assert.Equal(t, values[0], x)
	}
}
