package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
)

// TestProseGolden reads one text per line of each case: the enum of a line
// holds what inlineValues and statedCount find in it.
func TestProseGolden(t *testing.T) {
	runGoldenCases(t, "prose", func(file string, lines []Line) (*spec.File, diag.List) {
		f := &spec.File{}
		for _, l := range lines {
			if textBlank(l.Text) || strings.HasPrefix(l.Text, "#") {
				continue
			}
			e := &spec.Enum{Name: fmt.Sprintf("Line%d", l.N), Description: l.Text, Line: l.N, Values: []*spec.Value{}}
			e.Count, _ = statedCount(l.Text)
			values, _ := inlineValues(l.Text)
			for _, v := range values {
				e.Values = append(e.Values, &spec.Value{Wire: v})
			}
			f.Enums = append(f.Enums, e)
		}
		return f, nil
	})
}
