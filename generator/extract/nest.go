package extract

import (
	"strings"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// Webhook references often list a nested payload as dotted paths
// (data.payload.hangup_cause). A JSON key never holds such a path: each
// dot steps into an object. nestModels turns the fields of a model whose
// wires are paths into nested models, named after the path
// (CallHangup, CallHangupData, CallHangupDataPayload), each field of type
// the next model down. A row that already names the object (`data` |
// object) becomes the link to it.
func nestModels(models []*spec.Model) []*spec.Model {
	var out []*spec.Model
	for _, m := range models {
		out = append(out, nestModel(m)...)
	}
	return out
}

// nestModel returns m with its dotted fields moved into nested models,
// followed by those models.
func nestModel(m *spec.Model) []*spec.Model {
	var direct []*spec.Field
	groups := map[string][]*spec.Field{}
	var order []string
	for _, f := range m.Fields {
		head, rest, dotted := strings.Cut(f.Wire, ".")
		if !dotted || head == "" || rest == "" {
			direct = append(direct, f)
			continue
		}
		if _, ok := groups[head]; !ok {
			order = append(order, head)
		}
		inner := *f
		inner.Wire, inner.SourceName = rest, ""
		groups[head] = append(groups[head], &inner)
	}
	if len(order) == 0 {
		return []*spec.Model{m}
	}
	out := []*spec.Model{m}
	m.Fields = direct
	for _, head := range order {
		child := &spec.Model{Name: m.Name + naming.Ident(head), Line: groups[head][0].Line, Fields: groups[head]}
		linkObject(m, head, child)
		out = append(out, nestModel(child)...)
	}
	return out
}

// linkObject points the field head of m at the nested model, adding the
// field when the document listed only the paths below it.
func linkObject(m *spec.Model, head string, child *spec.Model) {
	for _, f := range m.Fields {
		if f.Wire == head {
			f.Type = child.Name
			return
		}
	}
	m.Fields = append(m.Fields, &spec.Field{Wire: head, SourceName: head, Type: child.Name, Line: child.Line})
}
