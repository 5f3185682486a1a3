package mapping

import (
	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// prune drops the empty items of a spec's lists (a bare "-" in YAML decodes
// to nil) and reports each at the item's parent, so the checks after it
// never meet a nil.
func prune(f *spec.File, errs *diag.List) {
	f.Enums = dropNil(f.Enums, f.At, "enums", errs)
	f.Models = dropNil(f.Models, f.At, "models", errs)
	f.Resolvers = dropNil(f.Resolvers, f.At, "resolvers", errs)
	for _, e := range f.Enums {
		e.Values = dropNil(e.Values, e.At, "values of enum "+e.Name, errs)
		e.Columns = dropNil(e.Columns, e.At, "columns of enum "+e.Name, errs)
	}
	for _, m := range f.Models {
		m.Fields = dropNil(m.Fields, m.At, "fields of model "+m.Name, errs)
	}
}

func dropNil[T any](items []*T, at diag.Pos, list string, errs *diag.List) []*T {
	out := items[:0]
	for _, it := range items {
		if it == nil {
			errs.Errorf(at, "empty item in the %s", list)
			continue
		}
		out = append(out, it)
	}
	return out
}
