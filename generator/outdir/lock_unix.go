//go:build unix

package outdir

import (
	"fmt"
	"os"
	"syscall"
)

// lock takes an exclusive lock for the output directory dir, waiting for
// another run to finish. The lock file lives in the system's temporary
// directory so the output stays free of files docenum does not generate;
// the kernel drops the lock when the process ends, however it ends.
func lock(dir string) (unlock func(), err error) {
	name, err := lockName(dir)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
