package openapi

import (
	"fmt"
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/spec"
)

// placeOf says where in the document a pointer lies, as the summary counts.
func placeOf(ptr string) string {
	switch {
	case strings.Contains(ptr, "/callbacks/"):
		return placeCallbacks
	case strings.HasPrefix(ptr, "#/webhooks/"):
		return placeWebhooks
	case strings.HasPrefix(ptr, "#/components/schemas/"):
		return placeSchemas
	case strings.HasPrefix(ptr, "#/definitions/"):
		return placeDefinitions
	case strings.HasPrefix(ptr, "#/components/requestBodies/") || strings.Contains(ptr, "/requestBody/"):
		return placeBodies
	case strings.HasPrefix(ptr, "#/parameters/") || strings.Contains(ptr, "/parameters/"):
		return placeParameters
	}
	return "elsewhere"
}

// summary says how many enums were found where, and how many models:
// "412 enums in 3 places: 380 components.schemas, 20 parameters, 12
// webhooks; 96 models".
func summary(enums []*spec.Enum, models []*spec.Model, places map[*spec.Enum]string) string {
	count := map[string]int{}
	for _, e := range enums {
		count[places[e]]++
	}
	keys := make([]string, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if count[keys[i]] != count[keys[j]] {
			return count[keys[i]] > count[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%d %s", count[k], k)
	}
	head := "no enums"
	if len(enums) > 0 {
		head = fmt.Sprintf("%s in %s: %s", plural(len(enums), "enum"), plural(len(keys), "place"), strings.Join(parts, ", "))
	}
	return head + "; " + plural(len(models), "model")
}

func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
