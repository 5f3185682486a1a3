// Package safefile reads and writes the files docenum works on without
// losing data or hanging on a file that is not what it seems.
//
// Write replaces a file so that a reader, or a crash, only ever sees the
// old content or the new one. It puts the data in a temporary file in the destination's directory,
// flushes it to disk, and renames it over the destination. A rename within
// one directory is atomic on the systems Go supports, so a full disk, a
// failed write or a process killed half way leaves the old file whole. At
// worst a temporary file (named .<name>.tmp-*) is left behind, which no
// docenum command reads.
package safefile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// TempPrefix starts the name of every temporary file Write creates, after
// a dot and the destination's base name.
const TempPrefix = ".tmp-"

// Write atomically replaces path with data. A new file gets mode perm; an
// existing file keeps its mode. A symbolic link is written through: its
// target is replaced and the link kept. The directory must exist.
func Write(path string, data []byte, perm os.FileMode) error {
	return write(path, data, perm, hooks{})
}

// hooks lets tests fail a write half way or stop before the rename.
type hooks struct {
	wrap         func(io.Writer) io.Writer
	beforeRename func()
}

func write(path string, data []byte, perm os.FileMode, h hooks) (err error) {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	if info, err := os.Stat(path); err == nil {
		if !info.Mode().IsRegular() {
			return fmt.Errorf("write %s: not a regular file", path)
		}
		perm = info.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	tmp, err := os.CreateTemp(dir, "."+base+TempPrefix+"*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	var w io.Writer = tmp
	if h.wrap != nil {
		w = h.wrap(tmp)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if h.beforeRename != nil {
		h.beforeRename()
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// syncDir flushes the rename to disk where the system allows it; the new
// content is already safe, so a failure here is not reported.
func syncDir(dir string) {
	if dir == "" {
		dir = "."
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
