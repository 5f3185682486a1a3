package safefile

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const oldContent = "old: curated spec\n"

func setup(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "spec.yaml")
	require.NoError(t, os.WriteFile(path, []byte(oldContent), 0o600))
	return path
}

// leftovers lists the directory's files other than the destination.
func leftovers(t *testing.T, path string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		if e.Name() != filepath.Base(path) {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestWriteReplaces(t *testing.T) {
	path := setup(t)
	require.NoError(t, Write(path, []byte("new\n"), 0o644))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "new\n", string(got))
	info, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), info.Mode().Perm(), "an existing file keeps its mode")
	assert.Empty(t, leftovers(t, path))
}

func TestWriteCreates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.go")
	require.NoError(t, Write(path, []byte("package x\n"), 0o644))
	info, err := os.Stat(path)
	require.NoError(t, err)
	if runtime.GOOS != "windows" {
		assert.Equal(t, os.FileMode(0o644), info.Mode().Perm())
	}
}

// halfWriter accepts half of what it is given, then fails as a full disk
// does.
type halfWriter struct{ w io.Writer }

func (h halfWriter) Write(p []byte) (int, error) {
	n, _ := h.w.Write(p[:len(p)/2])
	return n, errors.New("no space left on device")
}

func TestWriteFailingHalfWayKeepsOld(t *testing.T) {
	path := setup(t)
	err := write(path, []byte("a much longer new content that will not fit\n"), 0o644,
		hooks{wrap: func(w io.Writer) io.Writer { return halfWriter{w} }})
	require.ErrorContains(t, err, "no space left on device")
	require.ErrorContains(t, err, path)
	got, rerr := os.ReadFile(path)
	require.NoError(t, rerr)
	assert.Equal(t, oldContent, string(got))
	assert.Empty(t, leftovers(t, path), "the temporary file is removed")
}

func TestWriteRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	err := Write(dir, []byte("x"), 0o644)
	require.ErrorContains(t, err, "not a regular file")
}

func TestWriteMissingDirectory(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "no", "such", "file"), []byte("x"), 0o644)
	require.Error(t, err)
}

// TestKilledBeforeRename runs Write in a child process that is killed with
// SIGKILL after the new content is on disk but before the rename: the
// destination must still hold the old content.
func TestKilledBeforeRename(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is not available")
	}
	path := setup(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperKilledWriter$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_HELPER_PATH="+path)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	buf := make([]byte, len("ready"))
	_, err = io.ReadFull(stdout, buf)
	require.NoError(t, err, "helper did not reach the rename")
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	_ = cmd.Wait()

	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, oldContent, string(got))
	left := leftovers(t, path)
	require.Len(t, left, 1, "the killed writer leaves its temporary file")
	assert.Regexp(t, `^\.spec\.yaml\.tmp-`, left[0])
}

// TestHelperKilledWriter is the child of TestKilledBeforeRename; it does
// nothing unless that test started it.
func TestHelperKilledWriter(t *testing.T) {
	path := os.Getenv("ATOMICFILE_HELPER_PATH")
	if path == "" {
		t.Skip("helper process only")
	}
	_ = write(path, []byte("new content\n"), 0o644, hooks{beforeRename: func() {
		os.Stdout.WriteString("ready")
		time.Sleep(time.Minute) // wait to be killed
	}})
	os.Exit(1)
}

func TestWriteThroughSymlink(t *testing.T) {
	target := setup(t)
	link := filepath.Join(t.TempDir(), "link.yaml")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("symlinks unavailable:", err)
	}
	require.NoError(t, Write(link, []byte("new\n"), 0o644))
	got, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, "new\n", string(got), "the target is replaced")
	info, err := os.Lstat(link)
	require.NoError(t, err)
	assert.Equal(t, os.ModeSymlink, info.Mode().Type(), "the link is kept")
}
