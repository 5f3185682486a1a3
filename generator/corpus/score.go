package corpus

import (
	"sort"
	"strings"
	"unicode"

	"github.com/docenum/docenum/generator/extract"
	"github.com/docenum/docenum/generator/safefile"
)

// Found is one enum the extractor returned: its name and values.
type Found struct {
	Name   string
	Values []string
}

// Score is the comparison of one document's extraction with its key.
type Score struct {
	Case       Case
	Found      []Found
	Expected   int      // values in the key
	Hits       int      // key values found in their enum
	Extracted  int      // values extracted
	Correct    int      // extracted values in the key enum their enum matched
	Names      int      // key enums with values whose name the extractor gave
	Named      int      // key enums with values
	Misses     []string // key values not found, as enum:value
	Inventions []string // extracted values in no matched key enum, as enum:value
	Misnamed   []string // key enums found under another name, as key->found
	Err        error    // reading the document failed
}

// Recall is Hits/Expected (1 when the key lists no values).
func (s Score) Recall() float64 { return ratio(s.Hits, s.Expected) }

// Precision is Correct/Extracted (1 when nothing was extracted).
func (s Score) Precision() float64 { return ratio(s.Correct, s.Extracted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Run extracts the case's document and scores it.
func Run(c Case) Score {
	data, err := safefile.Read(c.Doc, safefile.DefaultLimit)
	if err != nil {
		return Score{Case: c, Err: err}
	}
	res := extract.Extract(c.Doc, data, extract.Options{})
	var found []Found
	for _, e := range res.Enums {
		f := Found{Name: e.Name}
		for _, v := range e.Values {
			f.Values = append(f.Values, v.Wire)
		}
		found = append(found, f)
	}
	return Compare(c, found)
}

// Compare scores found against the case's key.
func Compare(c Case, found []Found) Score {
	s := Score{Case: c, Found: found}
	hits := make([]map[string]bool, len(c.Key.Enums))
	named := make([]bool, len(c.Key.Enums))
	for i := range hits {
		hits[i] = map[string]bool{}
	}
	taken := make([]bool, len(c.Key.Enums))
	ks := make([]int, len(found))
	for j, f := range found {
		k := match(c.Key.Enums, f, taken)
		ks[j] = k
		if k >= 0 {
			taken[k] = true
		}
		seen := map[string]bool{}
		for _, v := range f.Values {
			if seen[v] {
				continue
			}
			seen[v] = true
			s.Extracted++
			if k >= 0 && contains(c.Key.Enums[k].Values, v) {
				s.Correct++
				hits[k][v] = true
				continue
			}
			s.Inventions = append(s.Inventions, f.Name+":"+v)
		}
		if k >= 0 && nameMatches(c.Key.Enums[k], f.Name) {
			named[k] = true
		}
	}
	for j, f := range found {
		if k := ks[j]; k >= 0 && !named[k] && len(c.Key.Enums[k].Values) > 0 {
			s.Misnamed = append(s.Misnamed, c.Key.Enums[k].Name+"->"+f.Name)
		}
	}
	for i, k := range c.Key.Enums {
		for _, v := range unique(k.Values) {
			s.Expected++
			if hits[i][v] {
				s.Hits++
			} else {
				s.Misses = append(s.Misses, k.Name+":"+v)
			}
		}
		if len(k.Values) > 0 {
			s.Named++
			if named[i] {
				s.Names++
			}
		}
	}
	return s
}

// match is the index of the key enum f matches, or -1: the one sharing
// the most values with f, then the one closest to f's values (of a key's
// Call.state and Conference.state, the one f lists exactly), then one no
// enum found before took (a key may list two enums of the same values,
// MediaFlowIn's state and MediaFlowOut's), then the one of f's name.
func match(keys []KeyEnum, f Found, taken []bool) int {
	values := unique(f.Values)
	best, bestN, bestOff := -1, 0, 0
	for i, k := range keys {
		n := 0
		for _, v := range values {
			if contains(k.Values, v) {
				n++
			}
		}
		off := len(values) + len(unique(k.Values)) - 2*n // values in one and not the other
		if n > bestN || n == bestN && n > 0 && (off < bestOff || off == bestOff && better(keys, f.Name, taken, i, best)) {
			best, bestN, bestOff = i, n, off
		}
	}
	if best >= 0 {
		return best
	}
	for i, k := range keys {
		if nameMatches(k, f.Name) {
			return i
		}
	}
	return -1
}

// better reports whether key enum i is a better match for an enum named
// name than key enum j, which is as close to its values: i is free and j
// taken, or both alike and only i has the name.
func better(keys []KeyEnum, name string, taken []bool, i, j int) bool {
	if taken[i] != taken[j] {
		return !taken[i]
	}
	return nameMatches(keys[i], name) && !nameMatches(keys[j], name)
}

func nameMatches(k KeyEnum, name string) bool {
	n := fold(name)
	if n == "" {
		return false
	}
	for _, cand := range append([]string{k.Name}, k.Also...) {
		// A field path (data.payload.state) may name its enum by its
		// leaf, or by as many of its last parts as tell it from another
		// (agent.think.provider.type: ThinkProviderType).
		for tail := cand; ; {
			if sameFold(fold(tail), n) {
				return true
			}
			i := strings.IndexByte(tail, '.')
			if i < 0 {
				break
			}
			tail = tail[i+1:]
		}
	}
	return false
}

// sameFold compares folded names, a plural alike with its singular: a Go
// type names one value, so "Call statuses" is the enum CallStatus.
func sameFold(key, name string) bool {
	if y, ok := strings.CutSuffix(key, "ies"); ok && y+"y" == name { // strategies, CallCenterStrategy
		return true
	}
	return key == name || strings.TrimSuffix(key, "s") == name || strings.TrimSuffix(key, "es") == name
}

// fold keeps the letters and digits of s, lower-cased, an English
// possessive dropped: hangup_cause, HangupCause and "Hangup cause" fold
// alike, and so do "Call's leg state" and CallLegState.
func fold(s string) string {
	var b strings.Builder
	for _, r := range possessive.Replace(s + " ") {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

var possessive = strings.NewReplacer("'s ", " ", "\u2019s ", " ")

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func unique(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range list {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// Total sums scores.
type Total struct {
	Docs                               int
	Expected, Hits, Extracted, Correct int
	Names, Named                       int
}

// Add counts s in t.
func (t *Total) Add(s Score) {
	t.Docs++
	t.Expected += s.Expected
	t.Hits += s.Hits
	t.Extracted += s.Extracted
	t.Correct += s.Correct
	t.Names += s.Names
	t.Named += s.Named
}

// Recall is Hits/Expected.
func (t Total) Recall() float64 { return ratio(t.Hits, t.Expected) }

// Precision is Correct/Extracted.
func (t Total) Precision() float64 { return ratio(t.Correct, t.Extracted) }

// ByLayout totals the scores of the documents of each layout class.
func ByLayout(scores []Score) map[string]*Total {
	out := map[string]*Total{}
	for _, s := range scores {
		for _, l := range s.Case.Key.Layouts {
			if out[l] == nil {
				out[l] = &Total{}
			}
			out[l].Add(s)
		}
	}
	return out
}

// Overall totals every score.
func Overall(scores []Score) Total {
	var t Total
	for _, s := range scores {
		t.Add(s)
	}
	return t
}

// Split totals the tuning documents and the held-out ones apart.
func Split(scores []Score) (tuning, heldout Total) {
	for _, s := range scores {
		if s.Case.Key.Heldout {
			heldout.Add(s)
		} else {
			tuning.Add(s)
		}
	}
	return tuning, heldout
}

// Batches totals the held-out documents of each batch (1 for a key
// without batch:), in batch order.
func Batches(scores []Score) (batch []int, totals []Total) {
	by := map[int]*Total{}
	for _, s := range scores {
		if !s.Case.Key.Heldout {
			continue
		}
		b := max(s.Case.Key.Batch, 1)
		if by[b] == nil {
			by[b] = &Total{}
			batch = append(batch, b)
		}
		by[b].Add(s)
	}
	sort.Ints(batch)
	for _, b := range batch {
		totals = append(totals, *by[b])
	}
	return batch, totals
}

// vendors lists the distinct vendors of the scores, sorted.
func vendors(scores []Score) []string {
	set := map[string]bool{}
	for _, s := range scores {
		set[s.Case.Key.Vendor] = true
	}
	var out []string
	for v := range set {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}
