package extract

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// item is a list item read as a possible value: "- `busy`: the line was
// busy", "* BUSY - desc", "- **busy** — desc".
type item struct {
	node  *ast.ListItem
	head  ast.Node // the item's first text block; nil if it has none
	line  int
	token string // the leading code span, emphasis, or first word
	code  bool   // token is a code span
	bold  bool   // token is emphasis
	sep   bool   // token is followed by a separator (: - – — =) or nothing
	rest  string // the text after the token and its separator
	// marked is rest with code spans kept in backticks, for finding
	// values listed inline.
	marked string
	// labels: the item may be a label of several words (see wire).
	labels bool
	// titled: token is a label of capitalised words its separator ends
	// (Not Available: ...), read under a title about values.
	titled bool
	// member: the item declares a member and its type (hashCode → int).
	member bool
	// transition: the item leads from one state to another (A → B).
	transition bool
	// field is the field the item gives the value token ("State =
	// *Flowing*: ..."), or "".
	field string
	// numbered: a code numbers the token ("1 => 'Invalid API key'"),
	// which marks it as a value, however many its words.
	numbered bool
}

// itemKind is what an item turns out to be.
type itemKind int

const (
	proseItem   itemKind = iota // a sentence, a label, anything but a value
	weakValue                   // a plain word: a value only under a heading about values
	strongValue                 // a code span, bold lower case, or a constant-like token
	fieldItem                   // a field whose description lists its values inline
)

func (w *walker) readItem(li *ast.ListItem) item {
	it := item{node: li, line: w.lineOf(li), labels: w.section() != nil && isValueTitle(w.section().title) || w.listNoun != ""}
	for c := li.FirstChild(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.List); ok {
			it.labels = false
		}
	}
	head := li.FirstChild()
	switch head.(type) {
	case *ast.Paragraph, *ast.TextBlock:
	default:
		return it
	}
	it.head, it.line = head, w.lineOf(head)
	rest, marked := "", ""
	switch first := w.skipQualifier(head.FirstChild()).(type) {
	case *ast.CodeSpan:
		it.token, it.code = codeText(first, w.doc.src), true
		rest, marked = inlinesText(first.NextSibling(), w.doc.src), markedTerms(first.NextSibling(), w.doc.src)
		if t, desc, ok := strings.Cut(it.token, "—"); ok && t != "" && !strings.ContainsAny(t, " \t") && textStartsUpper(desc) {
			// "`new—The record was created.`": a copy from a PDF set the
			// description in the value's code span.
			it.token, rest, marked = t, "— "+desc+rest, "— "+desc+marked
		}
		if m := bracketedWire.FindStringSubmatch(marked); m != nil && strings.ContainsAny(it.token, " \t") {
			// "`After email create` (`email_create`)": a label, then in
			// brackets the wire it stands for.
			label := it.token
			it.token, rest = m[1], "— "+strings.TrimSpace(label+" "+m[2])
			marked = rest
		}
	case *ast.Emphasis, *ast.Link:
		if lead := leadOf(first, w.doc.src); lead != "" {
			it.token, it.bold = lead, true
			rest, marked = inlinesText(first.NextSibling(), w.doc.src), markedTerms(first.NextSibling(), w.doc.src)
			// "**Busy:** desc": the colon inside the bold is the separator.
			if t, ok := strings.CutSuffix(it.token, ":"); ok {
				it.token, rest, marked = t, ":"+rest, ":"+marked
			}
		}
	}
	if it.token == "" && it.labels && head.Lines().Len() == 1 {
		// Under a title about values, a label of capitalised words: "Not
		// Available: The agent takes no calls."
		if label, desc, ok := valueLineOf(plainText(head, w.doc.src), true); ok && strings.Contains(label, " ") {
			_, markedDesc, _ := valueLineOf(markedText(head, w.doc.src), true)
			it.token, rest, marked, it.titled = label, ": "+desc, ": "+markedDesc, true
		} else if text := plainText(head, w.doc.src); titleLabel(text) {
			it.token, it.titled = text, true // "No Answer", a label alone
		} else if m := abbreviatedLabel.FindStringSubmatch(text); m != nil && titleLabel(m[1]) {
			it.token, rest, marked, it.titled = m[1], m[2], m[2], true // "Do Not Disturb (DND)": the label, its abbreviation an aside
		}
	}
	if it.token == "" && head.Lines().Len() == 1 && (w.fields || w.idlModified(head)) {
		if name, modified := idlDeclaration(plainText(head, w.doc.src)); name != "" && (modified || w.fields) {
			it.token = name // "readonly DOMString direction": the attribute direction
		}
	}
	if it.token == "" {
		it.token, rest = splitToken(plainText(head, w.doc.src))
		_, marked = splitToken(markedText(head, w.doc.src))
		if isQuoted(it.token) {
			it.token, it.code = unquote(it.token), true // - "TIMEOUT": quoted as code is
		}
	}
	if t, ok := head.FirstChild().(*ast.Text); ok && openingQuotes[string(t.Value(w.doc.src))] {
		rest, marked = strings.TrimLeft(rest, closingQuotes), strings.TrimLeft(marked, closingQuotes)
	}
	if t := strings.TrimRight(it.token, ",;"); t != it.token && strings.TrimSpace(rest) == "" {
		it.token = t // "+ unknown(0)," in a list punctuated as a sentence
	}
	it.token = withoutArguments(it.token)
	it.rest, it.sep = cutSeparator(rest)
	it.marked, _ = cutSeparator(marked)
	if code, ok := slashCode(rest); ok && !it.sep && tokenShape(it.token) == shapeConst {
		// "PJSIP_SC_RINGING / 180": a constant, then its code.
		it.rest, it.marked, it.sep = code, code, true
	}
	if statusTags[strings.ToLower(strings.Trim(it.rest, "[]() "))] {
		it.rest, it.marked, it.sep = "", "", true // "nodeCrashed PRO": a badge after the value
	}
	if v, desc, ok := labelledQuote(it.token, rest); ok && !it.code && !it.sep {
		// `action "playback" - play a file`: the field, then its value
		// quoted, then what it does.
		it.field, it.token, it.rest, it.marked, it.code, it.sep = it.token, v, desc, desc, true, true
	}
	if m := keyQuoted.FindStringSubmatch(it.token); m != nil && !it.code {
		// `message="INVALID_UUID" (status = 0) : uid is invalid`: the
		// field, its value quoted, an aside, what the value means.
		desc := strings.TrimSpace(rest)
		aside := ""
		if strings.HasPrefix(desc, "(") {
			if a, after, ok := strings.Cut(desc, ")"); ok {
				aside, desc = a+")", after
			}
		}
		if d, sep := cutSeparator(desc); sep || desc == "" {
			it.field, it.token, it.code, it.sep = m[1], m[2], true, true
			it.rest = strings.TrimSpace(aside + " " + d)
			it.marked = it.rest
		}
	}
	if r := strings.TrimSpace(rest); strings.HasPrefix(r, "=") && !strings.HasPrefix(r, "=>") && !it.code {
		// "State = *Flowing*: Data is arriving": the value a field takes.
		if v, desc, ok := assignedValue(it.rest); ok {
			it.field, it.token, it.rest, it.marked, it.code = it.token, v, desc, desc, true
		}
	}
	if arrow := strings.TrimSpace(rest); strings.HasPrefix(arrow, "→") || strings.HasPrefix(arrow, "->") {
		// Dartdoc lists an enum's constants "initiated → const
		// CometChatCallAction" and a class's members "hashCode → int".
		if t, ok := strings.CutPrefix(it.rest, "const "); ok && isTypeName(t) {
			it.code, it.rest, it.marked = true, "", ""
		} else if typeLike(it.rest) || fieldPrimitives[strings.ToLower(it.rest)] {
			it.member = true
		} else if to := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(arrow, "→"), "->"), " "); to != "" && startsWithLetter(to) {
			// "Pending_Initiator → Initialising (for outgoing calls,
			// ...)": a transition between two states, no value.
			it.transition = true
		}
	}
	if name, desc, ok := codedItem(it.token, it.rest); ok {
		// "`1` - InUse - Related devices are in calls": the code, then
		// the value.
		it.token, it.code, it.rest, it.marked, it.numbered = name, true, desc, desc, true
	}
	if it.code && !it.sep && glossed(it.rest) {
		it.sep = true
	}
	if !it.sep && !it.code && !it.bold && parenGloss(it.rest) {
		it.sep = true // "registered (registered and idle)": a gloss in brackets
	}
	if !it.sep && it.code && asideOnly(it.rest) {
		it.sep = true // "`number` (default)": an aside in brackets, nothing after it
	}
	if (it.code || it.bold) && !it.sep && textStartsUpper(it.rest) && w.termLine(head, it.token) {
		// "**`connected`**" over "Triggered when ...": a term on a line
		// of its own, its description below it.
		it.sep = true
	}
	if !it.sep && !it.code && !it.bold && strings.ContainsAny(it.token, "-_") && tokenShape(it.token) == shapeConst && textStartsUpper(it.rest) {
		// "conference-start The conference has started": a compound name,
		// then its sentence, the separator lost in a copy.
		it.sep = true
	}
	if wire, ok := sdkValue(it.rest); ok {
		it.token, it.code, it.rest, it.marked, it.sep = wire, true, "", "", true
	}
	return it
}

// parenGloss reports whether text is a gloss in brackets, alone or
// followed by a separator and a description: "(registered and idle)",
// "(架電中) → 架電リクエストを...".
func parenGloss(text string) bool {
	r, ok := strings.CutPrefix(strings.TrimSpace(text), "(")
	if !ok {
		return false
	}
	inner, after, ok := strings.Cut(r, ")")
	if !ok || strings.Contains(inner, "(") {
		return false
	}
	_, sep := cutSeparator(after)
	return sep
}

// asideOnly reports text that is one aside in brackets and nothing else,
// not a type ("(default)", "(you know... when not false)"; "(string)" is
// a field's type, "(value: `'busy'`)" an SDK's wire).
func asideOnly(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "(") || !strings.HasSuffix(t, ")") {
		return false
	}
	inner := strings.TrimSpace(t[1 : len(t)-1])
	return !strings.ContainsAny(inner, "():`") && !fieldPrimitives[strings.ToLower(inner)] && !typeLike(inner)
}

// withoutArguments is a constant written with its arguments,
// "ABANDON(position|origposition|waittime)", without them: an event of a
// log format and the fields it carries. Only capitals count: a method
// (enumerateDevices(callback)) is no value; but a name of any case with a
// number in brackets, unknown(0), is the name and its code.
func withoutArguments(token string) string {
	name, args, ok := strings.Cut(token, "(")
	coded := ok && isNumber(strings.TrimSuffix(args, ")")) && startsWithLetter(name) && !strings.ContainsFunc(name, notWordRune) // unknown(0): a name and its number
	if !ok || !strings.HasSuffix(args, ")") || name == "" || strings.ToUpper(name) != name && !coded || !strings.ContainsFunc(name, unicode.IsLetter) {
		return token
	}
	if _, why := wireValue(name, false); why != "" {
		return token
	}
	return name
}

// notWordRune reports a rune no identifier holds.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' }

// codedItem reads the text after an item's number as a name and its
// description ("InUse - Related devices are in calls"): the name is one
// word, letters and & only, capitalised; or as a quoted message alone
// ("'Invalid API key'").
func codedItem(token, rest string) (name, desc string, ok bool) {
	if !isNumber(strings.TrimPrefix(token, "-")) {
		return "", "", false
	}
	if r := strings.TrimSpace(rest); isQuoted(r) {
		return unquote(r), "", true // "1 => 'Invalid API key'": a message and its code
	}
	name, desc, ok = strings.Cut(rest, " - ")
	if !ok || name == "" || !textUpperByte(name[0]) || strings.ContainsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) && r != '&' }) {
		return "", "", false
	}
	return name, strings.TrimSpace(desc), true
}

// sdkValue reads the wire of an SDK enum page's item, whose constant name
// comes first: "* `NO_ANSWER` (value: `'noAnswer'`)" is noAnswer.
func sdkValue(rest string) (string, bool) {
	inner, ok := strings.CutPrefix(rest, "(value:")
	if !ok {
		return "", false
	}
	inner, ok = strings.CutSuffix(inner, ")")
	if !ok {
		return "", false
	}
	wire, why := wireValue(unquote(strings.TrimSpace(inner)), true)
	return wire, why == ""
}

// skipQualifier skips the qualifier written before a name in bold or code
// (CallState.**DIALING**, VoIP.`CallState`): the name is the value.
func (w *walker) skipQualifier(first ast.Node) ast.Node {
	t, ok := first.(*ast.Text)
	if !ok || first.NextSibling() == nil {
		return first
	}
	q := string(t.Value(w.doc.src))
	if openingQuotes[q] {
		// «`FAIL`» - ..., "**`press['action']`**" - ...: the value quoted
		// around its code.
		switch next := first.NextSibling().(type) {
		case *ast.CodeSpan, *ast.Emphasis:
			return next
		}
		return first
	}
	if !strings.HasSuffix(q, ".") || strings.ContainsAny(q, " \t") || len(q) < 2 {
		return first
	}
	switch next := first.NextSibling().(type) {
	case *ast.CodeSpan:
		return next
	case *ast.Emphasis:
		if next.Level == 2 {
			return next
		}
	}
	return first
}

// openingQuotes open a quotation around an item's value.
var openingQuotes = map[string]bool{"«": true, `"`: true, "“": true, "„": true, "'": true}

// closingQuotes end one, left at the start of the text after the value.
const closingQuotes = `»"”“'`

// splitToken splits plain item text after its first word; a colon or a
// dash ends the word too ("BUSY: desc", "Type—ROUTABLE, CUSTOM").
func splitToken(s string) (token, rest string) {
	i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ':' || r == '—' || r == '–' })
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// separators go between a value and its description.
var separators = []string{"->", "→", ":", "：", "—", "–", "-", "=>", "="}

// cutSeparator removes the separator the text starts with. It reports
// whether there was one, or no text at all (a bare value).
func cutSeparator(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", true
	}
	for _, sep := range separators {
		if after, ok := strings.CutPrefix(s, sep); ok {
			return strings.TrimSpace(after), true
		}
	}
	return s, false
}

// headerItems reports a list whose every item names an HTTP header
// (Content-Type, X-Hub-Signature) before its description.
func headerItems(items []item) bool {
	for _, it := range items {
		if !isHTTPHeader(it.token) || it.rest == "" {
			return false
		}
	}
	return len(items) > 0
}

// labelledQuote reads an item that a word in lower case starts, a field's
// name, then a value in double quotes and a separator: `action "playback"
// - play a file`. It returns the value and the text after the separator.
func labelledQuote(token, rest string) (value, desc string, ok bool) {
	if !isLetters(token) || !startsLower(token) || !strings.HasPrefix(strings.TrimSpace(rest), `"`) {
		return "", "", false
	}
	v, after, found := strings.Cut(strings.TrimSpace(rest)[1:], `"`)
	if !found {
		return "", "", false
	}
	if _, why := wireValue(v, true); why != "" || strings.Contains(v, " ") {
		return "", "", false
	}
	desc, sep := cutSeparator(after)
	return v, desc, sep && desc != ""
}

// abbreviatedLabel matches a label and its abbreviation in brackets: "Do
// Not Disturb (DND)".
var abbreviatedLabel = regexp.MustCompile(`^(.+?)\s+(\([A-Z]{2,6}\))$`)

// bracketedWire matches the text after a label in code that gives the
// label's wire in code in brackets, and what follows: " (`email_create`)".
var bracketedWire = regexp.MustCompile("^\\s*\\(`([^`\\s]+)`\\)(.*)$")

// keyQuoted matches a field set to a quoted value, no spaces around its
// equals sign: message="INVALID_UUID".
var keyQuoted = regexp.MustCompile(`^([a-z][A-Za-z0-9_]*)=["']([^"'\s]+)["']$`)

// slashCode reads the text after an item's constant that is a slash and
// a code alone: "/ 180", or another constant, "/ PJSIP_SC_REQUEST_TIMEOUT".
func slashCode(rest string) (string, bool) {
	code, ok := strings.CutPrefix(strings.TrimSpace(rest), "/ ")
	code = strings.TrimSpace(code)
	return code, ok && code != "" && !strings.ContainsAny(code, " \t") && (isNumber(code) || tokenShape(code) == shapeConst)
}

// numberedLabels reports items that number points or steps (T0, T1, T2;
// Step1, Step2): one prefix, numbers counting up by one, three at least.
// They label a diagram or a sequence; they are no values.
func numberedLabels(items []item) bool {
	if len(items) < 3 {
		return false
	}
	prefix, next := "", -1
	for _, it := range items {
		i := strings.IndexFunc(it.token, unicode.IsDigit)
		if i <= 0 {
			return false
		}
		n, err := strconv.Atoi(it.token[i:])
		if err != nil || next >= 0 && (it.token[:i] != prefix || n != next) {
			return false
		}
		prefix, next = it.token[:i], n+1
	}
	return true
}

// typeSuffixes end the names of an SDK's classes, not values.
var typeSuffixes = []string{"Dto", "DTO", "Model", "Object", "Request", "Response", "Entity", "Schema"}

// typeNames reports a list whose every item is a class's name
// (TranscriptMessageDto, ToolCallMessageDto): the types a field may hold.
func typeNames(items []item) bool {
	for _, it := range items {
		typed := false
		for _, suffix := range typeSuffixes {
			typed = typed || strings.HasSuffix(it.token, suffix) && len(it.token) > len(suffix) && textUpperByte(it.token[0])
		}
		if !typed {
			return false
		}
	}
	return len(items) > 0
}

// typedItems reports a list, two items at least, whose every item gives
// its token a type and nothing more, an aside in brackets perhaps
// ("`uuid`: string", "`hasVideo`: boolean (optional, iOS only)"): a
// function's parameters, fields.
func typedItems(items []item) bool {
	for _, it := range items {
		if !typedItem(it) {
			return false
		}
	}
	return len(items) >= 2
}

// typedItem reports an item that gives its token a type and nothing more,
// an aside in brackets perhaps ("`hasVideo`: boolean (optional)").
func typedItem(it item) bool {
	typ, aside, _ := strings.Cut(strings.TrimSpace(it.rest), " ")
	return it.sep && fieldPrimitives[strings.ToLower(typ)] && (aside == "" || strings.HasPrefix(aside, "(") && strings.HasSuffix(aside, ")"))
}

// memberItems reports a list whose every item is described as a function
// or method ("`closeMediaStream`: function to close the given media
// stream"): a module's members, no values.
func memberItems(items []item) bool {
	for _, it := range items {
		if w := strings.ToLower(firstWord(it.rest)); w != "function" && w != "method" && w != "functions" && w != "methods" {
			return false
		}
	}
	return len(items) > 0
}

// booleanItems reports a list of true and false: a boolean explained
// value by value ("`true` if the objects are equal"), not an enum.
func booleanItems(items []item) bool {
	tokens := make([]string, len(items))
	for i, it := range items {
		tokens[i] = it.token
	}
	return booleans(tokens)
}

// glossed reports whether an item's text after its token starts a gloss
// of the token as a value ("`answered` if the call was answered", "`busy`
// when the line is busy"): for a code span, such a word separates as a
// colon does.
func glossed(rest string) bool {
	return valueGlossWords[firstWord(rest)]
}

// wire reads the item's token as a value. Under a heading about values
// (Call Release Reasons), a bold label of a few capitalised words before a
// separator ("1. **Downstream BYE**: when the originator hangs up") may be
// a value of several words, as a code span may: the bold marks where it
// ends. Elsewhere such labels name fields ("**Caller ID**: the number
// shown"); a label over a nested list heads a group of items.
func (it item) wire() (string, string) {
	if it.numbered {
		return labelWire(it.token)
	}
	if it.bold && it.sep && it.rest != "" && strings.Count(it.token, " ") >= maxWords && headlineWords(strings.Fields(it.token)) {
		// "**Agent With Least Talk Time:** Rings ...": a name in title
		// case, its words capitalised but for little ones (Agent with
		// Least Talk Time), runs longer than a value written with spaces.
		return wireWithin(it.token, true, maxBoldTitleWords, "")
	}
	return wireValue(it.token, it.code || it.titled || it.labels && it.bold && it.sep && it.rest != "" && isLabel(it.token))
}

// headlineWords reports words in title case: each capitalised, but for
// the little words a headline keeps in lower case between the first and
// the last (with, of, by, ...).
func headlineWords(words []string) bool {
	for i, w := range words {
		if w == "" || !textUpperByte(w[0]) && (i == 0 || i == len(words)-1 || !headlineLittleWords[w]) {
			return false
		}
	}
	return true
}

// headlineLittleWords stay in lower case inside a title.
var headlineLittleWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "with": true,
	"by": true, "to": true, "in": true, "on": true, "for": true, "at": true, "from": true,
}

// maxBoldTitleWords bounds a bold name in title case.
const maxBoldTitleWords = 6

// kind classifies an item by the shape of its token.
func (it item) kind() itemKind {
	if it.token == "" || it.member || it.transition {
		return proseItem
	}
	if _, why := it.wire(); why != "" {
		return proseItem
	}
	strong := it.code || tokenShape(it.token) == shapeConst || it.bold && startsLower(strings.TrimPrefix(it.token, "*"))
	if values, ok := inlineValues(it.marked); ok && len(values) > 0 && (strong || it.sep) {
		return fieldItem
	}
	if _, ok := compoundList(it.marked); ok && it.sep {
		return fieldItem // "Terminal: sale, not_interested, do_not_call."
	}
	if _, ok := bareSlashList(it.marked); ok && it.sep && isFieldName(it.token) {
		return fieldItem // "direction: Incoming/Outgoing"
	}
	if _, ok := meaningValues(it.marked); ok && it.sep && it.code {
		return fieldItem // "`direction`: “in” means inbound while “out” means outbound"
	}
	if _, ok := bareConstants(it.marked); ok && it.sep && isFieldName(it.token) && startsLower(it.token) {
		return fieldItem // "disposition: What happened to the call: ANSWERED, NO ANSWER, BUSY (string)"
	}
	switch {
	case !it.sep:
		return proseItem
	case strong:
		return strongValue
	}
	return weakValue
}

// termLine reports a paragraph of two lines or more whose first line is
// token alone, in its code or bold markup.
func (w *walker) termLine(head ast.Node, token string) bool {
	lines := head.Lines()
	if lines.Len() < 2 {
		return false
	}
	first := lines.At(0)
	return strings.Trim(strings.TrimSpace(string(first.Value(w.doc.src))), "*_`:") == token
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// list extracts a list: a value list becomes an enum, items that list a
// field's values inline become enums named after the field, and any other
// list is prose whose nested lists are offered again.
func (w *walker) list(l *ast.List) {
	if isReferenceTitle(w.lastHeading) || linksOnly(l) || w.referenceLabelAbove(l) {
		return // "See also": links to other pages
	}
	var items []item
	var kinds []itemKind
	fields := 0
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		if li, ok := c.(*ast.ListItem); ok {
			it := w.readItem(li)
			items = append(items, it)
			kinds = append(kinds, it.kind())
			if kinds[len(kinds)-1] == fieldItem {
				fields++
			}
		}
	}
	nested := w.nestedValueLists(items)
	labels, codes := w.keyedCodes(items)
	switch {
	case headerItems(items):
		// "X-XCOM-AccessKey — the access key": a request's headers,
		// named as a table of them names them; no values.
		for _, it := range items {
			w.proseItem(it)
		}
	case labels != nil:
		w.keyedCodeList(items, labels, codes)
	case isSublist(l) && assignments(items):
		w.assignmentList(items)
	case w.eventItems(items):
		w.eventList(items, kinds, nested)
	case w.describedFields(items) || w.signatureSection() && mentionsParams(w.lead):
		w.fieldList(items, kinds, nested) // "Supported options:" under Account.call(uri, options={}): its parameters
	case len(nested) > 0 && w.flagItems(items, kinds, nested):
		// "The available flags are:" over **\*resources**, its
		// auxiliary flags nested below it: values, each with its own.
		w.valueList(items, kinds)
		for i, it := range items {
			for c := it.node.FirstChild(); c != nil; c = c.NextSibling() {
				if l, ok := c.(*ast.List); ok && (nested[i] == l || w.strongList(l) || w.tokenList(l)) {
					w.nestedEnum(it, l)
				} else if ok {
					w.list(l)
				}
			}
		}
	case len(nested) > 0 || w.fields && !leadsValues(w.lead) || w.announced || fields > 0 || namesFields(items, kinds) && !leadsValues(w.lead) || w.exampleKeyItems(items) || typedItems(items):
		w.fieldList(items, kinds, nested)
	case w.isValueList(kinds) && !booleanItems(items) && !numberedLabels(items) && !typeNames(items) && !memberItems(items):
		w.valueList(items, kinds)
	case (leadsValues(w.lead) || isMenuLead(w.lead)) && w.phraseItems(items):
		w.phraseList(items)
	case w.groupedLabels(items) != nil:
		w.groupedLabelList(items)
	default:
		for _, it := range items {
			w.proseItem(it)
		}
	}
}

// referenceLabelAbove reports a list right below a paragraph whose last
// line is only a reference label (**See**, "See also:"): the list names
// other pages.
func (w *walker) referenceLabelAbove(l *ast.List) bool {
	p, ok := l.PreviousSibling().(*ast.Paragraph)
	if !ok || p.Lines().Len() == 0 {
		return false
	}
	last := p.Lines().At(p.Lines().Len() - 1)
	return isReferenceTitle(strings.Trim(string(last.Value(w.doc.src)), "*_: \t"))
}

// referenceTitles head the sections that point elsewhere.
var referenceTitles = map[string]bool{
	"see": true, "see also": true, "references": true, "related": true, "related links": true,
	"related topics": true, "further reading": true, "external links": true,
	"learn more": true, "next steps": true,
	// An API reference's indexes list its types and pages, whose links
	// HTML pages lose when read as text.
	"classes": true, "class index": true, "file index": true, "interfaces": true,
	"modules": true, "namespaces": true, "contents": true, "table of contents": true,
}

func isReferenceTitle(title string) bool {
	return referenceTitles[strings.ToLower(strings.TrimSpace(strings.TrimRight(title, ":")))]
}

// linksOnly reports a list whose every item is one link in plain text and
// nothing else: a list of pages ("- [getConnectionState]()") or a table
// of contents, not of values. Links written as code ("-
// [`started`](#started)") list the values the sections they point to
// describe.
func linksOnly(l *ast.List) bool {
	n := 0
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		head := c.FirstChild()
		if head == nil {
			return false
		}
		if sub, ok := head.NextSibling().(*ast.List); ok && sub.NextSibling() == nil && linksOnly(sub) {
			// a table of contents: its sections' links nested under a part's
		} else if head.NextSibling() != nil {
			return false
		}
		first := head.FirstChild()
		if em, ok := first.(*ast.Emphasis); ok && em.NextSibling() == nil {
			first = em.FirstChild() // *[_global_](_global_.html)*: a link set apart
		}
		link, ok := first.(*ast.Link)
		if !ok || link.NextSibling() != nil {
			return false
		}
		if _, code := link.FirstChild().(*ast.CodeSpan); code {
			return false
		}
		n++
	}
	return n > 0
}

// assignments reports a list that gives fields their values, one event's
// payload in a list nested under each event's item (shown here without
// the bullets):
//
//	channel_destroy
//	    hook_event: channel_destroy
//	    hangup_cause: SIP Hangup Cause
//
// In a list nested in an item, every item is a field name written plain in
// lower case and a separator, and one at least then a value (or several,
// comma-separated) rather than a description: "hook_event: channel_destroy".
func assignments(items []item) bool { return assignmentsOf(items, 2) }

// assignmentsOf is assignments with at least min items.
func assignmentsOf(items []item, min int) bool {
	n := 0
	for _, it := range items {
		if _, ok := assignedValues(it); ok {
			n++
		} else if !it.sep || it.code || it.bold || !isFieldName(it.token) || !startsLower(it.token) {
			return false
		}
	}
	return len(items) >= min && n >= 1
}

// isSublist reports a list nested in a list item.
func isSublist(l *ast.List) bool {
	_, ok := l.Parent().(*ast.ListItem)
	return ok
}

// assignedValues returns the values an item assigns its field, when it is
// "field: value[, value...]".
func assignedValues(it item) ([]string, bool) {
	if !it.sep || it.rest == "" || it.code || it.bold || !isFieldName(it.token) || !startsLower(it.token) {
		return nil, false // a field name is written plain, in lower case (hook_event)
	}
	if it.rest == it.token {
		return nil, false // busy: busy
	}
	var values []string
	for _, part := range strings.Split(it.rest, ",") {
		v, why := wireValue(part, false)
		if why != "" || strings.Contains(v, " ") || tokenShape(v) != shapeConst && !startsLower(v) {
			return nil, false
		}
		values = append(values, v)
	}
	return values, true
}

// assignmentList adds each assigned value to the enum of its field; the
// lists of other events add theirs to the same enums. Items that are not
// assignments may still list values in their text.
func (w *walker) assignmentList(items []item) {
	w.busy()
	for _, it := range items {
		values, ok := assignedValues(it)
		if !ok {
			if values, ok = definitionValues(it.marked); !ok {
				continue
			}
		}
		e := &spec.Enum{Name: fieldEnumName(it.token), Line: it.line}
		e.Values = w.listedValues(values, w.blockLines(it.head), e.Name)
		w.col.addEnum(e, w.cur, false, true)
	}
}

// fieldSuffixes end the names of data fields, and no status or cause:
// call_sid, caller_id, FirstName, StartTimestamp, recording_url.
var fieldSuffixes = map[string]bool{
	"id": true, "sid": true, "uuid": true, "guid": true, "url": true, "uri": true,
	"name": true, "number": true, "timestamp": true, "time": true, "date": true,
	"ip": true, "count": true, "duration": true, "arn": true, "key": true,
	"token": true, "email": true, "address": true, "seconds": true,
}

// docFields are the field names of docstrings (Sphinx, docutils, Javadoc
// tags): a list of them describes a function, it lists no values.
var docFields = map[string]bool{
	"param": true, "parameter": true, "arg": true, "argument": true, "keyword": true,
	"raises": true, "raise": true, "except": true, "exception": true,
	"ivar": true, "cvar": true, "vartype": true, "returns": true, "return": true,
	"rtype": true, "default": true, "throws": true, "since": true, "deprecated": true,
}

// docTags are the tags JSDoc and Javadoc pages set in bold before a
// member's facts (**Kind**: instance method, **See**: Playback): a run of
// them describes the member, it lists no values.
var docTags = map[string]bool{
	"kind": true, "see": true, "note": true, "returns": true, "example": true,
	"throws": true, "emits": true, "since": true, "access": true, "category": true,
	"default": true, "deprecated": true, "author": true, "version": true, "todo": true,
	"extends": true, "implements": true, "fires": true, "properties": true, "params": true,
	"summary": true, "read only": true, "type": true,
}

// allDocTags reports terms that are all documentation tags (docTags).
func allDocTags(terms []string) bool {
	for _, t := range terms {
		if !docTags[strings.ToLower(t)] {
			return false
		}
	}
	return len(terms) > 0
}

// isDataField reports a field name ending like a field of data (call_sid,
// StartTimestamp), which holds no enum.
func isDataField(name string) bool {
	words := naming.Words(name)
	return len(words) > 1 && fieldSuffixes[strings.ToLower(words[len(words)-1])]
}

// namesFields reports a list whose items are data fields rather than
// values: at least a third of its would-be values end in a field suffix or
// are docstring fields (:param x:, :default:, :rtype:), or more than half
// when they are written in capitals (UNALLOCATED_NUMBER is a constant).
func namesFields(items []item, kinds []itemKind) bool {
	values, fields, constants := 0, 0, 0
	for i, it := range items {
		if kinds[i] != strongValue && kinds[i] != weakValue {
			continue
		}
		values++
		if strings.Count(it.token, "-") >= 2 && !strings.Contains(it.token, "_") || strings.Contains(it.token, " ") {
			continue // exceeded-max-duration, "Invalid API key": a phrase names a value (request-id may be a field)
		}
		words := naming.Words(it.token)
		switch {
		case len(words) == 0 || !fieldSuffixes[strings.ToLower(words[len(words)-1])] && !docFields[strings.ToLower(words[0])]:
		case strings.ToUpper(it.token) == it.token:
			constants++ // UNALLOCATED_NUMBER: a constant, more likely a value
		default:
			fields++
		}
	}
	return values > 0 && (fields*3 >= values || (fields+constants)*2 > values)
}

// exampleKeyItems reports a list half of whose tokens, three items at
// least, or all of two, are keys of the page's JSON examples ("uuid":,
// "call_time":): the fields of the payload the example shows; a list
// nested under an item so is no value list of its.
func (w *walker) exampleKeyItems(items []item) bool {
	if len(items) < 2 {
		return false
	}
	keys := w.doc.jsonKeys()
	n := 0
	for _, it := range items {
		if keys[it.token] {
			n++
		}
	}
	return n*2 >= len(items) && (len(items) >= 3 || n == len(items))
}

// isValueList decides whether a list lists values: most items must be
// values, at least one strongly so unless the heading is about values, and
// a lone item must be a strong value.
func (w *walker) isValueList(kinds []itemKind) bool {
	strong, weak := 0, 0
	for _, k := range kinds {
		switch k {
		case strongValue:
			strong++
		case weakValue:
			weak++
		}
	}
	values := strong + weak
	valueTitle := w.section() != nil && isValueTitle(w.section().title) || w.listNoun != "" || strings.HasSuffix(w.lead, ":") && leadsValues(w.lead)
	switch {
	case values*2 <= len(kinds):
		return false
	case strong == 0 && !valueTitle:
		return false
	case values == 1:
		// A list of one value is one only where values are expected: "-
		// HTTP: Basic Auth" under Authentication names a setting.
		return len(kinds) == 1 && strong == 1 && (valueTitle || w.intro != "" || isValueTitle(w.lead))
	}
	return true
}

// phraseItems reports a list of short phrases, one of several words at
// least, each a whole item with nothing nested: values of several words
// listed after a line saying values follow ("Possible values are:" over
// "1. Outbound call initiated"). Below a menu's lead (see menuLead) an
// item's first line is its phrase.
func (w *walker) phraseItems(items []item) bool {
	_, menu := menuLead(w.lead)
	multi := false
	for _, it := range items {
		text, _ := w.phraseText(it, menu)
		wire, _, ok := phraseItem(text, menu)
		if it.head == nil || it.head.NextSibling() != nil || !ok {
			return false
		}
		multi = multi || strings.Contains(wire, " ")
	}
	return multi && len(items) >= 2
}

// phraseText returns the phrase of an item and, below a menu's lead, the
// text its first line has below it, which a copy may have run on from
// the next row of a table ("Session Call Answered" over "URLEnter the
// URL ...").
func (w *walker) phraseText(it item, menu bool) (phrase, rest string) {
	if !menu || it.head == nil {
		return strings.TrimSpace(w.itemText(it)), ""
	}
	lines := w.blockLines(it.head)
	var below []string
	for _, l := range lines[1:] {
		below = append(below, strings.TrimSpace(l.Text))
	}
	return strings.TrimSpace(lines[0].Text), strings.Join(below, " ")
}

// phraseItem reads an item that is a phrase of a few words, no
// punctuation. Below a menu's lead a phrase may run to maxPhraseWords,
// as a menu shows it, a comma or a closing full stop among them (The
// caller is connected to an agent.); a long aside in brackets after it
// is its description (Blind Transfer (when the caller is transferred
// without ...)), a short one part of it (The caller exits the queue
// (timeout)).
func phraseItem(text string, menu bool) (wire, desc string, ok bool) {
	if !menu {
		_, why := wireValue(text, true)
		return text, "", why == "" && !strings.ContainsAny(text, ".:;!?,")
	}
	wire = labelWireOf(text)
	if wire != text {
		desc = strings.TrimSpace(text[len(wire):])
	}
	if strings.ContainsAny(strings.TrimSuffix(wire, "."), ".:;!?") {
		return "", "", false
	}
	if _, why := wireWithin(wire, true, maxPhraseWords, ",()."); why != "" {
		return "", "", false
	}
	return wire, desc, true
}

// maxPhraseWords bounds a phrase a menu's option names: "The caller
// exits the queue (no agent is connected)".
const maxPhraseWords = 10

// menuLead reports a lead that announces the options of a menu or a
// list of choices, a plural noun of values just before its colon ("a
// drop-down menu appears with the following options:") or in the
// sentence of an "as follows:" ("The below-mentioned triggers ... are
// generated ..., which are as follows:"). It returns that noun.
func menuLead(lead string) (string, bool) {
	if !strings.HasSuffix(strings.TrimSpace(lead), ":") {
		return "", false // the common case, without a copy
	}
	words := strings.Fields(strings.ToLower(strings.TrimSpace(lead)))
	n := len(words)
	switch {
	case n < 2 || !strings.HasSuffix(words[n-1], ":"):
		return "", false
	case words[n-2] == "following":
		noun := strings.TrimSuffix(words[n-1], ":")
		return noun, countedNouns[noun]
	case words[n-2] == "as" && words[n-1] == "follows:":
		for _, w := range words[:n-2] {
			if noun := strings.Trim(w, ",."); countedNouns[noun] {
				return noun, true
			}
		}
	}
	return "", false
}

// isMenuLead reports whether lead is a menu's (see menuLead).
func isMenuLead(lead string) bool {
	_, ok := menuLead(lead)
	return ok
}

// phraseList makes an enum of phrases each a whole item, named after the
// noun of the line leading it ("Triggered whenever a call's status
// changes. Possible values are:") or else after the section. Text a
// menu's option has below its line is reported.
func (w *walker) phraseList(items []item) {
	w.busy()
	noun, menu := menuLead(w.lead)
	e := &spec.Enum{Name: enumName(leadName(w.lead)), Line: items[0].line}
	if e.Name == "" && noun != "" && noun != "options" && noun != "values" {
		e.Name = enumName(singular(noun)) // "The below-mentioned triggers ... are as follows:"
	}
	if e.Name == "" {
		if e = w.newEnum(items[0].line, ""); e == nil {
			return
		}
	}
	for _, it := range items {
		text, rest := w.phraseText(it, menu)
		wire, desc, _ := phraseItem(text, menu)
		if rest != "" {
			w.col.diags.Warnf(w.col.pos(it.line+1), "text below option %q is no part of it; check where it belongs: %s", wire, textQuote(clip(rest)))
		}
		e.Values = append(e.Values, &spec.Value{Wire: wire, Description: desc, Line: it.line})
	}
	w.col.addEnum(e, w.cur, true, false)
}

// groupedLabels returns, for items that each name a group of values and
// the values in brackets after it and nothing else ("Inbound Calls
// (Answered, Missed)"), two items at least, the values of each; nil for
// any other list.
func (w *walker) groupedLabels(items []item) [][]string {
	if len(items) < 2 {
		return nil
	}
	groups := make([][]string, 0, len(items))
	for _, it := range items {
		if it.head == nil || it.head.NextSibling() != nil {
			return nil
		}
		text := strings.TrimSpace(w.itemText(it))
		open := strings.Index(text, " (")
		if open <= 0 || !strings.HasSuffix(text, ")") || !titleLabel(text[:open]) {
			return nil
		}
		var values []string
		for _, part := range strings.Split(text[open+2:len(text)-1], ",") {
			part = strings.TrimSpace(part)
			if _, why := wireValue(part, true); why != "" || len(strings.Fields(part)) > maxBracketLabelWords || !textStartsUpper(part) && tokenShape(part) != shapeConst {
				return nil
			}
			values = append(values, part)
		}
		if len(values) < 2 {
			return nil
		}
		groups = append(groups, values)
	}
	return groups
}

// maxBracketLabelWords bounds a value written as a label in brackets.
const maxBracketLabelWords = 3

// groupedLabelList makes one enum of the values the groups of items list,
// named after the section: the groups split one set of values (statuses
// by kind of call), each value described by its group.
func (w *walker) groupedLabelList(items []item) {
	w.busy()
	e := w.newEnum(items[0].line, leadName(w.lead))
	if e == nil {
		return
	}
	for i, values := range w.groupedLabels(items) {
		text := strings.TrimSpace(w.itemText(items[i]))
		group := text[:strings.Index(text, " (")]
		for _, v := range values {
			e.Values = append(e.Values, &spec.Value{Wire: v, Description: group, Line: items[i].line})
		}
	}
	w.col.addEnum(e, w.cur, true, true)
}

// commonField is the field every item assigns its value to, or "".
func commonField(items []item) string {
	f := ""
	for _, it := range items {
		if it.field == "" || f != "" && it.field != f {
			return ""
		}
		f = it.field
	}
	return f
}

// assignedValue reads the value after a field's "=" and its description:
// "*Flowing*: Data is arriving" is Flowing.
func assignedValue(rest string) (value, desc string, ok bool) {
	for _, sep := range []string{": ", " - ", " – ", " — "} {
		v, d, found := strings.Cut(rest, sep)
		if !found {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), "*_`\"'")
		if _, why := wireValue(v, false); why != "" || strings.Contains(v, " ") {
			return "", "", false
		}
		return v, strings.TrimSpace(d), true
	}
	return "", "", false
}

// itemLabel is the enum name a list item that labels the items after it
// gives ("Default agent status names:"), or "".
func itemLabel(text string) string {
	label, ok := strings.CutSuffix(strings.TrimSpace(text), ":")
	if !ok || strings.ContainsAny(label, ".:") {
		return ""
	}
	return enumName(label)
}

// valueList makes an enum, named after the section, of a value list, or
// after the field the paragraph introducing it names in code.
func (w *walker) valueList(items []item, kinds []itemKind) {
	w.namedValueList(items, kinds, "")
}

// namedValueList is valueList, the enum named name unless it is "".
func (w *walker) namedValueList(items []item, kinds []itemKind, name string) {
	w.busy()
	var e *spec.Enum
	if s := w.section(); name != "" {
		e = &spec.Enum{Name: name, Line: items[0].line}
	} else if w.intro != "" {
		e = &spec.Enum{Name: fieldEnumName(w.intro), Line: items[0].line} // "... a `disposition`. The values can be:"
	} else if w.listTitle != "" {
		e = &spec.Enum{Name: w.listTitle, Line: items[0].line} // "Results for calls" over the list: a lost heading
	} else if w.listNoun != "" && (s == nil || !isValueTitle(s.title) || labelLead(w.lead) && s.title != strings.TrimSpace(w.lead)) {
		e = &spec.Enum{Name: w.listNoun, Line: items[0].line} // "... will have a call state ..." over the list
	} else if e = w.newEnum(items[0].line, ""); e == nil {
		return
	}
	if f := fieldEnumName(commonField(items)); f != "" && !strings.HasSuffix(e.Name, f) {
		// "- State = *Flowing*: ..." for each value: the State of the
		// section's event (MediaFlowInStateChangeState), not every State.
		e.Name += f
	}
	for i, it := range items {
		if kinds[i] != strongValue && kinds[i] != weakValue {
			if sub := w.nestedListOf(it); sub != nil && itemLabel(w.itemText(it)) != "" && introducesNested(w.itemText(it)) {
				// "- List status call:" over "+ unknown(0)", ...: a label
				// among the values over a list of its own.
				label := it
				label.token, label.rest = itemLabel(w.itemText(it)), w.itemText(it)
				defer w.nestedEnum(label, sub)
				continue
			}
			if name := itemLabel(w.itemText(it)); name != "" && i+1 < len(items) {
				// "- Default agent status actions:" over the items after
				// it, at their level: a list of its own.
				w.col.addEnum(e, w.cur, true, false)
				e = &spec.Enum{Name: name, Line: it.line}
				continue
			}
			if labels, desc, ok := labelListItem(w.itemText(it)); ok {
				for _, l := range labels {
					e.Values = append(e.Values, &spec.Value{Wire: l, Description: desc, Line: it.line})
				}
				continue // "- Lunch, Break, and Web – all count as Offline": values sharing a description
			}
			w.col.diags.Warnf(w.col.pos(it.line), "list item %q does not look like a value; skipped", clip(w.itemText(it)))
			continue
		}
		wire, _ := it.wire()
		desc := joinText(append([]string{it.rest}, w.continuation(it)...))
		e.Values = append(e.Values, &spec.Value{Wire: wire, Description: desc, Line: it.line})
	}
	w.col.addEnum(e, w.cur, true, false)
	for _, it := range items {
		w.nestedAssignments(it)
	}
}

// labelLead reports a lead that is a short label naming values ("Reason
// codes:"): it names the list below it, whatever the section.
func labelLead(lead string) bool {
	label, ok := strings.CutSuffix(strings.TrimSpace(lead), ":")
	return ok && len(strings.Fields(label)) <= 3 && looksLikeTitle(label) && isValueTitle(label)
}

// An object's events are listed under a line that says so ("Events
// emitted:"), each a name in code or bold, then what it means, which may
// list the values of what the event reports ("Possible state values are:
// ...", or a list nested under it).

// eventItems reports such a list: the line above it names events and ends
// in a colon, and most items are marked names with a separator.
func (w *walker) eventItems(items []item) bool {
	if !strings.HasSuffix(w.lead, ":") || !eventNouns[leadName(w.lead)] || w.announced {
		return false
	}
	n := 0
	for _, it := range items {
		if _, why := it.wire(); why == "" && (it.code || it.bold) && it.sep {
			n++
		}
	}
	return n*2 > len(items)
}

// flagItems reports a list the line above announces as values ("The
// available flags are:"), no fields, whose every item is a strong value
// or a marked one: an item with a value list nested below it written as
// it is (*resources over *authorize, *allocate) is still one of them,
// where a field's values are written otherwise (`event` over `Error`).
func (w *walker) flagItems(items []item, kinds []itemKind, nested map[int]*ast.List) bool {
	if !leadsValues(w.lead) || w.announced || w.fields {
		return false
	}
	for i, l := range nested {
		li, ok := l.FirstChild().(*ast.ListItem)
		if !ok || !sameStart(w.readItem(li).token, items[i].token) {
			return false
		}
	}
	for i, k := range kinds {
		if k != strongValue && !(k == weakValue && (items[i].bold || items[i].code)) {
			return false
		}
	}
	return len(items) >= 2
}

// sameStart reports tokens that start alike: with the same mark (*), or
// with letters of the same case.
func sameStart(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if !textLetterByte(a[0]) || !textLetterByte(b[0]) {
		return a[0] == b[0]
	}
	return textUpperByte(a[0]) == textUpperByte(b[0])
}

// eventNouns name a list of events.
var eventNouns = map[string]bool{"events": true, "event": true}

// eventList reads a list of events: an enum of them named after the
// object its heading names (AccountEvent), and the values each event's
// text lists, as a field's.
func (w *walker) eventList(items []item, kinds []itemKind, nested map[int]*ast.List) {
	values := make([]itemKind, len(kinds))
	for i, k := range kinds {
		values[i] = k
		if k == fieldItem {
			values[i] = strongValue // an event whose text lists values
		}
	}
	owner := w.ownerTitle()
	name := enumName(owner + " " + leadName(w.lead))
	if isValueTitle(owner) {
		name = enumName(owner) // "Incoming calls events": the heading names them
	}
	w.namedValueList(items, values, name)
	// The values an event reports are its object's: ConnectionStateChanged
	// and CallStateChanged list different states.
	named := make([]item, len(items))
	for i, it := range items {
		named[i] = it
		if owner != "" {
			named[i].token = owner + " " + it.token
		}
	}
	w.fieldList(named, kinds, nested)
}

// nestedAssignments reads the lists nested under a value that give fields
// their values (the payload of the event the value names).
func (w *walker) nestedAssignments(it item) {
	for c := it.node.FirstChild(); c != nil; c = c.NextSibling() {
		l, ok := c.(*ast.List)
		if !ok {
			continue
		}
		if sub := w.listItems(l); assignmentsOf(sub, 1) { // under a value, one field may be all the payload lists
			w.assignmentList(sub)
		}
	}
}

// fieldList reads a list of fields. An item that lists its values inline
// ("- `direction`: one of `inbound`, `outbound`") or in a list nested under
// it ("* `ChannelStateDesc`" over "* `Down`", "* `Up`") gives an enum
// named after the field. The list's other items are fields without values.
func (w *walker) fieldList(items []item, kinds []itemKind, nested map[int]*ast.List) {
	assigned := map[string]int{} // the fields items assign a token to
	for _, it := range items {
		if values, ok := assignedValues(it); ok && len(values) == 1 {
			assigned[it.token]++
		}
	}
	for i, it := range items {
		if isNumber(it.token) || articles[strings.ToLower(it.token)] {
			w.proseItem(it) // "- 403" over text: a response code, no field; "- The `uuid` used for ...": a sentence
			continue
		}
		if l := nested[i]; l != nil {
			w.nestedEnum(it, l)
			continue
		}
		if sub, field := w.labelledNested(it); sub != nil {
			// "press['action']" over `action "playback" - ...` items:
			// the values of the field they name.
			kinds := make([]itemKind, len(sub))
			for k, s := range sub {
				kinds[k] = s.kind()
			}
			w.namedValueList(sub, kinds, fieldEnumName(field))
			continue
		}
		if props := w.propertyItems(it); props != nil {
			w.propertyValues(it, props)
			continue
		}
		values, ok := fieldTextValues(it.marked)
		if v, assigns := assignedValues(it); !ok && assigns && (len(v) >= minAssignedList || assigned[it.token] > 1) {
			// "hook_event: channel_create" in one item, "hook_event:
			// doc" in another: the field's values, as "type: user,
			// vmbox, callflow, account" lists them.
			values, ok = v, true
		}
		if !ok {
			w.linedValues(it)
			w.subFields(it)
			continue
		}
		e := &spec.Enum{Name: fieldEnumName(it.token), Line: it.line}
		e.Values = w.listedValues(values, w.blockLines(it.head), e.Name)
		w.col.addOwnedEnum(e, w.cur, w.ownerTitle(), func(old *spec.Enum) bool { return w.col.disjoint(old, e.Values) }, false)
	}
}

// A reference of options describes each option in a list nested under
// its item, a property an item, each a label and its colon:
//
//	* `mode`: this option determines how the phone answers calls.
//	  * Type: ***text enumeration***.
//	  * Possible values: `none`, `answer_delay`, `answer_instant`.
//	  * Default value: `answer_instant`.
//
// The item names a field, whatever its token looks like, and its values
// are the ones its values property lists.

// propertyLabels are the labels of such properties, valueProperties
// among them.
var propertyLabels = func() map[string]bool {
	labels := map[string]bool{
		"type": true, "default": true, "default value": true, "ui": true, "range": true,
		"unit": true, "units": true, "example": true, "format": true, "required": true, "since": true,
	}
	for l := range valueProperties {
		labels[l] = true
	}
	return labels
}()

// propertyItems returns the items of the property list nested under it,
// two properties at least; nil when it has none.
func (w *walker) propertyItems(it item) []item {
	for c := it.node.FirstChild(); c != nil; c = c.NextSibling() {
		l, ok := c.(*ast.List)
		if !ok {
			continue
		}
		if !w.mayDescribe(l) {
			return nil // the common case, decided without reading the items
		}
		props := w.listItems(l)
		labelled, valued := 0, false
		for _, p := range props {
			if label, _, ok := strings.Cut(w.itemText(p), ":"); ok && propertyLabels[strings.ToLower(strings.TrimSpace(label))] {
				labelled++
				valued = valued || valueProperties[strings.ToLower(strings.TrimSpace(label))]
			}
		}
		if labelled >= 2 || valued {
			return props
		}
		return nil
	}
	return nil
}

// mayDescribe reports whether an item of l may be a property: its first
// line starts with a property's label and a colon.
func (w *walker) mayDescribe(l *ast.List) bool {
	for li := l.FirstChild(); li != nil; li = li.NextSibling() {
		p := li.FirstChild()
		if p == nil || p.Lines().Len() == 0 {
			continue
		}
		first := p.Lines().At(0)
		label, _, ok := bytes.Cut(first.Value(w.doc.src), []byte(":"))
		if ok && propertyLabels[strings.ToLower(strings.Trim(string(label), " *_`"))] {
			return true
		}
	}
	return false
}

// describedFields reports a list most of whose items describe their
// field property by property, or hold a section of such fields (a
// section's item over its options; one level down only, so the lists of
// a page are read a bounded number of times).
func (w *walker) describedFields(items []item) bool {
	return w.describedItems(items, true)
}

func (w *walker) describedItems(items []item, sections bool) bool {
	n := 0
	for _, it := range items {
		if w.propertyItems(it) != nil || sections && w.describedSection(it) {
			n++
		}
	}
	return n > 0 && n*2 >= len(items)
}

// describedSection reports an item over a list of fields described
// property by property.
func (w *walker) describedSection(it item) bool {
	for c := it.node.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			return w.mayDescribeBelow(l) && w.describedItems(w.listItems(l), false)
		}
	}
	return false
}

// mayDescribeBelow reports whether an item of l has a list nested below
// it that may describe a field (see mayDescribe).
func (w *walker) mayDescribeBelow(l *ast.List) bool {
	for li := l.FirstChild(); li != nil; li = li.NextSibling() {
		for c := li.FirstChild(); c != nil; c = c.NextSibling() {
			if sub, ok := c.(*ast.List); ok && w.mayDescribe(sub) {
				return true
			}
		}
	}
	return false
}

// propertyValues adds the enum, named after the field's item, of the
// values its values property lists.
func (w *walker) propertyValues(field item, props []item) {
	for _, p := range props {
		label, _, _ := strings.Cut(w.itemText(p), ":")
		if !valueProperties[strings.ToLower(strings.TrimSpace(label))] {
			continue
		}
		_, listed, _ := strings.Cut(p.marked, ":") // the marked text, code spans kept, after the label
		if values, ok := fieldTextValues("Possible values:" + listed); ok {
			e := &spec.Enum{Name: fieldEnumName(field.token), Line: p.line}
			e.Values = w.listedValues(values, w.blockLines(p.head), e.Name)
			w.col.addEnum(e, w.cur, false, false)
			continue
		}
		for c := p.node.FirstChild(); c != nil; c = c.NextSibling() {
			if l, ok := c.(*ast.List); ok {
				w.nestedEnum(field, l) // "Possible values:" over `ringing`: ..., `answer`: ...
				break
			}
		}
	}
}

// valueProperties are the property labels that list the values.
var valueProperties = map[string]bool{"possible values": true, "values": true, "allowed values": true, "valid values": true, "accepted values": true}

// describedList reports a list that describes fields property by
// property (see propertyItems): no list of values.
func (w *walker) describedList(l *ast.List) bool {
	return w.describedItems(w.listItems(l), false)
}

// listItems reads the items of l.
func (w *walker) listItems(l *ast.List) []item {
	var items []item
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		if li, ok := c.(*ast.ListItem); ok {
			items = append(items, w.readItem(li))
		}
	}
	return items
}

// minAssignedList is the tokens a field item's text must list, and
// nothing else, to list the field's values: fewer plain words may be
// prose ("type: audio, video").
const minAssignedList = 4

// subFields reads the lists nested under a field that lists no values of
// its own as the object's fields ("`options` - JS object ... the
// following properties:" over "`kind` - "audioinput" or "audiooutput""):
// the values their text lists, never the items themselves.
func (w *walker) subFields(it item) {
	for c := it.node.FirstChild(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			fields := w.fields
			w.fields = true
			w.list(l)
			w.fields = fields
		}
	}
}

// fieldTextValues reads the values a field's description lists: in
// prose (definitionValues), at its end with slashes or bars between them,
// as quoted alternatives ("for example "ongoing" or "success""), as
// nothing but constants (ANSWERED, NO ANSWER, BUSY), as a list run into
// one line ("Call status: - created - started"), as constants with
// slashes between them ending it ("Status: COMPLETED/FAILED"), or as
// nothing but a comma list of compound tokens. Lists, text tables
// and term definitions of fields all read their fields' text so.
func fieldTextValues(text string) ([]string, bool) {
	for _, read := range []func(string) ([]string, bool){definitionValues, trailingAlternatives, quotedAlternatives, bareConstants, dashedItems, slashList, compoundList, bareSlashList} {
		if values, ok := read(text); ok && booleans(values) {
			return nil, false // "*true* or *false*": a boolean field
		} else if ok {
			return values, true
		}
	}
	return nil, false
}

// linedValues reads a field item whose text ends its first line with a
// colon over lines of values and their descriptions ("**Dump Level**:
// Level of capturing ...:" over "**Capture nothing** - Nothing is
// captured."): an enum named after the field.
func (w *walker) linedValues(it item) {
	if it.head == nil {
		return
	}
	lines := w.blockLines(it.head)
	if len(lines) < 1+minDefinitions || !strings.HasSuffix(strings.TrimSpace(lines[0].Text), ":") {
		return
	}
	runs, _, ok := parseValueLines(lines[1:], true)
	if !ok {
		return
	}
	e := &spec.Enum{Name: fieldEnumName(it.token), Line: it.line}
	for _, r := range runs {
		for _, d := range r.defs {
			e.Values = append(e.Values, &spec.Value{Wire: d.term, Description: strings.Join(d.desc, " "), Line: d.line})
		}
	}
	w.col.addEnum(e, w.cur, false, false)
}

// compoundList reads a text that is nothing but a comma list of three
// tokens or more, two of them compound at least (sale, not_interested,
// do_not_call, wrong_number.): no conjunction needed, since words of prose
// are not so written.
func compoundList(text string) ([]string, bool) {
	l := proseList(text, 0)
	if !l.ok(3, false) || strings.TrimRight(text[l.end:], ". ") != "" {
		return nil, false
	}
	n := compoundItems(l.items)
	return l.items, n >= 2 || n*2 > len(l.items)
}

// slashList reads a description ending in values with slashes between
// them (slashValues), when they are constants: "Status: COMPLETED/FAILED".
// Words with slashes between them (date/time) are prose.
func slashList(text string) ([]string, bool) {
	values := slashValues(text)
	for _, v := range values {
		if tokenShape(v) != shapeConst {
			return nil, false
		}
	}
	return values, len(values) >= 2
}

// bareSlashList reads a text that is nothing but tokens with slashes
// between them, no space (Incoming/Outgoing, H320/H323/SIP): the values
// of the field it describes. Two capitalised tokens at least, or three
// (and/or, date/time are words of prose).
func bareSlashList(text string) ([]string, bool) {
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	if strings.ContainsAny(t, " \t") || !strings.Contains(t, "/") {
		return nil, false
	}
	values := strings.Split(t, "/")
	upper := 0
	for _, v := range values {
		if _, why := wireValue(v, false); why != "" || !textLetterByte(v[0]) {
			return nil, false
		}
		if textUpperByte(v[0]) {
			upper++
		}
	}
	return values, distinct(values) == len(values) && (upper == len(values) || len(values) >= 3)
}

// labelListItem reads an item of a value list that names several values
// sharing one description: "Lunch, Break, Meeting, and Web – these all
// count as Offline". Before a dash or colon, capitalised labels of up to
// three words, commas and a last "and" or "or" between them, two at least.
func labelListItem(text string) (labels []string, desc string, ok bool) {
	head, desc, found := "", "", false
	for _, sep := range []string{" – ", " — ", " - ", ": "} {
		if head, desc, found = strings.Cut(text, sep); found {
			break
		}
	}
	if !found {
		return nil, "", false
	}
	labels, _, ok = splitLabels(head)
	for _, l := range labels {
		if !titleCaseWords(strings.Fields(l)) {
			return nil, "", false // every word capitalised: Go Online, not Go online
		}
	}
	return labels, strings.TrimSpace(desc), ok
}

// idlDeclaration reads an attribute declared as pages generated from Web
// IDL list them: "readonly DOMString direction", "DOMString[] features
// [nullable]", "unsigned long duration". It returns the attribute's name,
// and whether a modifier (readonly) marks the line as a declaration.
func idlDeclaration(text string) (name string, modified bool) {
	words := strings.Fields(unescapeBrackets.Replace(text))
	for len(words) > 0 && strings.HasPrefix(words[len(words)-1], "[") && strings.HasSuffix(words[len(words)-1], "]") {
		words = words[:len(words)-1] // [nullable], [optional]
	}
	for len(words) > 0 && idlModifiers[words[0]] {
		words, modified = words[1:], true
	}
	if len(words) > 0 && words[0] == "unsigned" {
		words = words[1:] // unsigned long
	}
	if len(words) != 2 || !idlType(words[0]) || !isFieldName(words[1]) || !startsLower(words[1]) {
		return "", false
	}
	return words[1], modified
}

// idlType reports a Web IDL type: a capitalised name (DOMString,
// RemoteParty) or a primitive, perhaps an array of them (DOMString[]).
func idlType(t string) bool {
	t = strings.TrimSuffix(strings.TrimSuffix(t, "?"), "[]")
	if idlPrimitives[t] {
		return true
	}
	if t == "" || !textUpperByte(t[0]) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !textAlnumByte(t[i]) {
			return false
		}
	}
	return true
}

// idlPrimitives are Web IDL's types in lower case.
var idlPrimitives = map[string]bool{
	"long": true, "short": true, "boolean": true, "double": true, "float": true,
	"octet": true, "byte": true, "any": true, "object": true,
}

// idlModified reports an item's head whose line starts with a modifier
// of Web IDL (readonly DOMString direction), read without a copy.
func (w *walker) idlModified(head ast.Node) bool {
	seg := head.Lines().At(0)
	word, _, _ := bytes.Cut(bytes.TrimSpace(seg.Value(w.doc.src)), []byte(" "))
	return idlModifiers[string(word)]
}

// idlModifiers are the words before an attribute's type in Web IDL.
var idlModifiers = map[string]bool{"readonly": true, "attribute": true, "static": true, "const": true}

// dashedItems reads a description that is a list whose bullets a copy ran
// into one line, after a label perhaps: "Call status: - created - started
// - ringing", "- stringee_call". Every item is one token; an item with a
// description ("- busy - the line is busy") makes it no such list.
func dashedItems(text string) ([]string, bool) {
	text = strings.TrimSpace(text)
	if _, after, ok := strings.Cut(text, ": - "); ok {
		text = "- " + after
	}
	rest, ok := strings.CutPrefix(text, "- ")
	if !ok {
		return nil, false
	}
	var values []string
	for _, p := range strings.Split(rest, " - ") {
		wire, why := wireValue(strings.TrimSuffix(strings.TrimSpace(p), "."), false)
		if why != "" {
			return nil, false
		}
		values = append(values, wire)
	}
	return values, true
}

// dashedConstants reads a cell that lists constants, each followed by a
// dash and its description, the items run together by a copy that lost
// their line breaks: "ESTABLISHED - Connection is establishedFAILED - Error
// while connecting DISCONNECTED - Connection is lost". An item starts at
// each constant right before " - ", glued to the word before it or not;
// the text starts with one, and there are two at least.
func dashedConstants(text string) (wires, descs []string, ok bool) {
	text = strings.TrimSpace(text)
	ends := []int{} // where each item's description starts
	for from := 0; ; {
		i := strings.Index(text[from:], " - ")
		if i < 0 {
			break
		}
		i += from
		start := i
		for start > 0 && isConstantByte(text[start-1]) {
			start--
		}
		for start < i && !(text[start] >= 'A' && text[start] <= 'Z') {
			start++ // "486BUSY": a constant starts with a letter
		}
		if len(wires) == 0 && start != 0 {
			return nil, nil, false // the cell starts with something else
		}
		if i-start >= 2 && (start == 0 || !isConstantByte(text[start-1])) {
			if len(wires) > 0 {
				descs = append(descs, strings.TrimSpace(text[ends[len(ends)-1]:start]))
			}
			wires, ends = append(wires, text[start:i]), append(ends, i+len(" - "))
		}
		from = i + len(" - ")
	}
	if len(wires) < 2 {
		return nil, nil, false
	}
	return wires, append(descs, strings.TrimSpace(text[ends[len(ends)-1]:])), true
}

// dashedWords returns the values a description lists as lower-case
// words, each followed by a dash and a capitalised description, the
// items run together ("ok - Der Request wurde korrekt gestellt error - Der
// Request wurde falsch gestellt"): the text starts with one, and there
// are two at least, all distinct; nil otherwise.
func dashedWords(text string) []string {
	text = strings.TrimSpace(text)
	ms := dashedWord.FindAllStringSubmatchIndex(text, -1)
	if len(ms) < 2 || ms[0][0] != 0 {
		return nil
	}
	values := make([]string, len(ms))
	for i, m := range ms {
		values[i] = text[m[2]:m[3]]
	}
	if distinct(values) < len(values) {
		return nil
	}
	return values
}

// dashedWord matches a lower-case word, a dash and a capital.
var dashedWord = regexp.MustCompile(`(?:^|\s)([a-z][a-z0-9_]*) [-–] \p{Lu}`)

// isConstantByte reports a byte a constant is written with: a capital, a
// digit or an underscore.
func isConstantByte(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}

// bareConstants reads a field's description that is nothing but a list of
// constants ("${CDR(disposition)} ANSWERED, NO ANSWER, BUSY"; "OUTBOUND
// or INBOUND"), commas or "or" between them, perhaps ending in "etc": two
// at least, each written in capitals (a description of words is a
// sentence, not a list); after a label and its colon, a type in brackets
// after them. A table's description cell is read so too.
func bareConstants(text string) ([]string, bool) {
	text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	if open := strings.LastIndex(text, " ("); open > 0 && strings.HasSuffix(text, ")") && fieldPrimitives[strings.ToLower(text[open+2:len(text)-1])] {
		text = text[:open] // "ANSWERED, NO ANSWER, BUSY (string)": the field's type
	}
	if i := strings.LastIndex(text, ": "); i > 0 {
		if values, ok := constantList(text[i+2:]); ok {
			return values, true // "What happened to the call: ANSWERED, NO ANSWER, BUSY"
		}
	}
	return constantList(text)
}

// constantList reads text that is nothing but constants, commas or "or"
// between them (see bareConstants).
func constantList(text string) ([]string, bool) {
	text = strings.ReplaceAll(strings.ReplaceAll(text, ", or ", ","), " or ", ",") // OUTBOUND or INBOUND
	parts := strings.Split(text, ",")
	if len(parts) < 2 {
		return nil, false
	}
	last := strings.TrimSpace(parts[len(parts)-1])
	parts[len(parts)-1], _ = strings.CutSuffix(last, " etc") // listedValues warns that the list is cut short
	values := make([]string, 0, len(parts))
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || strings.ToUpper(p) != p || !strings.ContainsFunc(p, unicode.IsLetter) || len(strings.Fields(p)) > maxWords {
			return nil, false
		}
		if _, why := wireValue(p, true); why != "" {
			return nil, false
		}
		values = append(values, p)
	}
	return values, true
}

// nestedValueLists finds the items that name a field and hold the list of
// its values: the item is a token alone, or a token whose text introduces
// the list (ends with a colon, speaks of an enum or values) or describes a
// field under a field heading, and the list under it is a list of values,
// each a code span or a constant-like token.
func (w *walker) nestedValueLists(items []item) map[int]*ast.List {
	var out map[int]*ast.List
	plain := plainFields(items)
	for i, it := range items {
		// A marked token whose text introduces values or speaks of them
		// ("`AMDSTATUS` - This is the status of ...") names a field; one
		// that describes an event ("CallerAnswered: triggered when ...")
		// is a value whose list is its payload. In a list of plain fields
		// ("name : nom de l'évènement"), any field but an object may.
		marked := it.code || it.bold || tokenShape(it.token) == shapeConst
		field := it.rest == "" || marked && (w.fields || introducesValues(it.rest) || isValueTitle(it.rest) || keyLabel(it) || typedItem(it)) || plain && !marked && !objectText(it.rest)
		if it.head == nil || it.token == "" || !field && !(marked && w.valuesLeadNested(it)) {
			continue // "- Ended by the caller:" groups values, it names no field
		}
		if _, why := it.wire(); why != "" {
			continue
		}
		for c := it.head.NextSibling(); c != nil; c = c.NextSibling() {
			// A list the text above it announces as attributes lists fields.
			if l, ok := c.(*ast.List); ok && !w.announcesFields(c.PreviousSibling()) && (w.strongList(l) || (introducesNested(it.rest) || plain && !marked) && w.tokenList(l) || introducesNested(it.rest) && w.boldLabelList(l)) && !w.describedList(l) && !w.exampleKeyItems(w.listItems(l)) {
				if out == nil {
					out = map[int]*ast.List{}
				}
				out[i] = l
				break
			}
		}
	}
	return out
}

// labelledNested returns the list nested in an item whose items each name
// one field and a value for it (`action "playback" - ...`), and that
// field; nil when there is none.
func (w *walker) labelledNested(it item) ([]item, string) {
	if it.head == nil {
		return nil, ""
	}
	for c := it.head.NextSibling(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			if !w.labelledFirst(l) {
				return nil, "" // the common case, its items not read twice
			}
			items := w.listItems(l)
			if f := commonField(items); len(items) >= 2 && f != "" {
				return items, f
			}
			return nil, ""
		}
	}
	return nil, ""
}

// labelledFirst reports a list whose first item starts with a word in
// lower case and a double quote, as `action "playback"` does.
func (w *walker) labelledFirst(l *ast.List) bool {
	li := l.FirstChild()
	if li == nil || li.FirstChild() == nil || li.FirstChild().Lines().Len() == 0 {
		return false
	}
	seg := li.FirstChild().Lines().At(0)
	word, rest, ok := strings.Cut(string(seg.Value(w.doc.src)), " ")
	return ok && isLetters(word) && startsLower(word) && strings.HasPrefix(rest, `"`)
}

// valuesLeadNested reports an item whose list is introduced by a
// paragraph of its own saying values follow ("Possible values:"): the
// item names a field, whatever its description says.
func (w *walker) valuesLeadNested(it item) bool {
	for c := it.head.NextSibling(); c != nil; c = c.NextSibling() {
		if _, ok := c.(*ast.List); ok {
			p, ok := c.PreviousSibling().(*ast.Paragraph)
			return ok && p != it.head && leadsValues(strings.TrimSpace(plainText(p, w.doc.src)))
		}
	}
	return false
}

// plainFields reports a list whose every item is a field name written
// plain, a separator and its description: "name : nom de l'évènement",
// "date : date de l'évènement".
func plainFields(items []item) bool {
	for _, it := range items {
		if it.code || it.bold || !it.sep || it.rest == "" || !isFieldName(it.token) {
			return false
		}
	}
	return len(items) > 0
}

// objectText reports a field's description that says it holds an object,
// whose nested list gives its fields, not its values.
func objectText(text string) bool {
	for _, w := range proseWords(text) {
		if mapNouns[w.text] || objectNouns[w.text] {
			return true
		}
	}
	return strings.HasSuffix(strings.TrimSpace(text), ":") && !introducesNested(text)
}

// objectNouns name a field holding other fields, in the languages of
// mapNouns' pages.
var objectNouns = map[string]bool{"objet": true, "objeto": true, "array": true, "struct": true, "structure": true, "record": true, "fields": true, "properties": true, "attributes": true, "champs": true}

// leadsValues reports a line ending in a colon that says values follow
// ("For Sales Dialer, possible values are:"): under a heading of fields,
// the list after it still lists values.
func leadsValues(lead string) bool {
	if lead == "" {
		return false
	}
	firsts, _ := proseTriggerEnds(lead, proseWords(lead))
	return len(firsts) > 0
}

// introducesValues reports text that announces the list below it: it
// ends with a colon or says it is an enum or lists values ("CallState is
// an Enum with four attributes.").
func introducesValues(text string) bool {
	if strings.HasSuffix(text, ":") {
		return true
	}
	for _, w := range proseWords(text) {
		switch w.text {
		case "enum", "enumeration", "values", "one", "following":
			return true
		}
	}
	return false
}

// strongList reports whether l lists values: two strong values at least,
// and every other item a sentence without code ("an arbitrary name
// describing the status", which says the list is open), one in three at
// most.
func (w *walker) strongList(l *ast.List) bool {
	var items []item
	others := 0
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		li, ok := c.(*ast.ListItem)
		if !ok {
			continue
		}
		it := w.readItem(li)
		if it.kind() != strongValue {
			// "`-2` - The extension was removed": a code without a name; a
			// code span no value can be (`In%Use`) is reported by nestedEnum.
			_, bad := it.wire()
			coded := isNumber(strings.TrimPrefix(it.token, "-")) || it.code && bad != ""
			if !coded && (it.code || it.token != "" && !strings.Contains(w.itemText(it), " ")) {
				return false
			}
			others++
			continue
		}
		items = append(items, it)
	}
	return len(items) >= 2 && others*3 <= len(items)+others && !assignments(items) // "hook_event: channel_create" gives a field its value
}

// keyLabel reports an item that names a payload's key (bf_calltype,
// hangupCause, in lower case) in code or bold, then a short label, a title
// in any language ("Arama Tipi"): a field, whose values a list below it
// gives.
func keyLabel(it item) bool {
	words := strings.Fields(it.rest)
	return (it.code || it.bold) && isFieldName(it.token) && textLowerByte(it.token[0]) &&
		len(words) > 0 && len(words) <= 4 && !strings.ContainsAny(it.rest, ".,;")
}

// introducesNested reports an item's text that ends by introducing values
// ("... Possible states:"): the list nested below it lists them, written
// plain or not.
func introducesNested(rest string) bool {
	rest = strings.TrimSpace(rest)
	if !strings.HasSuffix(rest, ":") {
		return false
	}
	if i := strings.LastIndex(rest, ". "); i >= 0 {
		rest = rest[i+2:]
	}
	return isValueTitle(strings.TrimSuffix(rest, ":")) || leadsValues(rest)
}

// boldLabelList reports a list whose every item, two at least, is a bold
// label and its description ("**Not Held**: Choose this if ..."): the
// values an item's text announces ("Choose the status from the list:").
func (w *walker) boldLabelList(l *ast.List) bool {
	items := w.listItems(l)
	for _, it := range items {
		it.labels = true // "**Not Held**": a label of a few words is a value here
		if k := it.kind(); !it.bold || !it.sep || k != weakValue && k != strongValue {
			return false
		}
	}
	return len(items) >= 2
}

// tokenList reports a list whose every item, two at least, is a value
// token, alone or before a separator ("registering: registration is in
// progress", "registered").
func (w *walker) tokenList(l *ast.List) bool {
	n := 0
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		if li, ok := c.(*ast.ListItem); ok {
			if !tokenItem(w.readItem(li)) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// tokenItem reports an item that starts with a token, alone, before a
// separator or before an aside in brackets ("`INFO` (default)");
// nestedEnum reports one that is no value. A field's qualifier before its
// description ("`to` (optional): Destination ...") is no such aside.
func tokenItem(it item) bool {
	return it.token != "" && !strings.Contains(it.token, " ") && (it.sep || it.rest == "" || bracketAside(it.rest))
}

// bracketAside reports text that is only an aside in brackets, perhaps
// with words after it, but no separator a description follows.
func bracketAside(text string) bool {
	rest, ok := strings.CutPrefix(text, "(")
	if !ok {
		return false
	}
	inner, after, ok := strings.Cut(rest, ")")
	if !ok || inner == "" {
		return false
	}
	after = strings.TrimSpace(after)
	return !strings.HasPrefix(after, ":") && !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "–")
}

// nestedEnum makes the enum, named after a field item, of the value list
// nested under it.
func (w *walker) nestedEnum(field item, l *ast.List) {
	e := &spec.Enum{Name: naming.Ident(field.token), Line: field.line, Description: field.rest}
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		li, ok := c.(*ast.ListItem)
		if !ok {
			continue
		}
		it := w.readItem(li)
		announced := introducesNested(field.rest)
		it.labels = it.labels || announced && it.bold // "Choose the status:" over "**Not Held**: ..."
		wire, why := it.wire()
		plainField := !field.code && !field.bold && tokenShape(field.token) != shapeConst && field.rest != ""
		if it.kind() != strongValue && !((announced || plainField) && tokenItem(it)) && !(announced && it.bold && it.kind() == weakValue) || why != "" {
			w.col.diags.Warnf(w.col.pos(it.line), "list item %q under %s is no value; skipped", clip(w.itemText(it)), e.Name)
			continue
		}
		desc := joinText(append([]string{it.rest}, w.continuation(it)...))
		e.Values = append(e.Values, &spec.Value{Wire: wire, Description: desc, Line: it.line})
		if sub := w.nestedStrongList(it); sub != nil {
			// "1. `conference`" over its events: a kind of value whose
			// own values are listed below it, named after both (the
			// events and the errors of a conference differ).
			kind := it
			kind.token = e.Name + " " + it.token
			defer w.nestedEnum(kind, sub)
		}
	}
	if typ, _, _ := strings.Cut(field.rest, " "); stringType(typ) {
		w.col.numeric[e] = true // "CALL_FAILED_CODE: string — ...": its codes are strings
	}
	w.col.addEnum(e, w.cur, false, false)
}

// nestedListOf is the list nested under an item, or nil.
func (w *walker) nestedListOf(it item) *ast.List {
	if it.head == nil {
		return nil
	}
	for c := it.head.NextSibling(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok {
			return l
		}
	}
	return nil
}

// nestedStrongList is the value list nested under an item, or nil.
func (w *walker) nestedStrongList(it item) *ast.List {
	if it.head == nil {
		return nil
	}
	for c := it.head.NextSibling(); c != nil; c = c.NextSibling() {
		if l, ok := c.(*ast.List); ok && w.strongList(l) {
			return l
		}
	}
	return nil
}

// proseItem reads an item of a list that lists no values: its text may
// still state a count or list values inline, and its nested lists may be
// value lists ("- Final statuses:" followed by the statuses).
func (w *walker) proseItem(it item) {
	term := "" // an item declaring a field ("• CallType string") names the values its text lists
	if it.head != nil {
		term, _ = fieldDeclaration(plainText(it.head, w.doc.src))
	}
	for c := it.node.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			lines := w.blockLines(c)
			if w.optionEnums(lines) {
				continue // the item's text ran on into a field's options (a page copied as text)
			}
			w.statedCounts(plainText(c, w.doc.src), lines)
			if w.format == Auto {
				w.inlineEnum(markedText(c, w.doc.src), lines, term)
			}
		case *ast.List:
			// "SIPStatus has the following attributes:" above a nested list
			// announces fields; "The statuses are as follows:" values.
			announced, lead, noun := w.announced, w.lead, w.listNoun
			w.announced, w.lead, w.listNoun = w.announcesFields(c.PreviousSibling()), w.leadOf(c.PreviousSibling()), w.listNounOf(c.PreviousSibling())
			w.list(c)
			w.announced, w.lead, w.listNoun = announced, lead, noun
		default:
			w.block(c)
		}
	}
}

// continuation returns the texts of an item after its first block: further
// paragraphs and nested lists, flattened. A list nested under a value
// describes that value (cases, examples, notes); it never adds values.
func (w *walker) continuation(it item) []string {
	var parts []string
	for c := it.node.FirstChild(); c != nil; c = c.NextSibling() {
		if c == it.head {
			continue
		}
		_ = ast.Walk(c, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			switch n.(type) {
			case *ast.Paragraph, *ast.TextBlock:
				if entering {
					parts = append(parts, plainText(n, w.doc.src))
				}
				return ast.WalkSkipChildren, nil
			case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
				return ast.WalkSkipChildren, nil
			}
			return ast.WalkContinue, nil
		})
	}
	return parts
}

// joinText joins description parts, with "; " after a part that does not
// end a sentence itself.
func joinText(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			if strings.ContainsAny(b.String()[b.Len()-1:], ".;:!?") {
				b.WriteString(" ")
			} else {
				b.WriteString("; ")
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

func (w *walker) itemText(it item) string {
	if it.head == nil {
		return ""
	}
	return plainText(it.head, w.doc.src)
}

// clip shortens text quoted in a warning.
func clip(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}
