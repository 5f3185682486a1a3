package extract

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// Guides that explain a state machine in prose never list the states; they
// name each one, quoted, beside the word for what it is:
//
//	If current state is '**Initiating**' then it can transition to ...
//	Going into '**Ringing**' state is an indication that ...
//
// A quoted name right before or after such a noun (state, status, event,
// reason, cause, result, outcome, disposition) is a typed mention. Three
// distinct names mentioned with one noun, in a document that has no enum
// of that name from a list or table, are an enum named after the noun.

// Condition languages document a variable's values as the tests a script
// may write, one per line:
//
//	#reason == "Canceled"
//	#reason == "NoAck"
//
// Two tests or more of one variable against distinct quoted strings, in
// the document's text (not its code examples), are an enum named after the
// variable.

// Callback references give each event's section a sentence saying which
// value a field has there ("**event** has the value “dice”"): two such
// sentences or more about one field, with distinct values, are an enum
// named after the field, as tests are.

// valueStatement matches such a sentence: the field, in bold or code or
// plain, the verb, the quoted value.
var valueStatement = regexp.MustCompile(`^\W*([A-Za-z_][\w.]*)` + "`?" + `\s+(?:has the value|is set to|will have the value|always has the value)\s+` + quotedName)

// comparison matches a line that tests a variable against a string.
var comparison = regexp.MustCompile(`^\s*[#$@%]?([A-Za-z_][\w.]*)\s*==\s*"([^"\n]{1,60})"`)

// Reports of call data write a column's value as an assignment in their
// prose ("a Queue event with result=q", "result=b (busy) or result=e");
// two assignments or more of one lower-case name to distinct words, outside
// links and code examples, are an enum named after the name.

// assignment matches a lower-case name set to a word, not in a URL's
// query (?a=b&c=d) nor part of a longer assignment (a=b=c, a==b).
var assignment = regexp.MustCompile(`(?:^|[\s(])([a-z][a-z0-9_]*)=([A-Za-z][\w-]{0,30})(?:$|[\s),.;:])`)

// mentionNouns are the nouns that type a quoted name.
const mentionNouns = `state|status|event|reason|cause|result|outcome|disposition`

// quotedName is a name in quotes or backticks, a few words at most.
const quotedName = `(?:'([^'\s][^'\n]{0,38})'|"([^"\s][^"\n]{0,38})"|“([^”\n]{1,39})”|‘([^’\n]{1,39})’|` + "`([^`\\n]{1,39})`)"

var (
	mentionAfter  = regexp.MustCompile(`(?i)` + quotedName + `\s+(` + mentionNouns + `)\b`)
	mentionBefore = regexp.MustCompile(`(?i)\b(` + mentionNouns + `)\s+(?:is\s+|of\s+|=\s*|:\s*)?` + quotedName)
)

// minMentions is the fewest distinct names that make an enum.
const minMentions = 3

// mention is one typed mention, or (test set) one test of a variable,
// noun then being the variable.
type mention struct {
	noun, name string
	test       bool
	line       int
}

// typedMentions returns the typed mentions in the paragraphs under root,
// code blocks aside.
func (w *walker) typedMentions(root ast.Node) []mention {
	var out []mention
	eachParagraph(root, func(n ast.Node) {
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			raw := string(seg.Value(w.doc.src))
			line := w.doc.lineOf(seg.Start)
			out = append(out, assignmentsIn(raw, line)...)
			if !strings.ContainsAny(raw, "'\"`“‘") {
				continue // every mention and test quotes its name
			}
			if m := comparison.FindStringSubmatch(raw); m != nil && strings.Contains(raw, "==") {
				out = append(out, mention{noun: m[1], name: m[2], test: true, line: line})
				continue
			}
			if m := valueStatement.FindStringSubmatch(strongMarks.Replace(raw)); m != nil {
				out = append(out, mention{noun: m[1], name: firstNonEmpty(m[2:]), test: true, line: line})
				continue
			}
			out = append(out, mentionsIn(strongMarks.Replace(raw), line)...)
		}
	})
	return out
}

// eachParagraph calls visit for each paragraph and text block under root,
// code and HTML blocks aside: the prose of a page.
func eachParagraph(root ast.Node, visit func(n ast.Node)) {
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			return ast.WalkSkipChildren, nil
		case ast.KindParagraph, ast.KindTextBlock:
			visit(n)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// assignmentsIn returns the assignments of one line of prose as tests of
// their names; none in a line holding a URL, nor in a line of a few words
// (a configuration's lines, auth_pass=secret).
func assignmentsIn(line string, n int) []mention {
	if !strings.Contains(line, "=") || strings.Contains(line, "://") || len(strings.Fields(line)) < minSentenceWords {
		return nil
	}
	var out []mention
	for _, m := range assignment.FindAllStringSubmatch(line, -1) {
		out = append(out, mention{noun: m[1], name: m[2], test: true, line: n})
	}
	return out
}

// minSentenceWords is the fewest words of a line of prose.
const minSentenceWords = 5

// strongMarks drops the marks of strong emphasis: '**Ringing**' is 'Ringing'.
var strongMarks = strings.NewReplacer("**", "", "__", "")

// mentionsIn returns the typed mentions of one line, in order.
func mentionsIn(line string, n int) []mention {
	if !hasMentionNoun(line) {
		return nil // the common case: no pattern to run
	}
	type at struct {
		off int
		m   mention
	}
	var found []at
	for _, m := range mentionAfter.FindAllStringSubmatchIndex(line, -1) {
		found = append(found, at{m[0], mention{noun: strings.ToLower(line[m[12]:m[13]]), name: firstGroup(line, m[2:12]), line: n}})
	}
	for _, m := range mentionBefore.FindAllStringSubmatchIndex(line, -1) {
		found = append(found, at{m[0], mention{noun: strings.ToLower(line[m[2]:m[3]]), name: firstGroup(line, m[4:14]), line: n}})
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].off < found[j].off })
	out := make([]mention, len(found))
	for i, f := range found {
		out[i] = f.m
	}
	return out
}

// hasMentionNoun reports whether line holds one of the mention nouns, in
// any case.
func hasMentionNoun(line string) bool {
	lower := strings.ToLower(line)
	for _, noun := range strings.Split(mentionNouns, "|") {
		if strings.Contains(lower, noun) {
			return true
		}
	}
	return false
}

// firstNonEmpty is the first of groups that matched.
func firstNonEmpty(groups []string) string {
	for _, g := range groups {
		if g != "" {
			return strings.TrimSpace(g)
		}
	}
	return ""
}

// firstGroup is the text of the first group of pairs that matched.
func firstGroup(s string, pairs []int) string {
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] >= 0 {
			return strings.TrimSpace(s[pairs[i]:pairs[i+1]])
		}
	}
	return ""
}

// mentionEnums makes an enum of each noun with minMentions distinct names
// that no list or table of the document named already.
func (w *walker) mentionEnums(root ast.Node) {
	type group struct {
		noun string
		test bool
	}
	byGroup := map[group][]*spec.Value{}
	var groups []group
	seen := map[mention]bool{}
	for _, m := range w.typedMentions(root) {
		key := mention{noun: m.noun, name: m.name, test: m.test}
		if _, why := wireValue(m.name, true); why != "" || isNumber(m.name) || seen[key] {
			continue
		}
		seen[key] = true
		g := group{m.noun, m.test}
		if byGroup[g] == nil {
			groups = append(groups, g)
		}
		byGroup[g] = append(byGroup[g], &spec.Value{Wire: m.name, Line: m.line})
	}
	for _, g := range groups {
		values := byGroup[g]
		name, least := enumName(g.noun), minMentions
		if g.test {
			name, least = fieldEnumName(g.noun), 2 // a variable's tests
		}
		if e := w.col.byName[name]; len(values) < least || e != nil && len(e.Values) > 0 || booleans(wiresOf(values)) {
			continue
		}
		w.col.addEnum(&spec.Enum{Name: name, Line: values[0].Line, Values: values}, -1, false, true)
	}
}

func wiresOf(values []*spec.Value) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.Wire
	}
	return out
}

// Configuration references give an option's choices in braces, one option
// to a line (often commented out):
//
//	#    ;transport={udp,tcp,tls}
//	#    ;answermode={manual,early,auto}
//
// An option and a braced set of two tokens or more, on a line outside code
// blocks, is an enum named after the option; a set ending in "..." is cut
// short, and numbers are no choices. A command's syntax gives an
// argument's choices so too: "agent set [key(contact|status|state)]", and
// a script's parameter as a union of quoted strings in brackets after it:
// "environmentType ('chrome'|'opera'|'firefox')".

// braceSet matches an option and its braced choices.
var braceSet = regexp.MustCompile(`(?:^|[\s;#,])([A-Za-z_][\w.-]*)\s*=\s*\{([^{}\n]{1,200})\}`)

// commandSet matches an argument of a command's syntax and its choices in
// brackets, bars between them: [key(contact|status|state)].
var commandSet = regexp.MustCompile(`\[([A-Za-z_][\w.-]*)\(([\w.-]+(?:\|[\w.-]+)+)\)\]`)

// paramUnion matches a parameter and the union of quoted strings in
// brackets after it: environmentType ('chrome'|'opera').
var paramUnion = regexp.MustCompile(`(?:^|[\s(])([A-Za-z_][\w.-]*) ?\(((?:'[\w.-]+'|"[\w.-]+")(?: ?\| ?(?:'[\w.-]+'|"[\w.-]+"))+)\)`)

// braceEnums makes an enum of each option a line gives its choices.
func (w *walker) braceEnums() {
	w.textLines(func(n int, raw []byte) {
		if bytes.IndexByte(raw, '{') >= 0 && bytes.IndexByte(raw, '=') >= 0 {
			for _, m := range braceSet.FindAllStringSubmatch(string(raw), -1) {
				w.braceEnum(m[1], m[2], n, false)
			}
		}
		if bytes.Contains(raw, []byte("|")) && bytes.Contains(raw, []byte("(")) {
			for _, m := range commandSet.FindAllStringSubmatch(string(raw), -1) {
				w.braceEnum(m[1], m[2], n, true) // the argument of several commands: one enum
			}
			for _, m := range paramUnion.FindAllStringSubmatch(string(raw), -1) {
				w.braceEnum(m[1], strings.NewReplacer("'", "", `"`, "").Replace(m[2]), n, false)
			}
		}
	})
}

// textLines calls fn with each line of the document outside fenced code
// blocks, and its number; no string per line: a big table has many.
func (w *walker) textLines(fn func(n int, raw []byte)) {
	fence := ""
	for n := 1; n <= w.doc.lines(); n++ {
		raw := w.doc.lineBytes(n)
		if f := fenceOf(raw); f != "" {
			if fence == "" {
				fence = f
			} else if bytes.HasPrefix(bytes.TrimSpace(raw), []byte(fence)) {
				fence = ""
			}
			continue
		}
		if fence == "" {
			fn(n, raw)
		}
	}
}

// fenceOf returns the fence a line opens or closes (``` or ~~~), or "".
func fenceOf(line []byte) string {
	t := bytes.TrimSpace(line)
	for _, f := range []string{"```", "~~~"} {
		if bytes.HasPrefix(t, []byte(f)) {
			return f
		}
	}
	return ""
}

// braceEnum adds the enum of one option's braced choices; merge adds them
// to an enum of that name found before, which is otherwise left alone.
func (w *walker) braceEnum(option, set string, n int, merge bool) {
	var values []*spec.Value
	for _, p := range strings.FieldsFunc(set, func(r rune) bool { return r == ',' || r == '|' }) {
		p = strings.TrimSpace(p)
		if p == "..." || p == "…" {
			continue // cut short: the choices it names are kept
		}
		if _, why := wireValue(p, false); why != "" || isNumber(p) {
			return
		}
		values = append(values, &spec.Value{Wire: p, Line: w.doc.mapLine(n)})
	}
	name := fieldEnumName(option)
	if len(values) < 2 || name == "" || w.col.byName[name] != nil && !merge {
		return
	}
	w.col.addEnum(&spec.Enum{Name: name, Line: w.doc.mapLine(n), Values: values}, -1, false, true)
}

// Type Language schemas (Telegram's TDLib) declare a type's kinds as
// constructors, one to a line, each its name, its fields and the type it
// builds:
//
//	//@description The call is pending
//	callStatePending is_created:Bool is_received:Bool = CallState;
//
// Two constructors or more of one type, outside code blocks, are an enum
// named after the type: JSON names each object's constructor in "@type".

// constructorLine matches such a line: the name, the fields, the type.
var constructorLine = regexp.MustCompile(`^([a-z][A-Za-z0-9_]*)(?:\s+[A-Za-z_]\w*:\S+)*\s*=\s*([A-Z][A-Za-z0-9_]*);\s*$`)

// constructorEnums makes an enum of each type two constructors or more
// build, described by the //@description line above each.
func (w *walker) constructorEnums() {
	byType := map[string][]*spec.Value{}
	var types []string
	desc := ""
	w.textLines(func(n int, raw []byte) {
		if d, ok := bytes.CutPrefix(raw, []byte("//@description ")); ok {
			desc = string(bytes.TrimSpace(d))
			return
		}
		if bytes.IndexByte(raw, '=') < 0 || !bytes.HasSuffix(bytes.TrimSpace(raw), []byte(";")) {
			return
		}
		m := constructorLine.FindSubmatch(raw)
		if m == nil {
			return
		}
		typ := string(m[2])
		if byType[typ] == nil {
			types = append(types, typ)
		}
		byType[typ] = append(byType[typ], &spec.Value{Wire: string(m[1]), Description: desc, Line: w.doc.mapLine(n)})
		desc = ""
	})
	for _, typ := range types {
		if e := w.col.byName[typ]; len(byType[typ]) < 2 || e != nil && len(e.Values) > 0 {
			continue
		}
		w.col.addEnum(&spec.Enum{Name: typ, Line: byType[typ][0].Line, Values: byType[typ]}, -1, false, true)
	}
}

// Specifications written with ReSpec cite an enum's values as links to
// their definitions, {{RTCSdpType/"offer"}}: two distinct values or more
// cited of one type, outside code blocks, are an enum named after the
// type (merged with the one its IDL declares, when the page keeps it).

// respecValue matches such a citation: the type and the value.
var respecValue = regexp.MustCompile(`\{\{([A-Za-z_]\w*)/"([^"{}\n]{1,60})"\}\}`)

// respecEnums makes an enum of each type whose values the text cites.
func (w *walker) respecEnums() {
	byType := map[string][]*spec.Value{}
	var types []string
	seen := map[[2]string]bool{}
	w.textLines(func(n int, raw []byte) {
		if !bytes.Contains(raw, []byte(`{{`)) {
			return
		}
		for _, m := range respecValue.FindAllSubmatch(raw, -1) {
			typ, v := string(m[1]), string(m[2])
			if _, why := wireValue(v, true); why != "" || seen[[2]string{typ, v}] {
				continue
			}
			seen[[2]string{typ, v}] = true
			if byType[typ] == nil {
				types = append(types, typ)
			}
			byType[typ] = append(byType[typ], &spec.Value{Wire: v, Line: w.doc.mapLine(n)})
		}
	})
	for _, typ := range types {
		if len(byType[typ]) >= 2 {
			w.col.addEnum(&spec.Enum{Name: enumName(typ), Line: byType[typ][0].Line, Values: byType[typ]}, -1, false, true)
		}
	}
}

// A guide to an SDK names an enum's constants in its text, never listing
// them in one place:
//
//	Return `PJSIP_REDIRECT_ACCEPT` from the callback to accept the ...
//	Alternatively `PJSIP_REDIRECT_STOP` can be returned ...
//
// Three distinct constants or more, written as code in the text (code
// blocks and tables aside), that share a prefix of two words or more
// (PJSIP_REDIRECT_), none of them a value the document lists elsewhere,
// are an enum named after the prefix.

// minPrefixed is the fewest constants of one prefix that make an enum.
const minPrefixed = 3

// prefixedConstant is a constant met in the text, and its line.
type prefixedConstant struct {
	name string
	line int
	run  string // the prefix of the comma run it came in, if any
}

// prefixEnums makes an enum of each prefix minPrefixed constants share.
func (w *walker) prefixEnums(root ast.Node) {
	consts := w.textConstants(root)
	if len(consts) < minPrefixed {
		return
	}
	known := map[string]bool{}
	for _, e := range w.col.enums {
		for _, v := range e.Values {
			known[v.Wire] = true
		}
	}
	groups := map[string][]prefixedConstant{}
	var order []string
	for _, c := range consts {
		p := c.run
		if p == "" {
			p = sharedPrefix(c.name, consts)
		}
		if p == "" {
			continue
		}
		if groups[p] == nil {
			order = append(order, p)
		}
		groups[p] = append(groups[p], c)
	}
	for _, p := range order {
		members := groups[p]
		if len(members) < minPrefixed || anyKnown(members, known) {
			continue
		}
		name := enumName(strings.TrimSuffix(p, "_"))
		if name == "" || w.col.byName[name] != nil {
			continue
		}
		e := &spec.Enum{Name: name, Line: members[0].line}
		for _, m := range members {
			e.Values = append(e.Values, &spec.Value{Wire: m.name, Line: m.line})
		}
		w.col.addEnum(e, -1, false, true)
	}
}

// textConstants returns the distinct constants (UPPER_SNAKE, three words
// at least) written as code, or listed with commas between them, in the
// paragraphs under root, in order.
func (w *walker) textConstants(root ast.Node) []prefixedConstant {
	var out []prefixedConstant
	seen := map[string]bool{}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			return ast.WalkSkipChildren, nil
		case ast.KindParagraph, ast.KindTextBlock:
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				raw := seg.Value(w.doc.src) // a run is written on one line, plain
				if bytes.IndexByte(raw, '_') < 0 || !bytes.Contains(raw, []byte(", ")) {
					continue // the common case, decided without a match
				}
				for _, run := range constantRuns(string(raw)) {
					p := commonConstantPrefix(run)
					for _, name := range run {
						if p != "" && !seen[name] {
							seen[name] = true
							out = append(out, prefixedConstant{name: name, line: w.doc.lineOf(seg.Start), run: p})
						}
					}
				}
			}
		case ast.KindCodeSpan:
			if n.Parent() == nil || n.Parent().Kind() != ast.KindParagraph && n.Parent().Kind() != ast.KindTextBlock {
				return ast.WalkSkipChildren, nil // a table's cell, a heading: read elsewhere
			}
			name := codeText(n.(*ast.CodeSpan), w.doc.src)
			if upperSnake(name) && strings.Count(name, "_") >= 2 && !seen[name] {
				seen[name] = true
				out = append(out, prefixedConstant{name: name, line: w.lineOf(n.Parent())})
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// constantRun matches three constants or more with commas between them.
var constantRun = regexp.MustCompile(`\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}(?:, [A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}){2,}\b`)

// constantRuns returns the comma runs of constants in text, a run read
// whole even where text glues it to the words around it
// ("... system_error BILLING_STATUS_PENDING, BILLING_STATUS_BILLED, ...").
func constantRuns(text string) [][]string {
	var out [][]string
	for _, run := range constantRun.FindAllString(text, -1) {
		out = append(out, strings.Split(run, ", "))
	}
	return out
}

// upperSnake reports a constant in capitals, words joined by underscores.
func upperSnake(s string) bool {
	if s == "" || !textUpperByte(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !textUpperByte(s[i]) && !textDigitByte(s[i]) && s[i] != '_' {
			return false
		}
	}
	return !strings.Contains(s, "__") && !strings.HasSuffix(s, "_")
}

// sharedPrefix returns the longest prefix of name, two words at least and
// ending in "_", that minPrefixed of consts share, or "".
func sharedPrefix(name string, consts []prefixedConstant) string {
	for i := strings.LastIndexByte(name, '_'); i > 0; i = strings.LastIndexByte(name[:i], '_') {
		p := name[:i+1]
		if strings.Count(p, "_") < 2 {
			return ""
		}
		n := 0
		for _, c := range consts {
			if strings.HasPrefix(c.name, p) {
				n++
			}
		}
		if n >= minPrefixed {
			return p
		}
	}
	return ""
}

// commonConstantPrefix returns the prefix of two words or more, ending in
// "_", that all of two constants or more share, a word at least left after
// it (FIRST_SPEAKER_ of FIRST_SPEAKER_AGENT and FIRST_SPEAKER_USER: an enum
// that prefixes its values with its name), or "".
func commonConstantPrefix(values []string) string {
	if len(values) < 2 {
		return ""
	}
	p := values[0]
	for _, v := range values {
		if !upperSnake(v) {
			return ""
		}
		for !strings.HasPrefix(v, p) {
			i := strings.LastIndexByte(strings.TrimSuffix(p, "_"), '_')
			if i < 0 {
				return ""
			}
			p = p[:i+1]
		}
	}
	if !strings.HasSuffix(p, "_") {
		p = p[:strings.LastIndexByte(p, '_')+1] // one value is the prefix of another
	}
	if strings.Count(p, "_") < 2 {
		return ""
	}
	return p
}

// anyKnown reports whether one of members is a value found elsewhere.
func anyKnown(members []prefixedConstant, known map[string]bool) bool {
	for _, m := range members {
		if known[m.name] {
			return true
		}
	}
	return false
}

// Example payloads may show a field's values where its value goes, with
// bars between them:
//
//	"status": "completed | no-answer | busy | failed",
//
// A key whose quoted value is two tokens or more with bars between them,
// on a line of the document (in a code block too), is an enum of those
// tokens named after the key. TypeScript writes the same as a union of
// string literals: `{ status: string, type: "outbound" | "incoming" }`,
// `type CallState = 'init' | 'ended'`: an enum named after the key or the
// type. An SDK's request syntax may give it after an equals sign (R's
// `Status = "ACTIVE"|"INACTIVE"`) or on the line below the key's list
// (`MatchingEventTypes = list(` over `"ALL"|"VOICE_RINGING"`).

// unionPair matches a quoted key and a quoted value holding a bar.
var unionPair = regexp.MustCompile(`"([A-Za-z_][\w.-]*)"\s*:\s*"([^"\n]*\|[^"\n]*)"`)

// unionExamples makes an enum of each key an example gives its values as a
// union.
func (w *walker) unionExamples() {
	for n := 1; n <= w.doc.lines(); n++ {
		raw := w.doc.lineBytes(n)
		if bytes.IndexByte(raw, '|') < 0 && !hasLiteralOr(raw) {
			continue // the common case: no union on the line
		}
		if bytes.Contains(raw, []byte(`":`)) {
			for _, m := range unionPair.FindAllStringSubmatch(string(raw), -1) {
				w.unionEnum(n, m[1], m[2], unionTokens(m[2]))
			}
		}
		if hasLiteralBar(raw) {
			for _, m := range literalUnion.FindAllStringSubmatch(string(raw), -1) {
				w.unionEnum(n, m[1]+m[3], m[2]+m[4], literalTokens(m[2]+m[4]))
			}
			if m := bareUnionLine.FindStringSubmatch(string(raw)); m != nil && n > 1 {
				if k := listOpening.FindStringSubmatch(string(w.doc.lineBytes(n - 1))); k != nil {
					w.unionEnum(n, k[1], m[1], literalTokens(m[1])) // MatchingEventTypes = list( over "ALL"|"TEXT_ALL"|...
				}
			}
		}
		if hasLiteralOr(raw) {
			if m := orUnion.FindStringSubmatch(string(raw)); m != nil {
				w.unionEnum(n, m[1], m[2], literalTokens(m[2]))
			}
		}
	}
}

// unionEnum adds the enum of values a key's union on line n gives. A
// union in a table's row describes a key of the row's field: "| `to` |
// object | { "type": "number"|"sip" } |" names ToType.
func (w *walker) unionEnum(n int, key, union string, values []string) {
	name := fieldEnumName(key)
	if field := rowField(w.doc.lineBytes(n)); field != "" && !strings.EqualFold(field, key) {
		name = naming.Ident(field + " " + name)
	} else if kind := w.objectType(n); kind != "" && !strings.EqualFold(key, "type") {
		name = naming.Ident(kind + " " + name) // { type: 'joined', kind: 'join' or 'fail' }: JoinedKind
	}
	if len(values) < 2 || name == "" {
		return
	}
	e := &spec.Enum{Name: name, Line: w.doc.mapLine(n)}
	e.Values = w.listedValues(values, []Line{{N: w.doc.mapLine(n), Text: union}}, name)
	w.col.addEnum(e, -1, false, true)
}

// objectType returns the type an example object gives itself on one of
// the lines right above line n (type: 'joined'), up to the line opening
// the object; "" when none does. Objects of several types each give a
// key alternatives of their own.
func (w *walker) objectType(n int) string {
	for i := n - 1; i >= 1 && i >= n-maxObjectLines; i-- {
		line := w.doc.lineBytes(i)
		if m := objectTypeLine.FindSubmatch(line); m != nil {
			return string(m[1])
		}
		if bytes.ContainsAny(line, "{}") {
			break
		}
	}
	return ""
}

// maxObjectLines is how far above a key objectType looks for the type.
const maxObjectLines = 4

// objectTypeLine matches an object's type given as one literal on a line
// of its own: type: 'joined', "type": "user",
var objectTypeLine = regexp.MustCompile(`^\s*["']?type["']?\s*:\s*["']([A-Za-z][\w.-]*)["']\s*,?\s*$`)

// rowField returns the field a table's row, a line starting with a bar,
// names in its first cell, or "".
func rowField(line []byte) string {
	cells := bytes.Split(bytes.TrimSpace(line), []byte("|"))
	if len(cells) < 3 || len(bytes.TrimSpace(cells[0])) > 0 {
		return ""
	}
	field := strings.Trim(strings.TrimSpace(string(cells[1])), "`*")
	if !isFieldName(field) {
		return ""
	}
	return field
}

// hasLiteralBar reports a bar between two string literals ("a" | "b"),
// scanned by hand: every row of a table has bars, and a regular
// expression per row cost a fifth of reading a table.
func hasLiteralBar(line []byte) bool {
	for i := bytes.IndexByte(line, '|'); i >= 0; {
		before := bytes.TrimRight(line[:i], " \t")
		after := bytes.TrimLeft(line[i+1:], " \t")
		if len(before) > 0 && len(after) > 0 && isQuoteByte(before[len(before)-1]) && isQuoteByte(after[0]) {
			return true
		}
		j := bytes.IndexByte(line[i+1:], '|')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// hasLiteralOr reports "or" between two string literals ('a' or 'b'), as
// an example object may give a key's alternatives.
func hasLiteralOr(line []byte) bool {
	return bytes.Contains(line, []byte(`' or '`)) || bytes.Contains(line, []byte(`" or "`))
}

func isQuoteByte(c byte) bool { return c == '"' || c == '\'' }

// literalUnion matches a key, or a type alias, given a union of string
// literals: status?: "a" | "b", Status = "a" | "b" (R), type State = 'a' | 'b'.
var literalUnion = regexp.MustCompile(`(?:^|[\s{,(;])["']?([A-Za-z_][\w.-]*)["']?\??\s*[:=]\s*(` + literals + `)|\btype\s+([A-Za-z_]\w*)\s*=\s*(` + literals + `)`)

// bareUnionLine matches a line of string literals with bars between them
// and nothing else but a closing bracket or comma; listOpening the line
// above it that opens the key's list: `MatchingEventTypes = list(`, as
// SDK references write a request's syntax ('Types': [ in Python).
var (
	bareUnionLine = regexp.MustCompile(`^\s*(` + literals + `)\s*[\])]?,?\s*$`)
	listOpening   = regexp.MustCompile(`^\s*["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*(?:list\(|c\(|\[)\s*$`)
)

// literals is two string literals or more with bars between them.
const literals = `(?:"[^"\n|]*"|'[^'\n|]*')(?:\s*\|\s*(?:"[^"\n|]*"|'[^'\n|]*'))+`

// orUnion matches a line of an example object that gives a key string
// literals with "or" between them, null perhaps first, and nothing else:
// kind: 'join' or 'leave', (prose that says "a" or "b" is no such line).
var orUnion = regexp.MustCompile(`^\s*["']?([A-Za-z_][\w.-]*)["']?\s*:\s*((?:null\s+or\s+)?(?:"[^"\n|]*"|'[^'\n|]*')(?:\s+or\s+(?:"[^"\n|]*"|'[^'\n|]*'))+)\s*,?\s*$`)

// literal matches one string literal of a union.
var literal = regexp.MustCompile(`"([^"\n|]*)"|'([^'\n|]*)'`)

// literalTokens returns the tokens of a union of string literals, nil
// when one is no token.
func literalTokens(union string) []string {
	var parts []string
	for _, m := range literal.FindAllStringSubmatch(union, -1) {
		parts = append(parts, m[1]+m[2])
	}
	return splitTokens(strings.Join(parts, "|"), "|")
}

// unionTokens returns the tokens a value separates with bars, all of it
// ("completed | no-answer"); nil when a part is no token.
func unionTokens(value string) []string { return splitTokens(value, "|") }

// splitTokens splits s at sep into tokens, trimmed: nil when a part is no
// token or a number.
func splitTokens(s, sep string) []string {
	parts := strings.Split(s, sep)
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || p != proseToken(p) || isNumber(p) {
			return nil
		}
		parts[i] = p
	}
	return parts
}

// Event references often give each event's payload as an example and
// nothing else, the status a key of each:
//
//	* **Payload**: `{ code: 200, status: "connected" }`
//	* **Payload**: `{ code: 1000, status: "disconnected" }`
//	* **Payload**: `{ code: 200, status: "login successfully" }`
//
// payloadExamples makes an enum of the values examples give a key that is
// a value noun (status, state, reason, ...): three values or more, each in
// an object written whole on a line, when the document lists no values for
// the key otherwise. An API's wrapper ("status": "success") gives two at
// most; the lines of a code block may belong to any object.

// payloadKeys are the keys whose example values payloadExamples reads.
var payloadKeys = proseSet("status state reason cause result outcome disposition direction")

// payloadExamples adds the enums of the keys examples give three values
// or more.
func (w *walker) payloadExamples() {
	type seen struct {
		values []string
		lines  []Line
	}
	keys := map[string]*seen{}
	var order []string
	for n := 1; n <= w.doc.lines(); n++ {
		raw := w.doc.lineBytes(n)
		open := bytes.IndexByte(raw, '{')
		if open < 0 || bytes.IndexByte(raw[open:], '}') < 0 {
			continue // the common case: no whole object on the line; a block's lines may be any object's
		}
		for _, m := range examplePair.FindAllSubmatch(raw, -1) {
			key, value := strings.ToLower(string(m[1])), string(m[2])
			if !payloadKeys[key] {
				continue
			}
			s := keys[key]
			if s == nil {
				s = &seen{}
				keys[key] = s
				order = append(order, key)
			}
			if !slices.Contains(s.values, value) {
				s.values = append(s.values, value)
				s.lines = append(s.lines, Line{N: w.doc.mapLine(n), Text: value})
			}
		}
	}
	for _, key := range order {
		s := keys[key]
		name := fieldEnumName(key)
		if len(s.values) < 3 || w.col.byName[name] != nil {
			continue
		}
		e := &spec.Enum{Name: name, Line: s.lines[0].N}
		e.Values = w.listedValues(s.values, s.lines, name)
		w.col.addEnum(e, -1, false, true)
	}
}

// Examples written as code may give a key's values in the comment after
// it, each value glued to or beside its label:
//
//	cdrState: 'queue', //结束时所在位置:bridged接通;feedback评价;queue队列
//	calltype: "",      //呼叫类型（outbound:呼出，inbound：呼入，空为内部呼叫）
//
// commentEnums makes an enum, named after the key, of the values such a
// comment lists: two at least, each a token followed by its label, the
// pairs joined by semicolons or commas; a label before the first (the
// key's) and a note after the last are no values.

// commentedKey matches a key, its example value and the comment after it;
// a TypeScript key may be marked optional ("endReason"?: string).
var commentedKey = regexp.MustCompile(`^\s*["']?([A-Za-z_]\w*)["']?\??\s*:\s*[^/\n]*?//\s*(.+)$`)

// commentEnums adds the enums of the keys whose comments list values.
func (w *walker) commentEnums() {
	for n := 1; n <= w.doc.lines(); n++ {
		raw := w.doc.lineBytes(n)
		if !bytes.Contains(raw, []byte("//")) {
			continue // the common case: no comment on the line
		}
		m := commentedKey.FindSubmatch(raw)
		if m == nil {
			continue
		}
		values, ok := commentValues(string(m[2]))
		if !ok {
			values, ok = inlineValues(string(m[2])) // "// one of: queued, ringing, ended"
		}
		if !ok {
			continue
		}
		name := fieldEnumName(string(m[1]))
		e := &spec.Enum{Name: name, Line: w.doc.mapLine(n)}
		e.Values = w.listedValues(values, []Line{{N: w.doc.mapLine(n), Text: string(m[2])}}, name)
		w.col.addEnum(e, -1, false, true)
	}
}

// An example may describe a key's value instead of giving one: a
// placeholder in angle brackets that runs over lines, listing the values
// one to a line, each with its gloss:
//
//	"call_stage": "<Стадия звонка. Один из вариантов:
//	conversation_requested - запрос разговора;
//	call_ended - завершение звонка>"
//
// placeholderEnums makes an enum, named after the key, of such lines: two
// at least, each a token, a spaced dash and its gloss.

// placeholderKey matches a key whose string value opens a placeholder it
// does not close on the line.
var placeholderKey = regexp.MustCompile(`^\s*"([A-Za-z_][\w.]*)"\s*:\s*"<[^>]*$`)

// placeholderLine matches one value line of such a placeholder.
var placeholderLine = regexp.MustCompile(`^\s*([A-Za-z_][\w.-]*)\s+[-–—]\s+\S`)

// maxPlaceholderLines bounds the lines a placeholder runs over.
const maxPlaceholderLines = 64

// placeholderEnums adds the enums of the keys whose placeholders list
// values.
func (w *walker) placeholderEnums() {
	if !bytes.Contains(w.doc.src, []byte(`"<`)) {
		return // the common case
	}
	for n := 1; n <= w.doc.lines(); n++ {
		raw := w.doc.lineBytes(n)
		if !bytes.Contains(raw, []byte(`"<`)) {
			continue // the common line, without the regexp
		}
		m := placeholderKey.FindSubmatch(raw)
		if m == nil {
			continue
		}
		var values []string
		var lines []Line
		k := n + 1
		for ; k <= w.doc.lines() && k-n <= maxPlaceholderLines; k++ {
			raw := w.doc.lineBytes(k)
			if v := placeholderLine.FindSubmatch(raw); v != nil {
				values = append(values, string(v[1]))
				lines = append(lines, Line{N: w.doc.mapLine(k), Text: string(raw)})
			}
			if bytes.IndexByte(raw, '>') >= 0 {
				break // the placeholder closes
			}
		}
		if len(values) >= 2 {
			name := fieldEnumName(string(m[1]))
			e := &spec.Enum{Name: name, Line: lines[0].N}
			e.Values = w.listedValues(values, lines, name)
			w.col.addEnum(e, -1, false, true)
		}
		n = k
	}
}

// commentValues reads the values a comment lists, each a token and its
// label (see commentEnums).
func commentValues(comment string) ([]string, bool) {
	s := strings.TrimSpace(comment)
	if i := strings.IndexAny(s, ":：(（"); i > 0 && onlyCJK(s[:i]) {
		s = s[i:] // "结束时所在位置:", "呼叫类型（...）": the key's label
		if s[0] == ':' || strings.HasPrefix(s, "：") {
			_, size := utf8.DecodeRuneInString(s)
			s = s[size:]
		}
	}
	s = strings.Trim(s, "()（） ")
	parts := strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(";；,，", r) })
	var values []string
	for i, p := range parts {
		p = strings.TrimSpace(p)
		token := leadingToken(p)
		switch {
		case token == "" && onlyCJK(p) && (i == 0 || i == len(parts)-1):
			continue // the key's label first, a note last
		case token == "" || isNumber(token):
			return nil, false
		}
		rest := strings.TrimLeft(strings.TrimSpace(p[len(token):]), ":：")
		if rest == "" || !onlyCJK(strings.Fields(rest)[0]) {
			return nil, false // a token and its label in another script, nothing else
		}
		values = append(values, token)
	}
	return values, len(values) >= 2 && distinct(values) == len(values)
}

// leadingToken is the token of ASCII letters, digits, "_", "-" and "."
// that s starts with, or "".
func leadingToken(s string) string {
	end := 0
	for end < len(s) && (textAlnumByte(s[end]) || strings.IndexByte("_-.", s[end]) >= 0) {
		end++
	}
	return strings.TrimRight(s[:end], ".-")
}

// onlyCJK reports text of Han, Kana or Hangul letters (and digits,
// spaces and punctuation), one letter at least, and no other letter.
func onlyCJK(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case isCJK(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters > 0
}
