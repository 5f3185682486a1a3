package mapping

import (
	"fmt"
	"strings"
)

// Explain returns the canonical record of vendor values. One value is looked
// up in the vendor's enums; write Enum=value to pick the enum when the value
// is in several (otherwise the state enum of a resolver wins). Two values go
// through the vendor's resolver as (state, detail) and are combined, not
// settled: a record that still needs the answer says so, and Settle decides
// it. An empty value stands for an absent field. Errors list what exists.
func (t *Tables) Explain(vendor string, values ...string) (Record, error) {
	v := t.Vendor(vendor)
	if v == nil {
		return Record{}, fmt.Errorf("unknown vendor %q (vendors: %s)", vendor, join(t.VendorNames()))
	}
	switch len(values) {
	case 0:
		return Record{}, fmt.Errorf("no value to explain for %s", vendor)
	case 1:
		val, err := v.lookup(values[0])
		if err != nil {
			return Record{}, err
		}
		return val.Record, nil
	}
	return t.explainResolved(v, values)
}

// lookup finds one value, "wire" or "Enum=wire".
func (v *Vendor) lookup(arg string) (*Value, error) {
	if name, wire, ok := strings.Cut(arg, "="); ok && v.Enum(name) != nil {
		return v.Enum(name).lookup(v.Name, wire)
	}
	enums := v.Holding(arg)
	switch {
	case len(enums) == 1:
		return enums[0].Value(arg), nil
	case len(enums) == 0:
		return nil, v.unknownValue(arg)
	}
	if e := v.preferred(enums); e != nil {
		return e.Value(arg), nil
	}
	var picks []string
	for _, e := range enums {
		picks = append(picks, e.Spec.Name+"="+arg)
	}
	return nil, fmt.Errorf("%s value %q is in several enums; pick one: %s", v.Name, arg, join(picks))
}

// preferred returns the enum among enums that is a resolver's state enum.
func (v *Vendor) preferred(enums []*Enum) *Enum {
	for _, r := range v.Resolvers {
		for _, e := range enums {
			if e.Spec.Name == r.State {
				return e
			}
		}
	}
	return nil
}

func (e *Enum) lookup(vendor, wire string) (*Value, error) {
	if val := e.Value(wire); val != nil {
		return val, nil
	}
	return nil, fmt.Errorf("unknown %s %s value %q%s (values: %s)", vendor, e.Spec.Name, wire, e.suggest(wire), join(e.Wires()))
}

func (v *Vendor) unknownValue(wire string) error {
	var b strings.Builder
	fmt.Fprintf(&b, "unknown %s value %q", v.Name, wire)
	for _, e := range v.Enums {
		if s := e.suggest(wire); s != "" {
			b.WriteString(s)
			break
		}
	}
	for _, e := range v.Enums {
		fmt.Fprintf(&b, "\n  %s: %s", e.Spec.Name, join(e.Wires()))
	}
	return fmt.Errorf("%s", b.String())
}

// suggest names a value that differs from wire only in case.
func (e *Enum) suggest(wire string) string {
	for _, w := range e.Wires() {
		if w != wire && strings.EqualFold(w, wire) {
			return fmt.Sprintf("; did you mean %q?", w)
		}
	}
	return ""
}

// explainResolved combines (state, detail) through the vendor's resolver.
func (t *Tables) explainResolved(v *Vendor, values []string) (Record, error) {
	if len(v.Resolvers) == 0 {
		return Record{}, fmt.Errorf("%s has no resolver to combine %d values; explain one value at a time", v.Name, len(values))
	}
	r := v.Resolvers[0]
	enums := []string{r.State, r.Detail}
	if r.Detail == "" {
		enums = enums[:1]
	}
	if len(values) > len(enums) {
		return Record{}, fmt.Errorf("resolver %s takes %d values (%s), got %d", r.Name, len(enums), join(enums), len(values))
	}
	var recs [2]Record
	for i, arg := range values {
		rec, err := v.slot(enums[i], arg)
		if err != nil {
			return Record{}, err
		}
		recs[i] = rec
	}
	return t.Combine(recs[0], recs[1]), nil
}

// slot looks a resolver argument up in its enum; "" is an absent field.
func (v *Vendor) slot(enum, arg string) (Record, error) {
	if name, wire, ok := strings.Cut(arg, "="); ok && v.Enum(name) != nil {
		if name != enum {
			return Record{}, fmt.Errorf("%s: this position takes a %s value", arg, enum)
		}
		arg = wire
	}
	if arg == "" {
		return Record{Vendor: v.Name}, nil
	}
	val, err := v.Enum(enum).lookup(v.Name, arg)
	if err != nil {
		return Record{}, err
	}
	return val.Record, nil
}
