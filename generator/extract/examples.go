package extract

import (
	"regexp"
	"strings"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// Event reference pages give each event a heading of its own and show its
// payload in an example below it, where the event's name is the value of
// one key:
//
//	### participant-joined                    ### Room Started
//	```json                                   ```
//	{"webhookType": "participant-joined"}     event: 'room_started'
//
// A key whose value in a code example under a heading is that heading's
// own name (compared without case, spaces or punctuation) names an enum of
// those values, as the examples spell them, once two headings show one.

// examplePair matches a key and its quoted string value in JSON, YAML or
// code: "key": "value", key: 'value', key = "value".
var examplePair = regexp.MustCompile(`["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']([^"'\n]{1,100})["']`)

// exampleValue is a value an example showed under the heading it names.
type exampleValue struct {
	value   *spec.Value
	section int
}

// exampleValues records the values a code block shows under the heading
// they name.
func (w *walker) exampleValues(n ast.Node) {
	s := w.section()
	if s == nil || s.level >= titleLevel {
		return
	}
	title := foldName(s.title)
	if title == "" {
		return
	}
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		for _, m := range examplePair.FindAllSubmatch(seg.Value(w.doc.src), -1) {
			key, val := string(m[1]), string(m[2])
			if foldName(val) != title {
				continue
			}
			if _, why := wireValue(val, true); why != "" {
				continue
			}
			if w.examples == nil {
				w.examples = map[string][]exampleValue{}
			}
			if len(w.examples[key]) == 0 {
				w.exampleKeys = append(w.exampleKeys, key)
			}
			w.examples[key] = append(w.examples[key], exampleValue{
				value:   &spec.Value{Wire: val, Line: w.doc.lineOf(seg.Start)},
				section: w.cur,
			})
		}
	}
}

// flushExampleValues makes an enum of each key that two headings or more
// showed as their own names.
func (w *walker) flushExampleValues() {
	for _, key := range w.exampleKeys {
		shown := w.examples[key]
		sections := map[int]bool{}
		for _, v := range shown {
			sections[v.section] = true
		}
		name := fieldEnumName(key)
		if len(sections) < 2 || name == "" {
			continue
		}
		e := &spec.Enum{Name: name, Line: shown[0].value.Line}
		for _, v := range shown {
			v.value.Description = w.sections[v.section].desc
			e.Values = append(e.Values, v.value)
		}
		w.col.addEnum(e, -1, false, true)
	}
}

// foldName is s in lower-case letters and digits only: "Room Started",
// "room_started" and "room-started" fold alike.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isAlnum(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
