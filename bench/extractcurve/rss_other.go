//go:build !unix

package main

import "os"

// maxRSSMB is unknown where the system does not report it.
func maxRSSMB(*os.ProcessState) float64 { return 0 }
