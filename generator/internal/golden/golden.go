// Package golden is the one golden-file helper of docenum's tests: every
// runner compares its output with a file under testdata through Check,
// and `go test ./... -update` rewrites those files (then read the diff
// and commit it). A difference fails the test with a line diff.
package golden

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/docenum/docenum/generator/internal/textdiff"
)

var update = flag.Bool("update", false, "rewrite the golden files of the tests instead of comparing with them")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Check compares got with the golden file at path. With -update it writes
// got to path instead (creating its directory).
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("%s is missing: run go test -update to create it, then read it", path)
		return
	}
	if err != nil {
		t.Fatal(err)
		return
	}
	if d := textdiff.Lines(string(want), string(got)); d != "" {
		t.Errorf("%s differs (run go test -update and read the diff):\n%s", path, d)
	}
}
