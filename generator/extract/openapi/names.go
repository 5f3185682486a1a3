package openapi

import "github.com/docenum/docenum/generator/naming"

// claim takes a Go name for an enum or model defined at ptr. Enums and
// models share one namespace, compared as the model compares names
// (ignoring case). A name already taken, or reserved for a named schema
// (see reserve), gets a number (CallStatus2), with a warning that gives
// both pointers.
func (r *reader) claim(name, ptr string, line int, what string) string {
	if name == "" {
		name = "Empty"
	}
	got := name
	for i := 2; r.taken(got, ptr); i++ {
		got = name + itoa(i)
	}
	if got != name {
		r.warnf(line, got, ptr, "%s name %s is taken by %s; named %s", what, name, r.names[naming.Fold(name)], got)
	}
	r.names[naming.Fold(got)] = ptr
	return got
}

// taken reports whether name belongs to something other than ptr.
func (r *reader) taken(name, ptr string) bool {
	prev, ok := r.names[naming.Fold(name)]
	return ok && prev != ptr
}
