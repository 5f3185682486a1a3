package openapi

import (
	"path"
	"regexp"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// selection is a compiled Options.Select; nil keeps everything.
type selection struct {
	globs    []string // path.Match patterns on names
	prefixes []string // JSON pointer prefixes
	used     map[string]bool
}

// compileSelect checks the patterns; a malformed glob is an error.
func compileSelect(patterns []string) (*selection, error) {
	if len(patterns) == 0 {
		return nil, nil
	}
	s := &selection{used: map[string]bool{}}
	var errs diag.List
	for _, p := range patterns {
		if strings.HasPrefix(p, "#/") {
			s.prefixes = append(s.prefixes, p)
			continue
		}
		if _, err := path.Match(p, ""); err != nil {
			errs.Errorf(diag.Pos{}, "-select %q: %v", p, err)
		}
		s.globs = append(s.globs, p)
	}
	if errs.HasErrors() {
		return nil, errs
	}
	return s, nil
}

// matches reports whether the enum or model named name (Go name) at ptr is
// selected: a glob matches its Go name or the name of the schema it is in
// (components.schemas or definitions), a prefix its pointer.
func (s *selection) matches(name, ptr string) bool {
	if s == nil {
		return true
	}
	hit := false
	for _, p := range s.prefixes {
		if strings.HasPrefix(ptr, p) {
			s.used[p], hit = true, true
		}
	}
	key := schemaKey(ptr)
	for _, g := range s.globs {
		if ok, _ := path.Match(g, name); ok || key != "" && match(g, key) {
			s.used[g], hit = true, true
		}
	}
	return hit
}

func match(glob, name string) bool {
	ok, _ := path.Match(glob, name)
	return ok
}

// schemaKey is the name of the named schema a pointer lies in, or "".
func schemaKey(ptr string) string {
	for _, base := range []string{"#/components/schemas/", "#/definitions/"} {
		if rest, ok := strings.CutPrefix(ptr, base); ok {
			key, _, _ := strings.Cut(rest, "/")
			return unescape(key)
		}
	}
	return ""
}

// apply keeps the selected enums and models, and what the kept models
// need: the enums their fields name and the models nested in them.
func (s *selection) apply(r *reader, enums []*spec.Enum, models []*spec.Model) ([]*spec.Enum, []*spec.Model) {
	if s == nil {
		return enums, models
	}
	keep := map[any]bool{}
	for _, e := range enums {
		keep[e] = s.matches(e.Name, r.ptrs[e])
	}
	for _, m := range models {
		keep[m] = s.matches(m.Name, r.ptrs[m])
	}
	closeOver(r, keep, enums, models)
	s.reportUnused(r)
	return filter(enums, keep), filter(models, keep)
}

// closeOver adds to keep what kept models need, until nothing changes.
func closeOver(r *reader, keep map[any]bool, enums []*spec.Enum, models []*spec.Model) {
	byName := map[string]*spec.Enum{}
	for _, e := range enums {
		byName[e.Name] = e
	}
	for changed := true; changed; {
		changed = false
		for _, m := range models {
			if !keep[m] {
				continue
			}
			for _, need := range needs(r, m, byName, models) {
				if !keep[need] {
					keep[need], changed = true, true
				}
			}
		}
	}
}

var identRE = regexp.MustCompile(`[A-Za-z_][A-Za-z0-9_]*`)

// needs lists the enums a model's fields name and the models nested in it.
func needs(r *reader, m *spec.Model, byName map[string]*spec.Enum, models []*spec.Model) []any {
	var out []any
	for _, f := range m.Fields {
		for _, name := range append(identRE.FindAllString(f.Type, -1), f.Enum) {
			if e := byName[name]; e != nil {
				out = append(out, e)
			}
		}
	}
	inside := r.ptrs[m] + "/"
	for _, o := range models {
		if strings.HasPrefix(r.ptrs[o], inside) {
			out = append(out, o)
		}
	}
	return out
}

func filter[T any](s []T, keep map[any]bool) []T {
	var out []T
	for _, x := range s {
		if keep[x] {
			out = append(out, x)
		}
	}
	return out
}

// reportUnused warns about patterns that selected nothing.
func (s *selection) reportUnused(r *reader) {
	for _, p := range append(append([]string{}, s.prefixes...), s.globs...) {
		if !s.used[p] {
			r.warnf(0, "", "", "-select %q matches no enum or model", p)
		}
	}
}
