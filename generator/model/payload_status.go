package model

import (
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// buildStatus checks a model's status wiring against the resolver it names:
// the resolver exists, the fields exist, the state and detail fields hold
// the resolver's enums, and the answered field can say "set".
func buildStatus(p *Package, f *spec.File, pl *Payload, ss *spec.ModelStatus, errs *diag.List) *PayloadStatus {
	st := &PayloadStatus{Resolver: ss.Resolver, Pos: ss.At}
	r := resolver(f, ss.Resolver)
	if r == nil {
		errs.Errorf(ss.At, "model %s: status: unknown resolver %q (the spec's resolvers: %s)", pl.Name, ss.Resolver, resolverNames(f))
		return nil
	}
	if p.Resolver(r.Name) == nil {
		return nil // the resolver is in error, reported where it is
	}
	st.TakesDetail, st.TakesAnswered = r.Detail != "", r.Answered
	ok := true
	if ss.State == "" {
		errs.Errorf(ss.At, "model %s: status needs state: the field holding %s's state enum %s", pl.Name, r.Name, r.State)
		ok = false
	} else {
		st.State = statusEnumField(pl, ss, "state", ss.State, r, r.State, errs)
		ok = st.State != nil
	}
	if ss.Detail != "" {
		if r.Detail == "" {
			errs.Errorf(ss.At, "model %s: status: detail %q given, but resolver %s takes no detail", pl.Name, ss.Detail, r.Name)
			ok = false
		} else if st.Detail = statusEnumField(pl, ss, "detail", ss.Detail, r, r.Detail, errs); st.Detail == nil {
			ok = false
		}
	}
	if ss.Answered != "" {
		if st.Answered = answeredField(pl, ss, r, errs); st.Answered == nil {
			ok = false
		}
	}
	if ss.Direction != "" {
		if st.Direction = directionField(pl, ss, errs); st.Direction == nil {
			ok = false
		}
	}
	for _, w := range ss.Held {
		fl := heldField(pl, ss, w, errs)
		if fl == nil {
			ok = false
			continue
		}
		st.Held = append(st.Held, fl)
	}
	for _, c := range []struct {
		role, wire string
		dst        **Field
	}{{"q850", ss.Q850, &st.Q850}, {"sip", ss.SIP, &st.SIP}} {
		if c.wire == "" {
			continue
		}
		if *c.dst = codeField(pl, ss, c.role, c.wire, errs); *c.dst == nil {
			ok = false
		}
	}
	if !ok {
		return nil
	}
	return st
}

// codeField returns a field carrying a Q.850 cause or a SIP response code
// after checking that it is an integer or a string (read as a string of
// digits; anything else, such as Telnyx's "unspecified", is no code); nil
// after an error.
func codeField(pl *Payload, ss *spec.ModelStatus, role, wire string, errs *diag.List) *Field {
	fl := pl.Field(wire)
	switch {
	case fl == nil:
		errs.Errorf(ss.At, "model %s: status: %s %q is not a field of %s (its fields: %s)", pl.Name, role, wire, pl.Name, fieldWires(pl))
	case fl.Type == FieldEnum && fl.Enum != nil && !fl.List:
		errs.Errorf(ss.At, "model %s: status: %s field %q holds the enum %s; it must be an integer or a string of digits", pl.Name, role, wire, fl.Enum.Name)
	case fl.List || (fl.Type != FieldInt && fl.Type != FieldString):
		errs.Errorf(ss.At, "model %s: status: %s field %q is of type %s; it must be an integer or a string of digits", pl.Name, role, wire, fl.SourceType)
	default:
		return fl
	}
	return nil
}

// directionField returns the direction field after checking that it holds
// an enum (its values map to canonical directions); nil after an error.
func directionField(pl *Payload, ss *spec.ModelStatus, errs *diag.List) *Field {
	fl := pl.Field(ss.Direction)
	switch {
	case fl == nil:
		errs.Errorf(ss.At, "model %s: status: direction %q is not a field of %s (its fields: %s)", pl.Name, ss.Direction, pl.Name, fieldWires(pl))
	case fl.Type != FieldEnum || fl.Enum == nil || fl.List:
		errs.Errorf(ss.At, "model %s: status: direction field %q holds no enum of the spec", pl.Name, ss.Direction)
	default:
		return fl
	}
	return nil
}

// heldField returns a held field after checking that it is a bool.
func heldField(pl *Payload, ss *spec.ModelStatus, wire string, errs *diag.List) *Field {
	fl := pl.Field(wire)
	switch {
	case fl == nil:
		errs.Errorf(ss.At, "model %s: status: held %q is not a field of %s (its fields: %s)", pl.Name, wire, pl.Name, fieldWires(pl))
	case fl.Type != FieldBool || fl.List:
		errs.Errorf(ss.At, "model %s: status: held field %q is of type %s; it must be a bool", pl.Name, wire, fl.SourceType)
	default:
		return fl
	}
	return nil
}

// statusEnumField returns the field named wire after checking that it holds
// enum, the resolver's parameter of that role; nil after an error.
func statusEnumField(pl *Payload, ss *spec.ModelStatus, role, wire string, r *spec.Resolver, enum string, errs *diag.List) *Field {
	fl := pl.Field(wire)
	switch {
	case fl == nil:
		errs.Errorf(ss.At, "model %s: status: %s %q is not a field of %s (its fields: %s)", pl.Name, role, wire, pl.Name, fieldWires(pl))
	case fl.Type != FieldEnum || fl.Enum == nil:
		errs.Errorf(ss.At, "model %s: status: %s field %q holds no enum; resolver %s takes %s", pl.Name, role, wire, r.Name, enum)
	case fl.Enum.Name != enum:
		errs.Errorf(ss.At, "model %s: status: %s field %q holds %s; resolver %s takes %s", pl.Name, role, wire, fl.Enum.Name, r.Name, enum)
	default:
		return fl
	}
	return nil
}

// answeredField returns the answered field after checking that the
// resolver takes the flag and that the field can tell "set": a timestamp,
// a bool or a string.
func answeredField(pl *Payload, ss *spec.ModelStatus, r *spec.Resolver, errs *diag.List) *Field {
	fl := pl.Field(ss.Answered)
	switch {
	case !r.Answered:
		errs.Errorf(ss.At, "model %s: status: answered %q given, but resolver %s takes no answered flag", pl.Name, ss.Answered, r.Name)
	case fl == nil:
		errs.Errorf(ss.At, "model %s: status: answered %q is not a field of %s (its fields: %s)", pl.Name, ss.Answered, pl.Name, fieldWires(pl))
	case fl.List || (fl.Type != FieldTime && fl.Type != FieldBool && fl.Type != FieldString):
		errs.Errorf(ss.At, "model %s: status: answered field %q is of type %s; it must be a timestamp, a bool or a string", pl.Name, fl.Wire, fl.SourceType)
	default:
		return fl
	}
	return nil
}

// resolver returns the spec's resolver named name, or nil.
func resolver(f *spec.File, name string) *spec.Resolver {
	for _, r := range f.Resolvers {
		if r != nil && r.Name == name {
			return r
		}
	}
	return nil
}

func resolverNames(f *spec.File) string {
	var names []string
	for _, r := range f.Resolvers {
		if r != nil {
			names = append(names, r.Name)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}

func fieldWires(pl *Payload) string {
	names := make([]string, len(pl.Fields))
	for i, fl := range pl.Fields {
		names[i] = fl.Wire
	}
	return strings.Join(names, ", ")
}
