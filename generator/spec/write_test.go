package spec

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// referenceMarshal is Marshal as it was before Encode: yaml.v3, the
// reference Encode must match byte for byte.
func referenceMarshal(f *File) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// requireSameAsYAMLv3 checks Marshal (and so Encode) against the reference.
func requireSameAsYAMLv3(t testing.TB, f *File) []byte {
	t.Helper()
	want, err := referenceMarshal(f)
	require.NoError(t, err)
	got, err := Marshal(f)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))
	return got
}

// TestMarshalMatchesYAMLv3OnSpecs: every spec of the repository that Load
// accepts is written byte for byte as yaml.v3 writes it.
func TestMarshalMatchesYAMLv3OnSpecs(t *testing.T) {
	paths, err := filepath.Glob("../../specs/*.yaml")
	require.NoError(t, err)
	err = filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			paths = append(paths, path)
		}
		return err
	})
	require.NoError(t, err)
	checked := 0
	for _, path := range paths {
		f, errs := LoadFile(path)
		if errs.HasErrors() {
			continue
		}
		t.Run(path, func(t *testing.T) { requireSameAsYAMLv3(t, f) })
		checked++
	}
	assert.Greater(t, checked, 20, "specs checked")
}

// trickyScalars are texts whose YAML style yaml.v3 decides with care.
var trickyScalars = []string{
	"", " ", "a", "CallStatus", "no-answer", "in-progress", "1st", "200 OK",
	"The call was answered by a person.",
	"yes", "No", "on", "OFF", "y", "N", "~", "null", "Null", "NULL", "true", "False", "TRUE",
	"1", "-1", "+1", "0", "00", "017", "0x1F", "0X1f", "0o17", "0O17", "0b101", "-0b101", "-0o17",
	"0x", "0b", "0o", "0b2", "+", "-", "1.", "1e", "1e3", "1E+3", "1.5", ".5", "+.5", "-.5e-3",
	".inf", "-.INF", "+.Inf", ".nan", ".NaN", "inf", "-inf", "nan", "Infinity",
	"1_000", "_1", "1_", "1__0", "0.1_1", ".1_2", "0x_1F", "0b_1",
	"9223372036854775807", "9223372036854775808", "18446744073709551616", "99999999999999999999999",
	"0b11111111111111111111111111111111111111111111111111111111111111111",
	"12:30", "1:20:30.5", "-1:30", "190:20:30", "1:60", "1:2:3:4", "a:1",
	"2001-12-14", "2001-1-2", "2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43Z",
	"2001-12-14 21:59:43.10", "2001-13-14", "2001-12-14 x", "1234-", "12345-1-1",
	"<<", "=", "#", "a #b", "a#b", "a: b", "a:b", "a:", ":a", ": a", "- a", "-a", "--", "---",
	"--- x", "...", "....", "? a", "?a", "?", "[a]", "{a}", "a, b", "a,b", "a]", "a}", "*a", "&a",
	"!a", "|", ">", "'", "\"", "'a'", "it's", "%a", "@a", "`a`", "a`", " a", "a ", "a  b",
	"a\tb", "\t", "\ta", "a\t", "a\\b", "\\", "a\"b",
	"a\nb", "a\n", "a\n\n", "a\n\n\n", "\n", "\n\n", "\na", "\n\na", " a\nb", "a \nb", "a\n b",
	"a\n\tb", "a\nb ", "a\n\nb", "a\n #b", "- a\nb", "a\r\nb", "a\rb", "\r",
	"é", "日本語", "\u00a0", "a\u00a0", "\u0085", "a\u0085b", "\u0080", "\u009f", "\u00a1",
	"\ufeff", "\ufeffa", "a\ufeff", "\ufffe", "\uffff", "\ufffd", "\ud7ff", "\ue000",
	"\U0001F600", "a\U0001F600b", "\x7f", "\x00", "a\x00b", "\x07\x08\x0b\x0c\x1b", "\x01",
	"\u2028", "a\u2028b", "a\u2029b", "a\n\u2028", "\xff", "\xc3\x28", "a\xffb\nc",
	strings.Repeat("x", 200), strings.Repeat("word ", 50) + "end", strings.Repeat("long line ", 30) + "\nnext",
	"key: value # comment", "trailing\n  ", "\n ", " \n", "a\n\n ",
}

// TestMarshalMatchesYAMLv3OnTrickyScalars puts each tricky text in every
// kind of place a string goes: string fields, list items, data keys and
// data values (written through Datum.MarshalYAML by yaml.v3).
func TestMarshalMatchesYAMLv3OnTrickyScalars(t *testing.T) {
	for _, s := range trickyScalars {
		t.Run(fmt.Sprintf("%q", s), func(t *testing.T) {
			requireSameAsYAMLv3(t, fileOf(s, "k", s, s, s))
			requireSameAsYAMLv3(t, fileOf("w", s, "v", "k2", s))
		})
	}
}

// fileOf is a spec holding text in every string field and list, with the
// data {key1: val1, key2: val2}.
func fileOf(text, key1, val1, key2, val2 string) *File {
	f := &File{}
	fill(reflect.ValueOf(f).Elem(), text, 1)
	f.Enums[0].Values[0].Data = map[string]*Datum{key1: {Text: val1}, key2: {Text: val2}}
	return f
}

// fill sets every exported field under v: strings to text, numbers to n,
// bools to true, pointers and lists to one item (two for lists of
// strings), maps of data to one datum of text.
func fill(v reflect.Value, text string, n int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(text)
	case reflect.Int:
		v.SetInt(int64(n))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), text, n)
	case reflect.Slice:
		items := 1
		if v.Type().Elem().Kind() == reflect.String {
			items = 2
		}
		s := reflect.MakeSlice(v.Type(), items, items)
		for i := range items {
			fill(s.Index(i), text, n+i)
		}
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		m.SetMapIndex(reflect.ValueOf("q850"), reflect.ValueOf(&Datum{Text: text}))
		v.Set(m)
	case reflect.Struct:
		if v.Type() == datumType || v.Type() == posType {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), text, n)
			}
		}
	}
}

// TestMarshalWritesEveryField: a spec with every field set (found by
// reflection, so a field added to the types is covered) is written as
// yaml.v3 writes it, and reads back the same.
func TestMarshalWritesEveryField(t *testing.T) {
	f := &File{}
	fill(reflect.ValueOf(f).Elem(), "text", 7)
	out := requireSameAsYAMLv3(t, f)
	requireReadsBack(t, f, out)
	for _, s := range []string{"vendor:", "codes:", "q850:", "held:", "case_insensitive: true", "go_type:", "answered_by:"} {
		assert.Contains(t, string(out), s)
	}
}

// TestMarshalMatchesYAMLv3OnShapes: empty, nil and zero values.
func TestMarshalMatchesYAMLv3OnShapes(t *testing.T) {
	empty := ""
	tests := map[string]*File{
		"nil file":    nil,
		"empty file":  {},
		"nil items":   {Enums: []*Enum{nil, {Values: []*Value{nil}}}, Models: []*Model{nil}, Resolvers: []*Resolver{nil}, Codes: &Codes{Q850: []*Code{nil}}},
		"empty lists": {Enums: []*Enum{{Name: "A", Values: []*Value{}}}, Models: []*Model{{Name: "M", Fields: []*Field{}}}, Select: []string{}},
		"empty codes": {Codes: &Codes{}},
		"zero code":   {Codes: &Codes{Q850: []*Code{{}}, SIP: []*Code{{Code: -5, To: 699}}}},
		"empty canonical": {Enums: []*Enum{{Name: "A", Values: []*Value{
			{Wire: "a", Canonical: &Canonical{}},
			{Wire: "b", Canonical: &Canonical{NeedsAnswer: true}, Data: map[string]*Datum{"a": nil, "b": {}, "c": {Text: "x"}}},
		}}}},
		"empty prefix":  {Enums: []*Enum{{Name: "A", Prefix: &empty}}},
		"empty status":  {Models: []*Model{{Name: "M", Status: &ModelStatus{}}}},
		"negative line": {Enums: []*Enum{{Name: "A", Line: -3, Count: 1 << 40, Values: []*Value{{Line: -1}}}}},
	}
	for name, f := range tests {
		t.Run(name, func(t *testing.T) { requireSameAsYAMLv3(t, f) })
	}
}

// TestMarshalSortsDataKeysAsYAMLv3: yaml.v3 sorts map keys by its own
// order, digits as numbers.
func TestMarshalSortsDataKeysAsYAMLv3(t *testing.T) {
	keys := []string{"q850", "sip", "k10", "k2", "k02", "k002", "a1b", "a01b", "a", "A", "_", "-", "1", "01", "10", "9", "é", "z9a", "z9_", "z10", "Q850", "x0", "x00", "x0a", "", " ", "k 2"}
	data := map[string]*Datum{}
	for i, k := range keys {
		data[k] = &Datum{Text: fmt.Sprint(i)}
	}
	f := &File{Enums: []*Enum{{Name: "A", Values: []*Value{{Wire: "a", Data: data}}}}}
	for range 20 { // map order is random: yaml.v3's sort must not depend on it here
		requireSameAsYAMLv3(t, f)
	}
}

// refKeyLess is yaml.v3's keyList.Less on two strings, verbatim.
func refKeyLess(a, b string) bool {
	ar, br := []rune(a), []rune(b)
	digits := false
	for i := 0; i < len(ar) && i < len(br); i++ {
		if ar[i] == br[i] {
			digits = unicode.IsDigit(ar[i])
			continue
		}
		al := unicode.IsLetter(ar[i])
		bl := unicode.IsLetter(br[i])
		if al && bl {
			return ar[i] < br[i]
		}
		if al || bl {
			if digits {
				return al
			}
			return bl
		}
		var ai, bi int
		var an, bn int64
		if ar[i] == '0' || br[i] == '0' {
			for j := i - 1; j >= 0 && unicode.IsDigit(ar[j]); j-- {
				if ar[j] != '0' {
					an = 1
					bn = 1
					break
				}
			}
		}
		for ai = i; ai < len(ar) && unicode.IsDigit(ar[ai]); ai++ {
			an = an*10 + int64(ar[ai]-'0')
		}
		for bi = i; bi < len(br) && unicode.IsDigit(br[bi]); bi++ {
			bn = bn*10 + int64(br[bi]-'0')
		}
		if an != bn {
			return an < bn
		}
		if ai != bi {
			return ai < bi
		}
		return ar[i] < br[i]
	}
	return len(ar) < len(br)
}

// requireReadsBack checks that Load reads out back as f.
func requireReadsBack(t testing.TB, f *File, out []byte) {
	t.Helper()
	got, errs := Load("x.yaml", out)
	require.False(t, errs.HasErrors(), "%v\n%s", errs, out)
	require.Equal(t, normalized(f), normalized(got), "%s", out)
}

// normalized is a copy of f as Load gives it back: no positions or path,
// nil for empty lists and maps, a datum written as null read as "null"
// (model takes both as none).
func normalized(f *File) *File {
	if f == nil {
		return nil
	}
	c := reflect.New(reflect.TypeOf(*f))
	c.Elem().Set(reflect.ValueOf(*f))
	normalize(c.Elem())
	return c.Interface().(*File)
}

// isNullWord: a datum yaml.v3 writes as a null, which Load reads as none.
func isNullWord(s string) bool {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return true
	}
	return false
}

func normalize(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() && v.Type() != reflect.TypeOf(&Datum{}) {
			c := reflect.New(v.Type().Elem())
			c.Elem().Set(v.Elem())
			normalize(c.Elem())
			v.Set(c)
		}
	case reflect.Slice:
		if v.Len() == 0 {
			v.SetZero()
			return
		}
		c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		reflect.Copy(c, v)
		for i := range c.Len() {
			normalize(c.Index(i))
		}
		v.Set(c)
	case reflect.Map:
		if v.Len() == 0 {
			v.SetZero()
			return
		}
		c := reflect.MakeMap(v.Type())
		for _, k := range v.MapKeys() {
			d, _ := v.MapIndex(k).Interface().(*Datum)
			text := "null"
			if d != nil && !isNullWord(d.Text) {
				text = d.Text
			}
			c.SetMapIndex(k, reflect.ValueOf(&Datum{Text: text}))
		}
		v.Set(c)
	case reflect.Struct:
		for i := range v.NumField() {
			switch fl := v.Type().Field(i); {
			case fl.Type == posType || fl.Type == posPtrType || fl.Name == "Path" || fl.Name == "ImportPath":
				v.Field(i).SetZero()
			case fl.IsExported():
				normalize(v.Field(i))
			}
		}
	}
}

// lostByYAMLv3 reports texts yaml.v3 does not read back as it writes
// them (Encode writes them as yaml.v3 does): invalid UTF-8 in a datum
// (written as !!binary, read as its base64 text); the line breaks U+2028
// and U+2029, written raw; and literal blocks starting with a line feed
// (the emitter drops it) or a tab (the parser then rejects the block: a
// tab where it looks for the indentation).
func lostByYAMLv3(text string, datum bool) bool {
	if !utf8.ValidString(text) {
		return datum
	}
	if strings.ContainsAny(text, "\u2028\u2029") {
		return true
	}
	if !strings.Contains(text, "\n") || !analyze(text).block {
		return false
	}
	return text[0] == '\n' || text[0] == '\t'
}

// textsOf lists the strings under v, telling datum texts apart.
func textsOf(v reflect.Value, datum bool, add func(s string, datum bool)) {
	switch v.Kind() {
	case reflect.String:
		add(v.String(), datum)
	case reflect.Pointer:
		if !v.IsNil() {
			textsOf(v.Elem(), datum, add)
		}
	case reflect.Slice:
		for i := range v.Len() {
			textsOf(v.Index(i), datum, add)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			add(k.String(), false)
			textsOf(v.MapIndex(k), true, add)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				textsOf(v.Field(i), datum, add)
			}
		}
	}
}

// FuzzEncode: a spec built from fuzzed texts is written byte for byte as
// yaml.v3 writes it, and Load reads it back (but what yaml.v3 loses).
func FuzzEncode(f *testing.F) {
	for i, s := range trickyScalars {
		f.Add(s, "The call ended.", "k", s, trickyScalars[(i+7)%len(trickyScalars)], s, uint8(i))
	}
	f.Fuzz(func(t *testing.T, text, sentence, key1, val1, key2, val2 string, flags uint8) {
		if key1 != key2 && refKeyLess(key1, key2) == refKeyLess(key2, key1) {
			t.Skip("yaml.v3 orders these keys by the map's random order")
		}
		spec := fuzzFile(text, sentence, key1, val1, key2, val2, flags)
		out := requireSameAsYAMLv3(t, spec)
		if utf8Valid(key1, key2) {
			assert.Equal(t, refKeyLess(key1, key2), keyLess(key1, key2))
		}
		lost := false
		textsOf(reflect.ValueOf(spec), false, func(s string, datum bool) { lost = lost || lostByYAMLv3(s, datum) })
		if !lost {
			requireReadsBack(t, spec, out)
		}
	})
}

func utf8Valid(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// fuzzFile puts the fuzzed texts in every kind of place; flags leaves
// out optional parts.
func fuzzFile(text, sentence, key1, val1, key2, val2 string, flags uint8) *File {
	v := &Value{Wire: text, Name: sentence, Description: sentence, Line: int(flags),
		Data:      map[string]*Datum{key1: {Text: val1}, key2: {Text: val2}},
		Canonical: &Canonical{Outcome: text, Note: sentence + "\n" + text, NeedsAnswer: flags&1 != 0}}
	f := &File{
		Vendor: text, Doc: sentence + "\n\n" + text, Select: []string{text, sentence},
		Enums: []*Enum{{Name: sentence, Description: text, Prefix: &text,
			Columns: []*Column{{Name: key1, Type: "int", Doc: val1}},
			Values:  []*Value{v, {Wire: sentence, Doc: text + "\n"}}}},
		Models: []*Model{{Name: text, Status: &ModelStatus{Resolver: sentence, State: text, Held: []string{text, val1}},
			Fields: []*Field{{Wire: text, Description: sentence, Type: val2, Optional: true}}}},
		Resolvers: []*Resolver{{Name: text, State: sentence, Doc: val1}},
		Codes:     &Codes{Q850: []*Code{{Code: 16, Name: text, Confidence: sentence, Note: val2}}, SIP: []*Code{}},
	}
	if flags&2 != 0 {
		v.Canonical = nil
		f.Models = nil
	}
	if flags&4 != 0 {
		v.Data = map[string]*Datum{key1: nil}
		f.Codes = nil
	}
	return f
}

// TestEncodeStreams: Encode hands w bounded pieces, not the document, and
// reports w's error.
func TestEncodeStreams(t *testing.T) {
	f := benchSpec(20_000)
	var w maxWriter
	require.NoError(t, Encode(&w, f))
	assert.Greater(t, w.total, 1<<20)
	assert.LessOrEqual(t, w.max, 64<<10)

	err := Encode(failingWriter{}, f)
	require.ErrorIs(t, err, errWrite)
	_, err = Marshal(nil)
	require.NoError(t, err)
}

type maxWriter struct{ max, total int }

func (w *maxWriter) Write(p []byte) (int, error) {
	w.max = max(w.max, len(p))
	w.total += len(p)
	return len(p), nil
}

var errWrite = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

// TestEncodeAllocations: writing to a bufio.Writer allocates a constant
// few times, however many values the spec has.
func TestEncodeAllocations(t *testing.T) {
	f := benchSpec(10_000)
	w := bufio.NewWriter(io.Discard)
	allocs := testing.AllocsPerRun(5, func() { _ = Encode(w, f) })
	assert.LessOrEqual(t, allocs, 10.0)
}

// benchSpec is a spec of n values: wire, a one-sentence description, a
// line; a hundred values an enum.
func benchSpec(n int) *File {
	f := &File{Vendor: "acme", Title: "Acme", Source: "sources/acme.md"}
	for i := 0; i < n; i += 100 {
		e := &Enum{Name: fmt.Sprintf("Status%d", i/100), Description: "The status of the call.", Line: i + 1}
		for j := i; j < min(i+100, n); j++ {
			e.Values = append(e.Values, &Value{
				Wire:        fmt.Sprintf("status_%d", j),
				Description: fmt.Sprintf("The call reached state %d: the callee's phone rang, or the network gave up.", j),
				Line:        j + 2,
			})
		}
		f.Enums = append(f.Enums, e)
	}
	return f
}

// BenchmarkMarshal compares Encode with yaml.v3 on 100,000 values.
func BenchmarkMarshal(b *testing.B) {
	f := benchSpec(100_000)
	out, err := referenceMarshal(f)
	require.NoError(b, err)
	b.Run("Encode", func(b *testing.B) {
		w := bufio.NewWriter(io.Discard)
		b.SetBytes(int64(len(out)))
		b.ReportAllocs()
		for b.Loop() {
			if err := Encode(w, f); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Marshal", func(b *testing.B) {
		b.SetBytes(int64(len(out)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Marshal(f); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.SetBytes(int64(len(out)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := referenceMarshal(f); err != nil {
				b.Fatal(err)
			}
		}
	})
}
