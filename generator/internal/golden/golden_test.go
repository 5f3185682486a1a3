package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder captures what Check reports.
type recorder struct {
	testing.TB
	errs, fatals []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.fatals = append(r.fatals, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatal(args ...any) { r.fatals = append(r.fatals, "fatal") }

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "want.txt")
	require.NoError(t, os.WriteFile(path, []byte("a\nb\n"), 0o644))

	r := &recorder{TB: t}
	Check(r, path, []byte("a\nb\n"))
	assert.Empty(t, r.errs, "equal content passes")

	Check(r, path, []byte("a\nc\n"))
	require.Len(t, r.errs, 1)
	assert.Contains(t, r.errs[0], "-2: b")
	assert.Contains(t, r.errs[0], "+2: c")

	Check(r, filepath.Join(dir, "none.txt"), []byte("x"))
	require.Len(t, r.fatals, 1)
	assert.True(t, strings.Contains(r.fatals[0], "is missing"))
}

func TestCheckUpdate(t *testing.T) {
	*update = true
	defer func() { *update = false }()
	path := filepath.Join(t.TempDir(), "sub", "want.txt")
	Check(t, path, []byte("new\n"))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "new\n", string(got))
}
