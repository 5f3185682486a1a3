package report

import (
	"github.com/docenum/docenum/generator/mapping"
	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/spec"
)

// readmePage is what package_readme.md.tmpl prints for one package.
type readmePage struct {
	Package, Title      string
	Spec, Source        string
	Doc                 []string
	Canonical           bool
	MarkMedium, MarkLow string
	Enums               []enumSection
	Models              []modelSection
	Resolvers           []resolverSection
}

type enumSection struct {
	Name, Doc string
	// Columns are the enum's declared data columns (canonical only).
	Columns []string
	Values  []valueRow
}

type valueRow struct {
	Wire, Mark, Constant string
	// Canonical package: the value's doc and column data.
	Doc  string
	Data []string
	// Vendor packages: the value's canonical record, one cell per dimension.
	Phase, Outcome, Leg, Direction, EndedBy, AnsweredBy, Note string
}

type modelSection struct {
	Name, Doc string
	Fields    []fieldRow
}

type fieldRow struct{ Wire, Type, Enum, Doc string }

type resolverSection struct {
	Name, State, Detail, Doc string
	Answered                 bool
}

// readmeViews builds the canonical package's page, then each vendor's.
// Constant names are the model's (set).
func readmeViews(t *mapping.Tables, set *model.Set) []readmePage {
	names := constants{set}
	var pages []readmePage
	if t.Canonical.File.ImportPath == "" { // the shipped canonical package has its own README
		pages = append(pages, canonicalPage(t.Canonical, names))
	}
	for _, v := range t.Vendors {
		pages = append(pages, vendorPage(v, names))
	}
	return pages
}

func page(f *spec.File, title string) readmePage {
	return readmePage{
		Package: f.Vendor, Title: text(title),
		Spec: specPath(f), Source: sourcePath(f),
		Doc:        paragraphs(f.Doc),
		MarkMedium: markMedium, MarkLow: markLow,
	}
}

func canonicalPage(c *mapping.Canonical, names constants) readmePage {
	title := c.File.Title
	if title == "" {
		title = c.File.Vendor
	}
	p := page(c.File, title)
	p.Canonical = true
	for _, e := range c.File.Enums {
		s := enumSection{Name: e.Name, Doc: text(docOf(e.Doc, e.Description))}
		for _, col := range e.Columns {
			s.Columns = append(s.Columns, col.Name)
		}
		for _, v := range e.Values {
			s.Values = append(s.Values, valueRow{
				Wire: code(v.Wire), Constant: names.of(c.File.Vendor, e.Name, v.Wire),
				Doc: text(docOf(v.Doc, v.Description)), Data: data(e, v),
			})
		}
		p.Enums = append(p.Enums, s)
	}
	return p
}

// data prints a canonical value's column data, "—" for an explicit none.
func data(e *spec.Enum, v *spec.Value) []string {
	var out []string
	for _, col := range e.Columns {
		d := v.Data[col.Name]
		if d == nil || d.Text == "" {
			out = append(out, "—")
			continue
		}
		out = append(out, text(d.Text))
	}
	return out
}

func vendorPage(v *mapping.Vendor, names constants) readmePage {
	p := page(v.File, v.Title())
	for _, e := range v.Enums {
		s := enumSection{Name: e.Spec.Name, Doc: text(docOf(e.Spec.Doc, e.Spec.Description))}
		for _, val := range e.Values {
			s.Values = append(s.Values, vendorValueRow(names.of(v.Name, e.Spec.Name, val.Spec.Wire), val))
		}
		p.Enums = append(p.Enums, s)
	}
	for _, m := range v.File.Models {
		p.Models = append(p.Models, modelView(m))
	}
	for _, r := range v.Resolvers {
		p.Resolvers = append(p.Resolvers, resolverSection{Name: r.Name, State: r.State, Detail: r.Detail, Doc: text(r.Doc), Answered: r.Answered})
	}
	return p
}

func vendorValueRow(constant string, val *mapping.Value) valueRow {
	rec := val.Record
	row := valueRow{
		Wire: code(val.Spec.Wire), Mark: mark(rec.Confidence), Constant: constant,
		Phase: rec.Phase, Outcome: outcomeCell(rec), Leg: rec.Leg, Direction: rec.Direction,
		EndedBy: rec.EndedBy, AnsweredBy: rec.AnsweredBy, Note: text(rec.Note),
	}
	if rec.Lossy != "" {
		row.Note += "<br>*Lossy:* " + text(rec.Lossy)
	}
	return row
}

// outcomeCell is the outcome, or why there is none.
func outcomeCell(rec mapping.Record) string {
	switch {
	case rec.NeedsAnswer:
		return "*answer rule*"
	case rec.None != "":
		return "*none: " + text(rec.None) + "*"
	}
	return rec.Outcome
}

func modelView(m *spec.Model) modelSection {
	s := modelSection{Name: m.Name, Doc: text(docOf(m.Doc, m.Description))}
	for _, f := range m.Fields {
		s.Fields = append(s.Fields, fieldRow{Wire: f.Wire, Type: text(f.Type), Enum: f.Enum, Doc: text(docOf(f.Doc, f.Description))})
	}
	return s
}

// constants finds the Go constant of a value in the model, which decides
// every name.
type constants struct{ set *model.Set }

func (c constants) of(pkg, enum, wire string) string {
	if p := c.set.Package(pkg); p != nil {
		if e := p.Enum(enum); e != nil {
			if v := e.Value(wire); v != nil {
				return v.Name
			}
		}
	}
	return ""
}

// docOf prefers the curated doc over the extracted description.
func docOf(doc, description string) string {
	if doc != "" {
		return doc
	}
	return description
}
