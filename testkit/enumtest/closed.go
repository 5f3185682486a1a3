package enumtest

import (
	"encoding/json"
	"slices"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Closed is what a generated enum of the canonical package provides by
// value. Its values are a closed set docenum defines, so it is a uint8
// numbered in spec order (the Unknown value "" first, as 0) rather than the
// wire string; the wire strings are its text form. The checks of a closed
// enum are those of Run, except that a string the spec does not list cannot
// be kept: decoding one is an error that leaves the value unchanged.
type Closed interface {
	~uint8
	Methods
}

// ClosedCase names one generated closed enum and the spec it was
// generated from; the fields are those of Case.
type ClosedCase[T Closed] struct {
	Spec   string
	Enum   string
	Values func() []T
	Parse  func(string) (T, error)
}

// OfClosed wraps a ClosedCase for Package; c.Spec may be left empty.
func OfClosed[T Closed, P Decoder[T]](c ClosedCase[T]) Runner {
	return Runner{enum: c.Enum, run: func(t *testing.T, spec string) {
		if c.Spec == "" {
			c.Spec = spec
		}
		RunClosed[T, P](t, c)
	}}
}

// RunClosed checks every behaviour of one generated closed enum type.
func RunClosed[T Closed, P Decoder[T]](t *testing.T, c ClosedCase[T]) {
	t.Helper()
	wires := Wires(t, c.Spec, c.Enum)
	t.Run(c.Enum, func(t *testing.T) {
		t.Run("ValuesInSpecOrder", func(t *testing.T) { checkClosedValues(t, c, wires) })
		t.Run("Known", func(t *testing.T) { checkClosedKnown[T, P](t, c) })
		t.Run("JSONInStruct", func(t *testing.T) { checkInStruct(t, c.Values()) })
		t.Run("Unknown", func(t *testing.T) { checkClosedUnknown[T, P](t, c, wires) })
		t.Run("NullAndErrors", func(t *testing.T) { checkClosedNullAndErrors[T, P](t, c) })
		t.Run("Allocs", func(t *testing.T) { checkClosedAllocs[T, P](t, c) })
		t.Run("Flag", func(t *testing.T) { checkFlag[T, P](t, c.Enum, c.Values()) })
	})
}

func checkClosedValues[T Closed](t *testing.T, c ClosedCase[T], wires []string) {
	got := c.Values()
	require.Len(t, got, len(wires))
	require.NotEmpty(t, wires)
	assert.Equal(t, "", wires[0], "the first value of a closed enum is the Unknown value \"\"")
	for i, v := range got {
		assert.Equal(t, T(i), v, "the values are numbered in spec order")
		assert.Equal(t, wires[i], v.String(), "String of value %d", i)
	}
	got[0] = T(len(wires))
	assert.Equal(t, T(0), c.Values()[0], "Values() must return a copy")
}

func checkClosedKnown[T Closed, P Decoder[T]](t *testing.T, c ClosedCase[T]) {
	for _, v := range c.Values() {
		checkRoundTrip[T, P](t, v, c.Parse, assertClosedDecodes[T, P])
	}
}

// assertClosedDecodes decodes a copy of in, starting from a value that is
// not want, and checks the result.
func assertClosedDecodes[T Closed, P Decoder[T]](t *testing.T, want T, in []byte, decode func(P, []byte) error, what string) {
	t.Helper()
	got := want + 1
	require.NoError(t, decode(P(&got), slices.Clone(in)), "%s(%q)", what, in)
	assert.Equal(t, want, got, "%s(%s)", what, in)
}

func checkClosedUnknown[T Closed, P Decoder[T]](t *testing.T, c ClosedCase[T], wires []string) {
	last := c.Values()[len(wires)-1]
	for _, s := range []string{"docenum-unknown", "unknown \"quoted\" \\ é \n", "\x00", "UNKNOWN"} {
		if slices.Contains(wires, s) {
			continue
		}
		v, err := c.Parse(s)
		assert.Equal(t, T(0), v, "Parse of an unknown string gives the Unknown value")
		if assert.Error(t, err, "Parse(%q)", s) {
			assert.Contains(t, err.Error(), c.Enum, "the error names the type")
			assert.Contains(t, err.Error(), strconv.Quote(s), "the error names the value")
		}
		for what, decode := range map[string]func(P) error{
			"UnmarshalText": func(p P) error { return p.UnmarshalText([]byte(s)) },
			"UnmarshalJSON": func(p P) error { return p.UnmarshalJSON([]byte(jsonString(s))) },
			"Scan([]byte)":  func(p P) error { return p.Scan([]byte(s)) },
			"Scan(string)":  func(p P) error { return p.Scan(s) },
		} {
			x := last
			assert.Error(t, decode(P(&x)), "%s(%q)", what, s)
			assert.Equal(t, last, x, "%s(%q) leaves the value unchanged", what, s)
		}
	}
	// A number that is no value: not known, and it does not encode.
	bad := T(len(wires))
	assert.False(t, bad.IsKnown())
	assert.Contains(t, bad.String(), c.Enum)
	_, err := bad.MarshalText()
	assert.Error(t, err)
	_, err = bad.AppendText(nil)
	assert.Error(t, err)
	_, err = bad.Value()
	assert.Error(t, err)
	_, err = json.Marshal(bad)
	assert.Error(t, err)
}

func checkClosedNullAndErrors[T Closed, P Decoder[T]](t *testing.T, c ClosedCase[T]) {
	vals := c.Values()
	v := vals[len(vals)-1]
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
	assert.Equal(t, T(0), x, "Scan(nil) gives the Unknown value")
}

func checkClosedAllocs[T Closed, P Decoder[T]](t *testing.T, c ClosedCase[T]) {
	vals := c.Values()
	v := vals[len(vals)-1]
	w := v.String()
	js := []byte(jsonString(w))
	text := []byte(w)
	var src any = text
	null := []byte("null")
	buf := make([]byte, 0, len(w)+8)
	var x T
	zero := map[string]func(){
		"String":              func() { _ = v.String() },
		"IsKnown":             func() { _ = v.IsKnown() },
		"Parse hit":           func() { x, _ = c.Parse(w) },
		"AppendText":          func() { _, _ = v.AppendText(buf[:0]) },
		"UnmarshalText known": func() { _ = P(&x).UnmarshalText(text) },
		"UnmarshalJSON known": func() { _ = P(&x).UnmarshalJSON(js) },
		"Scan([]byte) known":  func() { _ = P(&x).Scan(src) },
		"UnmarshalJSON null":  func() { _ = P(&x).UnmarshalJSON(null) },
	}
	for name, f := range zero {
		assert.Zero(t, testing.AllocsPerRun(100, f), "%s must not allocate", name)
	}
}

// ClosedJSON checks UnmarshalJSON of a closed enum against encoding/json's
// decoding of a string: both accept or both reject the syntax; a string
// decodes to the value whose wire string it is, and any other string is an
// error that leaves the value unchanged.
func ClosedJSON[T Closed, P Decoder[T]](c ClosedCase[T]) JSONCheck {
	vals := c.Values()
	var wires []string
	for _, v := range vals {
		wires = append(wires, v.String())
	}
	preset := vals[len(vals)-1]
	return JSONCheck{enum: c.Enum, seeds: seedsOf(wires), check: func(t *testing.T, b []byte) {
		var want *string
		wantErr := json.Unmarshal(b, &want)
		x := preset
		err := P(&x).UnmarshalJSON(b)
		switch {
		case wantErr != nil:
			if err == nil {
				t.Fatalf("UnmarshalJSON(%q) = %v, encoding/json says %v", b, x, wantErr)
			}
		case want == nil:
			if err != nil || x != preset {
				t.Fatalf("UnmarshalJSON(%q) on null: %v, %v", b, x, err)
			}
		default:
			known := -1
			for i, v := range vals {
				if v.String() == *want {
					known = i
				}
			}
			switch {
			case known >= 0 && (err != nil || x != vals[known]):
				t.Fatalf("UnmarshalJSON(%q) = %v, %v; want %v", b, x, err, vals[known])
			case known < 0 && (err == nil || x != preset):
				t.Fatalf("UnmarshalJSON(%q) = %v, %v; want an error and no change", b, x, err)
			}
		}
	}}
}
