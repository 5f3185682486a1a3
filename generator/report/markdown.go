package report

import (
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/spec"
)

// Confidence marks; high confidence has none.
const (
	markMedium = "(m)"
	markLow    = "(l)"
)

func mark(confidence string) string {
	switch confidence {
	case mapping.Medium:
		return " " + markMedium
	case mapping.Low:
		return " " + markLow
	}
	return ""
}

// text escapes s for Markdown: table pipes, and angle brackets that would
// otherwise be read as HTML (<Bridge>, <Transfer>). Line breaks become
// spaces so the text fits a table cell.
var textEscaper = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "\r\n", " ", "\n", " ")

func text(s string) string { return textEscaper.Replace(s) }

// code writes s as inline code; the empty wire shows as "".
func code(s string) string {
	if s == "" {
		s = `""`
	}
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

// paragraphs splits a doc at blank lines and escapes each paragraph.
func paragraphs(doc string) []string {
	var out []string
	for _, p := range strings.Split(strings.TrimSpace(doc), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, text(p))
		}
	}
	return out
}

// specPath is a spec's path as the repository shows it (specs/x.yaml),
// whatever directory it was loaded from, so output does not depend on the
// working directory.
func specPath(f *spec.File) string {
	if p := filepath.ToSlash(f.Path); p != "" && !path.IsAbs(p) && !strings.HasPrefix(p, "../") && !filepath.IsAbs(f.Path) {
		return path.Clean(p)
	}
	return path.Join("specs", filepath.Base(filepath.FromSlash(f.Path)))
}

// sourcePath is the spec's source document relative to the repository.
func sourcePath(f *spec.File) string {
	if f.Source == "" {
		return ""
	}
	return path.Join(path.Dir(specPath(f)), f.Source)
}

func sortFiles(files []File) {
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
}

// summary lists a record's dimensions for a table cell: "phase ended,
// outcome busy".
func summary(rec mapping.Record) string {
	var parts []string
	for _, d := range mapping.Dims() {
		if w := rec.Get(d); w != "" {
			parts = append(parts, string(d)+" "+w)
		}
	}
	if rec.NeedsAnswer {
		parts = append(parts, "answer rule")
	}
	return strings.Join(parts, ", ")
}
