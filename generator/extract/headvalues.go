package extract

import (
	"regexp"
	"strings"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// Reference pages generated from code give each constant of an enum a
// heading of its own, with its description below:
//
//	## Enum Constants
//	### ACCOUNT_REGISTERED
//	The sip user has been successfully registered ...
//	#### public static final int BUSY
//
// A heading that is one upper-case constant (or a declaration ending in
// one, or words ending in a token in square brackets: "Call answered
// [queueanswer]", or a member and its number: "-field UserIgnored:0") is such a value when the next heading of its level is one too: it
// starts no section, and the run of them becomes one enum named after the
// section they are in. The first paragraph under each describes it, and
// the run goes on past the deeper headings under each value (#### Event
// data fields); a plain token heading at the run's level, after code ones
// (### newDTMF after ### `failed`), goes on with it. A lone
// constant heading is a section like any other.

// headingValue returns the constant a heading names, or "".
func headingValue(title string) string {
	words := strings.Fields(title)
	if len(words) == 0 {
		return ""
	}
	if v := bracketedName(words); v != "" {
		return v
	}
	if m := codedMember.FindStringSubmatch(title); m != nil {
		return m[1] // "-field UserIgnored:0": a member and its number
	}
	last := strings.Trim(words[len(words)-1], "`")
	if len(words) > 1 && !isDeclaration(words[:len(words)-1]) {
		return ""
	}
	if len(last) < 2 || strings.ToUpper(last) != last || strings.Trim(last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != "" {
		return ""
	}
	if strings.Trim(last, "0123456789_") == "" {
		return ""
	}
	return last
}

// codedMember matches a heading that is a member's name and its number
// after a colon, perhaps after a generator's marker word (-field): the
// enum reference of API docs written for a generator.
var codedMember = regexp.MustCompile(`^(?:-[a-z]+(?:-[a-z]+)* )?([A-Za-z][A-Za-z0-9_]*):\d+$`)

// bracketedName returns the token a heading's title ends with in square
// brackets, after words naming it: "Ligação Atendida na Fila
// [queueanswer]" names the webhook queueanswer. A tag of a page's status
// ([beta], [deprecated]) names nothing.
func bracketedName(words []string) string {
	last := words[len(words)-1]
	if len(words) < 2 || len(last) < 3 || last[0] != '[' || last[len(last)-1] != ']' {
		return ""
	}
	token := strings.Trim(last[1:len(last)-1], "`")
	if proseToken(token) != token || statusTags[strings.ToLower(token)] {
		return ""
	}
	return token
}

// statusTags are the tags a heading may carry about its section's status.
var statusTags = map[string]bool{
	"beta": true, "deprecated": true, "experimental": true, "new": true, "preview": true,
	"legacy": true, "optional": true, "required": true, "alpha": true, "obsolete": true,
	"pro": true, "premium": true, "enterprise": true,
}

// declarationWords are the words before a constant's name in a
// declaration heading (public static final int BUSY).
var declarationWords = map[string]bool{
	"public": true, "static": true, "final": true, "const": true, "readonly": true,
	"int": true, "string": true, "String": true, "long": true, "short": true, "byte": true,
	"enum": true, "constant": true, "field": true, "var": true, "let": true,
}

func isDeclaration(words []string) bool {
	for _, w := range words {
		if !declarationWords[w] {
			return false
		}
	}
	return true
}

// valueHeading takes a heading that names a value. It reports whether it
// did.
func (w *walker) valueHeading(n *ast.Heading, title string) bool {
	v := headingValue(title)
	if v == "" {
		v = w.declaredValue(n, title)
		if v != "" && v != title {
			w.col.declare(title, v)
		}
	}
	if v == "" {
		v = w.codeHeadingValue(n)
	}
	labelled := false
	if v == "" {
		v = w.labelledHeadingValue(n, title)
		labelled = v != ""
	}
	// A heading deeper than the run's (#### Example under ### `ended`)
	// describes the value above it: the run goes on past it.
	if len(w.headValues) > 0 && (v == "" && n.Level <= w.headLevel || v != "" && w.headLevel != n.Level) {
		w.flushHeadingValues()
	}
	if v == "" || len(w.headValues) == 0 && !w.valueHeadingFollows(n) {
		return false // a lone constant heading is a section like any other
	}
	if len(w.headValues) > 0 {
		for w.cur >= 0 && w.cur != w.headSection && w.sections[w.cur].level >= n.Level {
			w.cur = w.sections[w.cur].parent // the sections of the value above end
		}
	}
	w.headLevel, w.headTitle = n.Level, ""
	if labelled {
		w.headTitle = title // its description names what its text lists
	}
	w.addHeadValue(&spec.Value{Wire: v, Line: w.lineOf(n)})
	return true
}

// valueHeadingFollows reports whether the next heading of n's level, before
// any shallower one, names a value too.
func (w *walker) valueHeadingFollows(n *ast.Heading) bool {
	for sib := n.NextSibling(); sib != nil; sib = sib.NextSibling() {
		h, ok := sib.(*ast.Heading)
		switch {
		case !ok || h.Level > n.Level:
		case h.Level < n.Level:
			return false
		default:
			t := headingTitle(h, w.doc.src)
			return headingValue(t) != "" || w.declaredValue(h, t) != "" || w.codeHeadingValue(h) != "" || w.labelledHeadingValue(h, t) != ""
		}
	}
	return false
}

// describeHeadingValue gives the last value heading its description: the
// first paragraph under it that is not just the value again. It reports
// whether it took the paragraph.
func (w *walker) describeHeadingValue(text string) bool {
	if len(w.headValues) == 0 || w.headLevel == titleLevel {
		return false // a value term carries its own description
	}
	v := w.headValues[len(w.headValues)-1]
	switch {
	case strings.Trim(text, "`") == v.Wire:
		return true // the value again, as code
	case declaration.MatchString(text):
		return true // its declaration (Closed: "closed"), read already
	case v.Description == "" && namesObject(text, v.Wire):
		// "The `call` object contains the following properties.": the
		// heading names an object of the payload, no value.
		w.headValues = w.headValues[:len(w.headValues)-1]
		return false
	case v.Description == "":
		v.Description = text
		return true
	}
	return false // further paragraphs are read as any others
}

// addHeadValue adds v to the run of values, noting the section a new run
// starts in.
func (w *walker) addHeadValue(v *spec.Value) {
	if len(w.headValues) == 0 {
		w.headSection = w.cur
	}
	w.headValues = append(w.headValues, v)
}

// flushHeadingValues adds the run of value headings read so far as an
// enum.
func (w *walker) flushHeadingValues() {
	values := w.headValues
	w.headValues = nil
	if len(values) == 0 {
		return
	}
	e := w.newEnumIn(w.headSection, values[0].Line, "") // named after the section the run is in
	if e == nil {
		return
	}
	e.Values = values
	w.col.addEnum(e, w.headSection, true, false)
}

// codeHeadingValue returns the value a heading written as one code span
// names (### `no-answer`) under a heading about values (## Call statuses),
// or "". Elsewhere such headings name fields (### `direction`).
func (w *walker) codeHeadingValue(h *ast.Heading) string {
	text := ""
	if code, ok := h.FirstChild().(*ast.CodeSpan); ok && code.NextSibling() == nil {
		text = codeText(code, w.doc.src)
	} else if t := plainText(h, w.doc.src); len(w.headValues) > 0 && h.Level == w.headLevel && t != "" && textLowerByte(t[0]) && !strings.ContainsAny(t, " \t") {
		text = t // "### newDTMF" after "### `failed`": a run of values goes on unmarked
	} else {
		return ""
	}
	owner := w.section()
	for owner != nil && owner.level >= h.Level {
		if owner.parent < 0 {
			owner = nil
			break
		}
		owner = &w.sections[owner.parent]
	}
	if owner == nil || !isValueTitle(owner.title) && !isValueTitle(owner.text) || isFieldTitle(owner.title) {
		return ""
	}
	wire, why := wireValue(text, true)
	if why != "" || strings.Contains(wire, " ") {
		return ""
	}
	return wire
}

// labelledHeadingValue returns the value a heading names before its
// description, a section number perhaps before it ("2.1.1. agentLoggedOn：
// 座席登录事件", "held: Hold event", "serviceInitiated 服务初始化事件"), under a
// heading about values (座席状态事件, Call events); "" otherwise, and for
// a name and its type (callId: String).
func (w *walker) labelledHeadingValue(h *ast.Heading, title string) string {
	t := strings.TrimSpace(headingNumber.ReplaceAllString(title, ""))
	token, desc, found := "", "", false
	for _, sep := range []string{"：", ": ", " "} {
		if token, desc, found = strings.Cut(t, sep); found {
			break
		}
	}
	desc = strings.TrimSpace(desc)
	if !found || desc == "" || !isFieldName(token) || !startsLower(token) || typeLike(desc) || fieldPrimitives[strings.ToLower(desc)] {
		return ""
	}
	if !strings.HasPrefix(t[len(token):], "：") && !strings.HasPrefix(t[len(token):], ": ") && !startsUncased(desc) {
		return "" // "Call events": words, no label
	}
	owner := w.ownerOf(h)
	if owner == nil || !isValueTitle(owner.title) && !isValueTitle(owner.text) || isFieldTitle(owner.title) {
		return ""
	}
	return token
}

// headingNumber matches a heading's section number: "2.1.1. ", "3. ".
var headingNumber = regexp.MustCompile(`^(?:\d+\.)+\d*\s+`)

// ownerOf is the section a heading at h's level is in, or nil.
func (w *walker) ownerOf(h *ast.Heading) *section {
	owner := w.section()
	for owner != nil && owner.level >= h.Level {
		if owner.parent < 0 {
			return nil
		}
		owner = &w.sections[owner.parent]
	}
	return owner
}

// declaredValue returns the wire a member heading's declaration gives: a
// reference page generated from TypeScript puts the member's name in a
// heading (### Closed) and its declaration below it, as code (`Closed:
// "closed"`, `Closed = 'closed'`); a member declared with a number
// (`Failed: 1`) is its name. "" when the heading is no such member.
func (w *walker) declaredValue(h *ast.Heading, title string) string {
	p, ok := h.NextSibling().(*ast.Paragraph)
	if !ok {
		return ""
	}
	// As code, or as the text of a signature (TypeDoc: AudioLatency: =
	// "audio-latency").
	text := strings.TrimSpace(plainText(p, w.doc.src))
	if m := numberDeclaration.FindStringSubmatch(text); m != nil && m[1] == title {
		return title // a numeric enum's member (Failed: 1): its name is its value
	}
	m := declaration.FindStringSubmatch(text)
	if m == nil || m[1] != title {
		return ""
	}
	if wire, why := wireValue(m[2], true); why == "" {
		return wire
	}
	return ""
}

// declaration is a member's declaration with a string value: Name: "wire",
// Name = 'wire', Name: = "wire".
var declaration = regexp.MustCompile(`^` + "`?" + `([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*=|[:=])\s*["']([^"']+)["']` + "`?" + `$`)

// numberDeclaration is a member's declaration with a number: Failed: 1,
// Failed = 1.
var numberDeclaration = regexp.MustCompile(`^` + "`?" + `([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*=|[:=])\s*-?[0-9]+` + "`?" + `$`)

// valueTerm takes a term paragraph whose term is a constant (**BUSY** over
// its definition) when the next paragraph is such a term too, or the run
// has begun: the terms are values of the section, as value headings are.
func (w *walker) valueTerm(n ast.Node, term string, line int, desc string) bool {
	v := headingValue(term)
	if len(w.headValues) > 0 && (v == "" || w.headLevel != titleLevel) {
		w.flushHeadingValues()
	}
	if v == "" || len(w.headValues) == 0 && !w.valueTermFollows(n) {
		return false
	}
	w.headLevel = titleLevel
	w.addHeadValue(&spec.Value{Wire: v, Description: desc, Line: line})
	return true
}

// valueTermFollows reports whether the next paragraph starting with a term
// names a value too; a heading in between ends the run.
func (w *walker) valueTermFollows(n ast.Node) bool {
	for sib := n.NextSibling(); sib != nil; sib = sib.NextSibling() {
		switch sib.(type) {
		case *ast.Heading:
			return false
		case *ast.Paragraph:
			lines := w.blockLines(sib)
			if term, _, ok := w.term(sib, lines); ok {
				return headingValue(term) != ""
			}
		}
	}
	return false
}

// lineValueLevel marks a run of values that stand alone on lines of a page
// without headings (see lineValue).
const lineValueLevel = titleLevel + 1

// lineValue takes a one-line paragraph of a page without headings (text
// copied from the web), or of a page under a member heading (## Entries,
// ## Enum Constants), that is one constant, under a title about values:
// SDK reference pages list an enum's members so, each over its
// description ("Constants", then "AnsweredElsewhere", then "Another device
// has answered the call."). Inside such a run, a short line that is no
// value (a site's "Copy URL") is skipped. A list right above the line
// ends the title's reach: the title was the list's. It reports whether it
// took the paragraph.
func (w *walker) lineValue(n ast.Node, text string) bool {
	p, ok := n.(*ast.Paragraph)
	if !ok || w.headed && !memberTitles[strings.ToLower(w.lastHeading)] {
		return false
	}
	if p.Lines().Len() > 1 {
		return w.memberLines(n)
	}
	if m := memberDeclaration.FindStringSubmatch(text); m != nil && w.underValueTitle() {
		text = m[1] // "AgentError = 16": the member, then its number
	}
	if w.underValueTitle() && declaredNext(n, text, w.doc.src) {
		return true // "In" over "In: = "in"": the member's name, its declaration next
	}
	if m := declaration.FindStringSubmatch(text); m != nil && w.underValueTitle() && !w.headed {
		// TypeDoc's member declaration (In: = "in") gives the wire.
		if wire, why := wireValue(m[2], true); why == "" {
			w.lineValueRun()
			w.addHeadValue(&spec.Value{Wire: wire, Line: w.lineOf(n)})
			return true
		}
	}
	// A short line between a value and its description is the site's, as
	// is the value written again (its declaration, under its link).
	undescribed := len(w.headValues) > 0 && w.headLevel == lineValueLevel && w.headValues[len(w.headValues)-1].Description == ""
	if undescribed && text == w.headValues[len(w.headValues)-1].Wire {
		return true
	}
	if strings.ContainsFunc(text, textIsSpace) || !w.underValueTitle() {
		return undescribed && len(strings.Fields(text)) <= 3 && looksLikeTitle(text) && !strings.HasSuffix(text, ".")
	}
	// Inside a run, after a described value, a word in lower case is one
	// too ("inactivity" among user_hangup, call_transfer, ...).
	described := len(w.headValues) > 0 && w.headLevel == lineValueLevel && !undescribed
	if wire, why := wireValue(text, false); why != "" || tokenShape(wire) != shapeConst && !(described && startsLower(wire)) || strings.HasSuffix(text, ":") {
		return false // "Where:" is a label
	}
	if _, list := n.PreviousSibling().(*ast.List); list && len(w.headValues) == 0 {
		w.lastTitle = "" // the title above was the list's: what follows is not under it
		return false
	}
	w.lineValueRun()
	w.addHeadValue(&spec.Value{Wire: text, Line: w.lineOf(n)})
	return true
}

// lineValueRun makes the run of values being read one of values on lines,
// ending a run of another kind first.
func (w *walker) lineValueRun() {
	if len(w.headValues) > 0 && w.headLevel != lineValueLevel {
		w.flushHeadingValues()
	}
	w.headLevel = lineValueLevel
}

// declaredNext reports whether the paragraph after n declares the member
// name with a string value (In, then In: = "in").
func declaredNext(n ast.Node, name string, src []byte) bool {
	p, ok := n.NextSibling().(*ast.Paragraph)
	if !ok {
		return false
	}
	m := declaration.FindStringSubmatch(strings.TrimSpace(plainText(p, src)))
	return m != nil && m[1] == name
}

// memberDeclaration matches a line declaring an enum member and its
// number, as .NET reference pages list them (AgentError = 16).
var memberDeclaration = regexp.MustCompile(`^([A-Za-z_]\w*)\s*=\s*-?\d+$`)

// memberLines takes a paragraph of member declarations, one to a line,
// under a title about values, as values of the run lineValue reads.
func (w *walker) memberLines(n ast.Node) bool {
	lines := w.blockLines(n)
	for _, l := range lines {
		if !memberDeclaration.MatchString(strings.TrimSpace(l.Text)) {
			return false
		}
	}
	if !w.underValueTitle() {
		return false
	}
	if len(w.headValues) > 0 && w.headLevel != lineValueLevel {
		w.flushHeadingValues()
	}
	w.headLevel = lineValueLevel
	for _, l := range lines {
		m := memberDeclaration.FindStringSubmatch(strings.TrimSpace(l.Text))
		w.addHeadValue(&spec.Value{Wire: m[1], Line: l.N})
	}
	return true
}

// underValueTitle reports whether the last title announces values or an
// enum's members (a title around it may name the enum, as
// CallDisconnectReason does, and still hold Methods).
func (w *walker) underValueTitle() bool {
	if w.headed {
		return true // lineValue took only a page under a member heading
	}
	// A label ("Webhooks:") introduces what follows it, whatever it names.
	return isValueTitle(w.lastTitle) || memberTitles[strings.ToLower(w.lastTitle)] || strings.HasSuffix(w.lastTitle, ":") || enumPartTitle(w.lastTitle) ||
		strings.EqualFold(w.lastTitle, "fields") && w.enumPage // a .NET enum's members are its Fields
}

// memberTitles head the members of an enum on reference pages (Dokka
// calls them Entries).
var memberTitles = map[string]bool{"constants": true, "consts": true, "enum constants": true, "members": true, "enum members": true, "enumeration": true, "entries": true}

// A command reference titles each command with its syntax, the choices
// of an argument in brackets with bars between them: `default-codec tch-f
// (fr|efr|amr)`.
var commandSyntax = regexp.MustCompile(`^(\S.*?)\s+\(([^()|\s]+(?:\|[^()|\s]+)+)\)$`)

// commandAlternatives adds the enum, named after the command, of the
// choices a heading of one code span gives its argument.
func (w *walker) commandAlternatives(h *ast.Heading) {
	code, ok := h.FirstChild().(*ast.CodeSpan)
	if !ok || code.NextSibling() != nil {
		return
	}
	m := commandSyntax.FindStringSubmatch(codeText(code, w.doc.src))
	if m == nil {
		return
	}
	name := enumName(m[1])
	if name == "" {
		return
	}
	values := strings.Split(m[2], "|")
	line := w.lineOf(h)
	w.col.addEnum(&spec.Enum{Name: name, Line: line, Values: w.listedValues(values, []Line{{N: line, Text: m[2]}}, name)}, w.cur, true, false)
}

// namesObject reports a description that calls name an object or a map
// ("The call object contains the following properties.").
func namesObject(text, name string) bool {
	words := proseWords(strings.ToLower(text))
	for i := 0; i+1 < len(words); i++ {
		if words[i].text == strings.ToLower(name) && (mapNouns[words[i+1].text] || objectNouns[words[i+1].text]) {
			return true
		}
	}
	return false
}
