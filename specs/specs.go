// Package specs carries the canonical spec docenum ships, callstatus.yaml,
// in the docenum binary: docenum generate maps a project's vendor specs onto
// it, and their generated code imports the package generated from it
// (CanonicalImportPath), when the project's specs directory has no
// canonical spec of its own. The YAML files here are docenum's own specs.
package specs

import _ "embed"

// Canonical is specs/callstatus.yaml, the canonical call-status model.
//
//go:embed callstatus.yaml
var Canonical []byte

// CanonicalPath is how diagnostics name the embedded canonical spec.
const CanonicalPath = "github.com/docenum/docenum/specs/callstatus.yaml"

// CanonicalImportPath is the import path of the package generated from
// Canonical: generated code of a project without its own canonical spec
// imports it.
const CanonicalImportPath = "github.com/docenum/docenum/generated/callstatus"
