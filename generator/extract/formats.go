package extract

import (
	"errors"
	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/extract/adocmd"
	"github.com/docenum/docenum/generator/extract/barcells"
	"github.com/docenum/docenum/generator/extract/htmlmd"
	"github.com/docenum/docenum/generator/extract/openapi"
	"github.com/docenum/docenum/generator/extract/rstmd"
	"github.com/docenum/docenum/generator/extract/yfmtable"
)

// Documents in reStructuredText, HTML or AsciiDoc are translated into
// Markdown before extraction (packages rstmd, htmlmd and adocmd), so one finder reads every
// format: Markdown already has the blocks the finder needs (tables with
// cells, lists with items, code spans, headings) with their positions.
// Each translation comes with a map from its lines to the document's, and
// every line in the result is mapped back (document.lineMap). A page
// holding a table copied one cell to a line, its bars on lines of their
// own, has those tables rebuilt as pipe tables (package barcells); a
// Markdown page with YFM multiline tables (#| ... |#) has each made a list
// of its rows, line for line (package yfmtable).

// translate returns the Markdown to extract from data in format f (Auto
// detects it from the content, never from the file name) and the map of
// its lines to data's; lines is nil when data is read as it is.
func translate(data []byte, f Format) (md []byte, lines []int, used Format, err error) {
	switch {
	case f == AsciiDoc || f == Auto && adocmd.Sniff(data):
		// Before RST: AsciiDoc's attribute lines (:author: x) read as an
		// RST field list, but its titles (== Calls) are no RST.
		md, lines = adocmd.Convert(data)
		return md, lines, AsciiDoc, nil
	case f == RST || f == Auto && rstmd.Sniff(data):
		md, lines = rstmd.Convert(data)
		return md, lines, RST, nil
	case f == HTML || f == Auto && htmlmd.Sniff(data):
		md, lines, err = htmlmd.Convert(data)
		return md, lines, HTML, err
	case f == Auto && yfmtable.Sniff(data):
		return yfmtable.Convert(data), nil, Auto, nil // line for line: no map
	case f == Auto && barcells.Sniff(data):
		md, lines = barcells.Convert(data) // a table copied one cell to a line
		return md, lines, Auto, nil
	}
	return data, nil, f, nil
}

// isOpenAPI reports whether data is read as an OpenAPI document: when
// forced, or when its content says so.
func isOpenAPI(data []byte, f Format) bool {
	return f == OpenAPI || f == Auto && openapi.Sniff(data)
}

// readOpenAPI reads a machine-readable API description (package openapi):
// its enums are exact, so no finder runs on it.
func readOpenAPI(path string, data []byte, opts Options) Result {
	r, err := openapi.Read(path, data, openapi.Options{Select: opts.Select})
	res := Result{Enums: r.Enums, Models: r.Models, Diags: r.Diags, Summary: r.Summary}
	var l diag.List
	switch {
	case errors.As(err, &l):
		res.Diags.Append(l) // each at its place in the file
	case err != nil:
		res.Diags.Errorf(diag.Pos{File: path}, "read as OpenAPI: %v", err)
	}
	return res
}
