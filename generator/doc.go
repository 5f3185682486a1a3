// Package generator holds the stages of docenum, one package each:
//
//	vendor document --extract--> spec (YAML) --model--> typed model --emit--> Go packages
//
// Package extract parses vendor documentation (Markdown tables, glued text
// tables, API-model pages, bullet lists) into a spec. Package spec is the
// YAML format: loading with positions (every error as file:line:col), a
// deterministic writer, and the merge that keeps hand-curated fields when a
// document is extracted again. Package model validates the specs, reports
// every problem at once, and decides every Go name; the emitters read only
// the model. Package emit writes Go with jennifer: one string-based type per
// vendor enum with its constants, Parse, text, JSON and database/sql
// methods, and a known-value lookup built at generation time by package
// phash (the canonical package's enums, closed sets docenum defines, are
// uint8 types with the same methods and wire strings, so that a canonical
// status is a small record); a struct per payload model; and the mapping
// code. Package mapping checks and
// tabulates how vendor values map onto the canonical call-status model, and
// package report renders those tables as MAPPING.md and each package's
// README.md. Package pipeline wires the stages once (spec.LoadDir, model,
// mapping, emit, report) for the command and the tests alike. Package
// naming and package diag are shared by all stages.
//
// Generated code is checked in under generated/ and kept byte for byte
// reproducible: the tests regenerate it in memory and compare, and
// make check regenerates it and fails on any difference.
package generator
