// Package docenum turns vendor telephony documentation into typed Go enums.
//
// The pipeline is described in package generator; the command is
// cmd/docenum. This file lists the steps "go generate ." (make generate)
// runs, in order, from the module root.
package docenum

// Extract every vendor spec in specs/ again from the document its source:
// key names (specs/sources/), keeping what was curated by hand; what the
// documents changed is printed as drift. "make check" runs the same step
// with -check first, so a document changed without its spec fails CI.
//go:generate go run ./cmd/docenum extract -all -specs specs

// Generate generated/<vendor>/ from specs/*.yaml.
//go:generate go run ./cmd/docenum generate -specs specs -out generated
