package corpus

import (
	"fmt"
	"io"
	"strings"
)

// Report writes the per-document table, the per-layout table and the
// overall figures as Markdown.
func Report(w io.Writer, scores []Score) {
	fmt.Fprintln(w, "| document | layouts | key enums | found enums | values | recall | precision | names | misses | inventions |")
	fmt.Fprintln(w, "|---|---|--:|--:|--:|--:|--:|--:|---|---|")
	for _, s := range scores {
		if s.Err != nil {
			fmt.Fprintf(w, "| %s | %s | error: %v |||||||||\n", s.Case.Name, strings.Join(s.Case.Key.Layouts, " "), s.Err)
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %.2f | %.2f | %d/%d | %s | %s |\n",
			s.Case.Name, strings.Join(s.Case.Key.Layouts, " "), len(s.Case.Key.Enums), len(s.Found),
			s.Expected, s.Recall(), s.Precision(), s.Names, s.Named, brief(s.Misses), brief(s.Inventions))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| layout | documents | values | recall | precision | names |")
	fmt.Fprintln(w, "|---|--:|--:|--:|--:|--:|")
	by := ByLayout(scores)
	for _, l := range Layouts {
		if t := by[l]; t != nil {
			fmt.Fprintf(w, "| %s | %d | %d | %.3f | %.3f | %d/%d |\n", l, t.Docs, t.Expected, t.Recall(), t.Precision(), t.Names, t.Named)
		}
	}
	t := Overall(scores)
	fmt.Fprintf(w, "| **all** | %d | %d | %.3f | %.3f | %d/%d |\n", t.Docs, t.Expected, t.Recall(), t.Precision(), t.Names, t.Named)
	tuned, held := Split(scores)
	if held.Docs > 0 {
		row(w, "tuning set", tuned)
		row(w, "held-out set", held)
		batch, totals := Batches(scores)
		for i, b := range batch {
			if len(batch) > 1 {
				row(w, fmt.Sprintf("held-out batch %d", b), totals[i])
			}
		}
	}
	fmt.Fprintf(w, "\n%d documents from %d vendors.\n", t.Docs, len(vendors(scores)))
}

func row(w io.Writer, name string, t Total) {
	fmt.Fprintf(w, "| %s | %d | %d | %.3f | %.3f | %d/%d |\n", name, t.Docs, t.Expected, t.Recall(), t.Precision(), t.Names, t.Named)
}

// brief lists up to four items and how many more there are.
func brief(items []string) string {
	const max = 4
	if len(items) == 0 {
		return ""
	}
	shown := items
	if len(shown) > max {
		shown = shown[:max]
	}
	out := make([]string, len(shown))
	for i, it := range shown {
		out[i] = "`" + strings.ReplaceAll(it, "|", `\|`) + "`"
	}
	s := strings.Join(out, ", ")
	if len(items) > max {
		s += fmt.Sprintf(" +%d", len(items)-max)
	}
	return s
}
