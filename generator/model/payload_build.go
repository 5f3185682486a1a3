package model

import (
	"fmt"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// buildPayloads types the spec's models. Their type names are already
// declared in ns (declareReserved); the helpers their code needs are
// declared here, once, when there is at least one.
func buildPayloads(p *Package, f *spec.File, ns *namespace, errs *diag.List) []*Payload {
	var out []*Payload
	for _, sm := range f.Models {
		if sm == nil {
			continue
		}
		out = append(out, buildPayload(p, f, sm, errs))
	}
	if len(out) > 0 {
		for _, h := range PayloadHelpers {
			ns.declare(h, "payload helper "+h, out[0].Pos, "", errs)
		}
	}
	return out
}

// buildPayload builds one payload struct and checks its status wiring.
func buildPayload(p *Package, f *spec.File, sm *spec.Model, errs *diag.List) *Payload {
	pl := &Payload{
		Name:       sm.Name,
		Doc:        docOf(sm.Doc, sm.Description),
		SourceLine: sm.Line,
		Spec:       sm,
		Pos:        sm.At,
	}
	switch {
	case sm.Name == "":
		errs.Errorf(sm.At, "model has no name (the Go type name)")
	case !naming.IsExported(sm.Name):
		errs.Errorf(sm.At, "model name %q is not an exported Go identifier", sm.Name)
	}
	if sm.Origin != "" && sm.Origin != spec.OriginExtracted && sm.Origin != spec.OriginCurated {
		errs.Errorf(sm.At, "model %s: unknown origin %q (want %s or %s)", sm.Name, sm.Origin, spec.OriginExtracted, spec.OriginCurated)
	}
	checkNotNegative("model "+sm.Name, "line", sm.Line, sm.At, errs)
	pl.Fields = buildFields(p, f, sm, errs)
	if sm.Status != nil {
		pl.Status = buildStatus(p, f, pl, sm.Status, errs)
	}
	checkFieldNames(pl, errs)
	return pl
}

// buildFields builds the fields in spec order; a repeated wire is reported
// and left out.
func buildFields(p *Package, f *spec.File, sm *spec.Model, errs *diag.List) []*Field {
	var out []*Field
	first := map[string]*spec.Field{}
	for _, sf := range sm.Fields {
		if sf == nil {
			continue
		}
		if sf.Wire == "" {
			errs.Errorf(sf.At, "model %s: field has no wire (its JSON name)", sm.Name)
			continue
		}
		if prev, ok := first[sf.Wire]; ok {
			errs.Errorf(sf.At, "model %s: duplicate field %q (first at line %d)", sm.Name, sf.Wire, prev.At.Line)
			continue
		}
		first[sf.Wire] = sf
		out = append(out, buildField(p, f, sm, sf, errs))
	}
	return out
}

// buildField decides one field's Go name and type.
func buildField(p *Package, f *spec.File, sm *spec.Model, sf *spec.Field, errs *diag.List) *Field {
	fl := &Field{
		Name:       sf.Name,
		Wire:       sf.Wire,
		SourceType: strings.TrimSpace(sf.Type),
		Optional:   sf.Optional,
		Doc:        docOf(sf.Doc, sf.Description),
		Removed:    sf.Removed,
		SourceLine: sf.Line,
		Spec:       sf,
		Pos:        sf.At,
	}
	if fl.Name == "" {
		fl.Name = FieldName(sf.Wire)
	} else if !naming.IsExported(fl.Name) {
		errs.Errorf(sf.At, "model %s: field %q: name %q is not an exported Go identifier", sm.Name, sf.Wire, sf.Name)
	}
	what := fmt.Sprintf("field %q of model %s", sf.Wire, sm.Name)
	checkOrigin(sf.Origin, sf.Reason, what, sf.At, errs)
	checkNotNegative(what, "line", sf.Line, sf.At, errs)
	typeField(p, f, sm, fl, errs)
	fl.Pointer, fl.Omit = presence(fl)
	return fl
}

// typeField decides a field's Go type from its enum link and its type as
// the document names it. A type that names one of the spec's enums links
// that enum, one of its models nests that payload; a type this package has
// no spec for is kept as raw JSON.
func typeField(p *Package, f *spec.File, sm *spec.Model, fl *Field, errs *diag.List) {
	if goType := strings.TrimSpace(fl.Spec.GoType); goType != "" {
		overrideType(p, f, sm, fl, goType, errs)
		return
	}
	src := strings.ToLower(fl.SourceType)
	if elem, ok := listElem(src); ok {
		if t, ok := scalarTypes[elem]; ok && t != FieldTime && fl.Spec.Enum == "" {
			fl.Type, fl.List = t, true
			return
		}
	}
	enum := fl.Spec.Enum
	if enum == "" && p.Enum(fl.SourceType) != nil {
		enum = fl.SourceType
	}
	if enum == "" && specModel(f, fl.SourceType) {
		fl.Type, fl.Model = FieldModel, fl.SourceType
		return
	}
	if enum == "" {
		fl.Type = scalarTypes[src]
		if fl.Type == 0 {
			fl.Type = FieldRaw
		}
		return
	}
	fl.Type, fl.Enum = FieldEnum, p.Enum(enum)
	if fl.Enum == nil {
		errs.Errorf(fl.Pos, "model %s: field %q: unknown enum %q (the spec's enums: %s)", sm.Name, fl.Wire, enum, enumNames(p))
		return
	}
	if t, ok := scalarTypes[src]; (ok && t != FieldString) || strings.Contains(src, "[") {
		errs.Errorf(fl.Pos, "model %s: field %q: enum %s on a field of type %s; an enum field holds one string", sm.Name, fl.Wire, enum, fl.SourceType)
	}
}

// overrideType gives a field the Go type its curated go_type names: a type
// name of the model table, raw (json.RawMessage), or an enum or model of
// the spec.
func overrideType(p *Package, f *spec.File, sm *spec.Model, fl *Field, goType string, errs *diag.List) {
	lower := strings.ToLower(goType)
	if elem, ok := listElem(lower); ok {
		if t, ok := scalarTypes[elem]; ok && t != FieldTime {
			fl.Type, fl.List = t, true
			return
		}
	}
	switch {
	case lower == "raw":
		fl.Type = FieldRaw
	case scalarTypes[lower] != 0:
		fl.Type = scalarTypes[lower]
	case p.Enum(goType) != nil:
		fl.Type, fl.Enum = FieldEnum, p.Enum(goType)
	case specModel(f, goType):
		fl.Type, fl.Model = FieldModel, goType
	default:
		errs.Errorf(fl.Pos, "model %s: field %q: unknown go_type %q (want string, datetime, bool, int, float, list[X] of those, raw, or one of the spec's enums: %s)",
			sm.Name, fl.Wire, goType, enumNames(p))
	}
}

// specModel reports whether name is a model of the package's spec: a
// field of that type is the nested payload.
func specModel(f *spec.File, name string) bool {
	if name == "" {
		return false
	}
	for _, m := range f.Models {
		if m != nil && m.Name == name {
			return true
		}
	}
	return false
}

// scalarTypes are the type names vendor documents use for JSON scalars
// (Python SDK docs, OpenAPI), lower-cased. A date without a time stays a
// string: time.Time does not decode one.
var scalarTypes = map[string]FieldType{
	"str": FieldString, "string": FieldString, "date": FieldString,
	"bool": FieldBool, "boolean": FieldBool,
	"int": FieldInt, "integer": FieldInt, "long": FieldInt, "int32": FieldInt, "int64": FieldInt,
	"float": FieldFloat, "double": FieldFloat, "number": FieldFloat,
	"datetime": FieldTime, "date-time": FieldTime,
}

// listElem returns X of list[X] or array[X].
func listElem(src string) (string, bool) {
	for _, open := range []string{"list[", "array["} {
		if rest, ok := strings.CutPrefix(src, open); ok {
			return strings.CutSuffix(rest, "]")
		}
	}
	return "", false
}

// presence decides how a field tells absence (see Payload).
func presence(fl *Field) (pointer bool, omit string) {
	switch {
	case !fl.Optional:
		return false, ""
	case fl.List:
		return false, "omitempty"
	case fl.Type == FieldBool, fl.Type == FieldInt, fl.Type == FieldFloat:
		return true, "omitempty"
	case fl.Type == FieldTime:
		return false, "omitzero"
	case fl.Type == FieldModel:
		return true, "omitempty" // an absent object is nil
	}
	return false, "omitempty"
}

// checkFieldNames reports Go field names that collide with each other
// (ignoring case, as for constants) or with a method of the payload.
func checkFieldNames(pl *Payload, errs *diag.List) {
	seen := map[string]*Field{}
	for _, fl := range pl.Fields {
		if method := payloadMethod(pl, fl.Name); method != "" {
			errs.Errorf(fl.Pos, "model %s: field %q becomes Go field %s, which collides with the method %s; set name: on the field",
				pl.Name, fl.Wire, fl.Name, method)
			continue
		}
		k := naming.Fold(fl.Name)
		if prev, ok := seen[k]; ok {
			errs.Errorf(fl.Pos, "model %s: field %q becomes Go field %s, which collides with field %q at line %d; set name: on one of them",
				pl.Name, fl.Wire, fl.Name, prev.Wire, prev.Pos.Line)
			continue
		}
		seen[k] = fl
	}
}

// payloadMethod returns the method of pl that name would collide with, or "".
func payloadMethod(pl *Payload, name string) string {
	for _, m := range PayloadMethods {
		if m == "Status" && pl.Status == nil {
			continue
		}
		if naming.Fold(m) == naming.Fold(name) {
			return m
		}
	}
	return ""
}

// enumNames lists the package's enum names for a message.
func enumNames(p *Package) string {
	if len(p.Enums) == 0 {
		return "none"
	}
	names := make([]string, len(p.Enums))
	for i, e := range p.Enums {
		names[i] = e.Name
	}
	return strings.Join(names, ", ")
}
