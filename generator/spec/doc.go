// Package spec is the YAML spec format: one file per generated package,
// recording what a vendor document says and what people curated by hand.
// specs/README.md is the reference for users; this package is the format
// itself.
//
//   - types.go: the types (File, Enum, Value, Model, Field, Resolver, ...),
//     whose yaml tags are the keys.
//   - Load and LoadFile decode strictly: unknown keys and values of the
//     wrong type are errors, every problem is collected and reported as
//     file:line:col, and each struct's At records where it was written.
//   - Marshal and Encode write a File deterministically: the same File
//     always gives the same bytes, so rewriting an unchanged spec changes
//     nothing. The bytes are those gopkg.in/yaml.v3 writes; write.go walks
//     the types itself and scalar.go mirrors yaml.v3's scalar styles, for
//     speed and memory (yaml.v3 stays the reference the tests compare to).
//   - Merge folds a fresh extraction into the spec on disk, keeping curated
//     fields, and returns the Drift; ClaimRow lets a curated value stand for
//     a row the extractor could not name.
package spec
