//go:build !unix

package outdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// lockWait bounds how long a run waits for another before it gives up.
const lockWait = 2 * time.Minute

// lock takes an exclusive lock for the output directory dir by creating a
// lock file in the system's temporary directory, waiting for another run
// to remove it. A run that dies leaves the file behind; the error says
// which file to delete.
func lock(dir string) (unlock func(), err error) {
	name, err := lockName(dir)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockWait)
	for {
		f, err := os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err == nil {
			f.Close()
			return func() { os.Remove(name) }, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, fmt.Errorf("lock %s: %w", dir, err)
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("lock %s: another docenum generate holds %s; delete it if no run is active", dir, name)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
