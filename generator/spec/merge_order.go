package spec

// match pairs each fresh item not yet paired in idx (nil: none is) with
// the first unpaired old item of the same key. The result holds, per fresh
// item, the index of its old item or -1.
func match(idx []int, old, fresh []string) []int {
	if idx == nil {
		idx = make([]int, len(fresh))
		for i := range idx {
			idx[i] = -1
		}
	}
	used := map[int]bool{}
	for _, j := range idx {
		used[j] = true
	}
	byKey := map[string][]int{}
	for j, k := range old {
		if !used[j] {
			byKey[k] = append(byKey[k], j)
		}
	}
	for i, k := range fresh {
		if js := byKey[k]; idx[i] < 0 && len(js) > 0 {
			idx[i], byKey[k] = js[0], js[1:]
		}
	}
	return idx
}

// matchRenamed pairs fresh items left unpaired with the unpaired old item
// sharing the most members, when they share at least half of the smaller
// member list: an enum renamed in the spec, or by the vendor.
func matchRenamed(idx []int, old, fresh [][]string) {
	used := map[int]bool{}
	for _, j := range idx {
		used[j] = true
	}
	for i := range fresh {
		if idx[i] >= 0 {
			continue
		}
		best, bestN := -1, 0
		for j := range old {
			n := shared(old[j], fresh[i])
			if !used[j] && n > bestN && 2*n >= min(len(old[j]), len(fresh[i])) {
				best, bestN = j, n
			}
		}
		if best >= 0 {
			idx[i], used[best] = best, true
		}
	}
}

// shared counts the distinct members of b that are in a.
func shared(a, b []string) int {
	in := map[string]bool{}
	for _, s := range a {
		in[s] = true
	}
	n := 0
	for _, s := range b {
		if in[s] {
			n++
			in[s] = false
		}
	}
	return n
}

// arrange orders merged (one item per fresh item, in document order) and
// the old items no fresh item matched, passed through keep: each of those
// stays right after the nearest item before it that is still matched (or
// first, when there is none).
func arrange[T any](old, merged []T, idx []int, keep func(T) T) []T {
	freshOf := make(map[int]int, len(idx))
	for i, j := range idx {
		if j >= 0 {
			freshOf[j] = i
		}
	}
	after := map[int][]T{}
	anchor := -1
	for j, o := range old {
		if i, ok := freshOf[j]; ok {
			anchor = i
			continue
		}
		after[anchor] = append(after[anchor], keep(o))
	}
	out := append([]T{}, after[-1]...)
	for i, item := range merged {
		out = append(out, item)
		out = append(out, after[i]...)
	}
	return out
}

// copyAll copies each element so the result can be changed freely.
func copyAll[T any](items []*T) []*T {
	if items == nil {
		return nil
	}
	out := make([]*T, len(items))
	for i, p := range items {
		c := *p
		out[i] = &c
	}
	return out
}

// keys returns key(item) for each item, in order: the names or wires that
// match and matchRenamed pair by.
func keys[T, K any](items []T, key func(T) K) []K {
	out := make([]K, len(items))
	for i, it := range items {
		out[i] = key(it)
	}
	return out
}
