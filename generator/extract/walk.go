package extract

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// section is the part of a document under one naming heading. Its title
// names the enums and models found in it, its first paragraph describes
// them.
type section struct {
	title string
	line  int
	level int // heading level 1-6; titles that are not headings are 7
	// parent is the index of the enclosing section, or -1.
	parent int
	desc   string
	// busy is set once a table, list or text table was found: paragraphs
	// after it are notes, not the section's description.
	busy bool
	// body is set once a block other than a heading, or a subsection, is
	// met in the section.
	body bool
	// text is a heading's whole text, where title may be the code span it
	// holds ("Application-Level Events (`Srf`)" is titled Srf).
	text string
	// enumType is set when a line in the section says its type is an enum
	// ("Type: enum"): a table of members there lists values.
	enumType bool
}

// enumTyped reports a block in a section, or a section inside one, that
// a line gives the type enum.
func (w *walker) enumTyped() bool {
	for i := w.cur; i >= 0; i = w.sections[i].parent {
		if w.sections[i].enumType {
			return true
		}
	}
	return false
}

// enumTypeLine reports a line giving the section's type as an enum:
// "Type: enum", "类型: `enum`".
func enumTypeLine(text string) bool {
	key, val, ok := strings.Cut(halfWidthMarks(text), ":")
	if !ok {
		return false
	}
	r, isRole := headerRole(strings.TrimSpace(key))
	v := strings.ToLower(strings.Trim(strings.TrimSpace(val), "`"))
	return isRole && r == roleType && (v == "enum" || v == "enumeration")
}

// walker visits the blocks of a parsed document in order, keeps track of
// the section each one is in, and offers each block to the parser for its
// kind.
type walker struct {
	doc      *document
	format   Format
	col      *collector
	sections []section
	cur      int // index of the current section; -1 before the first
	// titledFields maps a field's description that is a short title
	// ("SIP Call Event"), in lower case, to the field: a section of that
	// title lists the field's values.
	titledFields map[string]string
	// fields is set under a heading over a list of fields (Arguments,
	// Properties): list items there are fields, not values.
	fields bool
	// headValues are the values of a run of headings that each name one
	// (### BUSY), all of level headLevel.
	headValues []*spec.Value
	headLevel  int
	// headSection is the section the run of value headings is in: the
	// headings deeper than theirs below each value (#### Example) are
	// sections of their own, and name none of the values.
	headSection int
	// headTitle is the title of the last value heading when it labels
	// the value with a description: it names what the text under that
	// heading lists (the causes under "connectionCleared: Hang-up
	// event"), not the run's section.
	headTitle string
	// caption is the text of the block before the current one when that
	// block was one short line ("Fields" above a table of fields).
	caption string
	// request is set under a heading about what a caller sends or gets
	// back (Request parameters, Query parameters, Returns): tables there
	// describe no webhook payload, so they give enums but no model.
	request bool
	// headed is set by the first Markdown heading: from then on a one-line
	// paragraph is text, not a title. Plain-text pages (copied from the
	// web) have no headings, only short lines standing alone.
	headed bool
	// pipeTables reads plain pipe tables without goldmark's nodes (see
	// pipeTable).
	pipeTables bool
	// lastTitle is the last title that is not a heading, lastHeading the
	// last heading (see lineValue).
	lastTitle, lastHeading string
	// intro is the field the paragraph before the current block named in
	// code when it introduced that block (see introField); lead is that
	// paragraph's last line when it ends with a colon ("Possible call
	// statuses include the following:").
	intro, lead string
	// announced is set when the paragraph before the current block
	// announced fields ("the report includes the following columns:").
	announced bool
	// leadTitle is the title above the line introducing the current
	// block, in the paragraph before it (see leadTitleOf).
	leadTitle string
	// listNoun is the value noun, as an enum name, of the last sentence
	// of the paragraph before a list ("Each call record will have a call
	// state ..."), "" when it names none.
	listNoun string
	// listTitle is, as an enum name, the last line of a paragraph of
	// titles only right before a list ("Result Options" over "Results for
	// calls"): a heading a copy as text lost, which names the list.
	listTitle string
	// enumPage is set by a title naming an enum ("Enum DisconnectReason")
	// on a page without headings.
	enumPage bool
	// labelled is one more than the index of the section a label title
	// ("Reason codes:") opened, 0 for none: the label introduces the list
	// right below it, and the list ends it.
	labelled int
	// typedField is the field the last paragraph named over a type line
	// (status, then enum<string>): a list of options below may be its.
	typedField string
	// split is the enum a code block declared without its body, its
	// members each in a code block of their own below (see splitDeclaration).
	split *splitEnum
	// reading is the block being read.
	reading ast.Node
	// declared is the field a declaration line named ("• CallType
	// string"): the paragraphs below it describe it, until the next
	// declaration or title.
	declared string
	// examples are the values code examples showed under the headings
	// they name, by key, keys in the order met (see exampleValues).
	examples    map[string][]exampleValue
	exampleKeys []string
	// typeExamples are the values examples gave keys that name a kind
	// (eventType), by key, keys in the order met (see flushKindExamples).
	typeExamples    map[string][]exampleValue
	typeExampleKeys []string
	// introExamples are the values examples gave keys that the paragraph
	// right above each example names ("A CANCEL request:" over "type":
	// "CANCEL"), by key; see flushIntroExamples.
	introExamples    map[string][]exampleValue
	introExampleKeys []string
	// groupFields are the fields whose cells are still to come after a
	// code block of field names, each starting with groupLabel (see
	// fieldGroups).
	groupFields []string
	groupLabel  string
}

func (w *walker) blocks(parent ast.Node) {
	for n := parent.FirstChild(); n != nil; {
		if next, ok := w.htmlRun(n); ok {
			w.busy()
			n = next
			continue
		}
		if next, ok := w.cellRun(n); ok {
			w.busy()
			n = next
			continue
		}
		if next, ok := w.spacedParagraphs(n); ok {
			w.busy()
			n = next
			continue
		}
		if defs, next := w.valueParagraphs(n); defs != nil {
			w.busy()
			w.definitionEnum(defs)
			n = next
			continue
		}
		if defs, next := w.labelParagraphs(n); defs != nil {
			w.busy()
			w.namedDefinitionEnum(defs, fieldEnumName(w.intro)) // "These come in the following `err.type` flavors:
			n = next
			continue
		}
		if e, next := w.subjectParagraphs(n); e != nil {
			w.busy()
			w.col.addEnum(e, w.cur, true, false)
			n = next
			continue
		}
		if defs, next := w.termParagraphs(n); defs != nil {
			w.busy()
			w.termsEnum(defs, "") // under a title about values, terms are values
			n = next
			continue
		}
		w.block(n)
		n = n.NextSibling()
	}
}

func (w *walker) block(n ast.Node) {
	w.reading = n
	caption, intro, lead, announced, listNoun, leadTitle, listTitle := w.captionOf(n), w.introField(n), w.leadOf(n), w.announcesFields(n), w.listNounOf(n), w.leadTitleOf(n), w.listTitleOf(n)
	defer func() {
		w.caption, w.intro, w.lead, w.announced, w.listNoun, w.leadTitle, w.listTitle = caption, intro, lead, announced, listNoun, leadTitle, listTitle
	}()
	if s := w.section(); s != nil && n.Kind() != ast.KindHeading {
		s.body = true
	}
	switch n := n.(type) {
	case *ast.Heading:
		w.headed, w.declared = true, ""
		title := headingTitle(n, w.doc.src)
		w.lastHeading = title
		if w.valueHeading(n, title) {
			return
		}
		// The members of an enum are its "Fields" on pages generated
		// from C# and Java: under an enum's heading they are values.
		w.enter(title, w.lineOf(n), n.Level)
		if s := w.section(); s != nil && s.line == w.lineOf(n) {
			s.text = plainText(n, w.doc.src)
		}
		w.fields = isFieldTitle(title) && !(w.section() != nil && isEnumTitle(w.section().title))
		w.request = isRequestTitle(title)
		w.commandAlternatives(n)
	case *extast.Table:
		w.busy()
		if w.reads(Markdown) {
			w.table(w.readTable(n))
		}
	case *pipeTable:
		w.busy()
		if w.reads(Markdown) {
			w.table(w.readPipeTable(n))
		}
	case *ast.List:
		if w.reads(Markdown) {
			w.list(n)
		}
		if w.labelled > 0 && w.cur == w.labelled-1 {
			// "Reason codes:" over its list: the text after the list is
			// the section's above the label again.
			w.cur, w.labelled = w.sections[w.cur].parent, 0
		}
	case *ast.Paragraph, *ast.TextBlock:
		w.text(n)
	case *extast.DefinitionList:
		if w.reads(Markdown) {
			w.definitionList(n)
		}
	case *ast.Blockquote:
		w.blocks(n)
	case *ast.HTMLBlock:
		if w.format == Auto {
			w.htmlBlock(n)
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		// Code blocks hold examples: a value in one is a value only when
		// its heading names it (see exampleValues).
		if w.format == Auto {
			if lines := w.blockLines(n); w.declarations(lines) || w.splitDeclaration(lines) || w.glossedBlock(lines) || w.stateDiagram(lines) {
				return // an enum's declaration, or a field's values glossed, not an example
			}
		}
		w.exampleValues(n)
		w.schemaEnums(n)
		w.fieldGroups(n)
	}
}

// leadTitleOf returns the title above the line ending a paragraph that
// introduces the block below it, in a page copied as text ("Call
// statuses", then "A call moves through these:"), or "".
func (w *walker) leadTitleOf(n ast.Node) string {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.Lines().Len() < 2 || w.leadOf(n) == "" {
		return ""
	}
	lines := w.blockLines(p)
	if t, ok := valueTitleAbove(lines); ok {
		return t.Text
	}
	return ""
}

// valueTitleAbove returns the line above a paragraph's last one when it
// is a title about values ("Call Dispositions"), trimmed.
func valueTitleAbove(lines []Line) (Line, bool) {
	if len(lines) < 2 {
		return Line{}, false
	}
	t := lines[len(lines)-2]
	t.Text = strings.TrimSpace(t.Text)
	return t, looksLikeTitle(t.Text) && isValueTitle(t.Text)
}

// bareUnion reads a paragraph that is only a union of tokens, three at
// least, bars between them ("Off | Error | Warn | Info"), under a heading
// naming a type (LogLevel): the type's values. It reports whether it took
// the paragraph.
func (w *walker) bareUnion(lines []Line) bool {
	s := w.section()
	if len(lines) != 1 || s == nil || !isIdentifier(strings.TrimSpace(s.title)) || !strings.Contains(lines[0].Text, " | ") {
		return false
	}
	values := unionTokens(lines[0].Text)
	if len(values) < 3 {
		return false
	}
	e := w.newEnum(lines[0].N, "")
	if e != nil {
		e.Values = w.listedValues(values, lines, e.Name)
		w.col.addEnum(e, w.cur, true, false)
	}
	return true
}

// enterLastTitle enters the title a paragraph of a page copied as text
// ends with, above the line introducing the block below it ("Result
// statuses", then "After a call completes, ... schema:"): that block is
// the title's, not the section's the paragraph began in.
func (w *walker) enterLastTitle(lines []Line) {
	if len(lines) < 3 || !strings.HasSuffix(strings.TrimSpace(lines[len(lines)-1].Text), ":") {
		return
	}
	if t, ok := valueTitleAbove(lines); ok {
		w.enter(t.Text, t.N, titleLevel)
	}
}

// introField returns the field a paragraph that introduces the block
// after it names in code: "Every call also has a `disposition`. The values
// can be:" names disposition for the list below. "" for anything else.
func (w *walker) introField(n ast.Node) string {
	if term, lead := w.definitionLead(n); lead != "" && introducesValues(lead) {
		return term // "strategy (**Ring Strategy**)" over ": *string* - Valid options are as follows:"
	}
	p, ok := n.(*ast.Paragraph)
	if !ok {
		return ""
	}
	if n := p.Lines().Len(); n > 1 {
		// A field table copied as text whose last row's values are the
		// list below it: "member_status String The current call status."
		last := p.Lines().At(n - 1)
		if name := fieldRowName(string(last.Value(w.doc.src))); name != "" {
			return name
		}
	}
	marked := strings.TrimSpace(markedText(p, w.doc.src))
	if m := explainedField.FindStringSubmatch(marked); m != nil {
		return m[1] // "关于振铃事件的callType(呼叫类型)字段的说明": the callType field explained
	}
	if !strings.HasSuffix(marked, ":") {
		return ""
	}
	if e, ok := p.FirstChild().(*ast.Emphasis); ok && e.Level == 2 {
		// "**reason** may have one of the following values:"; a generic
		// label on a line of its own (**Description**) names no field.
		name := plainText(e, w.doc.src)
		if isFieldName(name) && startsWithLetter(name) && introducesValues(marked) && !(isGenericTitle(name) && w.cellLabel(p) != "") {
			return name
		}
	}
	// The field is named in the sentence with the colon or the one before.
	sentences := strings.FieldsFunc(strings.ReplaceAll(marked, ". ", "\n"), func(r rune) bool { return r == '\n' })
	marked = strings.Join(sentences[max(0, len(sentences)-2):], " ")
	last := ""
	for rest := marked; ; {
		i := strings.IndexByte(rest, '`')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i+1:], '`')
		if j < 0 {
			break
		}
		last, rest = rest[i+1:i+1+j], rest[i+2+j:]
		if fieldNouns[firstWord(rest)] {
			break // "The `DialCallStatus` parameter of the `action` attribute"
		}
	}
	if !isFieldName(last) || !startsWithLetter(last) {
		return "" // a field name, written as code: any word will do
	}
	return last
}

// explainedField matches a line of a Chinese page saying that what
// follows explains a field, named in camel or snake case, its gloss
// perhaps in brackets: callType(呼叫类型)字段的说明.
var explainedField = regexp.MustCompile(`([a-z][A-Za-z0-9]*(?:[A-Z_][A-Za-z0-9_]*)+)\s*(?:[(（][^)）]*[)）])?\s*(?:字段的?)?(?:说明|含义|取值)[:：]?$`)

// fieldRowName returns the field a row of a field table copied as text
// names: its name, a primitive type, a description that starts with a
// capital ("member_status String The current call status."). "" for any
// other line.
func fieldRowName(line string) string {
	words := strings.Fields(line)
	if len(words) < 3 || !isFieldName(words[0]) || !startsWithLetter(words[0]) || !textStartsUpper(words[2]) {
		return ""
	}
	base, _, _ := strings.Cut(strings.ToLower(words[1]), "<")
	if !fieldPrimitives[base] {
		return ""
	}
	return words[0]
}

// captionOf returns the text of a paragraph of one short line, which may
// caption the block after it, or "".
func (w *walker) captionOf(n ast.Node) string {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.Lines().Len() != 1 {
		return ""
	}
	if t := plainText(p, w.doc.src); looksLikeTitle(t) {
		return t
	}
	return ""
}

// valueSection reports a section whose title announces values (Call
// Status, Hangup causes), or a block a line about values introduces.
// fieldSection reports a section titled by a field's name written as an
// identifier (**additionnal_status**): what follows are its values, two
// enough.
func (w *walker) fieldSection() bool {
	s := w.section()
	return s != nil && isIdentifier(s.title) && startsLower(s.title)
}

func (w *walker) valueSection() bool {
	return w.section() != nil && isValueTitle(w.section().title) || isValueTitle(w.lead)
}

// announcesFields reports a paragraph whose last sentence announces the
// fields (or parts of an API) listed below it: "the following" and a plural noun of fields
// ("The following builtin variables are available.", "The report
// includes the following columns:").
func (w *walker) announcesFields(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock: // the text of a list item
	default:
		return false
	}
	text := strings.ToLower(plainText(n, w.doc.src))
	if i := strings.LastIndex(strings.TrimRight(text, ". "), ". "); i >= 0 {
		text = text[i+2:]
	}
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if label, ok := strings.CutSuffix(strings.TrimSpace(text), ":"); ok && len(words) > 0 {
		last := words[len(words)-1]
		if len(strings.Fields(label)) <= 3 {
			return announcedFields[last] || last == "object" || last == "objects" // "Informative elements:", "Request parameters:", "Array of object:"
		}
		if announcedFields[last] {
			return true // "It's behaviour can be controlled via a number of different parameters:"
		}
	}
	if len(words) > 2 && mapNouns[words[1]] && words[2] == "containing" && strings.HasSuffix(strings.TrimSpace(text), ":") && !isValueTitle(words[len(words)-1]) {
		return true // "A map containing the call details:": its keys, not "their states:"
	}
	if !strings.Contains(text, "following") && !strings.Contains(text, "as follows") {
		return false // "Parameters are as follows:" announces as "the following parameters" does
	}
	for _, word := range words {
		if announcedFields[word] {
			return true
		}
	}
	return false
}

// mapNouns name a value that holds keys: "A map containing ...:" lists
// its keys.
var mapNouns = map[string]bool{"map": true, "dictionary": true, "dict": true, "object": true, "hash": true}

// announcedFields are the plural nouns that announce a list of fields, or
// of the parts of an API (components, classes, methods): no values.
var announcedFields = map[string]bool{
	"fields": true, "parameters": true, "attributes": true, "properties": true, "arguments": true,
	"variables": true, "columns": true, "keys": true, "headers": true, "params": true,
	"components": true, "classes": true, "methods": true, "functions": true, "modules": true,
	"elements": true, // "Informative elements:", the elements of an XML message
}

// leadOf is the last line of a paragraph when it ends with a colon. A
// line of a word or two that a wrap left there ("options:") goes on from
// the line above it, from that line's last sentence.
func (w *walker) leadOf(n ast.Node) string {
	if _, lead := w.definitionLead(n); lead != "" {
		return lead
	}
	p, ok := n.(*ast.Paragraph)
	if !ok || p.Lines().Len() == 0 {
		return ""
	}
	k := p.Lines().Len() - 1
	last := p.Lines().At(k)
	line := strings.TrimSpace(decodeText(last.Value(w.doc.src))) // "estados:&#x20;" ends in its colon
	if !strings.HasSuffix(line, ":") && !strings.HasSuffix(line, "：") && !(mayIntroduceLines(line) && introducesLines(line)) {
		return "" // "The following status is for incoming calls" leads too
	}
	if k > 0 && len(strings.Fields(line)) <= maxWrappedLead && textStartsLower(line) {
		above := p.Lines().At(k - 1)
		prev := strings.TrimSpace(decodeText(above.Value(w.doc.src)))
		if i := strings.LastIndex(prev, ". "); i >= 0 {
			prev = prev[i+2:]
		}
		if !strings.HasSuffix(prev, ".") && !strings.HasSuffix(prev, ":") {
			return prev + " " + line
		}
	}
	return line
}

// definitionLead returns, for a definition list whose last definition's
// text ends in a colon, that definition's field (the term's first word)
// and text: the list below it is the field's values ("strategy (**Ring
// Strategy**)", then ": *string* - Valid options are as follows:").
func (w *walker) definitionLead(n ast.Node) (field, lead string) {
	dl, ok := n.(*extast.DefinitionList)
	if !ok {
		return "", ""
	}
	dd, ok := dl.LastChild().(*extast.DefinitionDescription)
	if !ok {
		return "", ""
	}
	term, ok := dd.PreviousSibling().(*extast.DefinitionTerm)
	if !ok {
		return "", ""
	}
	text := strings.TrimSpace(plainText(dd, w.doc.src))
	if !strings.HasSuffix(text, ":") {
		return "", ""
	}
	name, _, _ := strings.Cut(strings.TrimSpace(plainText(term, w.doc.src)), " ")
	if !isFieldName(name) {
		return "", ""
	}
	return name, text
}

// maxWrappedLead bounds the words of a lead's line that a wrap cut off
// the sentence above it.
const maxWrappedLead = 2

// listTitleOf returns, as an enum name, the last line of a paragraph of
// titles only, three lines at most, right before a list, when it is a
// title about values; "" otherwise.
func (w *walker) listTitleOf(n ast.Node) string {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.Lines().Len() > 3 || n.NextSibling() == nil || n.NextSibling().Kind() != ast.KindList {
		return ""
	}
	lines := w.blockLines(p)
	for _, l := range lines {
		if !looksLikeTitle(strings.TrimSpace(l.Text)) {
			return ""
		}
	}
	last := strings.TrimSpace(lines[len(lines)-1].Text)
	if generic := strings.ToLower(last); memberTitles[generic] || keyHeaders[generic] {
		return "" // "Values" over a type's constants names nothing
	}
	if isValueTitle(last) {
		return enumName(last)
	}
	return ""
}

// listNounOf returns the value noun of the last sentence of a paragraph
// a list follows, as an enum name: "Each call record will have a call
// state that will be variable until the call has ended." names State.
func (w *walker) listNounOf(n ast.Node) string {
	if _, ok := n.(*ast.Paragraph); !ok || n.NextSibling() == nil || n.NextSibling().Kind() != ast.KindList {
		return ""
	}
	text := plainText(n, w.doc.src)
	if i := strings.LastIndex(strings.TrimRight(text, ". "), ". "); i >= 0 {
		text = text[i+2:]
	}
	return enumName(leadName(text))
}

// valueLines is parseValueLines, the section asked whether it is about
// values only for a paragraph that may hold such lines.
func (w *walker) valueLines(lines []Line) ([]valueRun, []Line, bool) {
	if separated(lines) < minDefinitions {
		return nil, nil, false
	}
	return parseValueLines(lines, w.valueSection())
}

// reads reports whether blocks of format f are extracted: always when
// detecting, else only when forced.
func (w *walker) reads(f Format) bool {
	return w.format == Auto || w.format == f
}

// titleLevel is the level of a title that is not a Markdown heading (a
// bold line, a term, a plain-text title): below every heading.
const titleLevel = 7

// labelLevel is the level of a label title ("Reason codes:"): below the
// title above it.
const labelLevel = titleLevel + 1

// enter starts a section at a title of the given level, which ends the
// sections of the same or a deeper level. A generic heading ("Properties")
// starts none and ends only deeper sections: "### Fields" after
// "##### Syntax" is about the "# Enum" above both, and "## Properties"
// right after "## Call" is about Call. See endsSibling for a generic
// heading after a sibling section with a body.
func (w *walker) enter(title string, line, level int) {
	generic := isGenericTitle(title) || strings.TrimSpace(title) == ""
	for w.cur >= 0 && (w.sections[w.cur].level > level || w.sections[w.cur].level == level && (!generic || w.endsSibling(level))) {
		w.cur = w.sections[w.cur].parent
	}
	if generic {
		return
	}
	if s := w.section(); s != nil {
		s.body = true
	}
	w.sections = append(w.sections, section{title: title, line: line, level: level, parent: w.cur})
	w.cur = len(w.sections) - 1
}

// endsSibling reports whether a generic heading of the given level ends
// the current section of that level: when the section has a body and the
// heading is a Markdown heading ("## Possible Values" after "## getId()"
// and its text is about the page, not about getId). A title that is no
// heading ("Constants" on a line of its own) never does: all such titles
// have one level, so the title before it is the one it belongs to.
func (w *walker) endsSibling(level int) bool {
	s := w.sections[w.cur]
	return level < titleLevel && s.body && !isEnumTitle(s.title) // "## Enumeration Members" after "## SessionState enum" is about it
}

func (w *walker) section() *section {
	if w.cur < 0 {
		return nil
	}
	return &w.sections[w.cur]
}

// ownerTitle is the title of the nearest heading over the current
// section: the object a term belongs to (## Endpoint over **Type**), past
// the sections of terms (which are not headings).
func (w *walker) ownerTitle() string {
	i := w.cur
	for i >= 0 && w.sections[i].level >= titleLevel {
		i = w.sections[i].parent
	}
	if i < 0 {
		return ""
	}
	return w.sections[i].title
}

func (w *walker) busy() {
	if s := w.section(); s != nil {
		s.busy = true
	}
}

// text handles a paragraph: a title standing alone, a text table (glued
// cells, or model rows without pipes), or prose that may describe the
// section, state a count, or list values inline.
func (w *walker) text(n ast.Node) {
	if len(w.groupFields) > 0 {
		if field, ok := w.groupField(w.cellLabel(n)); ok {
			w.enter(field, w.lineOf(n), titleLevel) // **Type** starting a field's cells
			return
		}
	}
	plain := plainText(n, w.doc.src) // read once: a paragraph may be a page long
	if name, ok := fieldDeclaration(plain); ok {
		w.declared = name
		return
	}
	if s := w.section(); s != nil && enumTypeLine(plain) {
		s.enumType = true // "类型: `enum`" under ## ErrorCode: its members are values
		return
	}
	if w.lineValue(n, plain) {
		return
	}
	if title, ok := w.title(n); ok {
		if w.headLevel == lineValueLevel {
			w.flushHeadingValues() // a title ends a run of values on lines
		}
		w.lastTitle, w.declared = title, ""
		w.enumPage = w.enumPage || isEnumTitle(title)
		if strings.HasSuffix(title, ":") && leadsValues(title) && leadName(title) == "" {
			return // "Possible values are:" names nothing: its list is the section's
		}
		if strings.HasSuffix(title, ":") {
			// A label ("Reason codes:") heads the block below it, inside
			// the section of the title above it.
			w.enter(title, w.lineOf(n), labelLevel)
			if s := w.section(); s != nil && s.title == title {
				w.labelled = w.cur + 1
			}
			return
		}
		w.enter(title, w.lineOf(n), titleLevel)
		return
	}
	if w.describeHeadingValue(plain) {
		return
	}
	lines := w.blockLines(n)
	defer w.noteTypedField(lines)
	if w.format == Auto && w.declarations(lines) {
		w.busy()
		return
	}
	defer w.enterLastTitle(lines)
	titled := w.pageTitleLine(n, lines)
	if titled {
		w.lastTitle = strings.TrimSpace(lines[0].Text)
		w.enter(w.lastTitle, lines[0].N, titleLevel)
		lines = lines[1:]
	}
	if term, rest, ok := w.term(n, lines); ok && !titled {
		if w.valueTerm(n, term, lines[0].N, inlinesText(rest, w.doc.src)) {
			return
		}
		w.enter(term, lines[0].N, titleLevel)
		if isDataField(term) {
			return // StartTimestamp, CallId: values quoted in its text are examples
		}
		w.prose(inlinesText(rest, w.doc.src), markedInlines(rest, w.doc.src), lines[1:], naming.Ident(term))
		return
	}
	if w.format == Auto && w.tripleEnums(lines) {
		w.busy()
		return
	}
	if w.format == Auto && w.textTable(lines) {
		w.busy()
		return
	}
	if rows, ok := parsePipeRows(lines); ok && w.format == Auto {
		w.busy()
		w.pipeEnum(rows)
		return
	}
	if w.qualifiedFieldLines(lines) {
		w.busy()
		return
	}
	if w.optionEnums(lines) {
		w.busy()
		return
	}
	if w.leadList(lines) {
		w.busy()
		return
	}
	if lists := introducedLines(lines); len(lists) > 0 && w.format == Auto {
		w.busy()
		for _, l := range lists {
			if l.name != "" {
				w.addBareList(l, enumName(l.name), l.line.Text)
			} else if e := w.newEnum(l.line.N, ""); e != nil {
				e.Values = w.listedValues(l.values, l.valueLines(), e.Name)
				w.col.addEnum(e, w.cur, true, true)
			}
		}
		return
	}
	if lists := bareListLines(lines); len(lists) > 0 && w.format == Auto {
		w.busy()
		for _, l := range lists {
			// A line above that names nothing leaves the list unnamed:
			// lists of one section named after it would merge into one.
			w.addBareList(l, bareListName(l.name), l.name)
		}
		return
	}
	if defs, lost, ok := parseDefinitionLines(lines); ok && w.format == Auto {
		w.busy()
		w.lostTerms(lost)
		if introNamesFields(linesBefore(lines, defs[0].line)) {
			w.definedFields(defs) // "Payload Fields Description" over the terms
			return
		}
		w.definitionRunEnums(defs)
		return
	}
	if w.format == Auto && w.codedLabels(lines) {
		w.busy()
		return
	}
	if w.format == Auto && w.runOnConstants(n, lines) {
		w.busy()
		return
	}
	if w.format == Auto && w.constantLines(lines) {
		w.busy()
		return
	}
	if runs, rest, ok := w.valueLines(lines); ok && w.format == Auto {
		w.busy()
		for _, r := range runs {
			w.namedDefinitionEnum(r.defs, r.name)
		}
		if len(rest) > 0 {
			text := joinLines(rest)
			w.prose(text, text, rest, w.declared) // the page's text after the list
		}
		return
	}
	if titled {
		text := joinLines(lines)
		w.prose(text, text, lines, w.declared)
		return
	}
	if w.format == Auto && w.headerExample(lines) {
		return
	}
	if w.format == Auto && w.bareUnion(lines) {
		return
	}
	w.prose(plainText(n, w.doc.src), markedText(n, w.doc.src), lines, w.declared)
}

// assignedList reads a line that sets a field to its values and nothing
// else, as a plain-text reference lists a request's parameters: "endHow =
// AUTOMATIC, BY_HOST", "lang = en, tr". Two tokens at least, commas
// between them.
func assignedList(text string) (field string, values []string, ok bool) {
	field, rest, found := strings.Cut(strings.TrimSpace(text), " = ")
	if !found || !isFieldName(field) || !strings.Contains(rest, ",") {
		return "", nil, false
	}
	values = splitTokens(rest, ",")
	if len(values) < 2 {
		return "", nil, false
	}
	for _, v := range values {
		if _, why := wireValue(v, true); why != "" {
			return "", nil, false
		}
	}
	return field, values, true
}

// pageTitleLine reports a page copied as text whose first paragraph
// starts with the page's title, the text below it on the next line
// ("Agent Statuses" over "Agent Statuses declare an agent's ..."): a page
// without headings, the title a short line, the next a sentence.
func (w *walker) pageTitleLine(n ast.Node, lines []Line) bool {
	if w.format != Auto || w.headed || w.section() != nil || len(lines) < 2 || w.doc.translated {
		return false
	}
	if n.PreviousSibling() != nil || n.Parent() == nil || n.Parent().Kind() != ast.KindDocument {
		return false
	}
	title, next := strings.TrimSpace(lines[0].Text), strings.TrimSpace(lines[1].Text)
	if !looksLikeTitle(title) || len(strings.Fields(title)) > maxNameWords || strings.ContainsAny(title, ":|") {
		return false
	}
	return len(strings.Fields(next)) >= 6 && strings.HasSuffix(next, ".")
}

// A request's parameters copied as text keep one to a line, each a name,
// its qualifier in brackets and its description, the first perhaps after
// the label of its group:
//
//	Query fromDate [optional] Date to start from ...
//	direction [optional] Direction of the call, 'IN', 'OUT' or 'BOTH' (default).
//
// qualifiedField matches such a line: the name, then the description.
var qualifiedField = regexp.MustCompile(`^(?:\S+\s+)?([A-Za-z_][\w.]*)\s+[\[(](?i:optional|required|mandatory)[\])]\s+(\S.*)$`)

// qualifiedFieldLines reads a paragraph holding two such lines at least:
// each field's description listing values inline gives its enum; the
// other lines are prose. It reports whether it took the paragraph.
func (w *walker) qualifiedFieldLines(lines []Line) bool {
	if w.format != Auto || len(lines) < 2 {
		return false
	}
	var rest []Line
	var fields [][]string // the name and description of each field line
	var at []Line
	for _, l := range lines {
		m := qualifiedField.FindStringSubmatch(strings.TrimSpace(l.Text))
		if m == nil {
			rest = append(rest, l)
			continue
		}
		fields, at = append(fields, m[1:]), append(at, l)
	}
	if len(fields) < 2 {
		return false
	}
	for i, f := range fields {
		if values, ok := definitionValues(halfWidthMarks(f[1])); ok {
			name := fieldEnumName(f[0])
			w.col.addEnum(&spec.Enum{Name: name, Line: at[i].N, Description: f[1], Values: w.listedValues(values, at[i:i+1], name)}, w.cur, true, false)
		}
	}
	if len(rest) > 0 {
		text := joinLines(rest)
		w.prose(text, text, rest, w.declared)
	}
	return true
}

// optionEnums adds the enums of a field's options listed one to a line
// or in brackets (optionLists). It reports whether lines held any.
func (w *walker) optionEnums(lines []Line) bool {
	lists := optionLists(lines)
	if len(lists) == 0 || w.format != Auto {
		return false
	}
	for _, l := range lists {
		name := fieldEnumName(l.name)
		if l.name == "" {
			name = fieldEnumName(w.typedField) // named in a paragraph above
		}
		w.addBareList(l, name, l.line.Text)
	}
	return true
}

// linesBefore is the lines before line n.
func linesBefore(lines []Line, n int) []Line {
	i := 0
	for i < len(lines) && lines[i].N < n {
		i++
	}
	return lines[:i]
}

// leadList reads a paragraph that is a list and nothing else, three
// tokens at least split by commas, below a line that says values follow
// ("The complete list of valid statuses:" over "added-to-schedule,
// blocked, busy, ..."): an enum named after that line's noun, or the
// section.
func (w *walker) leadList(lines []Line) bool {
	if w.format != Auto || w.lead == "" || !strings.HasSuffix(w.lead, ":") && !leadsValues(w.lead) {
		return false
	}
	text := joinLines(lines)
	l := proseList(text, 0)
	if len(l.items) < 3 || l.broken || strings.TrimRight(text[l.end:], ". ") != "" || !strings.Contains(text, ",") {
		return false
	}
	e := &spec.Enum{Name: enumName(leadName(w.lead)), Line: lines[0].N}
	if e.Name == "" {
		if e = w.newEnum(lines[0].N, ""); e == nil {
			return true
		}
	}
	e.Values = w.listedValues(l.items, lines, e.Name)
	w.col.addEnum(e, w.cur, true, true)
	return true
}

// joinLines is the text of lines, one space between them.
func joinLines(lines []Line) string { return joinTrimmed(lines, " ") }

// joinTrimmed is the text of lines, each trimmed, sep between them.
func joinTrimmed(lines []Line, sep string) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = strings.TrimSpace(l.Text)
	}
	return strings.Join(parts, sep)
}

// addBareList adds the list l as an enum named name, or after the prefix
// its constants share, or reports it, with the line above it, when nothing
// names it.
func (w *walker) addBareList(l bareList, name, above string) {
	if name == "" {
		name = enumName(strings.TrimSuffix(commonConstantPrefix(l.values), "_"))
	}
	if name == "" {
		w.col.diags.Warnf(w.col.pos(l.line.N), "values %s follow %q, but no field names them; skipped", strings.Join(l.values, ", "), above)
		return
	}
	w.col.addEnum(&spec.Enum{Name: name, Line: l.line.N, Values: w.listedValues(l.values, l.valueLines(), name)}, w.cur, true, true)
}

// fieldDeclaration reads a line that declares a field as API references copied
// as text write it: its name and its type, a bullet and "required" or
// "optional" allowed ("• CallType string", "status enum<string> required").
func fieldDeclaration(text string) (name string, ok bool) {
	words := strings.Fields(strings.TrimLeft(strings.TrimSpace(text), "•·▪◦*- "))
	if len(words) == 3 && (words[2] == "required" || words[2] == "optional") {
		words = words[:2]
	}
	if len(words) != 2 || !isFieldName(words[0]) {
		return "", false
	}
	t := strings.ToLower(words[1])
	if !fieldPrimitives[strings.TrimSuffix(t, "[]")] && !strings.HasPrefix(t, "enum<") {
		return "", false
	}
	return words[0], true
}

// title reports whether a paragraph is a heading in disguise: one bold
// phrase standing alone (**Properties**), or, in a page without Markdown
// headings, one short line without closing punctuation.
func (w *walker) title(n ast.Node) (string, bool) {
	p, ok := n.(*ast.Paragraph)
	if !ok {
		return "", false
	}
	if e, ok := p.FirstChild().(*ast.Emphasis); ok && e.Level == 2 && e.NextSibling() == nil {
		return plainText(e, w.doc.src), true
	}
	if p.Lines().Len() != 1 {
		return "", false
	}
	t := plainText(p, w.doc.src)
	if label, ok := strings.CutSuffix(t, ":"); ok && len(strings.Fields(label)) <= 3 && looksLikeTitle(label) && isValueTitle(label) {
		return t, true // "Agent Status:" over the table of statuses, under any heading
	}
	if m := enumDeclaration.FindStringSubmatch(t); m != nil && m[1] != "" && len(m[0]) == len(t) {
		return m[1], true // "enum SIPX_CALLSTATE_MAJOR" over its documentation
	}
	if phrase := cjkLabelNoun(t); phrase != "" {
		return phrase + ":", true // "呼叫状态的枚举值/文本定义表:" titles the call states below it
	}
	if w.headed {
		return "", false
	}
	if label, ok := strings.CutSuffix(t, ":"); ok && isListLabel(label) {
		return t, true // "Webhooks:" over the list it introduces
	}
	if isIdentifier(w.caption) && len(strings.Fields(t)) >= 3 {
		return t, false // "Status code of a call" under "CallStatusInfoCode" describes it
	}
	if _, value, ok := strings.Cut(t, ": "); ok && len(strings.Fields(value)) == 1 {
		return t, false // "Type: String", "Required: No": a property of the term above
	}
	if _, ok := inlineValues(t); ok {
		return t, false // "Possible values: [active, inactive]" is short, but lists
	}
	return t, looksLikeTitle(t)
}

// cjkLabelNoun is the value noun phrase of a short label in Chinese or
// Japanese ending in a colon, which no capital marks as a title:
// "呼叫状态的枚举值/文本定义表:" gives 呼叫状态. "" for anything else.
func cjkLabelNoun(t string) string {
	label, ok := strings.CutSuffix(t, ":")
	if !ok {
		label, ok = strings.CutSuffix(t, "：")
	}
	first, _ := utf8.DecodeRuneInString(label)
	if !ok || !isCJK(first) || strings.ContainsAny(label, " \t") || utf8.RuneCountInString(label) > maxCJKTitle {
		return ""
	}
	return cjkNounPhrase(label)
}

// maxCJKTitle bounds the characters of a title in Chinese or Japanese.
const maxCJKTitle = 24

// noteTypedField remembers the field a paragraph names over a type line,
// for a list of its options in a paragraph below.
func (w *walker) noteTypedField(lines []Line) {
	if f := typedFieldAbove(lines); f != "" {
		w.typedField = f
	}
}

// isListLabel reports a label that names what the lines below it list:
// one or two words ending in a plural ("Webhooks", "Call events"), or one
// name written as code (NODETYPE, CallStatus, call_status), not a phrase
// ("Rate this page", "Where").
func isListLabel(label string) bool {
	words := strings.Fields(label)
	if len(words) == 1 && isIdentifier(label) && tokenShape(label) == shapeConst {
		return true
	}
	if len(words) == 0 || len(words) > 2 || !looksLikeTitle(label) {
		return false
	}
	last := words[len(words)-1]
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// headingTitle is a heading's text, or, when the heading holds exactly one
// code span, that span: "Values for `DialCallStatus` parameter" is about
// DialCallStatus.
func headingTitle(h *ast.Heading, src []byte) string {
	var code *ast.CodeSpan
	for c := h.FirstChild(); c != nil; c = c.NextSibling() {
		if cs, ok := c.(*ast.CodeSpan); ok {
			if code != nil {
				return plainText(h, src)
			}
			code = cs
		}
	}
	if code != nil {
		if t := codeText(code, src); looksLikeCodeName(t) || isIdentifier(t) || tokenShape(t) == shapeWord && !strings.Contains(t, " ") {
			return t
		}
	}
	t := plainText(h, src)
	// "RoomConnectionStatus: String": a type's name, then what it is.
	if name, _, ok := strings.Cut(t, ": "); ok && isIdentifier(name) {
		return name
	}
	return t
}

// term reports whether a paragraph starts with a term standing alone on
// its first line, bold or code, as definition lists are written in
// Markdown ("**Channel**" then "Valid values: `VOICE`, `CHAT`" below it).
// The term names what the rest of the paragraph, and the blocks after it,
// describe; rest is the first inline after it.
func (w *walker) term(n ast.Node, lines []Line) (term string, rest ast.Node, ok bool) {
	if len(lines) < 2 {
		return "", nil, false
	}
	var lead string
	switch first := n.FirstChild().(type) {
	case *ast.Emphasis:
		if first.Level != 2 {
			return "", nil, false
		}
		lead = plainText(first, w.doc.src)
	case *ast.CodeSpan:
		lead = codeText(first, w.doc.src)
	default:
		return "", nil, false
	}
	line := strings.Trim(strings.TrimSpace(lines[0].Text), "*`_")
	if lead == "" || strings.TrimSpace(decodeText([]byte(line))) != lead {
		return "", nil, false
	}
	rest = n.FirstChild().NextSibling()
	for rest != nil && inlinesBlank(rest, w.doc.src) {
		rest = rest.NextSibling() // the line break after the term
	}
	return strings.TrimSuffix(lead, ":"), rest, rest != nil
}

// inlinesBlank reports whether an inline node shows no text.
func inlinesBlank(n ast.Node, src []byte) bool {
	b := inlineWriter{src: src}
	b.inline(n)
	return strings.TrimSpace(b.String()) == ""
}

// looksLikeTitle: short, a few words, starting with a capital or a digit,
// not ending like a sentence or an introduction.
func looksLikeTitle(t string) bool {
	if t == "" || utf8.RuneCountInString(t) > 60 || len(strings.Fields(t)) > 6 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, `"'“‘`)) // "Endcall" Event
	last, _ := utf8.DecodeLastRuneInString(t)
	return (unicode.IsUpper(first) || unicode.IsDigit(first)) && !strings.ContainsRune(".:,;!?", last)
}

// textTable offers a paragraph to the text-table parsers, model rows
// first. It reports whether one of them took it.
func (w *walker) textTable(lines []Line) bool {
	// Model rows first: their header (Name Type Description) is glued
	// titles too when the pipes were lost with the spaces.
	if models, enums, diags, ok := parseFields(w.doc.file, w.titled(lines)); ok {
		w.col.diags.Append(diags)
		w.addModels(models, w.cur)
		for _, e := range enums {
			w.addEnum(e, w.cur, false)
		}
		return true
	}
	if enums, diags, ok := parseGlued(w.doc.file, lines); ok {
		w.col.diags.Append(diags)
		for _, e := range enums {
			w.addEnum(e, w.cur, true)
		}
		if len(enums) == 0 {
			w.lineLists(lines) // no row told apart: a row's own line may list its values
		}
		return true
	}
	return w.lineRun(lines) || w.constantPairs(lines)
}

// titled puts the section's name, as a title line at the heading's line,
// above a block handed to parseFields: the model rows of a page are a block
// of their own, and the parser names a model after the title line above
// its header.
func (w *walker) titled(lines []Line) []Line {
	s := w.section()
	if s == nil || modelName(s.title) == "" {
		return lines
	}
	return append([]Line{{N: s.line, Text: modelName(s.title)}}, lines...)
}

// prose reads a paragraph of running text: the section's description
// when it comes first, counts it states, and values it lists inline, named
// after term when the paragraph defines one.
func (w *walker) prose(text, marked string, lines []Line, term string) {
	if s := w.section(); s != nil && !s.busy && s.desc == "" {
		s.desc = text
	}
	w.statedCounts(text, lines)
	if w.format == Auto {
		w.inlineEnum(marked, lines, term)
	}
}

// dashedLabelList reads a line that is a label naming values, a spaced
// dash, and three tokens or more with commas between them and nothing
// after: "Optional extension state – Idle, InUse, Ringing, Disconnected"
// is ExtensionState's. ok is false for any other line.
func dashedLabelList(text string) (name string, values []string, ok bool) {
	if !strings.ContainsAny(text, "–—") && !strings.Contains(text, " - ") {
		return "", nil, false
	}
	label, list, found := cutSpacedDash(text)
	if !found || len(strings.Fields(label)) > maxDashedLabelWords {
		return "", nil, false
	}
	name = enumName(leadName(label))
	values = splitTokens(strings.TrimSuffix(strings.TrimSpace(list), "."), ",")
	if name == "" || len(values) < 3 || !allTokens(values) || distinct(values) != len(values) {
		return "", nil, false
	}
	return name, values, true
}

// maxDashedLabelWords bounds the label before a dash and its values.
const maxDashedLabelWords = 5

// statedCounts records counts a paragraph states ("has 28 call
// statuses"), at the line that states them.
func (w *walker) statedCounts(text string, lines []Line) {
	for _, l := range lines {
		if n, ok := statedCount(l.Text); ok {
			w.col.addCount(n, l.N, w.cur)
			return
		}
	}
	// A count may be split across the lines of a paragraph.
	if len(lines) < 2 {
		return
	}
	if n, ok := statedCount(text); ok {
		w.col.addCount(n, lines[0].N, w.cur)
	}
}

// inlineEnum extracts values a paragraph lists inline ("Possible values
// are: a, b, c") as an enum named after what the paragraph says the values
// are of: the term it defines, else the field it names as code ("The
// CallStatus parameter can be one of ..."), else the section.
func (w *walker) inlineEnum(text string, lines []Line, term string) {
	if name, values, ok := dashedLabelList(text); ok && term == "" && len(lines) == 1 {
		// "Optional extension state – Idle, InUse, Ringing, Disconnected"
		w.col.addEnum(&spec.Enum{Name: name, Line: lines[0].N, Values: w.listedValues(values, lines, name)}, w.cur, true, true)
		return
	}
	coded := map[string]bool{} // the values of fields written as code, bracketed after them
	if term == "" && len(lines) > 0 {
		for _, l := range codedFieldLists(text) {
			name := fieldEnumName(l.label)
			w.col.addEnum(&spec.Enum{Name: name, Line: lines[0].N, Values: w.listedValues(l.values, lines, name)}, w.cur, false, true)
			coded[strings.Join(l.values, "\x00")] = true
		}
	}
	if labeled := labeledLists(text); term == "" && len(labeled) >= 2 && len(lines) > 0 {
		// "Call status: a, b, c. Final result: d, e": a list per label.
		for _, l := range labeled {
			e := &spec.Enum{Name: enumName(l.label), Line: lines[0].N}
			if e.Name == "" {
				continue
			}
			e.Values = w.listedValues(l.values, lines, e.Name)
			w.col.addEnum(e, w.cur, true, true)
		}
		return
	}
	values, ok := inlineValues(text)
	if ok && coded[strings.Join(values, "\x00")] {
		return // the list in brackets after its field, read above
	}
	if term != "" {
		// Under a term, the text is the term's definition, and "is
		// `Connected` or `Disconnected`" anywhere in it lists values.
		if values, ok = definitionValues(text); !ok {
			values, ok = quotedAlternatives(text)
		}
	}
	if term == "" && len(lines) > 1 && (!ok || listLines(lines) >= 2) {
		// A list per line (the rows of a field table copied as text) are
		// lists of their own fields.
		w.lineLists(lines)
		return
	}
	if !ok && len(lines) > 0 && w.keyExamples(text, lines) {
		return
	}
	if !ok || len(lines) == 0 || unsetFlag(values) || typeUnion(text, values) {
		return // "Can be true, false or undefined": a flag; `string` | `Blob`: types
	}
	if w.signatureSection() && mentionsParams(text[:max(strings.LastIndex(text, values[0]), 0)]) {
		return // under "Connection.addAccount(options={})", "2 options are required: *account* and *password*": its parameters
	}
	subject := term
	if subject == "" {
		subject = proseSubject(text, values[0])
	}
	if subject == "" {
		subject = cjkSubject(text, values[0]) // 「発信成功」「不在着信」の2つのステータス
	}
	if subject == "" {
		subject = w.exampleKeySubject(text) // the example object above: { type: 'useraction', kind: kind }, "kinds include ..."
	}
	if subject == "" {
		subject = bracketSubject(text, values[0]) // "return user status (e.g. Available, Away, Busy)"
	}
	if subject == "" {
		_, subject, _ = nounEndedList(text) // "the `nack` and `goog-remb` RTCP feedback types"
	}
	subject = enumName(subject) // a field written as it is sent (flags) names Flags

	if subject != "" {
		e := &spec.Enum{Name: subject, Line: lines[0].N, Values: w.listedValues(values, lines, subject)}
		if term != "" {
			w.col.addTermEnum(e, w.cur, w.ownerTitle())
			return
		}
		w.col.addEnum(e, w.cur, true, true)
		return
	}
	e := w.newEnum(lines[0].N, "")
	if e == nil {
		return
	}
	e.Values = w.listedValues(values, lines, e.Name)
	w.col.addEnum(e, w.cur, true, true)
}

// codedFieldLists finds fields written as code, each followed by its
// values as code in brackets and nothing else: "captured as
// `dialog_info_state` (`full`, `partial`)", or each glossed: "`direction`
// (`INBOUND` = received, `OUTBOUND` = sent)".
func codedFieldLists(text string) []labeledList {
	var out []labeledList
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], "` (`")
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		open := strings.LastIndexByte(text[:i], '`')
		field := text[open+1 : i]
		if open < 0 || !isFieldName(field) {
			continue
		}
		if p, ok := parenList(text, i+2); ok && p.allQuoted() && len(p.items) >= 2 && distinct(p.items) == len(p.items) {
			out = append(out, labeledList{label: field, values: p.items})
		} else if values, ok := glossedCodes(text, i+2); ok {
			out = append(out, labeledList{label: field, values: values})
		}
	}
	return out
}

// glossedCodes reads brackets at i that hold two values or more, each in
// code and glossed after an equals sign or a colon, commas between them:
// "(`INBOUND` = received, `OUTBOUND` = sent)".
func glossedCodes(text string, i int) ([]string, bool) {
	end := strings.IndexByte(text[i:], ')')
	if end < 0 {
		return nil, false
	}
	var values []string
	for _, part := range strings.Split(text[i+1:i+end], ",") {
		part = strings.TrimSpace(part)
		v, gloss, ok := strings.Cut(strings.TrimPrefix(part, "`"), "`")
		gloss = strings.TrimSpace(gloss)
		if !ok || !strings.HasPrefix(part, "`") || (!strings.HasPrefix(gloss, "= ") && !strings.HasPrefix(gloss, ": ")) {
			return nil, false
		}
		if _, why := wireValue(v, true); why != "" {
			return nil, false
		}
		values = append(values, v)
	}
	return values, len(values) >= 2 && distinct(values) == len(values)
}

// listLines counts the lines that list values by themselves, up to two.
// A line after one ending in a comma goes on with that line's list: the
// sentence wrapped, "`present`, `unpresent`," over "`kick` and `setdata`."
func listLines(lines []Line) int {
	n := 0
	for i, l := range lines {
		if i > 0 && strings.HasSuffix(strings.TrimSpace(lines[i-1].Text), ",") {
			continue
		}
		if _, ok := inlineValues(l.Text); ok {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// lineLists reads each line of a paragraph on its own when the paragraph
// as a whole lists nothing: in text copied from a web page a line's end is
// often where a list ends ("Allowed values are started, answered" over
// the next field's line). A line that starts with a field and its type in
// brackets ("state (string, enum)Current state ...") names its list.
func (w *walker) lineLists(lines []Line) {
	for i, l := range lines {
		if field, values, ok := assignedList(l.Text); ok {
			name := naming.Ident(field)
			w.col.addEnum(&spec.Enum{Name: name, Line: l.N, Values: w.listedValues(values, []Line{l}, name)}, w.cur, true, true)
			continue
		}
		if field, ok := typedFieldLine(lines[max(i-1, 0)].Text); ok && i > 0 {
			if values, ok := definitionValues(l.Text); ok {
				// "directionstring必須" over "outbound for outgoing
				// calls, inbound for incoming calls": the field's text.
				name := naming.Ident(field)
				w.col.addEnum(&spec.Enum{Name: name, Line: l.N, Values: w.listedValues(values, []Line{l}, name)}, w.cur, true, true)
				continue
			}
		}
		values, ok := inlineValues(l.Text)
		if !ok {
			continue
		}
		name := proseSubject(l.Text, values[0])
		if field, _, _ := strings.Cut(strings.TrimSpace(lines[max(i-1, 0)].Text), " "); name == "" && i > 0 && isFieldName(field) && startsLower(field) {
			name = naming.Ident(field) // a row "disposition ... string-enum", then "Allowed values: [...]"
		}
		if field, _, found := strings.Cut(l.Text, " ("); found && isFieldName(field) {
			name = naming.Ident(field)
		} else if field, _, found := strings.Cut(l.Text, " - "); found && isFieldName(field) {
			name = naming.Ident(field) // "direction - direction of call (a, b, c)"
		} else if field, _, _, ok := flaggedFieldRow(l.Text); ok {
			name = naming.Ident(field)
		}
		if name == "" {
			continue // a list no word names: the paragraph's sentences are read as one
		}
		w.col.addEnum(&spec.Enum{Name: name, Line: l.N, Values: w.listedValues(values, []Line{l}, name)}, w.cur, true, true)
	}
}

// labeledList is a list a label introduces in prose ("Call status: a,
// b").
type labeledList struct {
	label  string
	values []string
}

// maxLabelWords bounds the words of a label before a colon.
const maxLabelWords = 4

// labeledLists finds the sentences of text that are a short label, a
// colon and a list of values.
func labeledLists(text string) []labeledList {
	var out []labeledList
	for _, s := range sentences(text) {
		label, rest, ok := strings.Cut(s, ": ")
		label = strings.TrimSpace(label)
		if !ok || label == "" || len(strings.Fields(label)) > maxLabelWords || !textStartsUpper(label) {
			continue
		}
		if values, ok := proseShapeList(strings.TrimSpace(rest)); ok {
			out = append(out, labeledList{label: label, values: values})
		}
	}
	return out
}

// sentences splits text at full stops (also one glued to the next
// sentence: "no-answer".Final) and line breaks.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		end := text[i] == '\n' || text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ' || textUpperByte(text[i+1]))
		if end {
			out = append(out, text[start:i])
			start = i + 1
		}
	}
	return append(out, text[start:])
}

// proseSubject returns the enum name a paragraph gives its list: the last
// word before the first value that is written as code would name a field
// or type (an inner capital, or an underscore or dot between letters:
// CallStatus, call_status, call.status), or the word before "parameter" or
// "field" ("the op parameter"), as a Go identifier. It returns ""
// when the text names none, so plain prose keeps the section's name.
func proseSubject(text, first string) string {
	words := strings.Fields(text)
	coded := false // first written as code somewhere: the list's is there, not in a gloss
	for _, w := range words {
		if strings.Contains(w, "`"+first+"`") {
			coded = true
			break
		}
	}
	for i, w := range words {
		if trimCodeWord(w) != first || coded && !strings.Contains(w, "`"+first+"`") {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if word := trimCodeWord(words[j]); looksLikeCodeName(word) {
				if field, _, _, ok := flaggedFieldRow(word); ok {
					word = field // callback_sourcestringfalsefalseThe: a field table's glued row
				}
				if before, after, ok := strings.Cut(word, "."); ok && (littleWords[before] || articles[before]) && !strings.Contains(after, ".") {
					word = after // "routed to.disposition": a sentence's end glued to the next field
				}
				return naming.Ident(word)
			}
			// "a `state` — a string (...)": a value noun written as code
			// is a field's name.
			if strings.HasPrefix(words[j], "`") && valueHeadingWords[strings.ToLower(trimCodeWord(words[j]))] {
				return naming.Ident(sentenceOwner(words[:j]) + " " + trimCodeWord(words[j]))
			}
			// "The field `label` is one of ...": the name in code (or
			// quoted: attribute "state") after such a noun.
			if j > 0 && fieldNouns[strings.ToLower(words[j-1])] && (strings.HasPrefix(words[j], "`") || strings.HasPrefix(words[j], `"`)) {
				if name := trimCodeWord(words[j]); isFieldName(name) {
					return naming.Ident(name)
				}
			}
			// "The op parameter can be: ...": the word before such a noun
			// names the field, whatever its shape.
			if j > 0 && fieldNouns[strings.ToLower(trimCodeWord(words[j]))] {
				if name := trimCodeWord(words[j-1]); isFieldName(name) && !articles[strings.ToLower(name)] && !littleWords[strings.ToLower(name)] {
					return naming.Ident(name)
				}
			}
		}
		return ""
	}
	return ""
}

// keyExamples adds the enum of quoted examples in brackets right after a
// word that is a key of the page's JSON ("identified by a verb (e.g.
// "dial", "gather" etc)" beside "verb": "say"): that key's values, some of
// them. It reports whether it added one.
func (w *walker) keyExamples(text string, lines []Line) bool {
	if !strings.Contains(text, "(") || !w.doc.mayHoldJSON() {
		return false
	}
	keys := w.doc.jsonKeys()
	for i := strings.IndexByte(text, '('); i >= 0; {
		words := strings.Fields(text[:i])
		if p, ok := exampleParenList(text, i); ok && p.allQuoted() && len(p.items) >= 2 && len(words) > 0 && keys[trimCodeWord(words[len(words)-1])] {
			key := trimCodeWord(words[len(words)-1])
			name := fieldEnumName(key)
			e := &spec.Enum{Name: name, Line: lines[0].N, Values: w.listedValues(p.items, lines, name)}
			for _, v := range w.keyStrings(key) {
				if !slices.Contains(p.items, v.Wire) {
					e.Values = append(e.Values, v) // "verb": "say" in the examples: one more
				}
			}
			w.col.addEnum(e, w.cur, true, true)
			return true
		}
		next := strings.IndexByte(text[i+1:], '(')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return false
}

// keyStrings returns the strings the page's JSON gives key, each once,
// as values at their lines.
func (w *walker) keyStrings(key string) []*spec.Value {
	var out []*spec.Value
	seen := map[string]bool{}
	for _, m := range jsonString.FindAllSubmatchIndex(w.doc.src, -1) {
		k, v := string(w.doc.src[m[2]:m[3]]), string(w.doc.src[m[4]:m[5]])
		if k != key || seen[v] {
			continue
		}
		seen[v] = true
		if wire, why := wireValue(v, true); why == "" && !isNumber(wire) {
			out = append(out, &spec.Value{Wire: wire, Line: w.doc.lineOf(m[4])})
		}
	}
	return out
}

// signatureSection reports a section titled by a call's signature
// (Account.call(uri, options={})): the options, parameters or arguments
// it lists are the call's, no values.
func (w *walker) signatureSection() bool {
	s := w.section()
	if s == nil {
		return false
	}
	m := callSignature.FindStringSubmatch(s.title)
	// A method (a.b(x)), or arguments or none: "name (int)" titles a
	// parameter and its type.
	return m != nil && (strings.Contains(m[1], ".") || m[2] == "" || strings.ContainsAny(m[2], ",="))
}

// callSignature matches a function's or method's signature: its name and
// what its brackets hold.
var callSignature = regexp.MustCompile(`^([A-Za-z_$][\w$.]*)\s*\(([^()]*)\)\s*$`)

// mentionsParams reports text that speaks of a call's options, parameters
// or arguments.
func mentionsParams(text string) bool {
	for _, w := range proseWords(text) {
		if paramNouns[w.text] {
			return true
		}
	}
	return false
}

// paramNouns name what a call takes.
var paramNouns = map[string]bool{"option": true, "options": true, "parameter": true, "parameters": true, "param": true, "params": true, "argument": true, "arguments": true}

// sentenceOwner returns the type in code, in Pascal case, that the
// sentence ending in words speaks of ("Each `ConferenceMember` carries
// ... a `state`"), the owner of the field named next; "" when none.
func sentenceOwner(words []string) string {
	for k := len(words) - 1; k >= 0; k-- {
		w := words[k]
		if strings.HasSuffix(w, ".") {
			break // the sentence before
		}
		if t := trimCodeWord(w); strings.HasPrefix(w, "`") && (typeTerm(t) || isLetters(t) && textUpperByte(t[0]) && strings.ToUpper(t) != t) {
			return t // `ConferenceMember`, `Conference`
		}
	}
	return ""
}

// fieldNouns follow a field's name in prose: "the op parameter".
var fieldNouns = map[string]bool{"parameter": true, "field": true, "attribute": true, "property": true, "argument": true}

func trimCodeWord(w string) string { return strings.Trim(w, `.,;:()"'`+"`") }

// looksLikeCodeName reports whether word is a single identifier-shaped
// token with a case change, an underscore or a dot inside it.
func looksLikeCodeName(word string) bool {
	if word == "" || !unicode.IsLetter(rune(word[0])) {
		return false
	}
	for _, part := range strings.Split(word, ".") {
		if len(part) < 2 {
			return false // "e.g."
		}
	}
	inner := false
	for i, r := range word {
		switch {
		case r == '_' || r == '.':
			inner = inner || (i > 0 && i < len(word)-1)
		case unicode.IsUpper(r):
			inner = inner || (i > 0 && unicode.IsLower(rune(word[i-1])))
		case r > unicode.MaxASCII || !(unicode.IsLetter(r) || unicode.IsDigit(r)):
			return false
		}
	}
	return inner
}

// listedValues turns values found in text into spec values, each at the
// first line that mentions it after the previous value, so a long list on
// one line is read in linear time. A listed item
// that cannot be a value is reported.
func (w *walker) listedValues(values []string, lines []Line, enum string) []*spec.Value {
	var out []*spec.Value
	at, off := 0, 0 // the line, and the offset in it, after the previous value
	for _, raw := range values {
		for i := at; i < len(lines); i++ {
			from := 0
			if i == at {
				from = min(off, len(lines[i].Text))
			}
			if j := strings.Index(lines[i].Text[from:], raw); j >= 0 {
				at, off = i, from+j+len(raw)
				break
			}
		}
		line := lines[at].N
		// Prose lists hold values of several words only when they were
		// quoted (`Not Enrolled`): such an item is code; so is one in
		// corner brackets (「発信成功」).
		wire, why := wireValue(raw, strings.Contains(raw, " ") || strings.Contains(lines[at].Text, "「"+raw+"」"))
		if why != "" {
			w.col.diags.Warnf(w.col.pos(line), "%q listed for %s %s; skipped", raw, enum, why)
			continue
		}
		out = append(out, &spec.Value{Wire: wire, Line: line})
	}
	if len(out) > 0 && at < len(lines) && cutShort.MatchString(lines[at].Text) {
		w.col.diags.Warnf(w.col.pos(lines[at].N), "the list of %s is cut short (\"...\", \"etc.\", \"and others\" or examples); only the %d values it names are kept", enum, len(out))
	}
	return out
}

// cutShort matches a line whose list of values says it goes on: "a, b,
// ..., or z", "a, b, etc.", "a, b etc", or gives examples in brackets
// ("(e.g., a, b)"); one pass over the line, however long.
var cutShort = regexp.MustCompile(`,\s*(\.\.\.|…|etc\b)|\w\s+etc\.?\s*$|\((e\.g\.?|eg\.|for example|such as)|,? and (others|more)\b`)

// newEnum starts an enum found at line, named after the current section
// or, without one, after fallback (a table's column header). Without
// either it reports the values as lost and returns nil.
func (w *walker) newEnum(line int, fallback string) *spec.Enum {
	return w.newEnumIn(w.cur, line, fallback)
}

// newEnumIn is newEnum for section sec rather than the current one.
func (w *walker) newEnumIn(sec, line int, fallback string) *spec.Enum {
	e := &spec.Enum{}
	w.fillEnum(e, sec, fallback)
	if e.Name == "" && !w.nameAfterFile(e, line) {
		w.col.diags.Warnf(w.col.pos(line), "values found here have no heading to name their enum; skipped")
		return nil
	}
	if e.Line == 0 {
		e.Line = line
	}
	return e
}

// nameAfterFile names an enum that no heading names after the document's
// file (callType.md -> CallType): a page of one type is often named after
// it. The name is a guess, so it is reported for a person to check.
func (w *walker) nameAfterFile(e *spec.Enum, line int) bool {
	base := filepath.Base(w.doc.file)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if i := strings.LastIndexAny(base, "-_"); i > 0 && isNumber(base[i+1:]) {
		base = base[:i] // state-3.html: a site's counter for pages of one name
	}
	if i := strings.IndexAny(base, "-_"); i > 0 && isNumber(base[:i]) {
		base = base[i+1:] // 2948431-what-are-...: a help centre's article number
	}
	name := enumName(titleName(strings.NewReplacer("-", " ", "_", " ").Replace(base)))
	if name == "" {
		return false
	}
	e.Name = name
	w.col.diags.Warnf(w.col.pos(line), "values found here have no heading to name their enum; named %s after the file", name)
	return true
}

// fillEnum gives an enum from a parser what it does not know itself: the
// section's name, heading line and description.
func (w *walker) fillEnum(e *spec.Enum, sec int, fallback string) {
	var s section
	if sec >= 0 {
		s = w.sections[sec]
	}
	if e.Name == "" && len(w.headValues) > 0 && sec == w.cur && w.headTitle != "" {
		e.Name = enumName(w.headTitle)
	}
	if e.Name == "" {
		if e.Name = enumName(titleName(s.title)); e.Name != "" {
			e.Line = s.line
		} else {
			e.Name = enumName(fallback)
		}
	}
	if e.Description == "" {
		e.Description = s.desc
	}
}

// titleName is what a section title names: a question ("What do the call
// statuses mean?") names the values it asks about, any other title itself.
func titleName(title string) string {
	if field := valuesOfAside(title); field != "" {
		return field
	}
	if i := strings.LastIndex(title, " of "); i > 0 {
		// "Table 2 Enumerated values of HwmCallEndReason": the type whose
		// values the table lists.
		before := strings.Fields(strings.ToLower(title[:i]))
		if after := strings.TrimSpace(title[i+4:]); isIdentifier(after) && len(before) > 0 && trailingNoise[before[len(before)-1]] {
			return after
		}
	}
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(title)), " ")
	if !questionWords[first] {
		return title
	}
	if name := leadName(strings.TrimRight(title, "?")); name != "" {
		return name
	}
	return title
}

// valuesOfAside returns the field a title's closing aside names as the
// one whose values follow: "Available messages (values of msg)" lists
// msg's. "" when there is no such aside.
func valuesOfAside(title string) string {
	t := strings.TrimSpace(title)
	open := strings.LastIndexByte(t, '(')
	if open <= 0 || !strings.HasSuffix(t, ")") {
		return ""
	}
	noun, field, ok := strings.Cut(t[open+1:len(t)-1], " of ")
	field = strings.Trim(strings.TrimSpace(field), "`")
	if !ok || !trailingNoise[strings.ToLower(strings.TrimSpace(noun))] || !isFieldName(field) {
		return ""
	}
	return field
}

var questionWords = map[string]bool{"what": true, "which": true, "how": true, "why": true, "when": true}

// addEnum adds an enum returned by a parser. block says whether it is a
// block of its own (a table) or was listed inside a field's description;
// only the first kind takes the section's name and description.
func (w *walker) addEnum(e *spec.Enum, sec int, block bool) {
	if block {
		w.fillEnum(e, sec, "")
	}
	if e.Name == "" && !w.nameAfterFile(e, firstLine(e)) {
		w.col.diags.Warnf(w.col.pos(firstLine(e)), "values found here have no heading to name their enum; skipped")
		return
	}
	w.col.addEnum(e, sec, block, false)
}

// addModels adds models returned by a parser, named after their section
// when the parser could not name them.
func (w *walker) addModels(models []*spec.Model, sec int) {
	for _, m := range models {
		if m.Name == "" && sec >= 0 {
			s := w.sections[sec]
			m.Name, m.Line = modelName(s.title), s.line
		}
		if m.Description == "" && sec >= 0 {
			m.Description = w.sections[sec].desc
		}
		if m.Name == "" {
			w.col.diags.Warnf(w.col.pos(m.Line), "fields found here have no heading to name their model; skipped")
			continue
		}
		w.col.addModel(m)
	}
}

// lineOf returns the first line of a block.
func (w *walker) lineOf(n ast.Node) int {
	return w.doc.lineOf(blockStart(n))
}

// blockStart returns the offset where a block's first line starts.
func blockStart(n ast.Node) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	return n.Pos()
}

// blockLines returns the lines of a text block, decoded, for the parsers
// that read text line by line.
func (w *walker) blockLines(n ast.Node) []Line {
	segs := n.Lines()
	out := make([]Line, 0, segs.Len())
	for i := 0; i < segs.Len(); i++ {
		s := segs.At(i)
		out = append(out, Line{
			N:    w.doc.lineOf(s.Start),
			Text: strings.TrimRight(decodeText(s.Value(w.doc.src)), "\r\n"),
		})
	}
	return out
}
