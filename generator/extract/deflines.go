package extract

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// A definition list copied from a web page as text loses its markup: each
// term stands alone on a line and its definition follows on the next lines,
// the bullet of the next item often glued to the end ("... to make the
// dial -"):
//
//	queued
//	All new calls are created with a status of queued -
//	ringing
//	A short time later Twilio dials the call -
//
// parseDefinitionLines reads a paragraph of that shape: at least
// minDefinitions terms, every term a single token followed by at least one
// line of definition. When the paragraph does not start with a term, the
// definitions must start with a capital letter, and lines before the
// first term introduce the list ("dial.updated" over "webhook will be
// called ..." is prose: its next line starts lower-case). Terms may share
// a definition, the next ones written ", failed" below the first (a list
// of values copied as text).
const minDefinitions = 3

type definition struct {
	term   string
	line   int
	desc   []string
	descAt []int  // the line of each of desc, when known
	code   string // the number the line gives the value ("0 - Failed: ..."), or ""
	raw    string // the line, when one holds the whole definition
	// intro is the text that introduces the run of terms this one starts
	// ("The end_call_reason parameter provides insight into why a call
	// ended:"), when a definition above ended in it.
	intro string
	// afterLost: a definition whose term was lost came right before this
	// one, which starts a run of its own.
	afterLost bool
}

func parseDefinitionLines(lines []Line) (defs []definition, lost []Line, ok bool) {
	// A paragraph that starts with a term is all definitions, whatever
	// case they start with; otherwise a term needs a capital below it.
	anyCase := len(lines) > 1 && isTermLine(lines[0].Text) && !isTermLine(lines[1].Text)
	group, open := 0, false // the terms defs[group:] share the definition being read; open: none read yet
	for i, l := range lines {
		text := strings.TrimSpace(l.Text)
		if text == "-" {
			continue // the bullet of an item whose text went to the next line
		}
		if memberTitles[strings.ToLower(text)] && i+1 < len(lines) && isTermLine(lines[i+1].Text) {
			defs, open = nil, false // "Consts" heads the members: the lines above introduce the type
			anyCase = true
			continue
		}
		if more, ok := strings.CutPrefix(text, ", "); ok && open && isTermLine(more) {
			defs = append(defs, definition{term: more, line: l.N})
			continue
		}
		if isTermLine(text) && (anyCase && i+1 < len(lines) && !isTermLine(lines[i+1].Text) || definedBelow(lines[i+1:])) {
			d := definition{term: text, line: l.N}
			if len(defs) > 0 {
				d.intro = cutIntro(&defs[len(defs)-1])
				d.afterLost = defs[len(defs)-1].term == ""
			}
			group, open = len(defs), true
			defs = append(defs, d)
			continue
		}
		if len(defs) == 0 {
			continue // an introduction
		}
		if strings.HasPrefix(text, ": ") && i > 0 && strings.HasPrefix(strings.TrimSpace(lines[i-1].Text), ": ") {
			// Two definitions and no term between: the term was glued to
			// the end of the text above, in lower case where no change of
			// case tells it apart (... analyzedcontact_status_changed). The
			// definition goes under no term: the text it ends with may
			// introduce the next run; the line above is reported.
			group, open = len(defs), false
			defs = append(defs, definition{line: lines[i-1].N, raw: strings.TrimSpace(lines[i-1].Text)})
		}
		desc := strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(text, " -"), ": ")) // ": Call connected."
		for k := group; k < len(defs); k++ {
			defs[k].desc = append(defs[k].desc, desc)
			defs[k].descAt = append(defs[k].descAt, l.N)
		}
		open = false
	}
	named := defs[:0]
	for _, d := range defs {
		if !strings.ContainsFunc(strings.Join(d.desc, " "), isAlnum) {
			return nil, nil, false // "POST / v1 / calls": a path broken over lines, no terms
		}
		if d.term == "" {
			lost = append(lost, Line{N: d.line, Text: d.raw})
			continue
		}
		named = append(named, d)
	}
	return named, lost, len(named) >= minDefinitions
}

// cutIntro takes off the end of d's definition the sentences that
// introduce the next run of terms: the lines after its last full stop,
// when the last ends in a colon ("hangup_on_voicemail" over "Voicemail
// was detected.", "The end_call_reason", "parameter provides insight into
// why a call ended:"). It returns them joined, "" when there are none.
func cutIntro(d *definition) string {
	n := len(d.desc)
	if n < 2 || !strings.HasSuffix(d.desc[n-1], ":") {
		return ""
	}
	k := n - 1
	for k > 0 && !strings.HasSuffix(d.desc[k-1], ".") {
		k--
	}
	if k == 0 {
		return "" // no sentence of its own before the introduction
	}
	intro := strings.Join(d.desc[k:], " ")
	d.desc = d.desc[:k]
	if len(d.descAt) > k {
		d.descAt = d.descAt[:k]
	}
	return intro
}

// definitionRuns splits defs where a definition's text introduced the
// terms after it: each run, and the name its introduction gives it ("a
// status field, which can have ...:" names Status), "" for none.
func definitionRuns(defs []definition) (runs [][]definition, names []string) {
	start := 0
	for i := 1; i <= len(defs); i++ {
		if i < len(defs) && defs[i].intro == "" && !defs[i].afterLost {
			continue
		}
		runs = append(runs, defs[start:i])
		name := ""
		if intro := defs[start].intro; intro != "" {
			name = proseSubject(intro+" "+defs[start].term, defs[start].term)
			if name == "" {
				name = leadName(intro) // "Call status can be one of the following:"
			}
		}
		names = append(names, name)
		start = i
	}
	return runs, names
}

// definedBelow reports whether the lines below a term (past terms written
// ", failed") start its definition: a line starting with a capital.
func definedBelow(rest []Line) bool {
	for _, l := range rest {
		text := strings.TrimSpace(l.Text)
		if more, ok := strings.CutPrefix(text, ", "); ok && isTermLine(more) {
			continue
		}
		if text == "-" {
			continue
		}
		return textStartsUpper(text) || strings.HasPrefix(text, ": ") // ": Call connected." as Markdown Extra writes a definition
	}
	return false
}

// isTermLine reports a line holding one value-like token and nothing else.
// A quoted token is an example ("inbound" under a field's description), no
// term.
func isTermLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, " \t") || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || isQuoted(s) {
		return false
	}
	if fieldSectionWords[strings.ToLower(s)] || strings.EqualFold(s, "authorizations") {
		return false // "Response", "Authorizations": a section of an API reference page
	}
	_, why := wireValue(s, false)
	return why == ""
}

// definitionEnum makes the enum, named after the section, of definitions;
// or, when the terms are fields (under a heading such as "Message
// parameters", or when their definitions list values inline: "status"
// over "one of incoming, outgoing or ringing"), an enum of each field
// whose definition lists its values.
// lostTerms reports the lines parseDefinitionLines found a term glued to
// the end of.
func (w *walker) lostTerms(lost []Line) {
	for _, l := range lost {
		w.col.diags.Warnf(w.col.pos(l.N), "the next term is glued to the end of this definition and cannot be told apart; add it by hand: %s", textQuote(clip(l.Text)))
	}
}

func (w *walker) definitionEnum(defs []definition) {
	w.namedDefinitionEnum(defs, "")
}

// namedDefinitionEnum is definitionEnum, the enum named name when it is
// not "". A code the lines give their values is kept as each value's data.
func (w *walker) namedDefinitionEnum(defs []definition, name string) {
	terms := make([]string, len(defs))
	for i, d := range defs {
		terms[i] = d.term
	}
	if allDocTags(terms) {
		return // **Kind**: instance method, **See**: Playback: a member's facts
	}
	if w.fields || definesFields(defs) {
		w.definedFields(defs)
		return
	}
	w.termsEnum(defs, name)
}

// termsEnum makes the enum of definitions whose terms are values.
func (w *walker) termsEnum(defs []definition, name string) {
	var e *spec.Enum
	if name != "" {
		e = &spec.Enum{Name: name, Line: defs[0].line}
	} else if e = w.newEnum(defs[0].line, ""); e == nil {
		return
	}
	if s := w.section(); name == "" && (s == nil || !isValueTitle(s.title)) {
		// "The following status is for incoming calls" names the
		// values below it better than a title about something else.
		if lead := enumName(leadName(w.lead)); lead != "" {
			e.Name = lead
		}
	}
	defs = foldOddTerms(defs)
	coded := true
	for _, d := range defs {
		coded = coded && d.code != ""
	}
	for _, d := range defs {
		text := strings.Join(d.desc, " ")
		v := &spec.Value{Wire: d.term, Description: text, Line: d.line}
		if coded {
			v.Data = map[string]*spec.Datum{"code": codeDatum(d.code)}
		}
		e.Values = append(e.Values, v)
	}
	if coded {
		e.Columns = []*spec.Column{{Name: "code", Type: "int", Doc: "The number the document gives the value before its name."}}
	}
	w.col.addEnum(e, w.cur, true, false)
	for _, d := range defs {
		// A value's text may give a field of its payload values ("The
		// level field is one of 'none', 'lobby', or 'full'").
		text := strings.Join(d.desc, " ")
		lines := []Line{{N: d.line + 1, Text: text}}
		if values, ok := inlineValues(text); ok && proseSubject(text, values[0]) == "" && enumName(d.term) != "" {
			// Named after nothing in the text: the value's own, not the
			// section's, which names the values above.
			sub := &spec.Enum{Name: enumName(d.term), Line: d.line + 1}
			sub.Values = w.listedValues(values, lines, sub.Name)
			w.col.addEnum(sub, w.cur, true, true)
		} else if ok {
			w.inlineEnum(text, lines, "")
		}
		w.definedValues(d)
	}
}

// definedFields reads definitions whose terms are fields: an enum of each
// field whose definition lists its values.
func (w *walker) definedFields(defs []definition) {
	for _, d := range defs {
		text := strings.Join(d.desc, " ")
		if values, ok := inlineValues(text); ok {
			e := &spec.Enum{Name: fieldEnumName(d.term), Line: d.line}
			e.Values = w.listedValues(values, []Line{{N: d.line + 1, Text: text}}, e.Name)
			w.col.addEnum(e, w.cur, false, false)
		} else if names, codes, ok := codedNames(text); ok {
			e := &spec.Enum{Name: fieldEnumName(d.term), Line: d.line}
			for i, n := range names {
				e.Values = append(e.Values, &spec.Value{Wire: n, Line: d.line, Data: map[string]*spec.Datum{"code": {Text: codes[i]}}})
			}
			w.col.addEnum(e, w.cur, false, false) // new(1) : new unheard message old(2) : ...
		}
	}
}

// introNamesFields reports lines introducing definitions that say their terms
// are fields: a header such as "Payload Fields Description", or "The
// following parameters are sent:".
func introNamesFields(intro []Line) bool {
	for _, l := range intro {
		for _, word := range strings.FieldsFunc(strings.ToLower(l.Text), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if announcedFields[word] {
				return true
			}
		}
	}
	return false
}

// definedValues reads the values a definition lists below a line that
// says they follow:
//
//	Failed
//	The call could not be completed due to one of the following reasons:
//	Flooding: Too many calls attempted to the same number.
//	User Unreachable: The number was not reachable.
//
// two lines at least of a label and its sentence, named after the noun
// the line above them uses (Reason).
func (w *walker) definedValues(d definition) {
	for i := 0; i+2 < len(d.descAt); i++ {
		name := enumName(leadName(d.desc[i]))
		if !strings.HasSuffix(d.desc[i], ":") || name == "" {
			continue
		}
		e := &spec.Enum{Name: name, Line: d.descAt[i]}
		j := i + 1
		for ; j < len(d.descAt); j++ {
			token, desc, ok := valueLineOf(d.desc[j], true)
			if !ok {
				break
			}
			e.Values = append(e.Values, &spec.Value{Wire: token, Description: desc, Line: d.descAt[j]})
		}
		if len(e.Values) >= 2 {
			w.col.addEnum(e, w.cur, true, false)
		}
		i = j - 1
	}
}

// foldOddTerms folds into the definition above it a term written unlike
// most: a capitalised word (Always, a label of the page) among values in
// lower case or starting with a digit (loading, joined-meeting,
// 3way_start).
func foldOddTerms(defs []definition) []definition {
	lower := 0
	for _, d := range defs {
		if !textStartsUpper(d.term) {
			lower++ // loading, 3way_start
		}
	}
	if lower*4 < len(defs)*3 {
		return defs
	}
	out := defs[:0]
	for _, d := range defs {
		if textStartsUpper(d.term) && strings.ToUpper(d.term) != d.term && len(out) > 0 { // 3way_start is no label
			prev := &out[len(out)-1]
			prev.desc = append(append(prev.desc, d.term), d.desc...)
			continue
		}
		out = append(out, d)
	}
	return out
}

// definesFields reports definitions of fields: one lists values inline,
// and its term is no value written like the others (joined-meeting,
// loading). Event names defined one after another may have one whose text
// mentions a field's values ("The level field is one of ..."); the
// definitions are still values.
func definesFields(defs []definition) bool {
	listing, compound := 0, 0
	for _, d := range defs {
		if _, ok := inlineValues(strings.Join(d.desc, " ")); ok {
			listing++
		}
		if strings.ContainsAny(d.term, "-.") {
			compound++
		}
	}
	return listing > 0 && !(compound*2 >= len(defs) && listing*4 < len(defs))
}

// definitionList reads a Markdown definition list ("term", then ":
// definition" below it) as definitions copied as text are read: terms that
// are values make an enum, terms that are fields give the enums their
// definitions list. A list whose terms are not all single tokens is prose.
func (w *walker) definitionList(n *extast.DefinitionList) {
	var defs []definition
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *extast.DefinitionTerm:
			defs = append(defs, definition{term: plainText(c, w.doc.src), line: w.lineOf(c)})
		case *extast.DefinitionDescription:
			if len(defs) > 0 {
				d := &defs[len(defs)-1]
				d.desc = append(d.desc, w.descriptionText(c))
			}
		}
	}
	// A page copied as text writes each definition ": text" below its
	// term, no blank line between items: Markdown reads the items after
	// the first as the first one's text. Read from the lines, they are
	// items again.
	if lined, lost, ok := parseDefinitionLines(w.sourceLines(n)); ok && len(lined) > len(defs) {
		defs = lined
		w.lostTerms(lost)
	}
	for _, d := range defs {
		if !isTermLine(d.term) {
			w.busy()
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				w.blocks(c)
			}
			return
		}
	}
	w.busy()
	if len(defs) == 1 && (w.restatesTitle(defs[0]) || typeTerm(defs[0].term)) {
		return // "`AgentState`: 座席状态" under "## 座席状态": the type the heading titles
	}
	w.definitionRunEnums(defs)
}

// typeTerm reports a term that is a type's name, an identifier in Pascal
// case (CallDirection): defined alone, it is what the section is about.
func typeTerm(term string) bool {
	return isIdentifier(term) && textUpperByte(term[0]) && strings.ToUpper(term) != term && !strings.ContainsAny(term, "_.-")
}

// restatesTitle reports a definition whose text is the title of the
// section it is in, its spaces aside: the term is what the title names,
// in code, not a value.
func (w *walker) restatesTitle(d definition) bool {
	s := w.section()
	if s == nil || len(d.desc) != 1 {
		return false
	}
	squeeze := func(t string) string { return strings.Join(strings.Fields(t), "") }
	return squeeze(d.desc[0]) == squeeze(s.title)
}

// definitionRunEnums makes the enums of definitions, one for each run
// that text introduces (definitionRuns).
func (w *walker) definitionRunEnums(defs []definition) {
	runs, names := definitionRuns(defs)
	for i, run := range runs {
		if len(runs) > 1 && len(run) == 1 {
			// A title over the text that introduces the first run.
			w.col.diags.Warnf(w.col.pos(run[0].line), "term %q over text, and no term after it, is no value; skipped", run[0].term)
			continue
		}
		if run[0].afterLost && run[0].intro == "" && len(run) < minDefinitions {
			// A few terms between lost ones, nothing introducing them:
			// what they are cannot be told.
			for _, d := range run {
				w.col.diags.Warnf(w.col.pos(d.line), "term %q among definitions whose terms were lost is not read; skipped", d.term)
			}
			continue
		}
		w.namedDefinitionEnum(run, enumName(names[i]))
	}
}

// sourceLines are the lines of the source a block spans, numbered.
func (w *walker) sourceLines(n ast.Node) []Line {
	start, end := blockStart(n), blockEnd(n)
	var out []Line
	for start < end {
		line, _, _ := bytes.Cut(w.doc.src[start:end], []byte("\n")) // no copy of the rest: a big paragraph costs its size once
		out = append(out, Line{N: w.doc.lineOf(start), Text: strings.TrimRight(decodeText(line), "\r")})
		start += len(line) + 1
	}
	return out
}

// descriptionText is the text of a definition's blocks, code kept marked.
func (w *walker) descriptionText(n ast.Node) string {
	var parts []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		parts = append(parts, markedText(c, w.doc.src))
	}
	if len(parts) == 0 {
		return markedText(n, w.doc.src)
	}
	return strings.Join(parts, " ")
}

// A list copied without its bullets keeps one value per line, its
// description after a separator:
//
//	NEW - New Lead - Lead has not been called
//	QUEUE - Lead To Be Called - Lead is about to be sent to an agent
//
// parseValueLines reads a paragraph of such lines: runs of minDefinitions
// at least, each line a token written as a constant (NEW, no-answer,
// NoAnswer), a separator (" - ", " – ", " — ", ": ") and text. Under a
// title about values (words), or after a line of the paragraph that names
// values ("This is a general status on the call showing the following:",
// "Under hang-up disposition"), a label of words is a token too: "start -
// on startup", "Billing Error (Credit Check Failed) - not processed". Such
// a line starts a run named after its value noun. Runs must make most of
// the paragraph; the other lines are returned, for prose.
type valueRun struct {
	name string // the value noun of the line introducing the run, or ""
	defs []definition
}

func parseValueLines(lines []Line, words bool) (runs []valueRun, rest []Line, ok bool) {
	if n := separated(lines); n*3 < len(lines) || n < minDefinitions {
		return nil, nil, false // the common case, prose: decided without a word split
	}
	naming := 0 // lines naming the values below them
	var cur *valueRun
	name := ""           // the value noun of the last line that is no value, as an enum name
	inRun := 0           // lines in runs kept
	var pending []Line   // lines of the run being read that are no values
	var short []valueRun // runs too short to keep alone, each under a line naming its values
	var wraps []Line     // lines of the run that go on a value's description
	flush := func() {
		switch {
		case cur != nil && keepRun(cur.defs):
			runs = append(runs, *cur)
			inRun += len(cur.defs) + len(wraps)
			wraps = nil
		case cur != nil && cur.name != "" && described(cur.defs):
			short = append(short, *cur)
		case cur != nil:
			for _, d := range cur.defs {
				rest = append(rest, Line{N: d.line, Text: d.raw})
			}
		}
		rest = append(rest, wraps...)
		rest = append(rest, pending...)
		cur, pending, wraps = nil, nil, nil
	}
	introduced := false // a value's text ended by introducing the values below it
	fieldsName := fieldsOverConstants(lines)
	for _, l := range lines {
		token, desc, code, ok := codedValueLine(l.Text, words || name != "" || introduced)
		if fieldsName && !ok {
			if field, _, _, isField := codedValueLine(l.Text, true); isField && lowerField(field) {
				token, ok = field, true // "code: Event codes", the first line: a field
			}
		}
		if ok && fieldsName && lowerField(token) {
			// "eventSource: Indicates by whom the event occurred" over
			// HOST, GUEST: a field, naming the constants below it.
			flush()
			name, introduced = enumName(token), false
			naming++
			rest = append(rest, l)
			continue
		}
		if !ok && cur != nil && len(pending) == 0 && wrapsOn(l.Text) {
			// "local" - The call was released due to local / user action:
			// a description wrapped onto the next line.
			d := &cur.defs[len(cur.defs)-1]
			d.desc[len(d.desc)-1] += " " + strings.TrimSpace(l.Text)
			wraps = append(wraps, l)
			continue
		}
		if !ok {
			introduced = false
			named := enumName(leadName(l.Text))
			if named == "" {
				named = gluedLabel(l.Text)
			}
			if named == "" {
				named = linesLabel(l.Text) // "Action:" over "**Reject-** Will reject the call"
			}
			if named != "" {
				naming++
			}
			if named != "" || cur != nil {
				name = named // a sentence right below the line naming values explains them
			}
			if strings.HasSuffix(strings.TrimSpace(l.Text), ":") || name != "" {
				flush() // a line naming values starts the next run
			}
			if cur != nil {
				pending = append(pending, l)
			} else {
				rest = append(rest, l)
			}
			continue
		}
		if cur == nil {
			cur = &valueRun{name: name}
		}
		rest = append(rest, pending...)
		pending = nil
		cur.defs = append(cur.defs, definition{term: token, line: l.N, desc: []string{desc}, code: code, raw: l.Text})
		if strings.HasSuffix(desc, ":") && introducesValues(desc) {
			// "complete_error: ... this field contains one of the
			// following values:": the values below are another field's.
			flush()
			name, introduced = enumName(leadName(lastSentence(desc))), true
		}
	}
	flush()
	// Beside a run long enough to be a list, a shorter one under its own
	// line naming values ("Missed communication statuses" over two) is a
	// group of the same list.
	for _, r := range short {
		if len(runs) == 0 {
			for _, d := range r.defs {
				rest = append(rest, Line{N: d.line, Text: d.raw})
			}
			continue
		}
		runs = append(runs, r)
		inRun += len(r.defs)
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].defs[0].line < runs[j].defs[0].line })
	// A list the text of the page runs on after ("Was this article
	// helpful?"), or lists under lines introducing them: the lines of
	// values, and the lines naming them, make most of the paragraph.
	if len(runs) == 0 || inRun*2 < len(lines) && (inRun+naming)*3 < len(lines)*2 && !(fieldsName && namedConstants(runs)) {
		return nil, nil, false
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].N < rest[j].N })
	return runs, rest, true
}

// lastSentence is the last sentence of text, glued to the one before it
// or not ("... failed.error_message field. This field is one of:").
func lastSentence(text string) string {
	i := strings.LastIndexAny(strings.TrimRight(text, ".:"), ".!?")
	return strings.TrimSpace(text[i+1:])
}

// gluedLabel is the enum name of a label that ends a line of glued
// sentences ("... max_duration).Statuses:"): its last word, glued to the
// text before it, when that word is a value noun; "" otherwise.
func gluedLabel(text string) string {
	text, ok := strings.CutSuffix(strings.TrimSpace(text), ":")
	if !ok {
		return ""
	}
	word := text[strings.LastIndexFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
	if !isValueTitle(word) {
		return ""
	}
	return enumName(word)
}

// linesLabel is the name a line that is only a short label ending in a
// colon ("Action:") gives the value lines below it, or "".
func linesLabel(text string) string {
	label, ok := strings.CutSuffix(strings.TrimSpace(text), ":")
	if !ok || len(strings.Fields(label)) > maxRunLabelWords || !looksLikeTitle(label) || admonitions[strings.ToLower(label)] {
		return ""
	}
	return enumName(label)
}

// maxRunLabelWords bounds a label naming the value lines below it.
const maxRunLabelWords = 3

// fieldsOverConstants reports a paragraph that runs a payload's fields
// together, each over its values ("code: Event codes", then "JOIN: Occurs
// when ...", "LEFT: ..."): a field in camel or snake case right above
// minDefinitions constants at least. Lines between them that are no value
// lines (a wrapped description) do not part them.
func fieldsOverConstants(lines []Line) bool {
	field := false // the constants being counted are right below a field
	run := 0       // constants in the group being read
	for _, l := range lines {
		token, _, _, ok := codedValueLine(l.Text, true)
		switch {
		case !ok:
		case upperSnake(token):
			run++
		case field && run >= minDefinitions:
			return true
		default:
			field, run = lowerField(token), 0
		}
	}
	return field && run >= minDefinitions
}

// lowerField reports a field's name starting in lower case, in camel or
// snake case (eventSource, hangup_cause): no value's name (Success).
func lowerField(token string) bool {
	return token != "" && textLowerByte(token[0]) && isFieldName(token)
}

// namedConstants reports runs each of constants under a line naming them.
func namedConstants(runs []valueRun) bool {
	for _, r := range runs {
		if r.name == "" {
			return false
		}
		for _, d := range r.defs {
			if !upperSnake(d.term) {
				return false
			}
		}
	}
	return true
}

// wrapsOn reports a line that goes on with the description above it:
// words only, the first in lower case ("user action", "likely due to low
// signal or"); a URL, a field's line or a label is no such line.
func wrapsOn(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	if !unicode.IsLower(r) {
		return false
	}
	for _, w := range strings.Fields(text) {
		if !isLetters(strings.TrimRight(w, ".,;")) {
			return false
		}
	}
	return true
}

// separated counts the lines that hold a separator of a value line.
func separated(lines []Line) int {
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(l.Text, "**") && boldSeparated.MatchString(l.Text) {
			n++
			continue
		}
		for _, sep := range valueLineSeparators {
			if strings.Contains(l.Text, sep) {
				n++
				break
			}
		}
	}
	return n
}

// keepRun reports a run of value lines long enough to be a list, most of
// its descriptions words: lines whose "descriptions" are single tokens
// give fields their values (Event-Name: CUSTOM, CC-Agent: 1000@default),
// an example, no list.
func keepRun(defs []definition) bool {
	return len(defs) >= minDefinitions && described(defs)
}

// described reports definitions most of whose descriptions are words.
func described(defs []definition) bool {
	n := 0
	for _, d := range defs {
		if strings.ContainsRune(d.desc[0], ' ') {
			n++
		}
	}
	return n*2 > len(defs)
}

// codedValueLine is valueLineOf, a code allowed before the value: "0 -
// Failed: No answer, busy or unreachable." is Failed, code 0.
func codedValueLine(text string, words bool) (token, desc, code string, ok bool) {
	token, desc, ok = valueLineOf(text, words)
	if ok && isNumber(token) {
		if t, d, ok := valueLineOf(desc, true); ok && !isNumber(t) {
			return t, d, token, true
		}
		return "", "", "", false // a number is a code, no value
	}
	return token, desc, "", ok
}

// valueParagraphs reads the lines of parseValueLines written one to a
// paragraph, as a page copied as text leaves them:
//
//	NORMAL_CLEARING: The call was cleared by one of its users.
//
//	CALL_REJECTED: The called party does not wish to accept this call.
//
// from n on: minDefinitions paragraphs at least, each starting with such a
// line whose description is words, not one token; a paragraph led by a
// bold label that is no value ("**Show screen - [name]** - ...") is
// reported and passed over. It returns the
// definitions and the block after the last paragraph, nil when n starts
// no such run.
func (w *walker) valueParagraphs(n ast.Node) ([]definition, ast.Node) {
	if w.format != Auto {
		return nil, nil
	}
	var defs []definition
	var skipped []Line // paragraphs of the run's shape whose label is no value
	coded := false     // the run's shape: "0 UNKNOWN" lines, or "TOKEN: description"
	for ; n != nil; n = n.NextSibling() {
		p, ok := n.(*ast.Paragraph)
		if !ok {
			break
		}
		lines := w.blockLines(p)
		if token, ok := codedLine(lines[0].Text); ok && (coded || len(defs) == 0) {
			coded = true
			defs = append(defs, definition{term: token, line: lines[0].N})
			if len(lines) > 1 {
				n = n.NextSibling() // the text after the last line of the run
				break
			}
			continue
		}
		first := lines[0].Text
		if len(lines) == 1 && strings.HasPrefix(first, "`") {
			first = spacedText(p, w.doc.src) // "`delivered: l'appel a été transmit`": the line set as code
		}
		token, desc, code, ok := codedValueLine(first, w.valueSection())
		if !ok && !coded && len(defs) > 0 && boldLed.MatchString(lines[0].Text) {
			skipped = append(skipped, lines[0]) // "**Show screen - [name]** - ...": its label is no value
			continue
		}
		if coded || !ok || !strings.ContainsRune(desc, ' ') {
			break
		}
		d := definition{term: token, line: lines[0].N, desc: []string{desc}, code: code}
		for _, l := range lines[1:] {
			if _, _, ok := valueLine(l.Text); ok {
				return nil, nil // lines of values in one paragraph: parseValueLines reads them
			}
			d.desc = append(d.desc, strings.TrimSpace(l.Text))
		}
		defs = append(defs, d)
	}
	if len(defs) < minDefinitions && !(len(defs) == 2 && w.fieldSection()) {
		return nil, nil
	}
	for _, l := range skipped {
		w.col.diags.Warnf(w.col.pos(l.N), "%s, among values written so, has a label that is no value; skipped", textQuote(clip(l.Text)))
	}
	return defs, n
}

// boldLed matches a line led by a bold label and a separator, as a run of
// values written "**Call ended** - ..." is.
var boldLed = regexp.MustCompile(`^\*\*[^*]+\*\*\S*\s+[-–—:]\s`)

// labelParagraphs reads, under a title about values or after a line
// naming them, values written as paragraphs of a label each, its
// description in the paragraphs of sentences below it, as a help page
// copied as text gives them:
//
//	Inbound answered call
//
//	When a call comes in and you answer it.
//
//	Voicemail call
//
//	Typically, when a call comes in and the voicemail step answers it.
//
// minDefinitions labels at least. It returns the definitions and the
// block after the last one, nil when n starts no such run.
func (w *walker) labelParagraphs(n ast.Node) ([]definition, ast.Node) {
	if w.format != Auto {
		return nil, nil
	}
	if _, _, _, ok := w.labelParagraph(n); !ok || !w.valueSection() && enumName(leadName(w.lead)) == "" {
		return nil, nil // the common case decided first: no label here
	}
	var defs []definition
	asides := false // the run's labels each have an aside (Free (Grey)), as its first does
	for n != nil {
		label, aside, line, ok := w.labelParagraph(n)
		if !ok || len(defs) > 0 && (aside != "") != asides {
			break // a label shaped otherwise than the first is no value of the run
		}
		asides = aside != ""
		d := definition{term: label, line: line}
		if aside != "" {
			d.desc = append(d.desc, aside) // "Free (Grey)": the grey a page shows it in
		}
		next := n.NextSibling()
		for ; next != nil; next = next.NextSibling() {
			text, ok := w.sentenceParagraph(next)
			if !ok {
				break
			}
			d.desc = append(d.desc, text)
		}
		if len(d.desc) == 0 || aside != "" && len(d.desc) == 1 {
			break // a label without its description: a title, perhaps
		}
		defs = append(defs, d)
		n = next
	}
	if len(defs) < minDefinitions {
		return nil, nil
	}
	return defs, n
}

// labelParagraph reads a paragraph of one short label: a few words, the
// first capitalised, no closing punctuation; an aside in brackets after
// it (Free (Grey)) is returned apart.
func (w *walker) labelParagraph(n ast.Node) (label, aside string, line int, ok bool) {
	p, isPara := n.(*ast.Paragraph)
	if !isPara || p.Lines().Len() != 1 {
		return "", "", 0, false
	}
	lines := w.blockLines(p)
	text := strings.TrimSpace(lines[0].Text)
	if v, tags, ok := quotedLead(text); ok && (text[0] == '\'' || text[0] == '"') && tagWords(tags) {
		// "'browser-incompatible' Error fatal": a quoted name, the tags a
		// reference page sets beside it.
		return v, strings.TrimSpace(tags), lines[0].N, true
	}
	if open := strings.LastIndex(text, " ("); open > 0 && strings.HasSuffix(text, ")") && !strings.ContainsAny(text[open+2:len(text)-1], "()") {
		text, aside = text[:open], text[open+1:]
	}
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > maxWords || !textStartsUpper(text) || strings.ContainsAny(text, ".:;?!,()") {
		return "", "", 0, false
	}
	if _, why := wireValue(text, true); why != "" {
		return "", "", 0, false
	}
	return text, aside, lines[0].N, true
}

// tagWords reports one to three words of letters, no sentence: the tags
// beside a name ("Error fatal"), or nothing.
func tagWords(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if !isLetters(w) {
			return false
		}
	}
	return len(words) <= 3
}

// sentenceParagraph reads a paragraph of sentences: three words at least,
// ending in a full stop, or a dozen, which a copy may have cut short
// ("Please ask your system").
func (w *walker) sentenceParagraph(n ast.Node) (string, bool) {
	p, ok := n.(*ast.Paragraph)
	if !ok {
		return "", false
	}
	text := strings.TrimSpace(plainText(p, w.doc.src))
	if words := len(strings.Fields(text)); words < 3 || !strings.HasSuffix(text, ".") && words < minUnendedSentence {
		return "", false
	}
	return text, true
}

// minUnendedSentence is the words a paragraph without a full stop needs to
// be taken for sentences.
const minUnendedSentence = 12

// labelWord reports a word, perhaps hyphenated (Busy, Lose-race,
// No-Answer, start), that is no admonition (Note:, Warning:).
func labelWord(s string) bool {
	if admonitions[strings.ToLower(s)] {
		return false
	}
	for _, part := range strings.Split(s, "-") {
		if part == "" || strings.TrimFunc(part, unicode.IsLetter) != "" {
			return false
		}
	}
	return true
}

// valueLineSeparators separate a value from its description on a line.
var valueLineSeparators = []string{" - ", " – ", " — ", ": "}

// quotedLead splits a line that starts with a quoted string literal
// ("Call - busy", “No answer”) into the literal and the rest.
func quotedLead(text string) (string, string, bool) {
	for _, q := range [][2]string{{`"`, `"`}, {"“", "”"}, {"`", "`"}, {"'", "' "}, {"‘", "’"}} {
		rest, ok := strings.CutPrefix(text, q[0])
		if !ok {
			continue
		}
		v, after, ok := strings.Cut(rest, q[1])
		if q[1] == "' " {
			after = " " + after // a closing quote a space follows: no apostrophe
		}
		// A quoted name leading its line may be long: the line's shape
		// says it is one ("[Orum] Call - went to voicemail - name match").
		if !ok || v != strings.TrimSpace(v) || len(v) > maxWire || len(strings.Fields(v)) > 3*maxWords ||
			!utf8.ValidString(v) || strings.ContainsAny(v, "\"'`") || !strings.ContainsFunc(v, isAlnum) {
			return "", "", false
		}
		return v, after, true
	}
	return "", "", false
}

// boldLabel reads a label of a few words in bold: "**Capture nothing**".
func boldLabel(token string) (string, bool) {
	inner, ok := strings.CutPrefix(token, "**")
	i := strings.Index(inner, "**")
	if !ok || i <= 0 || inner[i+2:] != "" && !isLetters(inner[i+2:]) {
		return "", false
	}
	inner = inner[:i] + inner[i+2:] // "**no-answe**r": bold may end inside its word
	if strings.Contains(inner, "*") {
		return "", false
	}
	if _, why := wireValue(`"`+inner+`"`, true); why != "" {
		return "", false // set apart as a quote is: "Participant join (Contact)" may keep its aside
	}
	return inner, true
}

// titleLabel reports a label of two or three capitalised words (No
// Answer, Call Not Set-Up), none an admonition: a value's name written in
// title case.
// sentenceLabel reports a label of two to four words written as a
// sentence starts, its first capitalised (Completed inbound call, Missed
// inbound calls): a value's name when a description in lower case follows
// its dash, under a title about values.
func sentenceLabel(s string) bool {
	words := strings.Split(s, " ")
	if len(words) < 2 || len(words) > maxWords || !textStartsUpper(words[0]) {
		return false
	}
	for _, w := range words {
		if !labelWord(w) && !(strings.ToUpper(w) == w && !strings.ContainsFunc(w, func(r rune) bool { return !isAlnum(r) })) {
			return false
		}
	}
	return true
}

func titleLabel(s string) bool {
	words := strings.Split(s, " ")
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for i, w := range words {
		if i > 0 && labelJoiners[w] {
			continue // On a Call
		}
		if !textStartsUpper(w) || !labelWord(w) {
			return false
		}
	}
	return true
}

// scopedLabel reports a label scoped by the party or part it belongs to,
// "Caller: Hang-up", "Destination: Number Not in Service": a capitalised
// word, a colon, and a label of capitalised words.
func scopedLabel(s string) bool {
	scope, label, ok := strings.Cut(s, ": ")
	if !ok || !textStartsUpper(scope) || !labelWord(scope) || !textStartsUpper(label) {
		return false
	}
	words := strings.Split(label, " ")
	if len(words) > maxWords {
		return false
	}
	for _, w := range words {
		if !labelJoiners[w] && (!textStartsUpper(w) || !labelWord(w)) {
			return false
		}
	}
	return true
}

// labelJoiners are the small words a title-case label leaves in lower case.
var labelJoiners = map[string]bool{"a": true, "an": true, "the": true, "of": true, "on": true, "in": true, "to": true, "for": true, "and": true, "or": true, "by": true, "at": true}

// admonitions are the labels of notes set off in a text.
var admonitions = map[string]bool{
	"note": true, "notes": true, "warning": true, "caution": true, "tip": true,
	"important": true, "info": true, "example": true, "hint": true, "attention": true,
	"remember": true, "danger": true, "see": true, "also": true,
}

// codedLine reads a line of a number and a constant, "3 ON_BREAK": a
// list of values and their codes copied without its bullets.
func codedLine(text string) (string, bool) {
	f := strings.Fields(text)
	if len(f) != 2 || !isNumber(f[0]) {
		return "", false
	}
	if _, why := wireValue(f[1], false); why != "" || tokenShape(f[1]) != shapeConst || isNumber(f[1]) {
		return "", false
	}
	return f[1], true
}

// boldSeparated matches a line leading with a bold label that holds its
// own separator, then a description: "**Reject-** Will reject the call".
var boldSeparated = regexp.MustCompile(`^\*\*([^*]*[^*\s])\s*[-:–—]\*\*\s+(\S.*)$`)

// valueLine splits "TOKEN - description".
func valueLine(text string) (token, desc string, ok bool) {
	return valueLineOf(text, false)
}

// valueLineOf is valueLine; under a title about values (Call Results),
// words also name values: "Busy: This call result is when ...", "start
// - on startup".
func valueLineOf(text string, words bool) (token, desc string, ok bool) {
	text = strings.TrimSpace(text)
	if m := boldSeparated.FindStringSubmatch(text); m != nil {
		if label, ok := boldLabel("**" + m[1] + "**"); ok {
			return label, m[2], true // "**Reject-** Will reject the call": the separator inside the bold
		}
	}
	if token, rest, ok := quotedLead(text); ok {
		// "[Orum] Call - busy" - There was a busy tone.
		for _, sep := range valueLineSeparators {
			if desc, ok := strings.CutPrefix(rest, sep); ok && strings.TrimSpace(desc) != "" {
				return token, strings.TrimSpace(desc), true
			}
		}
		if desc, ok := strings.CutPrefix(rest, " "); ok && textStartsUpper(desc) && strings.Contains(desc, " ") {
			return token, desc, true // 'User Busy' Indicates that the called party ...
		}
		return "", "", false
	}
	for _, sep := range valueLineSeparators {
		token, desc, found := strings.Cut(text, sep)
		token = strings.TrimSpace(token) // "start            - on startup": padded to a column
		if label, ok := boldLabel(token); ok && found && strings.TrimSpace(desc) != "" {
			return label, strings.TrimSpace(desc), true // "**Capture nothing** - Nothing is captured."
		}
		if i := strings.Index(token, " ("); i > 0 && strings.HasSuffix(token, ")") && found {
			token, desc = token[:i], token[i+1:]+" "+desc // "Failed (during setup) - ...": an aside
		}
		if found && words && (titleLabel(token) || scopedLabel(token)) && strings.TrimSpace(desc) != "" {
			return token, strings.TrimSpace(desc), true // "No Answer: If the call is unanswered."
		}
		if found && words && sep == " - " && sentenceLabel(token) && textStartsLower(strings.TrimSpace(desc)) {
			return token, strings.TrimSpace(desc), true // "Completed inbound call - incoming calls that ..."
		}
		if !found || strings.ContainsAny(token, " \t") || strings.TrimSpace(desc) == "" {
			continue
		}
		if _, why := wireValue(token, false); why != "" || tokenShape(token) != shapeConst && !(words && labelWord(token)) {
			return "", "", false
		}
		return token, strings.TrimSpace(desc), true
	}
	if i := strings.Index(text, "- "); words && i > 0 && textLetterByte(text[i-1]) {
		// "Answering Machine- Answering machine was detected.": the dash
		// glued to the label.
		token, desc := text[:i], strings.TrimSpace(text[i+2:])
		if (titleLabel(token) || labelWord(token) && textStartsUpper(token)) && textStartsUpper(desc) {
			return token, desc, true
		}
	}
	return "", "", false
}

// Reference pages copied as text give a field's values as a line of their
// own, a bare list under the field's description, then an example:
//
//	Status of the call
//	scheduled, in-progress, completed, failed
//	"completed"
//
// bareListLines finds such lines: two items at least, each a token, joined
// by commas (a last "or" allowed), and nothing else on the line, below a
// line of text that names the list.
type bareList struct {
	name   string
	line   Line
	values []string
	items  []Line // the lines of the values, when each has its own
}

// valueLines are the lines the values of l are on.
func (l bareList) valueLines() []Line {
	if len(l.items) > 0 {
		return l.items
	}
	return []Line{l.line}
}

func bareListLines(lines []Line) []bareList {
	var out []bareList
	lines, joined := joinCommaLed(lines)
	for i := 1; i < len(lines); i++ {
		text := strings.TrimSpace(lines[i].Text)
		l := proseList(text, 0)
		rest := strings.TrimSpace(text[l.end:])
		example := rest != "" && isQuoted(rest) && !strings.Contains(rest, " ") // the list, then its example: on_call_event "call_setup"
		// The list, then the next field's description: "inbound, outbound
		// Return a 200 ...", in a language without capitals too.
		glued := rest != "" && (textStartsUpper(rest) || startsUncased(rest)) && strings.Count(rest, " ") >= 2 ||
			isFieldName(rest) && strings.Contains(rest, "_") // "..., dial_declined transcript_with_tool_calls": the next field's name
		if len(l.items) < 2 || l.quoted > 0 || l.broken || rest != "" && !example && !glued || !strings.Contains(text, ",") {
			continue
		}
		above := strings.TrimSpace(lines[i-1].Text)
		if optionLabels[strings.ToLower(above)] && i >= 2 {
			above = strings.TrimSpace(lines[i-2].Text) // "Call type Enum" over "Available options:"
			if prev := proseList(above, 0); len(prev.items) >= 2 && prev.end < len(above) {
				above = strings.TrimSpace(above[prev.end:]) // "..., not_connected End reason Enum": another list, glued to this one's description
			}
		}
		if above == "" || !strings.ContainsFunc(above, unicode.IsSpace) && !(isFieldName(above) && startsLower(above)) {
			continue // a term above: a list of terms, not a field (disposition over Busy, Normal)
		}
		if joined[i] && bareListName(above) == "" {
			continue // items one to a line, each described perhaps: definitions
		}
		out = append(out, bareList{name: above, line: lines[i], values: l.items})
	}
	return out
}

// startsUncased reports text starting with a letter of a script without
// case (통화, 通话): its sentences start without a capital.
func startsUncased(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// joinCommaLed joins to the line above each line that starts with a
// comma: a list copied one item to a line, the comma before each item
// ("registered" over ", ongoing" over ", ended"); and each line that goes
// on with a list the line above wrapped (wrappedList). It returns the
// lines and the indexes of those joined item by item, lines as is when
// none is.
func joinCommaLed(lines []Line) ([]Line, map[int]bool) {
	var out []Line
	var joined map[int]bool // the indexes in out of the lines joined item by item
	for i, l := range lines {
		led := i > 0 && strings.HasPrefix(strings.TrimSpace(l.Text), ", ")
		if led || i > 0 && wrappedList(lines[i-1].Text, l.Text) {
			if out == nil {
				out = append(make([]Line, 0, len(lines)), lines[:i]...)
				joined = map[int]bool{}
			}
			last := &out[len(out)-1]
			sep := " " // "Preempted," over "Rejected": the space the wrap took
			if led {
				sep, joined[len(out)-1] = "", true
			}
			last.Text = strings.TrimRight(last.Text, " ") + sep + strings.TrimSpace(l.Text)
			continue
		}
		if out != nil {
			out = append(out, l)
		}
	}
	if out == nil {
		return lines, nil
	}
	return out, joined
}

// wrappedList reports a line that goes on with the list the line above
// ends with a comma ("Busy, Forwarded, Preempted," over "Rejected,
// Transferred"): a list wrapped where the page's column ended.
func wrappedList(above, line string) bool {
	above, line = strings.TrimSpace(above), strings.TrimSpace(line)
	if !strings.HasSuffix(above, ",") || line == "" || !textLetterByte(line[0]) {
		return false
	}
	l := proseList(above, 0)
	return len(l.items) >= 2 && l.end >= len(above)-1
}

// bareListName is the enum name the line above a bare list gives it: the
// line itself when it is a name, else its lead ("Current status of the
// call: ..." names CurrentStatus); "" when it names nothing.
func bareListName(above string) string {
	if name := enumName(strings.TrimSuffix(above, ".")); name != "" {
		return name
	}
	return enumName(leadName(above))
}

// API reference sites copied as text give each field as lines of its name,
// its type and, for an enum, a label over its values one to a line:
//
//	stage
//	enum<string>
//	Available options:
//	created,
//	picked_up
//
// optionLists finds such lists: a label line (optionLabels), then two
// items at least, each a token on a line of its own, every one but the last
// ending with a comma. The list is named after the line above the nearest
// type line above it (enum<string>, string), "" when the paragraph has
// none.
func optionLists(lines []Line) []bareList {
	var out []bareList
	for i := 0; i < len(lines); i++ {
		if l, end, ok := bracketList(lines, i); ok {
			out = append(out, l)
			i = end - 1
			continue
		}
		if !optionLabels[strings.ToLower(strings.TrimSpace(lines[i].Text))] {
			continue
		}
		var values []string
		j := i + 1
		for ; j < len(lines); j++ {
			item := strings.TrimSpace(lines[j].Text)
			token := strings.TrimSuffix(item, ",")
			if _, why := wireValue(token, false); why != "" || strings.ContainsRune(token, ' ') {
				break
			}
			values = append(values, token)
			if token == item {
				j++
				break // the last item has no comma
			}
		}
		if len(values) >= 2 {
			out = append(out, bareList{name: typedFieldAbove(lines[:i]), line: lines[i], values: values})
		}
		i = j - 1
	}
	return out
}

// bracketList reads a label's list in brackets from lines[i] on, as API
// reference sites write it, on one line or copied one item to a line:
//
//	Possible values: [incomingCall
//	, outgoingCall
//	]
//	The event to subscribe to
//
// The list is named after the field over its type line above it, or
// after the noun of the line below it that describes it (event). It
// returns the list and the line after it.
func bracketList(lines []Line, i int) (bareList, int, bool) {
	label, first, ok := strings.Cut(strings.TrimSpace(lines[i].Text), "[")
	if !ok || !optionLabels[strings.ToLower(strings.TrimSpace(label)+":")] && !optionLabels[strings.ToLower(strings.TrimSpace(label))] {
		return bareList{}, 0, false
	}
	text, j := first, i+1
	for ; !strings.Contains(text, "]") && j < len(lines); j++ {
		next := strings.TrimSpace(lines[j].Text)
		if !strings.HasPrefix(next, ",") && !strings.HasPrefix(next, "]") {
			return bareList{}, 0, false
		}
		text += next
	}
	items, rest, ok := strings.Cut(text, "]")
	if !ok || strings.TrimSpace(rest) != "" {
		return bareList{}, 0, false
	}
	var values []string
	for _, item := range strings.Split(items, ",") {
		item = strings.Trim(strings.TrimSpace(item), "`\"'")
		if _, why := wireValue(item, false); why != "" || strings.ContainsRune(item, ' ') {
			return bareList{}, 0, false
		}
		values = append(values, item)
	}
	if len(values) < 2 {
		return bareList{}, 0, false
	}
	name := typedFieldAbove(lines[:i])
	if name == "" && j < len(lines) {
		name = leadName(strings.TrimSpace(lines[j].Text))
	}
	return bareList{name: name, line: lines[i], values: values, items: lines[i:j]}, j, true
}

// introducedLines finds values one to a line, without commas, below a
// line that says values follow ("Represents the possible statuses of a
// peer connection." over idle, connecting, connected) or a label naming
// them ("NODETYPE:", "Call events:"): three tokens at least, each alone on
// its line; below a line saying values follow, two, and labels of
// capitalised words too (Not Ready). A label names its list; the other
// lists are unnamed.
//
// A title of capitalised words ending in a plural value noun ("Phone
// Number Events") names the compound tokens below it (phone_number.purchased),
// two at least.
func introducedLines(lines []Line) []bareList {
	var out []bareList
	for i := 0; i+2 < len(lines); i++ {
		label, labelled := strings.CutSuffix(strings.TrimSpace(lines[i].Text), ":")
		labelled = labelled && isListLabel(label)
		titled := !labelled && valuesTitleLine(lines[i].Text)
		if titled {
			label, labelled = strings.TrimSpace(lines[i].Text), true
		}
		if !labelled && (i+3 >= len(lines) || !introducesLines(lines[i].Text)) {
			continue
		}
		if !labelled {
			label = ""
		}
		var values []string
		j := i + 1
		for ; j < len(lines); j++ {
			item := strings.TrimSpace(lines[j].Text)
			if !labelled && titleLabel(item) {
				values = append(values, item) // "Not Ready", below "the following states:"
				continue
			}
			if _, why := wireValue(item, false); why != "" || strings.ContainsAny(item, " ,") || isNumber(item) || strings.HasSuffix(item, ":") || titled && !strings.ContainsAny(item, "._") {
				break // a label ends the list: the next one may start
			}
			values = append(values, item)
		}
		if len(values) >= 3 || len(values) >= 2 && (!labelled || titled) {
			out = append(out, bareList{name: label, line: lines[i], values: values, items: lines[i+1 : j]})
		}
		i = j - 1
	}
	return out
}

// valuesTitleLine reports a title of up to four capitalised words ending
// in a plural value noun: "Phone Number Events", "Call Statuses".
func valuesTitleLine(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !textStartsUpper(w) || !isLetters(w) {
			return false
		}
	}
	last := strings.ToLower(words[len(words)-1])
	return strings.HasSuffix(last, "s") && isValueNoun(last)
}

// mayIntroduceLines reports, without splitting it into words, whether a
// line holds a word introducesLines looks for.
func mayIntroduceLines(text string) bool {
	for _, w := range []string{"possible", "valid", "allowed", "following", "supported", "below"} {
		if containsFoldASCII(text, w) {
			return true
		}
	}
	return false
}

// introducesLines reports a line saying the lines below it are values: it
// speaks of possible (valid, allowed) values or states, of the following
// ones, or of "the states mentioned below", and lists none itself.
func introducesLines(text string) bool {
	if _, ok := inlineValues(text); ok {
		return false
	}
	words := proseWords(text)
	for i := 0; i+1 < len(words); i++ {
		switch words[i].text {
		case "possible", "valid", "allowed", "following", "supported":
			if isValueNoun(words[i+1].text) {
				return true
			}
		}
		if i+3 < len(words) && isValueNoun(words[i+1].text) && words[i+3].text == "below" && (words[i].text == "the" || words[i].text == "these") {
			return true // "the states mentioned below"
		}
	}
	return false
}

// optionLabels are the lines that head a field's values.
var optionLabels = map[string]bool{
	"available options:": true, "possible values:": true, "allowed values:": true,
	"options:": true, "enum:": true, "values:": true, "accepted values:": true,
}

// typedFieldAbove is the name line above the last type line of lines
// (status, then enum<string>), or "".
func typedFieldAbove(lines []Line) string {
	for i := len(lines) - 1; i > 0; i-- {
		t := strings.TrimSpace(lines[i].Text)
		if !typeLike(t) && !strings.HasPrefix(strings.ToLower(t), "enum<") {
			continue
		}
		if name := strings.TrimSpace(lines[i-1].Text); isFieldName(name) {
			return name
		}
		return ""
	}
	return ""
}

// A plain-text reference (the docs/*.txt of a C project) lists a section's
// values as paragraphs, each starting at the margin with the value, alone
// or before a dash and its description, its details indented below it:
//
//	legStateChange
//	   #SBCCallStatus  - sbc call status
//
//	BLegRefused
//	    Reply parameters (#sip_reason, ...)
//
// termParagraphs reads such a run from n on, under a title about values:
// paragraphs whose first line is such a term (or several, commas between:
// "B2B.otherRequest, B2B.otherReply - see ...") and whose other lines are
// indented; code blocks and rules of dashes ("-- hold related --") between
// them are passed over. minDefinitions terms at least. It returns the
// definitions and the block after the run, nil when n starts none.
func (w *walker) termParagraphs(n ast.Node) ([]definition, ast.Node) {
	if w.format != Auto || n.Kind() != ast.KindParagraph || !w.valueSection() {
		return nil, nil
	}
	var defs []definition
	next := n
	for c := n; c != nil; c = c.NextSibling() {
		if c.Kind() == ast.KindCodeBlock {
			continue
		}
		if c.Kind() != ast.KindParagraph {
			break
		}
		first := w.doc.line(w.doc.rawLineOf(blockStart(c))) // with its indentation
		if _, _, ok := termLine(first); !ok && len(defs) == 0 && !strings.HasPrefix(first, "--") {
			break // the common case, decided on one line
		}
		lines := w.sourceLines(c)
		lines[0].Text = first
		if len(defs) > 0 && indentedBelow(lines) {
			continue // more details of the term above, set apart
		}
		if strings.HasPrefix(strings.TrimSpace(lines[0].Text), "--") {
			lines = lines[1:] // a rule between groups of terms
			if len(lines) == 0 {
				continue
			}
		}
		terms, desc, ok := termLine(lines[0].Text)
		if !ok || !indentedBelow(lines[1:]) {
			break
		}
		text := []string{desc}
		for _, l := range lines[1:] {
			text = append(text, strings.TrimSpace(l.Text))
		}
		for _, t := range terms {
			defs = append(defs, definition{term: t, line: lines[0].N, desc: text})
		}
		next = c.NextSibling()
	}
	if len(defs) < minDefinitions {
		return nil, nil
	}
	return defs, next
}

// termLine splits the first line of a term's paragraph: its terms, one or
// more with commas between, at the margin, and the description after a
// dash, if any.
func termLine(text string) (terms []string, desc string, ok bool) {
	if text == "" || text[0] == ' ' || text[0] == '\t' {
		return nil, "", false
	}
	head, desc, _ := strings.Cut(strings.TrimSpace(text), " - ")
	for _, t := range strings.Split(strings.TrimSuffix(strings.TrimSpace(head), ","), ",") {
		t = strings.TrimSpace(t)
		if !isTermLine(t) || isNumber(t) {
			return nil, "", false
		}
		terms = append(terms, t)
	}
	return terms, strings.TrimSpace(desc), len(terms) > 0
}

// indentedBelow reports lines each indented or blank.
func indentedBelow(lines []Line) bool {
	for _, l := range lines {
		if l.Text != "" && l.Text[0] != ' ' && l.Text[0] != '\t' {
			return false
		}
	}
	return true
}
