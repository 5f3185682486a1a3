package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "doc.md")
	require.NoError(t, os.WriteFile(small, []byte("# Statuses\n"), 0o644))
	fifo := filepath.Join(dir, "fifo")
	if runtime.GOOS != "windows" {
		require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	}
	cases := []struct {
		name, path string
		limit      int64
		want       string // content, or the error text
		tooLarge   bool
	}{
		{"regular file", small, DefaultLimit, "# Statuses\n", false},
		{"at the limit", small, 11, "# Statuses\n", false},
		{"over the limit", small, 10, "doc.md: file too large: 11 bytes, over the limit of 10", true},
		{"directory", dir, DefaultLimit, "not a regular file (a directory)", false},
		{"device", "/dev/zero", DefaultLimit, "not a regular file (a device)", false},
		{"named pipe", fifo, DefaultLimit, "not a regular file (a named pipe)", false},
		{"missing", filepath.Join(dir, "none"), DefaultLimit, "no such file", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if runtime.GOOS == "windows" && (c.name == "device" || c.name == "named pipe") {
				t.Skip("unix only")
			}
			got, err := Read(c.path, c.limit)
			if err == nil {
				assert.Equal(t, c.want, string(got))
				return
			}
			assert.Contains(t, err.Error(), c.want)
			assert.Equal(t, c.tooLarge, errors.Is(err, ErrTooLarge))
		})
	}
}
