package safefile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// DefaultLimit is the largest file Read accepts unless told otherwise:
// far above any vendor document or spec, and small enough that reading one
// cannot exhaust memory.
const DefaultLimit = 32 << 20

// ErrTooLarge is returned (wrapped) for a file over the limit.
var ErrTooLarge = errors.New("file too large")

// Read returns the content of the regular file at path (a symbolic link is
// followed). Devices, pipes and directories are refused before anything is
// read, so /dev/zero or a FIFO fails at once instead of exhausting memory
// or blocking; a file over limit bytes is refused with ErrTooLarge.
func Read(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if pe := (*os.PathError)(nil); errors.As(err, &pe) {
		return nil, fmt.Errorf("%s: %w", path, pe.Err)
	}
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file (%s)", path, kind(info.Mode()))
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s: %w: %d bytes, over the limit of %d", path, ErrTooLarge, info.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may grow after Stat: read at most one byte past the limit,
	// into a buffer of the size Stat gave, with the room ReadFrom wants
	// free before its last read (else it doubles the buffer to find EOF).
	buf := bytes.NewBuffer(make([]byte, 0, info.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: %w: over the limit of %d bytes", path, ErrTooLarge, limit)
	}
	return data, nil
}

func kind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeDevice != 0:
		return "a device"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return m.Type().String()
}
