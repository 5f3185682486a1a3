// Package payloadtest checks generated payload structs against sample
// payloads (testdata/payloads/<vendor>/*.json). The tests of every
// generated package with payload models call it:
//
//   - Decode reads a sample and decodes it into the generated struct;
//   - RoundTrip encodes the decoded struct again and checks that the JSON
//     says what the sample said: the same fields with the same values, less
//     the fields the struct does not have (unknown fields are ignored on
//     decoding) and those that were null (absent and null decode alike).
//     Timestamps compare as instants, so "12:00:00.000Z" and "12:00:00Z"
//     are the same value.
package payloadtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Dir is the directory of the samples, relative to a generated package.
const Dir = "../../testdata/payloads"

// Read returns the sample testdata/payloads/<vendor>/<name>.json.
func Read(t testing.TB, vendor, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(Dir, vendor, name+".json"))
	require.NoError(t, err)
	return data
}

// Decode reads a sample and decodes it into a T.
func Decode[T any](t testing.TB, vendor, name string) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal(Read(t, vendor, name), &v), "%s/%s", vendor, name)
	return v
}

// RoundTrip encodes v, the struct decoded from sample, and compares the
// result with the sample field by field (see the package doc).
func RoundTrip(t testing.TB, sample []byte, v any) {
	t.Helper()
	out, err := json.Marshal(v)
	require.NoError(t, err)
	known := jsonNames(reflect.TypeOf(v))
	want, got := normalize(t, sample, known), normalize(t, out, known)
	assert.Equal(t, want, got, "re-encoded:\n%s", out)
}

// normalize decodes a JSON object, keeps the known keys that are not null,
// and writes every timestamp as a UTC instant.
func normalize(t testing.TB, data []byte, known map[string]bool) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	for k, v := range m {
		if !known[k] || v == nil {
			delete(m, k)
		} else if ts, ok := asTime(v); ok {
			m[k] = ts.UTC().Format(time.RFC3339Nano)
		}
	}
	return m
}

// asTime returns v as a time when it is an RFC 3339 string.
func asTime(v any) (time.Time, bool) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, false
	}
	ts, err := time.Parse(time.RFC3339Nano, s)
	return ts, err == nil
}

// jsonNames lists the JSON names of a struct's fields.
func jsonNames(t reflect.Type) map[string]bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	names := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "" && name != "-" {
			names[name] = true
		}
	}
	return names
}

// Fuzz decodes arbitrary input into a T, seeded with the vendor's samples.
// Decoding must not panic; whatever decodes must encode, and encoding is
// stable: decoding the encoded payload and encoding it again gives the same
// bytes.
func Fuzz[T any](f *testing.F, vendor string) {
	samples, err := filepath.Glob(filepath.Join(Dir, vendor, "*.json"))
	require.NoError(f, err)
	for _, s := range samples {
		data, err := os.ReadFile(s)
		require.NoError(f, err)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v T
		if json.Unmarshal(data, &v) != nil {
			return
		}
		out, err := json.Marshal(&v)
		require.NoError(t, err)
		var again T
		require.NoError(t, json.Unmarshal(out, &again), "%s", out)
		out2, err := json.Marshal(&again)
		require.NoError(t, err)
		require.Equal(t, string(out), string(out2))
	})
}
