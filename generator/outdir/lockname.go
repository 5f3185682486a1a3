package outdir

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
)

// lockName is the lock file of the output directory dir: one per absolute
// path, so runs into different directories never wait for each other.
func lockName(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(os.TempDir(), "docenum-"+hex.EncodeToString(sum[:8])+".lock"), nil
}
