// Package docenum turns vendor telephony documentation into typed Go enums.
//
// The pipeline is described in package generator; the command is
// cmd/docenum. This file lists the steps "go generate ." (make generate)
// runs, in order, from the module root.
package docenum

// Steps that refresh the specs from the vendor documents go here, before
// the packages are generated from them.

// Generate generated/<vendor>/ from specs/*.yaml.
//go:generate go run ./cmd/docenum generate -specs specs -out generated
