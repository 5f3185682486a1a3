package extract

import (
	"bytes"
	"encoding/json"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/naming"
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
// When the headings sit in sections about values of their own (## Input
// Events, ## Output Events), each section's are an enum named after it.

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
	if s == nil {
		return
	}
	if s.level >= titleLevel {
		w.kindExamples(n) // under "**Example : Event data**": the heading above it counts
		return
	}
	intro := w.exampleIntro(n)
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		for _, m := range examplePair.FindAllSubmatch(seg.Value(w.doc.src), -1) {
			w.exampleValue(string(m[1]), string(m[2]), w.doc.lineOf(seg.Start))
			w.noteIntroExample(intro, string(m[1]), string(m[2]), w.doc.lineOf(seg.Start))
		}
	}
}

// Examples of messages may each follow a sentence naming the message
// they show: "A CANCEL request:" over {"type": "CANCEL", ...}, "A
// PROPSYNC request to sync properties:" over {"type": "PROPSYNC"}. A kind
// key (type, event, kind) given minKindSections values or more so, each
// named in the text above its example, is an enum of them.

// exampleIntro returns the text of the paragraph right above the code
// block n, "" when there is none.
func (w *walker) exampleIntro(n ast.Node) string {
	if p, ok := n.PreviousSibling().(*ast.Paragraph); ok {
		return plainText(p, w.doc.src)
	}
	return ""
}

// noteIntroExample records the value an example gives a kind key when
// intro, the text above the example, names it as a word of its own.
func (w *walker) noteIntroExample(intro, key, val string, line int) {
	if intro == "" || !kindKeys[strings.ToLower(lastWord(naming.Words(key)))] || !containsWord(intro, val) {
		return
	}
	if _, why := wireValue(val, true); why != "" || isNumber(val) {
		return
	}
	if w.introExamples == nil {
		w.introExamples = map[string][]exampleValue{}
	}
	if len(w.introExamples[key]) == 0 {
		w.introExampleKeys = append(w.introExampleKeys, key)
	}
	w.introExamples[key] = append(w.introExamples[key], exampleValue{value: &spec.Value{Wire: val, Line: line}, section: w.cur})
}

// flushIntroExamples makes an enum of each kind key that examples gave
// minKindSections distinct values or more, each named above its example.
func (w *walker) flushIntroExamples() {
	for _, key := range w.introExampleKeys {
		shown := w.introExamples[key]
		distinct := map[string]bool{}
		for _, v := range shown {
			distinct[v.value.Wire] = true
		}
		if len(distinct) >= minKindSections {
			w.addExampleEnum(key, shown)
		}
	}
}

func lastWord(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// exampleValue records the value an example gives key at line, when it is
// the name of the heading the example is under.
func (w *walker) exampleValue(key, val string, line int) {
	title := foldName(w.section().title)
	if _, why := wireValue(val, true); why != "" || key == "id" || key == "title" || title == "" {
		return // a schema's id names the schema, not a value
	}
	sec := w.titledAbove(foldName(val))
	if sec < 0 {
		w.noteTypeExample(key, val, line, w.cur)
		return
	}
	if w.examples == nil {
		w.examples = map[string][]exampleValue{}
	}
	if len(w.examples[key]) == 0 {
		w.exampleKeys = append(w.exampleKeys, key)
	}
	w.examples[key] = append(w.examples[key], exampleValue{
		value:   &spec.Value{Wire: val, Line: line},
		section: sec,
	})
}

// maxExampleDepth is how many headings above an example's own its value
// may name: "## CallStart" over "### Example JSON-RPC flow" over the
// example.
const maxExampleDepth = 2

// titledAbove returns the current section, or one of the sections up to
// maxExampleDepth above it, whose title folds to name; -1 when none does.
func (w *walker) titledAbove(name string) int {
	sec := w.cur
	for depth := 0; sec >= 0 && depth <= maxExampleDepth; depth++ {
		if foldName(w.sections[sec].title) == name {
			return sec
		}
		sec = w.sections[sec].parent
	}
	return -1
}

// Event dumps shown as text, outside code blocks, write a key and a bare
// value to a line, as mail and HTTP headers do:
//
//	####  agent-offering
//	Event-Name: CUSTOM
//	CC-Action: agent-offering
//
// A paragraph of such lines only, none a sentence, is an example like a
// code block.

// headerPair matches a line of a key and a bare value.
var headerPair = regexp.MustCompile(`^\s*([A-Za-z][\w.-]*):[ \t]+([^\s"'<>][^"<>]{0,99}?)\s*$`)

// headerExample records the values a paragraph of header lines (two at
// least, every line one) shows under a heading, as exampleValues does
// for a code block. It reports whether the paragraph is one.
func (w *walker) headerExample(lines []Line) bool {
	if len(lines) < 2 {
		return false
	}
	for _, l := range lines {
		if !headerPair.MatchString(l.Text) || strings.HasSuffix(strings.TrimSpace(l.Text), ".") {
			return false
		}
	}
	if s := w.section(); s == nil || s.level >= titleLevel {
		return true
	}
	for _, l := range lines {
		m := headerPair.FindStringSubmatch(l.Text)
		w.exampleValue(m[1], m[2], l.N)
	}
	return true
}

// kindExamples records the kind keys of a code block under a title below
// the headings, for the nearest heading above it.
func (w *walker) kindExamples(n ast.Node) {
	sec := w.cur
	for sec >= 0 && w.sections[sec].level >= titleLevel {
		sec = w.sections[sec].parent
	}
	if sec < 0 {
		return
	}
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		for _, m := range examplePair.FindAllSubmatch(seg.Value(w.doc.src), -1) {
			if _, why := wireValue(string(m[2]), true); why == "" {
				w.noteTypeExample(string(m[1]), string(m[2]), w.doc.lineOf(seg.Start), sec)
			}
		}
	}
}

// noteTypeExample records the value an example gives a key that names a
// kind ("eventType": "chime:MeetingStarted"), under heading sec.
func (w *walker) noteTypeExample(key, val string, line, sec int) {
	// A bare "type" is too common (a schema's, a message's) to say more.
	words := naming.Words(key)
	if len(words) < 2 && key != "event" || !kindKeys[strings.ToLower(words[len(words)-1])] {
		return
	}
	if w.typeExamples == nil {
		w.typeExamples = map[string][]exampleValue{}
	}
	if len(w.typeExamples[key]) == 0 {
		w.typeExampleKeys = append(w.typeExampleKeys, key)
	}
	w.typeExamples[key] = append(w.typeExamples[key], exampleValue{value: &spec.Value{Wire: val, Line: line}, section: sec})
}

// kindKeys end the keys whose value says what kind of thing a payload is
// (eventType, event_kind, event).
var kindKeys = map[string]bool{"type": true, "event": true, "kind": true}

// minKindSections is how many headings must each show a kind key with a
// value of their own before the values are an enum.
const minKindSections = 3

// flushKindExamples makes an enum of each kind key that minKindSections
// headings or more show, each with one value of its own (the payload of
// each event of a reference, under the event's heading): the same value
// everywhere says nothing of the key's other values.
func (w *walker) flushKindExamples() {
	for _, key := range w.typeExampleKeys {
		shown := w.typeExamples[key]
		bySection := map[int]map[string]bool{}
		distinct := map[string]bool{}
		for _, v := range shown {
			if bySection[v.section] == nil {
				bySection[v.section] = map[string]bool{}
			}
			bySection[v.section][v.value.Wire] = true
			distinct[v.value.Wire] = true
		}
		one := true
		for sec, vals := range bySection {
			one = one && len(vals) == 1 && sec >= 0
		}
		if !one || len(bySection) < minKindSections || len(distinct) < minKindSections {
			continue
		}
		if groups, order := w.exampleGroups(shown); len(groups) >= 2 {
			for _, parent := range order { // ## Input Events, ## Output Events
				w.addNamedExampleEnum(enumName(w.sections[parent].title), groups[parent])
			}
			continue
		}
		w.addExampleEnum(key, shown)
	}
}

// addExampleEnum adds the enum, named after key, of the values examples
// showed, each described as its heading's section is.
func (w *walker) addExampleEnum(key string, shown []exampleValue) {
	w.addNamedExampleEnum(fieldEnumName(key), shown)
}

// addNamedExampleEnum is addExampleEnum, the enum named name.
func (w *walker) addNamedExampleEnum(name string, shown []exampleValue) {
	if name == "" {
		return
	}
	e := &spec.Enum{Name: name, Line: shown[0].value.Line}
	for _, v := range shown {
		v.value.Description = w.sections[v.section].desc
		e.Values = append(e.Values, v.value)
	}
	w.col.addEnum(e, -1, false, true)
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
		if len(sections) < 2 {
			continue
		}
		if groups, order := w.exampleGroups(shown); len(groups) >= 2 {
			// "## Input Events" and "## Output Events" over the events'
			// headings: each part lists its own.
			for _, parent := range order {
				w.addNamedExampleEnum(enumName(w.sections[parent].title), groups[parent])
			}
			continue
		}
		w.addExampleEnum(key, shown)
	}
}

// exampleGroups parts the values examples showed by the section over
// their headings, when each such section is about values (## Input
// Events, ## Output Events); one group or none otherwise. order lists the
// parts as met.
func (w *walker) exampleGroups(shown []exampleValue) (groups map[int][]exampleValue, order []int) {
	groups = map[int][]exampleValue{}
	for _, v := range shown {
		parent := w.sections[v.section].parent
		if parent < 0 || !isValueTitle(w.sections[parent].title) || enumName(w.sections[parent].title) == "" {
			return nil, nil
		}
		if groups[parent] == nil {
			order = append(order, parent)
		}
		groups[parent] = append(groups[parent], v)
	}
	return groups, order
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

// Reference pages show a model's JSON schema in a code block, a property's
// values in its "enum" list (JSON Schema, OpenAPI) or its
// "allowableValues": {"values": [...]} (Swagger 1.2):
//
//	"state": {"type": "string", "enum": ["online", "offline"]}
//
// Such a property is an enum named after it, qualified by the schema's
// "id" or "title" when two schemas give one property other values.

// schemaEnums adds the enums a code block holding a JSON schema lists.
func (w *walker) schemaEnums(n ast.Node) {
	lines := n.Lines()
	if lines.Len() == 0 || lines.Len() > maxSchemaLines {
		return
	}
	var b bytes.Buffer
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(w.doc.src))
	}
	if t := bytes.TrimSpace(b.Bytes()); len(t) == 0 || t[0] != '{' {
		return
	}
	var doc any
	dec := json.NewDecoder(&b)
	dec.UseNumber()
	if dec.Decode(&doc) != nil {
		return
	}
	line := w.doc.lineOf(lines.At(0).Start)
	w.schemaObject(doc, "", line, 0)
}

// maxSchemaLines bounds the code blocks read as schemas.
const maxSchemaLines = 5000

// schemaObject walks a decoded schema: owner is the id or title of the
// schema being read.
func (w *walker) schemaObject(v any, owner string, line, depth int) {
	m, ok := v.(map[string]any)
	if !ok || depth > 64 {
		if list, ok := v.([]any); ok && depth <= 64 {
			for _, x := range list {
				w.schemaObject(x, owner, line, depth+1)
			}
		}
		return
	}
	for _, k := range []string{"id", "title"} {
		if s, ok := m[k].(string); ok && s != "" {
			owner = s
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		prop, ok := m[k].(map[string]any)
		if !ok {
			w.schemaObject(m[k], owner, line, depth+1)
			continue
		}
		if values := schemaValues(prop); len(values) >= 2 {
			if name := fieldEnumName(k); name != "" {
				e := &spec.Enum{Name: name, Line: line}
				for _, s := range values {
					e.Values = append(e.Values, &spec.Value{Wire: s, Line: line})
				}
				w.col.addTermEnum(e, w.cur, owner)
			}
		}
		w.schemaObject(prop, owner, line, depth+1)
	}
}

// schemaValues returns a property's listed values: its "enum", or its
// "allowableValues" "values"; strings only.
func schemaValues(prop map[string]any) []string {
	list, _ := prop["enum"].([]any)
	if av, ok := prop["allowableValues"].(map[string]any); ok && list == nil {
		list, _ = av["values"].([]any)
	}
	var out []string
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return nil
		}
		if _, why := wireValue(s, true); why != "" {
			return nil
		}
		out = append(out, s)
	}
	return out
}

// A protocol's reference shows each message as an example object whose
// first key gives its type:
//
//	{
//	    type: 'joined',
//	    kind: 'join' or 'fail',
//
// The types minObjectTypes objects or more give themselves so are the
// enum of the protocol's message types. JSON Schema's own types (string,
// object) are a schema's, not a message's.

// minObjectTypes is how many distinct types make the enum.
const minObjectTypes = 5

// objectTypeEnum adds the enum of the types example objects give
// themselves on their first line.
func (w *walker) objectTypeEnum() {
	var values []*spec.Value
	seen := map[string]bool{}
	for n := 2; n <= w.doc.lines(); n++ {
		raw := w.doc.lineBytes(n)
		if !bytes.Contains(raw, []byte("type")) {
			continue // the common case
		}
		m := objectTypeLine.FindSubmatch(raw)
		if m == nil || !bytes.HasSuffix(bytes.TrimRight(w.doc.lineBytes(n-1), " \t\r\n"), []byte("{")) {
			continue
		}
		t := string(m[1])
		if schemaTypes[t] {
			return // a schema's examples
		}
		if !seen[t] {
			seen[t] = true
			values = append(values, &spec.Value{Wire: t, Line: w.doc.mapLine(n)})
		}
	}
	if len(values) < minObjectTypes || takenShare(values, w.col.wireSet())*2 >= len(values) {
		return
	}
	w.col.addEnum(&spec.Enum{Name: "Type", Line: values[0].Line, Values: values}, -1, false, true)
}

// schemaTypes are the types of JSON Schema.
var schemaTypes = map[string]bool{
	"string": true, "object": true, "array": true, "integer": true, "number": true, "boolean": true, "null": true,
}

// A protocol's reference may list a key's values right below the example
// object that has the key, in words:
//
//	{ type: 'useraction', kind: kind, ... }
//
//	Currently defined kinds include `op`, `unop`, ...
//
// The values are the key's in objects of that type: UseractionKind.

// maxExampleGap is how many lines may part a list from the example above.
const maxExampleGap = 3

// exampleKeySubject names a list, the text of the block being read, after
// a key of the example object right above the block that the text calls
// in the plural ("kinds include"), and the type that object gives
// itself; "" when there is no such key.
func (w *walker) exampleKeySubject(text string) string {
	if w.reading == nil || w.reading.Lines().Len() == 0 {
		return ""
	}
	n := w.doc.rawLineOf(w.reading.Lines().At(0).Start)
	i := n - 1
	for i > 0 && n-i <= maxExampleGap && len(bytes.TrimSpace(w.doc.lineBytes(i))) == 0 {
		i--
	}
	if i < 1 || !isFence(bytes.TrimSpace(w.doc.lineBytes(i))) {
		return ""
	}
	kind, key := "", ""
	for j := i - 1; j >= 1 && !isFence(bytes.TrimSpace(w.doc.lineBytes(j))); j-- {
		line := w.doc.lineBytes(j)
		if m := objectTypeLine.FindSubmatch(line); m != nil {
			kind = string(m[1])
			continue
		}
		k, _, ok := bytes.Cut(bytes.TrimSpace(line), []byte(":"))
		k = bytes.Trim(k, `"'`)
		if ok && isFieldName(string(k)) && strings.Contains(text, " "+string(k)+"s ") {
			key = string(k)
		}
	}
	if key == "" {
		return ""
	}
	return naming.Ident(kind + " " + key)
}

// containsWord reports whether text holds word whole: not inside a longer
// token (CANCEL in CANCELLED).
func containsWord(text, word string) bool {
	for i := 0; word != ""; {
		k := strings.Index(text[i:], word)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !isTokenRune(before) && !isTokenRune(after) {
			return true
		}
		i = start + 1
	}
	return false
}

// isTokenRune reports a rune that may go on a token: a letter, a digit, an
// underscore.
func isTokenRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}
