package extract

// Tables of fields: a model of a webhook payload, and the enum each field's
// Type, Description, Value or Possible values cell lists.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// modelTable makes a model of a table of fields, and an enum of each
// field whose description lists its values.
//
// A Value column gives each field's value in this table: one value written
// as code is the value the field has here (| `event` | `sessionCreated` |,
// one table per event), and tables of the same field add up to one enum.
func (w *walker) modelTable(t table, c columns) {
	var m *spec.Model
	if w.request {
		// Parameters of a request are no webhook payload: enums only.
	} else if s := w.section(); s != nil && modelName(s.title) != "" {
		m = &spec.Model{Name: modelName(s.title), Description: s.desc, Line: s.line}
	} else {
		w.col.diags.Warnf(w.col.pos(t.line), "table of fields has no heading to name its model; its fields are not kept as a model")
	}
	var enums []*spec.Enum
	var enumFields []*spec.Field
	parent := ""
	for _, r := range t.rows {
		f := w.field(r, c, t.rowName(r, &parent))
		if f == nil {
			continue
		}
		if m != nil {
			m.Fields = append(m.Fields, f)
		}
		if values := w.fieldValues(f, r, c); len(values) > 0 {
			enums = append(enums, &spec.Enum{Line: f.Line, Values: values})
			enumFields = append(enumFields, f)
		}
		w.labelledLineEnums(f, r.at(c[roleType]), r.at(c[roleDesc]))
	}
	paths := make([]string, len(enumFields))
	for i, f := range enumFields {
		paths[i] = f.Wire
	}
	for i, name := range pathEnumNames(paths) {
		enumFields[i].Enum, enums[i].Name = name, name
	}
	if m != nil && len(m.Fields) > 0 {
		w.col.addModel(m)
	}
	owner := "" // the object whose fields the table lists, a model or not
	if s := w.section(); s != nil {
		owner = modelName(s.title)
	}
	for i, e := range enums {
		if stringType(enumFields[i].Type) {
			w.col.numeric[e] = true // a string field's values are strings, digits or not
		}
		w.col.addFieldEnum(e, w.cur, owner, enumFields[i])
	}
}

// rowName is the name of the field row r describes: its first cell's.
// Where the first title spans two columns (| Name | | Type |, an HTML
// <th colspan="2">), a row whose name is in the second cell instead is a
// field of the object the last row named in the first (parent): its name
// is the path, contact_message.type.
func (t table) rowName(r tableRow, parent *string) string {
	name := r.at(0).value()
	if len(t.header) < 3 || t.header[0] == "" || t.header[1] != "" {
		return name
	}
	if name != "" {
		*parent = name
		return name
	}
	if child := r.at(1).value(); child != "" && *parent != "" {
		return *parent + "." + child
	}
	return name
}

// pathEnumNames names the enums of fields after the fields, each after
// its last part (data.payload.hangup_cause is HangupCause) unless fields
// of other paths share it: then after as many parts as tell them apart
// (agent.think.provider.type and agent.speak.provider.type are
// ThinkProviderType and SpeakProviderType).
func pathEnumNames(paths []string) []string {
	parts := make([]int, len(paths))
	names := make([]string, len(paths))
	for {
		for i, p := range paths {
			suffix, _ := pathSuffix(p, parts[i]+1)
			names[i] = naming.Ident(suffix)
		}
		// All the names that collide grow by a part at once, so fields
		// alike are named alike.
		var grow []int
		for i, p := range paths {
			if _, whole := pathSuffix(p, parts[i]+1); !whole && sharesName(paths, names, i) {
				grow = append(grow, i)
			}
		}
		if len(grow) == 0 {
			return names
		}
		for _, i := range grow {
			parts[i]++
		}
	}
}

// sharesName reports whether another path than paths[i] has the name
// names[i].
func sharesName(paths, names []string, i int) bool {
	for j := range paths {
		if j != i && paths[j] != paths[i] && names[j] == names[i] {
			return true
		}
	}
	return false
}

// pathSuffix is the last n parts of a dotted path, and whether they are
// all of it.
func pathSuffix(path string, n int) (string, bool) {
	parts := strings.Split(path, ".")
	if n >= len(parts) {
		return path, true
	}
	return strings.Join(parts[len(parts)-n:], "."), false
}

// fieldValues returns the values a field's row lists, from the first cell
// that lists any (names of headers are none): its Type (enum: a, b), its description in prose, its
// Value cell, its Possible values cell, or a description that is one
// quoted literal (| event | "newCall" |: the field's one value here).
func (w *walker) fieldValues(f *spec.Field, r tableRow, c columns) []*spec.Value {
	desc := r.at(c[roleDesc])
	for _, read := range []func() []*spec.Value{
		func() []*spec.Value { return typeCellValues(f, w.marked(r.at(c[roleType]))) },
		func() []*spec.Value { return w.descriptionValues(f, w.marked(desc), desc.text) },
		func() []*spec.Value { return w.cellListValues(f, desc) },
		func() []*spec.Value { return w.introducedLineValues(f, desc) },
		func() []*spec.Value { return w.valueCellValues(f, r.at(c[roleWire])) },
		func() []*spec.Value { return w.possibleValues(f, r.at(c[roleValues])) },
		func() []*spec.Value { return quotedValue(f, desc) },
		func() []*spec.Value { return fieldWires(f, bracketedTokens(desc.text)) },
		func() []*spec.Value { return fieldWires(f, ideographicList(w.marked(desc))) },
		func() []*spec.Value { return w.listCellValues(f, r.at(c[roleNotes])) },
		func() []*spec.Value {
			if notes := r.at(c[roleNotes]); notes.text != "" {
				return w.descriptionValues(f, w.marked(notes), notes.text)
			}
			return nil
		},
	} {
		if values := read(); len(values) > 0 && !headerNames(values) {
			return values
		}
	}
	return nil
}

// ideographicList returns the tokens of the first run joined by
// ideographic commas (、), which Chinese and Japanese use only to list
// things: two in code at least (媒体设备类型`videoinput`、`audioinput`), or
// three plain ones; nil when there is none.
func ideographicList(text string) []string {
	for _, m := range ideographicRun.FindAllString(text, -1) {
		parts := strings.Split(m, "、")
		code := 0
		for i, p := range parts {
			if t := strings.Trim(p, "`"); t != p {
				parts[i], code = t, code+1
			}
		}
		if (code == len(parts) && len(parts) >= 2 || len(parts) >= 3) && distinct(parts) == len(parts) && !slices.ContainsFunc(parts, isDataField) {
			return parts
		}
	}
	return nil
}

// ideographicRun matches tokens, in code or not, joined by ideographic
// commas.
var ideographicRun = regexp.MustCompile("(?:`[^`、]+`|[A-Za-z][\\w.-]*)(?:、(?:`[^`、]+`|[A-Za-z][\\w.-]*))+")

// bracketedTokens returns the tokens of the first bracket in a field's
// description that holds nothing but three tokens or more with commas
// between them, the last perhaps after a conjunction, perhaps after a
// word saying they are all of them: 录制文件后缀【mp3, wav, mp4】, "Format
// (mp3, wav, ogg)", "(bao gồm dial, click2call và autocall)".
func bracketedTokens(text string) []string {
	if strings.ContainsAny(text, "【（") {
		text = fullWidthBrackets.Replace(text)
	}
	for rest := text; ; {
		open := strings.IndexByte(rest, '(')
		if open < 0 {
			return nil
		}
		inner, after, ok := strings.Cut(rest[open+1:], ")")
		if !ok {
			return nil
		}
		if tokens := splitTokens(lastConjunction(trimComprising(inner)), ","); len(tokens) >= 3 && allTokens(tokens) && distinct(tokens) == len(tokens) && !slices.ContainsFunc(tokens, isDataField) {
			return tokens // (TaskSid, WorkerSid, ...) names fields, no values
		}
		rest = after
	}
}

// comprisingWords say that the list after them is whole: "bao gồm"
// (made of) in Vietnamese.
var comprisingWords = []string{"bao gồm ", "gồm "}

// trimComprising drops a word of comprisingWords starting s.
func trimComprising(s string) string {
	for _, w := range comprisingWords {
		if t, ok := strings.CutPrefix(s, w); ok {
			return t
		}
	}
	return s
}

// lastConjunction makes the conjunction before a list's last item, after
// its last comma, a comma: "a, b và c" reads as "a, b, c".
func lastConjunction(s string) string {
	i := strings.LastIndex(s, ", ")
	if i < 0 {
		return s
	}
	tail := s[i+2:]
	for k := 0; k < len(tail); k++ {
		if tail[k] != ' ' {
			continue
		}
		if n := proseConjunction(tail[k+1:]); n > 0 {
			return s[:i+2] + tail[:k] + ", " + tail[k+1+n:]
		}
	}
	return s
}

// descriptionValues reads the values a field's description lists in its
// text, marked (code spans kept) and plain: in prose, numbered one by one,
// as nothing but constants, each with a dash and a description, with
// slashes between them, or as codes in brackets with their meanings. A
// table's description cell and a row of a table copied with its bars
// are read so.
func (w *walker) descriptionValues(f *spec.Field, marked, plain string) []*spec.Value {
	for _, read := range []func() []*spec.Value{
		func() []*spec.Value { return w.proseValues(f, marked) },
		func() []*spec.Value { return numberedValues(f, plain) },
		func() []*spec.Value { return bareConstantValues(f, plain) },
		func() []*spec.Value { return dashedValues(f, plain) },
		func() []*spec.Value { return fieldWires(f, dashedWords(plain)) },
		func() []*spec.Value { return fieldWires(f, slashValues(plain)) },
		func() []*spec.Value { return codedMeanings(f, plain) },
		func() []*spec.Value { return fieldWires(f, cjkLabelList(plain)) },
		func() []*spec.Value { return fieldWires(f, labelledEquals(plain)) },
		func() []*spec.Value { return fieldWires(f, trailingCodeRun(marked)) },
		func() []*spec.Value { return fieldWires(f, conditionedQuotes(plain)) },
		func() []*spec.Value { return fieldWires(f, glossedQuotes(plain)) },
		func() []*spec.Value { return fieldWires(f, colonPairs(plain)) },
		func() []*spec.Value { return fieldWires(f, glossedTokens(plain)) },
	} {
		if values := read(); len(values) > 0 && !headerNames(values) {
			return values
		}
	}
	return nil
}

// trailingCodeRun returns the code spans a description ends with, spaces
// and nothing else between them: two or more after a comma or a colon or
// alone ("Call direction, `inbound` `outbound`"), three or more after
// anything ("Transport protocol `udp` `tcp` `tls`"). nil otherwise.
func trailingCodeRun(marked string) []string {
	marked = strings.TrimRight(marked, " .")
	if !strings.HasSuffix(marked, "`") {
		return nil // the common case, decided without a match
	}
	m := codeRun.FindStringSubmatch(marked)
	if m == nil || m[1] == "" && strings.Count(m[2], "`") < 6 {
		return nil
	}
	var out []string
	for _, part := range strings.Fields(m[2]) {
		t := strings.Trim(part, "`")
		if t == "" || strings.ContainsRune(t, '`') {
			return nil
		}
		out = append(out, t)
	}
	if distinct(out) != len(out) || slices.ContainsFunc(out, isDataField) {
		return nil
	}
	return out
}

// conditionedQuotes returns the quoted values a description gives each
// with the condition it comes under, two or more: "\"ok\", if the
// operation completed, \"error\", if an error occurred". nil otherwise.
func conditionedQuotes(text string) []string {
	if strings.Count(text, `"`) < 4 {
		return nil
	}
	return distinctMatches(conditionedQuote, text)
}

// distinctMatches returns the first group of each match of re in text,
// two at least, all different; nil otherwise.
func distinctMatches(re *regexp.Regexp, text string) []string {
	var out []string
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1])
	}
	if len(out) < 2 || distinct(out) != len(out) {
		return nil
	}
	return out
}

// conditionedQuote matches a quoted value, then the condition it comes
// under.
var conditionedQuote = regexp.MustCompile(`"([^"\s][^"]*)",?\s+(?:if|when|in case)\b`)

// glossedQuotes returns the values of a text that is nothing but quoted
// values, two or more, each with a short gloss after it: "\"ASC\" 正序
// \"DESC\" 倒序". nil otherwise.
func glossedQuotes(text string) []string {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, `"`) || strings.Count(text, `"`) < 4 {
		return nil // the common case, decided without a split
	}
	parts := strings.Split(text, `"`)
	if len(parts) < 5 || len(parts)%2 == 0 || parts[0] != "" {
		return nil
	}
	var out []string
	for i := 1; i < len(parts); i += 2 {
		gloss := strings.TrimSpace(parts[i+1])
		if parts[i] == "" || strings.TrimSpace(parts[i]) != parts[i] || gloss == "" || utf8.RuneCountInString(gloss) > maxCJKLabel && len(strings.Fields(gloss)) > 3 {
			return nil
		}
		out = append(out, parts[i])
	}
	if distinct(out) != len(out) {
		return nil
	}
	return out
}

// colonPairs returns the tokens of a text that is nothing but tokens each
// with its meaning after a colon, commas between them, two or more:
// "ID：任务编号，NAME：任务名称，ENDTIME：任务结束时间". nil otherwise.
func colonPairs(text string) []string {
	text = strings.TrimSpace(text)
	if !strings.ContainsAny(text, ":：") || !colonPair.MatchString(text) {
		return nil // the common case, decided without a split
	}
	var out []string
	for _, part := range pairSeparators.Split(text, -1) {
		m := colonPair.FindStringSubmatch(strings.TrimSpace(part))
		if m == nil {
			return nil
		}
		out = append(out, m[1])
	}
	if len(out) < 2 || distinct(out) != len(out) {
		return nil
	}
	return out
}

// glossedTokens returns the tokens of a text that is nothing but tokens,
// two or more, each glossed in Chinese or Japanese right after it, no
// separator between: "robot话术customer客户". nil otherwise.
func glossedTokens(text string) []string {
	text = strings.TrimSpace(text)
	if !strings.ContainsFunc(text, isCJK) || !glossedRun.MatchString(text) {
		return nil
	}
	return distinctMatches(glossedToken, text)
}

var (
	// glossedRun matches a text of tokens each glossed in ideographs.
	glossedRun = regexp.MustCompile(`^(?:[A-Za-z][A-Za-z0-9_]*\s?[\p{Han}\p{Katakana}\p{Hiragana}]+\s*)+$`)
	// glossedToken matches one token of such a text.
	glossedToken = regexp.MustCompile(`([A-Za-z][A-Za-z0-9_]*)\s?[\p{Han}\p{Katakana}\p{Hiragana}]`)
	// pairSeparators split a text into its pairs.
	pairSeparators = regexp.MustCompile(`\s*[，；;]\s*|,\s+`)
	// colonPair matches a token, a colon, and its meaning.
	colonPair = regexp.MustCompile(`^([A-Za-z][A-Za-z0-9_]*)\s*[：:]\s*\S`)
)

// codeRun matches a run of two code spans or more at the end of a text,
// spaces between them; the first group is set when the run stands alone or
// after a comma or colon.
var codeRun = regexp.MustCompile("(^|[,:，：]\\s*)?((?:`[^`\\s]+`\\s+)+`[^`\\s]+`)$")

// cjkValueTriggers say, in Chinese, that values follow: "one of the
// following values", "the values may be".
var cjkValueTriggers = []string{"下列几个值之一", "以下值之一", "下列值之一", "可选值为", "可取值为", "取值为", "取值范围", "可以是", "只能是"}

// cjkLabelList reads the labels in Chinese a trigger of cjkValueTriggers
// introduces, 、 or ， between them, up to the end of the sentence: "只能是
// 下列几个值之一，呼入、呼出、呼入（转接）". Two labels at least, each a few
// characters, perhaps with a gloss in brackets; nil otherwise.
func cjkLabelList(text string) []string {
	for _, t := range cjkValueTriggers {
		i := strings.Index(text, t)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(text[i+len(t):], "，,：: ")
		if end := strings.IndexAny(rest, "。;；\n"); end >= 0 {
			rest = rest[:end]
		}
		parts := strings.FieldsFunc(rest, func(r rune) bool { return r == '、' || r == '，' || r == ',' })
		for i, p := range parts {
			parts[i] = strings.TrimSpace(p)
			if !cjkLabel(parts[i]) {
				return nil
			}
		}
		if len(parts) >= 2 && distinct(parts) == len(parts) {
			return parts
		}
		return nil
	}
	return nil
}

// cjkLabel reports a short label in Chinese or Japanese, a gloss in
// brackets perhaps after it: 呼入, 呼入（转接）.
func cjkLabel(s string) bool {
	head, _, _ := strings.Cut(s, "（")
	n := utf8.RuneCountInString(head)
	return n >= 1 && n <= maxCJKLabel && !strings.ContainsFunc(head, func(r rune) bool { return !isCJK(r) })
}

// maxCJKLabel bounds the characters of a label in Chinese or Japanese.
const maxCJKLabel = 8

// headerNames reports values that are all names of HTTP or SIP headers
// (X-Twilio-CallSid): the headers a field is read from, not its values.
func headerNames(values []*spec.Value) bool {
	if len(values) < 2 {
		return false // (always "host"): one value, whatever its name
	}
	for _, v := range values {
		if !isHTTPHeader(v.Wire) {
			return false
		}
	}
	return true
}

// labelledLineEnums adds the enums a field's Type or description cell
// lists a value a line under a label of their own ("NODETYPE:<br>AddResult
// <br>CheckCallAttempt<br>EVENTTYPE:<br>NodeStart<br>..."): the types an
// object field's description refers to (nodeType: string, ENUM NODETYPE).
func (w *walker) labelledLineEnums(f *spec.Field, cells ...cell) {
	for _, c := range cells {
		if !strings.Contains(c.text, ": ") {
			continue // the common case: no label over lines
		}
		for _, l := range labelledLines(w.marked(c)) {
			if name := enumName(l.label); name != "" {
				w.col.addEnum(&spec.Enum{Name: name, Line: f.Line, Values: fieldWires(f, l.values)}, w.cur, false, false)
			}
		}
	}
}

// labelledLines returns the lists text gives a value a line, each under a
// line that is one token and its colon (NODETYPE:), two values at least;
// a line of words ends a list.
func labelledLines(text string) []labeledList {
	var out []labeledList
	var cur *labeledList
	end := func() {
		if cur != nil && len(cur.values) >= 2 {
			out = append(out, *cur)
		}
		cur = nil
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if label, ok := strings.CutSuffix(line, ":"); ok && isIdentifier(label) {
			end()
			cur = &labeledList{label: label}
			continue
		}
		if cur == nil {
			continue
		}
		if wire, why := wireValue(line, false); why == "" && !strings.Contains(wire, " ") {
			cur.values = append(cur.values, wire)
			continue
		}
		end()
	}
	end()
	return out
}

// listCellValues reads a cell that is a list and nothing else, three
// tokens at least, commas and a last "or" or "and" between them
// ("Available, unavailable, occupied, wrapup or busy."): a Notes column
// giving a field's values.
func (w *walker) listCellValues(f *spec.Field, c cell) []*spec.Value {
	text := strings.TrimSpace(c.text)
	l := proseList(text, 0)
	if !l.ok(3, true) || strings.Trim(text[l.end:], ". ") != "" {
		return nil
	}
	return w.listedValues(l.items, []Line{{N: f.Line, Text: text}}, fieldEnumName(f.Wire))
}

// typeCellValues reads a Type cell that lists values (enum: a, b).
func typeCellValues(f *spec.Field, text string) []*spec.Value {
	values, ok := typeValues(text)
	if !ok {
		return nil
	}
	return fieldWires(f, values)
}

// fieldWires makes values of a field's wires, each at the field's line.
func fieldWires(f *spec.Field, wires []string) []*spec.Value {
	out := make([]*spec.Value, len(wires))
	for i, v := range wires {
		out[i] = &spec.Value{Wire: v, Line: f.Line}
	}
	return out
}

// describedWires is fieldWires, each value described by descs.
func describedWires(f *spec.Field, wires, descs []string) []*spec.Value {
	out := fieldWires(f, wires)
	for i, v := range out {
		v.Description = descs[i]
	}
	return out
}

// stringType reports a field's type that is a string ([`string`](...),
// str, String).
func stringType(t string) bool {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(t), "`*[]")) {
	case "string", "str":
		return true
	}
	return false
}

// fieldEnumName names the enum of a field's values after the field; of a
// dotted path (data.payload.hangup_cause), after its last part.
func fieldEnumName(field string) string {
	if i := strings.LastIndexByte(field, '.'); i >= 0 && i+1 < len(field) {
		field = field[i+1:]
	}
	return naming.Ident(field)
}

// possibleValues reads a "Possible values" cell: a list of tokens split by
// commas, bars or "or" ("true, false"), perhaps after a label ("One of:")
// and before a full stop, or constants each with a dash and a description
// (see dashedConstants). A cell in words ("Number in E.164 format") gives
// nothing.
func (w *walker) possibleValues(f *spec.Field, c cell) []*spec.Value {
	if wires, descs, ok := dashedConstants(c.text); ok {
		return describedWires(f, wires, descs) // ESTABLISHED - Connected.FAILED - Not connected.
	}
	text := c.text
	if c.text != "" {
		text = w.marked(c) // its line breaks (a <br> each) end values too
	}
	text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	if label, rest, ok := strings.Cut(text, ": "); ok && !strings.ContainsAny(label, ",|`\n") {
		text = rest // "One of: `light`, `dark`": a label over the list
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(text, " or ", ","), func(r rune) bool { return r == ',' || r == '|' || r == '\n' })
	var out []*spec.Value
	for _, p := range parts {
		if strings.Trim(p, `*\ `) == "" {
			continue // the wildcard "*" (all of them), or a break's left-overs
		}
		wire, why := wireValue(p, false)
		if why != "" {
			return nil
		}
		out = append(out, &spec.Value{Wire: wire, Line: f.Line})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// valueCellValues reads a field's Value cell: the values it lists inline,
// or the one value it shows as code or quoted.
func (w *walker) valueCellValues(f *spec.Field, v cell) []*spec.Value {
	if v.text == "" {
		return nil
	}
	if values := w.proseValues(f, w.marked(v)); len(values) > 0 {
		return values
	}
	if values := w.cellListValues(f, v); len(values) > 0 {
		return values // One of the following strings:<dl><dt>'BUSY'</dt>...
	}
	if wires, ok := barTokens(v.text); ok {
		return fieldWires(f, wires) // ringing | in_progress | completed
	}
	if wires, ok := orTokens(v.text); ok {
		return fieldWires(f, wires) // yes or no; GET or POST
	}
	if v.code {
		return quotedValue(f, cell{text: "`" + v.value() + "`"})
	}
	return quotedValue(f, v)
}

// barTokens reads a cell of two tokens or more with bars between them,
// each perhaps glossed in brackets: a Value cell listing a field's values.
func barTokens(text string) ([]string, bool) {
	parts := strings.Split(text, " | ")
	if len(parts) < 2 {
		return nil, false
	}
	var wires []string
	for _, p := range parts {
		token, _, _ := strings.Cut(strings.TrimSpace(p), " (")
		wire, why := wireValue(token, false)
		if why != "" {
			return nil, false
		}
		wires = append(wires, wire)
	}
	return wires, true
}

// labelledEquals reads the values a label introduces, each paired with
// its meaning by an equals sign: "Mögliche Werte: all = alle Anrufe,
// inbound = Nur eingehende Anrufe" (see equalsPairs).
func labelledEquals(text string) []string {
	_, rest, ok := strings.Cut(text, ": ")
	if !ok {
		return nil
	}
	return equalsPairs(rest)
}

// orTokens reads a cell that is only tokens joined by commas and a last
// "or", no number or type's name among them: a Value cell's "yes or no".
func orTokens(text string) ([]string, bool) {
	m := orTokenCell.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return nil, false
	}
	parts := append(strings.Split(m[1], ", "), m[2])
	for _, p := range parts {
		if _, why := wireValue(p, false); why != "" || isNumber(p) || isTypeName(p) {
			return nil, false
		}
	}
	return parts, distinct(parts) == len(parts)
}

// orTokenCell matches words joined by commas and a last "or".
var orTokenCell = regexp.MustCompile(`^([\w.-]+(?:, [\w.-]+)*),? or ([\w.-]+)$`)

// quotedValue reads a cell that is one quoted literal.
func quotedValue(f *spec.Field, c cell) []*spec.Value {
	if !isQuoted(c.text) && !strings.HasPrefix(strings.TrimSpace(c.text), "`") {
		return nil
	}
	wire, why := wireValue(c.text, true)
	if why != "" {
		return nil
	}
	return []*spec.Value{{Wire: wire, Line: f.Line}}
}

// proseValues reads the values a cell lists in prose, named after the
// field in warnings.
func (w *walker) proseValues(f *spec.Field, text string) []*spec.Value {
	values, ok := definitionValues(halfWidthMarks(text))
	if !ok {
		return nil
	}
	return w.listedValues(values, []Line{{N: f.Line, Text: text}}, fieldEnumName(f.Wire))
}

// bareConstantValues reads a description that is nothing but constants
// ("OUTBOUND or INBOUND").
func bareConstantValues(f *spec.Field, text string) []*spec.Value {
	values, ok := bareConstants(text)
	if !ok {
		return nil
	}
	return fieldWires(f, values)
}

// dashedValues reads a description that is a list run into one line
// ("Call status: - created - started").
func dashedValues(f *spec.Field, text string) []*spec.Value {
	values, ok := dashedItems(text)
	if !ok {
		return nil
	}
	return fieldWires(f, values)
}

// codedMeanings reads the codes a description ends with in brackets,
// each with its meaning ("[ c = answered, m = missed ]").
func codedMeanings(f *spec.Field, text string) []*spec.Value {
	codes, meanings, ok := bracketCodes(text)
	if !ok {
		return nil
	}
	return describedWires(f, codes, meanings)
}

// numberedValues reads the values a field's description numbers one by
// one ("0 - ANSWERED - calls that were answered; 1 - BUSY - ..."), each
// with its number as its code.
func numberedValues(f *spec.Field, text string) []*spec.Value {
	codes, wires := numberedNames(text)
	out := make([]*spec.Value, len(wires))
	for i, wire := range wires {
		out[i] = &spec.Value{Wire: wire, Line: f.Line, Data: map[string]*spec.Datum{"code": {Text: codes[i]}}}
	}
	return out
}

// field reads one row of a table of fields. The name is recorded as the
// document shows it; mapping document names to wire names is a later step.
func (w *walker) field(r tableRow, c columns, raw string) *spec.Field {
	if name, ok := strings.CutSuffix(raw, " *"); ok {
		raw = name // "name *": a mark that the field is required
	}
	typ := r.at(c[roleType]).text
	if n, t, ok := typedFieldCell(raw); ok && c[roleType] < 0 {
		raw, typ = n, t // "status string": the type after the name
	}
	name, why := wireValue(bilingualName(raw), false)
	if first := w.firstCellLine(r.at(0)); why != "" && first != raw && isFieldName(first) {
		name, why = first, "" // "scope <br> *read-only*": the name, then flags below it
	}
	if why != "" {
		if raw == "" {
			why = "has no name"
		}
		w.col.diags.Warnf(w.col.pos(r.line), "table row field %q %s; skipped", raw, why)
		return nil
	}
	desc, optional := fieldText(r.at(c[roleDesc]).text, r.at(c[roleNotes]).text)
	w.noteTitledField(name, desc)
	return &spec.Field{
		Wire:        name,
		SourceName:  name,
		Type:        typ,
		Optional:    optional || isOptional(r, c),
		Description: desc,
		Line:        r.line,
	}
}

// noteTitledField remembers a field whose description is a short title
// ("event | SIP Call Event"): a section of that title lists its values.
func (w *walker) noteTitledField(name, desc string) {
	if !looksLikeTitle(desc) || len(strings.Fields(desc)) > maxTitledField || isGenericTitle(desc) {
		return
	}
	if w.titledFields == nil {
		w.titledFields = map[string]string{}
	}
	w.titledFields[strings.ToLower(desc)] = name
}

// maxTitledField bounds the words of a field's description that is a
// title.
const maxTitledField = 4

// titledField is the field whose description the current section's title
// is, or "".
func (w *walker) titledField() string {
	if s := w.section(); s != nil && len(w.titledFields) > 0 {
		return w.titledFields[strings.ToLower(strings.TrimSpace(s.title))]
	}
	return ""
}

// firstCellLine is the first line of a cell whose lines are broken with
// <br>, or its text before an HTML list it holds ("SIPml.Session <ul>
// <li>SIPml.Session.Call</li> ..."); "" when the cell has neither.
func (w *walker) firstCellLine(c cell) string {
	if c.node == nil {
		first, _, ok := strings.Cut(c.raw, "<br>")
		if !ok {
			return ""
		}
		return strings.TrimSpace(first)
	}
	var b strings.Builder
	for n := c.node.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.RawHTML); ok {
			if tag := htmlTagName(h, w.doc.src); tag == "ul" || tag == "ol" || tag == "br" {
				return strings.TrimSpace(b.String())
			}
		}
		iw := inlineWriter{src: w.doc.src}
		iw.inline(n)
		b.WriteString(iw.String())
	}
	return ""
}

// bilingualName is the field name a cell written in two languages ends
// with: "形式 modalities", "organizer － 组织者 organizer", or the name twice
// ("endDateTime endDateTime"), as pages translated side by side write
// each text. Any other cell is returned as it is.
func bilingualName(cell string) string {
	words := strings.Fields(cell)
	last := len(words) - 1
	if last < 1 || !isFieldName(words[last]) {
		return cell
	}
	for _, w := range words[:last] {
		if w != words[last] && !strings.ContainsFunc(w, isCJK) && strings.ContainsFunc(w, isAlnum) {
			return cell
		}
	}
	return words[last]
}

// fieldText joins a field's description and notes, taking out the
// "[optional]" marker generated SDK docs put there.
func fieldText(desc, notes string) (string, bool) {
	optional := false
	var parts []string
	for _, s := range []string{desc, notes} {
		if strings.Contains(s, "[optional]") {
			optional = true
			s = strings.TrimSpace(strings.ReplaceAll(s, "[optional]", ""))
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " "), optional
}

// isOptional reads a Required (✅/❌, yes/no) or Optional column.
func isOptional(r tableRow, c columns) bool {
	if yes, ok := yesNo(r.at(c[roleRequired]).text); ok {
		return !yes
	}
	if yes, ok := yesNo(r.at(c[roleOptional]).text); ok {
		return yes
	}
	return false
}

func yesNo(s string) (yes, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "✅", "✔", "✔️", "✓", "yes", "y", "true", "required", "x":
		return true, true
	case "❌", "✗", "✘", "no", "n", "false", "optional", "-":
		return false, true
	}
	return false, false
}
