package main

import (
	"fmt"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/emit"
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/report"
	"github.com/docenum/docenum/generator/spec"
)

// buildMapping checks the canonical mapping of the specs when they include
// the canonical one (kind: canonical) and returns the tables the mapping
// code and the reports are generated from. Specs without a canonical one
// have no mapping: the tables are nil and nothing is checked.
func buildMapping(files []*spec.File) (*mapping.Tables, diag.List) {
	for _, f := range files {
		if f != nil && f.Kind == spec.KindCanonical {
			return mapping.Build(files)
		}
	}
	return nil, nil
}

// mappingReports renders MAPPING.md and every package's README.md as files
// of the output directory (report.Render names them relative to the
// repository, under report.Dir). Nil tables render nothing.
func mappingReports(t *mapping.Tables) ([]emit.File, error) {
	if t == nil {
		return nil, nil
	}
	rendered, err := report.Render(t)
	if err != nil {
		return nil, err
	}
	files := make([]emit.File, 0, len(rendered))
	for _, f := range rendered {
		rel, ok := strings.CutPrefix(f.Path, report.Dir+"/")
		if !ok {
			return nil, fmt.Errorf("report %s is not under %s/", f.Path, report.Dir)
		}
		files = append(files, emit.File{Path: rel, Data: f.Data})
	}
	return files, nil
}
