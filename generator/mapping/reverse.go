package mapping

import "sort"

// Entry is one vendor value in a table of the mapping.
type Entry struct {
	Vendor *Vendor
	Enum   *Enum
	Value  *Value
}

// Entries lists every vendor value: vendors by name, then enums and values
// in spec order.
func (t *Tables) Entries() []Entry {
	var out []Entry
	for _, v := range t.Vendors {
		for _, e := range v.Enums {
			for _, val := range e.Values {
				out = append(out, Entry{Vendor: v, Enum: e, Value: val})
			}
		}
	}
	return out
}

// Reverse lists the vendor values whose own record has dimension d equal to
// wire (the values that express a canonical outcome, leg, ...), ordered by
// confidence, high first, then in the order of Entries.
func (t *Tables) Reverse(d Dim, wire string) []Entry {
	var out []Entry
	for _, e := range t.Entries() {
		if e.Value.Record.Get(d) == wire {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		return confidenceRank(out[i].Value.Record.Confidence) > confidenceRank(out[j].Value.Record.Confidence)
	})
	return out
}

// Filter lists the entries, in the order of Entries, whose record satisfies
// keep.
func (t *Tables) Filter(keep func(Record) bool) []Entry {
	var out []Entry
	for _, e := range t.Entries() {
		if keep(e.Value.Record) {
			out = append(out, e)
		}
	}
	return out
}
