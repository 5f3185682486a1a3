package extract

// Enum values and value counts given in prose.
//
// API-model pages often list a field's values inside its description:
// "The event type, value can be one of the following: answer, bridgeComplete,
// ..., transferDisconnect." or "Reason the call failed - hangup, busy, ...,
// error, or unknown." inlineValues finds such lists; statedCount finds the
// number of values a page says exist, so the extractor can check it.
//
// Precision matters as much as recall: a wrong list becomes a wrong enum. A
// list is only taken
//
//   - after a trigger phrase (one of, can be, possible/allowed/valid values,
//     enum, either), with at least two items, or
//   - without one, when it has the strong shape of a value list: it starts
//     the text or follows a colon or a spaced dash, has at least three
//     items joined by commas (or "|") with a final "or"/"and", or at least
//     two items all written as code or quoted, and is not introduced as an
//     example ("e.g.", "such as", "for example"), or
//   - after a trigger, or a colon after a value noun, capitalised labels
//     of up to three words, three at least, commas and a conjunction
//     between them, ending the sentence ("The agent states are:
//     Available, Not available, Paused and Offline."), or
//   - in a Japanese or Chinese sentence, two values or more quoted in
//     corner brackets (「発信成功」「不在着信」), a value noun in the sentence, or
//   - after a value noun and "e.g.", when every item is a compound code in
//     lower case ("the error code eg. error_no_credit, error_rate_limit,
//     etc."), or in brackets right after the noun three capitalised words
//     ("user status (e.g. Available, Away, Busy)", named UserStatus); or
//     after "ie", words in lower case ending in "etc" ("roles ..., ie
//     monitor, coach, etc"): a field's values, cut short, or
//   - items in code joined by a conjunction that a plural noun of values
//     follows within a few words ("the `nack` and `goog-remb` RTCP
//     feedback types"), named after those words.
//
// Every item must be one token (letters, digits, "_", "-", "."; optionally
// in backticks, quotes or bold), and the list must end cleanly: at the end of
// the text, a full stop, ";", or a bracket. Placeholders (<OTHER>) and items
// of several words reject the list, so ordinary sentences ("The call id, the
// account and the tag are kept") and examples ("e.g. +15555555555") give
// nothing. An elision ("a, b, ..., or z", "a, b, etc.") keeps the items it
// names; the caller warns that the list is cut short. A constant tuple
// (readonly [`"error"`, `"warn"`]) is a list too. Strings in double
// quotes may stand side by side without commas ("hangup" "end trace").

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// valueAdjectives are the words before a value noun that say values
// follow: "possible values", "supported event types".
var valueAdjectives = []string{"possible", "allowed", "valid", "accepted", "supported", "permitted", "legal", "available", "acceptable", "common"}

// proseTriggers are the phrases that introduce a list of values, longest
// first among those sharing a first word; their words are separated by white
// space in the text.
var proseTriggers = buildProseTriggers()

func buildProseTriggers() map[string][][]string {
	var phrases []string
	for _, adj := range valueAdjectives {
		for _, noun := range []string{"values", "value"} {
			for _, verb := range []string{" are", " is", " include", " can be", " may be", ""} {
				phrases = append(phrases, adj+" "+noun+verb)
			}
		}
		// "The supported requests are register, unregister, ...": a noun
		// other than "values" needs its verb.
		for _, noun := range []string{"states", "statuses", "events", "requests", "responses", "reasons", "causes", "types", "modes", "options", "codes", "results", "outcomes", "actions", "commands", "methods", "flags", "levels"} {
			phrases = append(phrases, adj+" "+noun+" are", adj+" "+noun+" include")
		}
	}
	// "The statuses are BUSY, CANCELED, ...": a plural noun of values needs
	// no adjective.
	for _, noun := range []string{"statuses", "states", "reasons", "causes", "outcomes", "events", "options", "results", "codes", "modes", "dispositions", "kinds"} {
		phrases = append(phrases, noun+" are", noun+" include")
	}
	// "Currently the following commands are defined:"
	for _, noun := range []string{"statuses", "states", "reasons", "causes", "outcomes", "events", "results", "codes", "modes", "commands", "requests", "types", "levels", "options", "kinds", "actions"} {
		for _, verb := range []string{"defined", "supported", "available", "possible", "used"} {
			phrases = append(phrases, "following "+noun+" are "+verb)
		}
	}
	// "2 types supported, callback and uuid-standby"
	for _, noun := range []string{"types", "values", "modes", "options", "states"} {
		phrases = append(phrases, noun+" supported")
	}
	for _, modal := range []string{"can", "could", "may", "must", "will", "should"} {
		for _, rest := range []string{" one of the following values", " one of the following", " one of", " either", " any value of", " any of", ""} {
			phrases = append(phrases, modal+" be"+rest)
		}
	}
	phrases = append(phrases, "one of the following values", "one of the following", "one of",
		"enum values", "enum", "values are", "either of", "either",
		"with the values", "with values", "with possible values", "takes the values", "takes values",
		"take the values", "take values", "values include", "option accepts", "parameter accepts", "field accepts")
	byFirst := map[string][][]string{}
	for _, p := range phrases { // already longest first within each group
		words := strings.Fields(p)
		byFirst[words[0]] = append(byFirst[words[0]], words)
	}
	return byFirst
}

// proseWord is a word of a text: a run of ASCII letters, digits and "_",
// lower-cased, with its byte offsets.
type proseWord struct {
	text       string
	start, end int
}

// proseWords splits text into words.
func proseWords(text string) []proseWord {
	var words []proseWord
	for i := 0; i < len(text); {
		if !proseWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && proseWordByte(text[j]) {
			j++
		}
		words = append(words, proseWord{text: strings.ToLower(text[i:j]), start: i, end: j})
		i = j
	}
	return words
}

func proseWordByte(c byte) bool { return textAlnumByte(c) || c == '_' }

// proseMatch reports whether the words from words[i] are phrase, each
// separated from the next by white space only; end is where the match ends.
func proseMatch(text string, words []proseWord, i int, phrase []string) (end int, ok bool) {
	if i+len(phrase) > len(words) {
		return 0, false
	}
	for k, w := range phrase {
		if words[i+k].text != w || k > 0 && !proseSpaceGap(text, words[i+k-1], words[i+k]) {
			return 0, false
		}
	}
	return words[i+len(phrase)-1].end, true
}

// proseSpaceGap reports whether only white space separates two words.
func proseSpaceGap(text string, a, b proseWord) bool {
	return a.end < b.start && strings.TrimFunc(text[a.end:b.start], textIsSpace) == ""
}

// proseTriggerEnds returns, for each trigger phrase in text, the index of
// its first word and the offset where it ends.
func proseTriggerEnds(text string, words []proseWord) (firsts, ends []int) {
	for i, w := range words {
		if labelTriggers[w.text] && strings.HasPrefix(text[w.end:], ":") {
			// "Values: a, b, c", a label: the colon makes it one.
			firsts, ends = append(firsts, i), append(ends, w.end)
			continue
		}
		if w.text == "following" && i+1 < len(words) && countedNouns[words[i+1].text] && strings.HasPrefix(text[words[i+1].end:], ":") {
			// "a menu appears with the following options:", the colon
			// right after the noun.
			firsts, ends = append(firsts, i), append(ends, words[i+1].end)
			continue
		}
		for _, phrase := range proseTriggers[w.text] {
			if end, ok := proseMatch(text, words, i, phrase); ok {
				firsts, ends = append(firsts, i), append(ends, end)
				break
			}
		}
		if countWords[w.text] && i+1 < len(words) && countedNouns[words[i+1].text] {
			// "We support 2 types, 'callback' and 'uuid-standby'": a
			// count of values, a comma or colon, then the values.
			if rest := text[words[i+1].end:]; strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ":") {
				firsts, ends = append(firsts, i), append(ends, words[i+1].end+1)
			}
		}
	}
	return firsts, ends
}

// countWords count the values a sentence then lists.
var countWords = proseSet("2 3 4 5 6 7 8 9 two three four five six seven eight nine")

// nounEndedList finds items in code, two at least joined by a
// conjunction, that a plural noun of values follows within a few words:
// "the `busy`, `failed` and `no-answer` statuses", "the `nack` and
// `goog-remb` RTCP feedback types". It returns them and the words from
// the list's end to its noun ("RTCP feedback types"), which name it.
func nounEndedList(text string) ([]string, string, bool) {
	for from := 0; ; {
		i := strings.Index(text[from:], " `")
		if i < 0 {
			return nil, "", false
		}
		start := from + i + 1
		l := proseList(text, start)
		from = max(l.end, start+1)
		if !l.conj || len(l.items) < 2 || l.broken || !l.allQuoted() || text[start] != '`' {
			continue
		}
		words := strings.Fields(text[l.end:])
		for k := 0; k < len(words) && k < 3; k++ {
			w := strings.ToLower(strings.TrimRight(words[k], ".,;:)"))
			if countedNouns[w] {
				return l.items, strings.Join(words[:k], " ") + " " + w, distinct(l.items) == len(l.items)
			}
			if w != words[k] && strings.ContainsAny(words[k], ".,;:)") {
				break // the sentence or clause ended before a noun
			}
		}
	}
}

// countedNouns are the plural nouns of values a count names, in English
// and the languages of the corpus (estados, statuts, eventos, ...).
var countedNouns = proseSet("types states statuses values modes options reasons causes events kinds results outcomes triggers " +
	"estados tipos valores motivos causas eventos resultados statuts états valeurs événements zustände werte")

// labelTriggers introduce a list when a colon follows them at once.
var labelTriggers = proseSet("values options")

// inlineValues finds an enum listed inline in prose. ok is false when the
// text lists none.
func inlineValues(text string) (values []string, ok bool) {
	values, ok = inlineValuesOf(text)
	if ok && typedNames(text, values) {
		return nil, false // "(parameters - id(string), text(string))": a signature
	}
	if ok && numberRange(values) {
		return nil, false // "must be 1 or greater": a bound, no values
	}
	if ok && typeUnion(text, values) {
		return nil, false // "DataType: `string` | `Blob` | `ArrayBuffer`": types, no strings
	}
	if ok && formula(text) {
		return nil, false // "= `end_time` - `progress_time` or ...": arithmetic on fields
	}
	return values, ok
}

// formula reports text that computes with fields written as code: an
// equals sign, then two code spans with an operator between them
// ("billable duration = `end_time` - `answer_time`"). A slash is no
// operator: `from` / `to` is either.
func formula(text string) bool {
	return strings.Contains(text, "=") && arithmetic.MatchString(text)
}

// arithmetic matches an equals sign, then two code spans with an
// operator between them.
var arithmetic = regexp.MustCompile("=\\s*`[^`]+`\\s+[-+*×−]\\s+`[^`]+`")

// typeUnion reports a union of types written as code, bars between them
// and no string among them in quotes: every member bare in backticks, one
// a primitive type (`string` | `Blob` | `ArrayBuffer`). String literals
// are quoted inside their code spans (`"object"` | `"string"`).
func typeUnion(text string, values []string) bool {
	if !strings.Contains(text, "|") {
		return false
	}
	primitive := false
	for _, v := range values {
		if !strings.Contains(text, "`"+v+"`") || strings.ContainsFunc(v, func(r rune) bool { return !isAlnum(r) && r != '_' }) {
			return false
		}
		primitive = primitive || scriptPrimitives[v]
	}
	return primitive && len(values) >= 2
}

// scriptPrimitives are TypeScript's primitive types.
var scriptPrimitives = map[string]bool{
	"string": true, "number": true, "boolean": true, "bigint": true, "symbol": true,
	"undefined": true, "null": true, "any": true, "never": true, "void": true,
}

// numberRange reports a number and a word comparing to it, all a list
// holds: "1 or greater", "0 or more".
func numberRange(values []string) bool {
	if len(values) != 2 {
		return false
	}
	return isNumber(values[0]) && comparatives[strings.ToLower(values[1])]
}

// comparatives bound a number from one side.
var comparatives = map[string]bool{"greater": true, "higher": true, "more": true, "less": true, "lower": true, "fewer": true, "above": true, "below": true, "larger": true, "smaller": true}

// typedNames reports names most of which the text writes with their type
// in brackets, as a signature does: id(string), user(JitsiParticipant).
// Signatures are short: the first few names decide, so a long list costs
// a few scans of the text, not one per name.
func typedNames(text string, names []string) bool {
	names = names[:min(len(names), maxSignature)]
	typed := 0
	for _, n := range names {
		i := strings.Index(text, n+"(")
		if i < 0 {
			continue
		}
		inner, _, ok := strings.Cut(text[i+len(n)+1:], ")")
		if ok && (fieldPrimitives[strings.ToLower(inner)] || isIdentifier(inner) && textUpperByte(inner[0])) {
			typed++
		}
	}
	return typed*2 >= len(names) && typed > 0
}

// maxSignature is how many names typedNames looks at.
const maxSignature = 8

func inlineValuesOf(text string) (values []string, ok bool) {
	seen := 0 // lists are never re-read: bounded time on hostile input
	words := proseWords(text)
	firsts, ends := proseTriggerEnds(text, words)
	for k, end := range ends {
		if words[firsts[k]].start < seen {
			continue
		}
		start := proseSkipIntro(text, end)
		if items, ok := bracketedConstants(text, start); ok {
			return items, true // Allowed values: [INVALID, ANSWER, NO ANSWER]
		}
		if items, ok := sentenceConstants(text, start); ok {
			return items, true // Accepted values: ANSWERED, NO ANSWER, BUSY.
		}
		if items, ok := codeSpanList(text, start); ok {
			return items, true // possible values: `"voice", "sms", "chat"`
		}
		if items, ok := labelList(text, start); ok {
			return items, true // "The agent states are: Available, Not available and Paused."
		}
		l := proseList(text, start)
		if !l.ok(2, false) {
			// "Available values are the following country codes: a, b"
			if colon := proseColonAfter(text, end); colon > 0 {
				l = proseList(text, proseSkipIntro(text, colon))
			} else if stop := proseNounStop(text, end); stop > 0 {
				// "one of the following statuses. 'noanswer', 'cancel'": a
				// full stop for the colon, before quoted values only.
				if m := proseList(text, proseSkipIntro(text, stop)); m.allQuoted() {
					l = m
				}
			}
		}
		seen = l.end
		if l.and && l.quoted == 0 && bareModal(text[words[firsts[k]].start:end]) {
			continue // "should be reflexive, symmetric, and transitive": all of them, no alternatives
		}
		if l.ok(2, false) || l.complete() {
			return l.items, true
		}
		if items, ok := proseGlossList(text, proseSkipIntro(text, end)); ok {
			return items, true
		}
		if l.single() && proseNamesValues(text[words[firsts[k]].start:end]) {
			return l.items, true
		}
	}
	if items, ok := proseShapeList(text); ok {
		return items, true
	}
	if items, ok := countedList(text, words); ok {
		return items, true
	}
	if items, ok := clauseEndedList(text); ok {
		return items, true
	}
	if items, ok := cornerQuotedList(text); ok {
		return items, true
	}
	if items, ok := bracketGlosses(text); ok {
		return items, true
	}
	return parenthesizedCodes(text)
}

// countedList finds a list after a colon that a count earlier in its
// sentence matches item for item, whatever the count names: "at six
// different moments for incoming, internal, and outgoing calls: Created,
// Ringing, Answered, Warm transfer, Cold transfer, and Hang-up."
func countedList(text string, words []proseWord) ([]string, bool) {
	for i, w := range words {
		n := countNumber(w.text)
		if n < 2 || i > 0 && text[words[i-1].end:w.start] == "." {
			continue // "version 2.3": no count
		}
		colon := strings.IndexByte(text[w.end:], ':')
		if colon < 0 {
			return nil, false
		}
		colon += w.end
		gap := len(strings.Fields(text[w.end:colon]))
		if gap == 0 || gap > maxCountGap || strings.ContainsAny(text[w.end:colon], ".;!?") || namesFieldsBefore(text[:colon]) {
			continue // "version 2:", "two authentication headers: Authorization, and WWW-Authenticate"
		}
		start := proseSkipIntro(text, colon+1)
		items, ok := labelList(text, start)
		if !ok {
			if l := proseList(text, start); l.ok(2, false) {
				items, ok = l.items, true
			}
		}
		if ok && len(items) == n && distinct(items) == n {
			return items, true
		}
	}
	return nil, false
}

// bareModal reports a trigger that is a modal verb and "be" alone ("can
// be", "should be"): after it, words joined by "and" are properties the
// subject has together, not values it takes in turn.
func bareModal(trigger string) bool {
	words := strings.Fields(strings.ToLower(trigger))
	return len(words) == 2 && words[1] == "be"
}

// clauseEndedList finds, after a colon, a comma list of three compound
// tokens or more, two of them with an underscore at least, that a clause
// ends ("records dispositions itself: no_route, originate_failed,
// abandoned, voicemail, and maps unanswered legs ..."): the "and" starts
// a verb, not the last item.
func clauseEndedList(text string) ([]string, bool) {
	for from := 0; ; {
		i := strings.Index(text[from:], ": ")
		if i < 0 {
			return nil, false
		}
		start := from + i + 2
		from = start
		end, conjLen := len(text), 0
		for _, conj := range []string{", and ", ", or "} {
			if j := strings.Index(text[start:], conj); j >= 0 && start+j < end {
				end, conjLen = start+j, len(conj)
			}
		}
		if end == len(text) || strings.ContainsAny(text[start:end], ".;:") || namesFieldsBefore(text[:start-2]) {
			continue
		}
		l := proseList(text[:end], start)
		if l.end != end || l.broken || len(l.items) < 3 || compoundItems(l.items) < 2 {
			continue
		}
		after := strings.Fields(text[end+conjLen:])
		if len(after) < 3 || proseToken(after[0]) != after[0] || strings.ContainsAny(after[0]+after[1], ",.") {
			continue // "..., and voicemail." or "..., or busy, ...": the last item after all
		}
		return l.items, true
	}
}

// maxCountGap bounds the words between a count and the colon before the
// list it counts.
const maxCountGap = 12

// countNumber is the count a word states, 2 to 20 in digits or English
// words, or 0.
func countNumber(word string) int {
	if word != "" && textDigitByte(word[0]) {
		if n, err := strconv.Atoi(word); err == nil && n <= 20 {
			return n // tried on digits only: a failed Atoi allocates its error
		}
	}
	for i, w := range numberWords {
		if w == word {
			return i
		}
	}
	return 0
}

var numberWords = strings.Fields("zero one two three four five six seven eight nine ten eleven twelve")

// distinct counts the different strings of items.
func distinct(items []string) int {
	seen := make(map[string]bool, len(items))
	for _, it := range items {
		seen[it] = true
	}
	return len(seen)
}

// cornerQuotedList finds values a Japanese or Chinese sentence quotes in
// corner brackets, two at least in a row, nothing or a conjunction
// between them, a value noun near them: "「発信成功」「不在着信」「発信失敗」の
// 3つのステータス", "ステータスは「正常終了」もしくは「途中終呼」".
func cornerQuotedList(text string) ([]string, bool) {
	for from := 0; ; {
		i := strings.Index(text[from:], "「")
		if i < 0 {
			return nil, false
		}
		start := from + i
		var items []string
		j := start
		for {
			rest := text[j:]
			for _, sep := range cornerSeparators {
				if strings.HasPrefix(rest, sep) {
					rest = rest[len(sep):]
					break
				}
			}
			item, after, ok := strings.Cut(strings.TrimPrefix(rest, "「"), "」")
			if !strings.HasPrefix(rest, "「") || !ok || item == "" || utf8.RuneCountInString(item) > maxCornerItem || strings.ContainsAny(item, "、。「 ") {
				break
			}
			items = append(items, item)
			j = len(text) - len(after)
		}
		if len(items) >= 2 && cjkNounEnd(cjkSentence(text, start, j)) > 0 {
			return items, true
		}
		from = start + len("「")
	}
}

// codedName matches a name and its number in brackets, as MIB pages list
// an enumeration's values: "new(1)", "move-to-old (2)".
var codedName = regexp.MustCompile(`(?:^|[\s:;,.-])([a-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*) ?\((\d+)\)`)

// codedNames returns the names text lists each with its number in
// brackets ("new(1) : new unheard message old(2) : heard message"), two
// at least, each once, and their numbers.
func codedNames(text string) (names, codes []string, ok bool) {
	seen := map[string]bool{}
	for _, m := range codedName.FindAllStringSubmatch(text, maxCodedNames) {
		if !seen[m[1]] {
			seen[m[1]] = true
			names, codes = append(names, m[1]), append(codes, m[2])
		}
	}
	return names, codes, len(names) >= 2
}

// maxCodedNames bounds the names codedNames reads in one text.
const maxCodedNames = 256

// cjkSentence returns the sentence of text around text[from:to], up to
// its full stops (。), cornerReach bytes each way at most.
func cjkSentence(text string, from, to int) string {
	start := max(0, from-cornerReach)
	if i := strings.LastIndex(text[start:from], "。"); i >= 0 {
		start += i + len("。")
	}
	end := min(len(text), to+cornerReach)
	if i := strings.Index(text[to:end], "。"); i >= 0 {
		end = to + i
	}
	return text[start:end]
}

// cjkSubject returns the value noun of the sentence that quotes first in
// corner brackets ("の3つのステータス" names ステータス), or "".
func cjkSubject(text, first string) string {
	i := strings.Index(text, "「"+first+"」")
	if i < 0 {
		return ""
	}
	return cjkNounPhrase(cjkSentence(text, i, i+len(first)))
}

// cornerSeparators join values quoted in corner brackets: a comma, "or",
// "and".
var cornerSeparators = []string{"、", "もしくは", "または", "または、", "や", "と", "か", "或", "和", "或者"}

// maxCornerItem bounds a value in corner brackets, in characters;
// cornerReach how far from the quotes, in bytes, a value noun may be.
const (
	maxCornerItem = 12
	cornerReach   = 300
)

// bracketedConstants reads an array of constants that start may open
// (just past its bracket): "[INVALID, ANSWER, NO ANSWER]", constants of
// two words too, as bareConstants reads them.
func bracketedConstants(text string, start int) ([]string, bool) {
	if start == 0 || text[start-1] != '[' {
		return nil, false
	}
	inner, _, ok := strings.Cut(text[start:], "]")
	if !ok {
		return nil, false
	}
	return constantList(inner)
}

// sentenceConstants reads a sentence that start begins and that is
// nothing but constants, three at least, one of two words (ANSWERED, NO
// ANSWER, BUSY): an upper-case phrase is no prose. The sentence ends at a
// full stop, one glued to the text after it too (TRANSFERRED.include, a
// page run together).
func sentenceConstants(text string, start int) ([]string, bool) {
	rest := text[start:]
	end := len(rest)
	for i := 0; i+1 < len(rest); i++ {
		if rest[i] == '.' && !textUpperByte(rest[i+1]) && !textDigitByte(rest[i+1]) {
			end = i
			break
		}
	}
	if end == len(rest) {
		rest = strings.TrimRight(rest, ". ")
	} else {
		rest = rest[:end]
	}
	if !strings.Contains(rest, " ") || len(rest) > maxSentenceConstants {
		return nil, false
	}
	values, ok := constantList(rest)
	if !ok || len(values) < 3 {
		return nil, false
	}
	spaced := false
	for _, v := range values {
		for _, word := range strings.Fields(v) {
			if !upperSnake(word) {
				return nil, false // "0 A00", "A #0": no constant's words
			}
		}
		spaced = spaced || strings.Contains(v, " ")
	}
	return values, spaced // one-word constants: proseList reads them
}

// maxSentenceConstants bounds the sentence sentenceConstants reads.
const maxSentenceConstants = 1000

// codeSpanList reads a list of values that one code span holds, starting
// at start: quoted, `"voice", "sms", "chat"`, or tokens with bars between
// them, `SILENT_MONITOR | BARGE`.
func codeSpanList(text string, start int) ([]string, bool) {
	if start+1 >= len(text) || text[start] != '`' {
		return nil, false
	}
	inner, _, ok := strings.Cut(text[start+1:], "`")
	if !ok {
		return nil, false
	}
	if values, ok := barTokens(inner); ok {
		return values, true
	}
	if text[start+1] != '"' && text[start+1] != '\'' {
		return nil, false
	}
	l := proseList(inner, 0)
	if !l.allQuoted() || !l.ok(2, false) || strings.TrimSpace(inner[l.end:]) != "" {
		return nil, false
	}
	return l.items, true
}

// parenthesizedCodes finds, in any prose, a list in brackets that hold
// nothing else, right after words that say it holds values ("a final status
// (answered, no_answer, busy or failed)"); unquoted, it must read as codes
// (bareCodes). "The timestamp fields (`tm_ringing`, `tm_hangup`)" lists
// fields, not values.
func parenthesizedCodes(text string) ([]string, bool) {
	for i := strings.IndexByte(text, '('); i >= 0; {
		if values, ok := slashAlternatives(text, i); ok && valueNounBefore(text[:i]) {
			return values, true // direction (inbound/outbound)
		}
		if values, ok := codeSequence(text, i); ok {
			return values, true // its lifecycle (`created` → `finishing` → `finished`); a string (`sent` / `failed` / `queued`)
		}
		// Alternatives, not examples: code joined by a conjunction, codes,
		// or a union.
		if p, ok := parenList(text, i); ok && valueNounBefore(text[:i]) && (p.conj && p.code && p.allQuoted() && len(p.items) >= 2 || bareCodes(p.proseListScan) || p.union) {
			return p.items, true
		}
		if p, ok := exampleParenList(text, i); ok && p.allQuoted() && len(p.items) >= 2 && (valueNounBefore(text[:i]) || subjectIsValue(text[:i])) {
			return p.items, true // "The status of the call (e.g., 'completed', 'missed')": some of its values
		}
		if p, ok := exampleParenList(text, i); ok && nounRightBefore(text[:i]) && len(p.items) >= 3 && p.ok(3, false) && capitalWords(p.items) {
			return p.items, true // "user status (e.g. Available, Away, Busy)": some of its values
		}
		if labels, ok := exampleLabels(text, i); ok && nounRightBefore(text[:i]) {
			return labels, true // "The current state (e.g., Ringing, Connected, In Progress)"
		}
		if p, ok := parenList(text, i); ok && (nounRightBefore(text[:i]) || subjectIsValue(text[:i]) && endsText(text, i)) && len(p.items) >= 3 && p.ok(3, false) && (singleWords(p.items) || allTokens(p.items) && capitalWords(p.items)) {
			return p.items, true // agent state (free, wrapup, incall); direction of call (internal, incoming, outgoing); call type (Manual, Inbound, Progressive)
		}
		if p, ok := parenList(text, i); ok && subjectIsValue(text[:i]) && endsText(text, i) && len(p.items) >= 3 && capitalWords(p.items) {
			return p.items, true // "The type of object this event is about (Task, Reservation, Worker)"
		}
		next := strings.IndexByte(text[i+1:], '(')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return nil, false
}

// subjectIsValue reports a sentence whose subject is a value noun ("The
// type of object ...", "Status of the call ...").
func subjectIsValue(s string) bool {
	for _, sep := range []string{" - ", ": "} {
		if i := strings.LastIndex(s, sep); i >= 0 {
			s = s[i+len(sep):] // "direction - direction of call": the field's description
		}
	}
	words := strings.Fields(strings.ToLower(s))
	if len(words) > 0 && articles[words[0]] {
		words = words[1:]
	}
	return len(words) > 1 && valueHeadingWords[words[0]] && words[1] == "of"
}

// endsText reports whether the brackets opening at i close the text (a
// full stop aside).
func endsText(text string, i int) bool {
	end := strings.IndexByte(text[i:], ')')
	return end >= 0 && strings.Trim(text[i+end+1:], " .") == ""
}

// labelList reads, from start to the end of the sentence, a list of
// capitalised labels of up to three words, commas between them and a
// conjunction before the last, three at least: "Available, Not
// available, Paused and Offline." The sentence must end with the list.
func labelList(text string, start int) ([]string, bool) {
	rest := text[start:min(len(text), start+maxGlossText)]
	end := strings.Index(rest, ". ")
	if end < 0 {
		end = len(rest)
	}
	labels, conj, ok := splitLabels(strings.TrimSuffix(strings.TrimSpace(rest[:end]), "."))
	return labels, ok && conj && len(labels) >= 3
}

// splitLabels splits text into capitalised labels of up to three words
// (letters and hyphens), commas between them and perhaps a conjunction
// ("and", "y", ...) before the last, with or without a comma: "Lunch,
// Break, and Web". conj reports the conjunction; ok that every part is
// such a label.
func splitLabels(text string) (labels []string, conj, ok bool) {
	parts := strings.Split(text, ", ")
	last := parts[len(parts)-1]
	for _, c := range conjunctions {
		if after, found := strings.CutPrefix(last, c); found && len(parts) > 1 {
			parts[len(parts)-1], conj = after, true // ", and Web"
			break
		}
		if before, after, found := strings.Cut(last, " "+c); found {
			parts, conj = append(parts[:len(parts)-1], before, after), true // "Break and Web"
			break
		}
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > gluedTitleMaxWords || !titleCaseWords(words[:1]) || !isLetters(strings.ReplaceAll(strings.ReplaceAll(p, " ", ""), "-", "")) {
			return nil, false, false
		}
		parts[i] = p
	}
	return parts, conj, len(parts) >= 2
}

// labelNounBefore reports text ending (before a colon) in a value noun of
// any language among its last few words: "the existing states",
// "los estados existentes".
func labelNounBefore(text string) bool {
	return nounAmongLast(text, isValueNoun)
}

// capitalWords reports whether every item is one capitalised word of
// letters (Task, Reservation).
func capitalWords(items []string) bool {
	for _, it := range items {
		if !startsUpperOnly(it) || !isLetters(it) {
			return false
		}
	}
	return true
}

// slashAlternatives reads brackets holding tokens joined by slashes and
// nothing else: (inbound/outbound), (audio / video).
func slashAlternatives(text string, i int) ([]string, bool) {
	end := strings.IndexByte(text[i:], ')')
	if end < 0 {
		return nil, false
	}
	inner := strings.ReplaceAll(text[i+1:i+end], " / ", "/") // (audio / video)
	if !strings.Contains(inner, "/") || strings.ContainsAny(inner, " ,") {
		return nil, false
	}
	parts := strings.Split(inner, "/")
	for _, p := range parts {
		if p == "" || proseToken(p) != p {
			return nil, false
		}
	}
	return parts, true
}

// codeSequence reads brackets at i that hold three code spans or more and
// nothing else but arrows between them, the states a thing moves through
// (`pending` → `added` → `removed`, or `failed`), or slashes between
// them (`received` / `sent` / `failed`).
func codeSequence(text string, i int) ([]string, bool) {
	end := strings.IndexByte(text[i:], ')')
	if end < 0 || !strings.Contains(text[i:i+end], "`") {
		return nil, false
	}
	inner := strings.TrimSpace(text[i+1 : i+end])
	sep := ""
	for _, s := range []string{"→", "->", "/"} {
		if strings.Contains(inner, s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return nil, false
	}
	if before, last, ok := strings.Cut(inner, ", or "); ok && sep != "/" {
		inner = before + sep + last // "`removed`, or `failed`": a branch off the sequence
	}
	var values []string
	for _, part := range strings.Split(inner, sep) {
		part = strings.TrimSpace(part)
		v, ok := strings.CutPrefix(part, "`")
		if v, ok = strings.CutSuffix(v, "`"); !ok || strings.Contains(v, "`") {
			return nil, false
		}
		if _, why := wireValue(v, true); why != "" {
			return nil, false
		}
		values = append(values, v)
	}
	return values, len(values) >= 3 && distinct(values) == len(values)
}

// nounRightBefore reports whether the word right before a bracket says
// what follows is values: "state (free, wrapup, incall)".
func nounRightBefore(s string) bool {
	words := strings.Fields(s)
	return len(words) > 0 && valueHeadingWords[strings.ToLower(strings.Trim(words[len(words)-1], ",:;`*"))]
}

// bracketSubject returns the noun a list in brackets follows, the word
// before it too unless that is a little word ("user status" in "return
// user status (e.g. Available, Away, Busy)"), when the noun names values
// and the brackets start with first; "" otherwise. A type word after the
// noun is passed over ("a status string (e.g. holding, ringing)").
func bracketSubject(text, first string) string {
	for i := strings.IndexByte(text, '('); i >= 0; {
		inner := strings.TrimLeft(text[i+1:], " `'\"")
		for _, lead := range exampleLeads {
			if rest, ok := strings.CutPrefix(inner, lead); ok {
				inner = strings.TrimLeft(rest, ",: `'\"")
				break
			}
		}
		before := text[:i]
		if words := strings.Fields(before); len(words) > 1 && typeWordSet[words[len(words)-1]] {
			before = before[:strings.LastIndex(before, words[len(words)-1])] // "a status string (e.g. ...)": the noun before its type
		}
		if strings.HasPrefix(inner, first) && nounRightBefore(before) {
			words := strings.Fields(before)
			name := words[len(words)-1]
			if len(words) > 1 {
				if before := strings.ToLower(words[len(words)-2]); textLetterByte(before[0]) && !articles[before] && !littleWords[before] {
					name = words[len(words)-2] + " " + name
				}
			}
			return name
		}
		next := strings.IndexByte(text[i+1:], '(')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return ""
}

// littleWords join the words of a sentence; none of them names a value's
// field.
var littleWords = map[string]bool{
	"of": true, "with": true, "in": true, "on": true, "for": true, "to": true, "by": true, "its": true, "their": true,
	"and": true, "or": true, "is": true, "are": true, "returns": true, "return": true, "has": true, "have": true,
}

// singleWords reports whether every item is one lower-case word and none
// a type or a qualifier: "(string, enum, required)" annotates a field.
func singleWords(items []string) bool {
	for _, it := range items {
		if strings.ContainsRune(it, ' ') || !startsLower(it) || typeWordSet[it] || qualifierWords[it] {
			return false
		}
	}
	return true
}

// qualifierWords annotate a field beside its type.
var qualifierWords = map[string]bool{"required": true, "optional": true, "enum": true, "nullable": true, "readonly": true, "deprecated": true}

// valueNounBefore reports whether one of the last three words of s says
// what follows is values (status, reason, cause, type, ...).
func valueNounBefore(s string) bool {
	return nounAmongLast(s, func(w string) bool { return valueHeadingWords[w] })
}

// nounAmongLast reports whether one of the last three words of s, lower
// cased, is a noun isNoun accepts.
func nounAmongLast(s string, isNoun func(string) bool) bool {
	words := strings.Fields(s)
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		if isNoun(strings.ToLower(strings.Trim(words[i], ",:;`*"))) {
			return true
		}
	}
	return false
}

// maxGlossText bounds the sentence proseGlossList reads after a trigger.
const maxGlossText = 1000

// proseGlossList reads values that each carry a gloss, after a trigger:
// "Can be: `inbound` for inbound calls, `outbound-api` for calls made with
// the API, or `outbound-dial` for ...". The sentence (up to a full stop) is
// split at commas, "or" and line breaks; every part must start with a
// quoted value, and there must be two at least.
func proseGlossList(text string, i int) ([]string, bool) {
	var items []string
	for _, part := range glossParts(text, i) {
		item, n := proseListItem(part)
		if n == 0 || n == len(item) { // not quoted
			return nil, false
		}
		items = append(items, item)
	}
	return items, len(items) >= 2
}

// glossSplit splits a gloss list into its parts.
var glossSplit = strings.NewReplacer(", or ", "\x00", ", and ", "\x00", " or ", "\x00", ", ", "\x00", "; ", "\x00", "\n", "\x00",
	" and \"", "\x00\"", " and '", "\x00'") // "and" before the next value in quotes

// splitGluedQuotes returns s with a break (\x00) before each opening
// double quote glued to the text before it: a copy that lost its line
// breaks runs values on ("normal hangup (default)"cancel" — cancel").
func splitGluedQuotes(s string) string {
	if strings.Count(s, `"`) < 4 {
		return s // the common case: two values at most
	}
	var b strings.Builder
	open := false
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			if !open && i > 0 && (textLetterByte(s[i-1]) || s[i-1] == ')') {
				b.WriteByte(0)
			}
			open = !open
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// glossParts returns the non-empty parts of the sentence from text[i]:
// up to a full stop, split at commas, "or" and line breaks.
func glossParts(text string, i int) []string {
	rest := text[i:min(len(text), i+maxGlossText)] // bounded: each start reads once
	if end := strings.Index(rest, ". "); end >= 0 {
		rest = rest[:end]
	}
	var parts []string
	for _, part := range strings.Split(glossSplit.Replace(splitGluedQuotes(rest)), "\x00") {
		if part = strings.TrimSpace(part); part != "" {
			parts = append(parts, part)
		}
	}
	return parts
}

// quotedAlternatives finds two or more quoted values joined by "or"
// anywhere in text ("a tag, `LEG-A` or `LEG-B`", "typically 'inbound' or
// 'outbound'"). Only a definition of one
// field is read this way: in other prose such a pair is an aside.
func quotedAlternatives(text string) ([]string, bool) {
	for i := 0; i < len(text); i++ {
		if !strings.ContainsRune("`'\"", rune(text[i])) || i > 0 && text[i-1] != ' ' {
			continue
		}
		l := proseList(text, i)
		or := alternatives(text[i:l.end]) // alternatives, not "`A` and `B` do ..."
		if or && l.allQuoted() && l.conj && len(l.items) >= 2 && !l.broken && (l.clean || l.comma || l.verb) {
			return l.items, true
		}
		if l.end > i {
			i = l.end
		}
	}
	return nil, false
}

// alternatives reports a list joined by "or" in English or another
// language of conjunctions.
func alternatives(list string) bool {
	for _, or := range orWords {
		if strings.Contains(list, " "+or) {
			return true
		}
	}
	return false
}

// orWords are the conjunctions of conjunctions that mean "or".
var orWords = []string{"or ", "ou ", "o ", "oder ", "veya ", "yada ", "ya da ", "или ", "hoặc "}

// trailingAlternatives finds a list that ends a field's description after
// its last colon ("the direction of the call: inbound or outbound"). Only
// a field's description is read this way: there the colon introduces the
// field's values.
func trailingAlternatives(text string) ([]string, bool) {
	i := strings.LastIndex(text, ": ")
	if i < 0 || namesFieldsBefore(text[:i]) {
		return nil, false // "two authentication headers: Authorization, and WWW-Authenticate"
	}
	l := proseList(text, i+2)
	if l.conj && l.clean && !l.broken && len(l.items) >= 2 {
		return l.items, true
	}
	return nil, false
}

// proseShapeList finds a list without a trigger phrase: at the start of the
// text or after a colon or spaced dash.
func proseShapeList(text string) ([]string, bool) {
	seen := 0
	for _, start := range proseListStarts(text) {
		if start < seen || proseIsExample(text[:start]) || namesFieldsBefore(text[:start]) {
			continue
		}
		l := proseList(text, start)
		seen = l.end
		if l.ok(3, true) || l.allQuoted() && (l.ok(2, false) || l.complete()) {
			return l.items, true // "inbound" or "outbound", relative to the platform
		}
		if l.ok(3, false) && l.glossed == len(l.items) {
			return l.items, true // O (callee offline), Q (waiting in queue), F (finished)
		}
	}
	for _, start := range proseListStarts(text) {
		if start > 2 && text[start-2] == ':' && labelNounBefore(text[max(0, start-2-maxNounText):start-2]) {
			if items, ok := labelList(text, start); ok {
				return items, true // "los estados existentes: Disponible, No disponible, Pausa y Desconectado."
			}
		}
	}
	for _, start := range commaListStarts(text) {
		if start < seen || proseIsExample(text[:start]) || namesFieldsBefore(text[:start]) {
			continue
		}
		l := proseList(text, start)
		seen = l.end
		if l.ok(3, true) && compoundItems(l.items) >= 2 && (l.quoted == 0 || l.allQuoted()) && lowerItems(l.items) {
			return l.items, true // "You can respond with speak, play, play_multiple, or send_dtmf."
		}
	}
	for _, start := range exampleListStarts(text) {
		l := proseList(text, start)
		if l.ok(3, false) && compoundItems(l.items) == len(l.items) && lowerItems(l.items) {
			return l.items, true // "return the error code eg. error_no_credit, error_rate_limit, etc."
		}
	}
	if items, _, ok := nounEndedList(text); ok {
		return items, true // "interpret the `nack`, `nack pli` and `goog-remb` RTCP feedback types"
	}
	for _, marker := range []string{" ie ", " i.e. ", " i.e., "} {
		// "List of roles this participant's media has had, ie monitor,
		// coach, etc": some of a field's values, named and cut short.
		if i := strings.Index(text, marker); i >= 0 {
			l := proseList(text, i+len(marker))
			if len(l.items) >= 2 && !l.broken && lowerItems(l.items) && allTokens(l.items) && !slices.ContainsFunc(l.items, isNumber) && strings.HasPrefix(strings.TrimLeft(text[l.end:], ", "), "etc") {
				return l.items, true
			}
		}
	}
	for _, start := range foreignNounListStarts(text) {
		l := proseList(text, start)
		if len(l.items) >= 3 && l.conj && !l.broken && (l.allQuoted() || compoundTokens(l.items)) {
			return l.items, true // "Может принимать значения dial-in, dial-out или message-out в ..."
		}
	}
	for _, start := range nounListStarts(text) {
		l := proseList(text, start)
		if l.allQuoted() && l.ok(3, true) {
			return l.items, true // "defines the states `trying`, `early`, and `confirmed`"
		}
		if l.allQuoted() && len(l.items) >= 2 && l.conj && !l.broken && strings.HasSuffix(strings.ToLower(text[:start-1]), "values") &&
			(l.clean || strings.HasPrefix(strings.TrimLeft(text[l.end:], " "), "are ")) {
			return l.items, true // "values `m.usermedia` and `m.screenshare` are defined"
		}
	}
	return nil, false
}

// namesFieldsBefore reports text that ends by announcing fields: "linked
// through the contactId fields: original, next, and previous", "Two
// arguments are provided:" list fields, not values. The last few words
// are read, within the sentence: a long text costs nothing.
func namesFieldsBefore(text string) bool {
	text = strings.TrimRight(text, " :-–—")
	for range maxAnnouncingWords {
		i := strings.LastIndexAny(text, " \t\n")
		word := text[i+1:]
		if announcedFields[strings.ToLower(word)] {
			return true
		}
		if i < 0 || strings.ContainsAny(word, ".;:") {
			return false
		}
		text = strings.TrimRight(text[:i], " \t\n")
	}
	return false
}

// maxAnnouncingWords is how many words before a list may announce fields.
const maxAnnouncingWords = 4

// nounListStarts returns where a list may start after a plural noun that
// says it lists values ("the states `trying`, ..."): quoted values there
// need no trigger.
func nounListStarts(text string) []int {
	var starts []int
	for _, w := range proseWords(text) {
		if strings.HasSuffix(w.text, "s") && valueHeadingWords[w.text] && w.end+1 < len(text) && text[w.end] == ' ' {
			starts = append(starts, w.end+1)
		}
	}
	return starts
}

// foreignNounListStarts returns where a list may start after a value noun
// of a language other than English (значения, valores, Werte): words of
// the text other than ASCII ones, which proseWords does not split, are
// read only when the text holds a letter outside ASCII.
func foreignNounListStarts(text string) []int {
	if !strings.ContainsFunc(text, func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsLetter(r) }) {
		return nil // the common case
	}
	var starts []int
	for i := 0; i < len(text); {
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		if j > i {
			if w := strings.ToLower(text[i:j]); !valueHeadingWords[w] && isValueNoun(w) && j+1 < len(text) && text[j] == ' ' {
				starts = append(starts, j+1)
			}
			i = j
			continue
		}
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
	}
	return starts
}

// exampleListStarts returns where a list of examples starts right after
// a value noun: "the error code eg. " or "status (e.g. ". A list of
// codes, compound tokens every one, so introduced gives values a field
// takes, cut short.
func exampleListStarts(text string) []int {
	var starts []int
	for _, marker := range []string{" e.g. ", " eg. ", " e.g., ", " (e.g. ", " (e.g., "} {
		for from := 0; ; {
			i := strings.Index(text[from:], marker)
			if i < 0 {
				break
			}
			i += from
			if valueNounBefore(text[max(0, i-maxNounText):i]) {
				starts = append(starts, i+len(marker))
			}
			from = i + len(marker)
		}
	}
	return starts
}

// maxNounText bounds the text read before a marker for its noun.
const maxNounText = 40

// commaListStarts returns where a word a comma follows starts, after a
// space: where a list in the middle of a sentence may start. Such a list,
// with no trigger before it, needs three items in lower case, two of them
// compound, and its conjunction.
func commaListStarts(text string) []int {
	var starts []int
	for i := 0; i+1 < len(text); i++ {
		if text[i] != ' ' || !proseWordByte(text[i+1]) {
			continue
		}
		j := i + 1
		for j < len(text) && (proseWordByte(text[j]) || text[j] == '-' || text[j] == '.') {
			j++
		}
		if j < len(text) && text[j] == ',' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// compoundItems counts the items that are compound tokens (play_multiple,
// send_dtmf, no-answer), which words of prose are not.
func compoundItems(items []string) int {
	n := 0
	for _, it := range items {
		if strings.ContainsAny(it, "_.-") && !strings.Contains(it, " ") {
			n++
		}
	}
	return n
}

// lowerItems reports items written in lower case: wires in the middle of a
// sentence (constants there, REQUEST_ROUTE, name the places a function
// runs in as often as values).
func lowerItems(items []string) bool {
	for _, it := range items {
		if strings.ToLower(it) != it {
			return false
		}
	}
	return true
}

// compoundTokens reports items most of which are compound tokens or
// constants (dial-in, message-out, NO_ANSWER), which prose words are not.
func compoundTokens(items []string) bool {
	n := 0
	for _, it := range items {
		if tokenShape(it) == shapeConst && !strings.Contains(it, " ") {
			n++
		}
	}
	return n*2 > len(items)
}

// proseListStarts returns where a list may start: 0, and after ": ",
// " - ", " – " or " — ".
func proseListStarts(text string) []int {
	starts := []int{0}
	for i, r := range text {
		n := utf8.RuneLen(r)
		if r == '[' && strings.HasSuffix(text[:i], "readonly ") {
			starts = append(starts, i+1) // a constant tuple: readonly [`"error"`, `"warn"`]
			continue
		}
		if i+n >= len(text) || text[i+n] != ' ' {
			continue
		}
		switch {
		case r == ':':
		case (r == '-' || r == '–' || r == '—') && (i == 0 || text[i-1] == ' '):
		case r == ';' && i > 0 && !strings.ContainsAny(text[:i], " \t"):
			// "日志级别；`info`、`error`": a label of one word, a semicolon
			// for its colon, as Chinese writes it.
		default:
			continue
		}
		starts = append(starts, i+n+1)
	}
	return starts
}

// proseIsExample reports whether the text before a list introduces examples.
func proseIsExample(before string) bool {
	b := strings.TrimRight(before, " :-–—")
	if len(b) > 16 { // only the last words matter; keeps the scan linear
		b = b[len(b)-16:]
	}
	b = strings.ToLower(b)
	for _, w := range []string{"e.g.", "e.g", "example", "examples", "such as", "like", "including", "include",
		"ví dụ", "z.b.", "zum beispiel", "por ejemplo", "p.ej.", "par exemple", "por exemplo", "ad esempio", "например", "örneğin", "例如", "例えば"} {
		if strings.HasSuffix(b, w) {
			return true
		}
	}
	return false
}

// maxIntro bounds the words between a trigger phrase and the colon that
// starts its list.
const maxIntro = 80

// proseColonAfter returns the offset just after the first colon within
// maxIntro bytes of i, unless a sentence ends first; 0 when there is none.
func proseColonAfter(text string, i int) int {
	end := min(len(text), i+maxIntro)
	for j := i; j < end; j++ {
		switch {
		case text[j] == ':':
			return j + 1
		case text[j] == '.' && (j+1 == len(text) || text[j+1] == ' '):
			return 0
		}
	}
	return 0
}

// proseNounStop returns the offset after a full stop that follows i
// after a word or two ("following statuses. "), 0 when there is none.
func proseNounStop(text string, i int) int {
	stop := strings.Index(text[i:min(len(text), i+maxIntro)], ". ")
	if stop < 0 || len(strings.Fields(text[i:i+stop])) > 2 {
		return 0
	}
	return i + stop + 1
}

// proseSkipIntro skips the punctuation between a trigger and its list (a
// comma too: "2 types supported, callback and uuid-standby"),
// and the bracket of a list written as an array (["a", "b"]).
func proseSkipIntro(text string, i int) int {
	for i < len(text) && strings.IndexByte(" \t:-,", text[i]) >= 0 {
		i++
	}
	if i < len(text) && text[i] == '[' && i+1 < len(text) && (strings.IndexByte("\"'`", text[i+1]) >= 0 || textLetterByte(text[i+1])) {
		i++ // ["a", "b"], [a, b]
	}
	if i+1 < len(text) && text[i] == '(' && textLetterByte(text[i+1]) {
		i++ // "the possible values are : (Queued, Completed)"
	}
	if rest, ok := strings.CutPrefix(text[i:], "the "); ok && rest != "" && strings.IndexByte("\"'`", rest[0]) >= 0 {
		i += len("the ") // "one of the 'break' or 'hold' types": the quoted items
	}
	return i
}

// proseListScan is a list read from the text.
type proseListScan struct {
	items  []string
	conj   bool // the last item came after "or" or "and"
	broken bool // a separator was not followed by a token, or an item elides
	clean  bool // the list ends at a full stop, bracket, ";" or the end
	end    int  // where reading stopped
	quoted int  // items in quotes or backticks
	comma  bool // the list stops at a comma after its last item
	clause bool // or at a clause after its last item ("or c depending on ...")
	// glossed counts the items followed by a gloss in brackets.
	glossed int
	// verb: a word or two end the sentence after the last item ("a, b or
	// c is returned", "a, b yada c döner").
	verb bool
	// and: the last item came after "and" (or und, et, ...), not "or".
	and bool
}

// ok reports whether the list holds at least min distinct items and ends
// as a list should.
func (l proseListScan) ok(min int, needConj bool) bool {
	if len(l.items) < min || l.broken || !l.clean || needConj && !l.conj {
		return false
	}
	return distinct(l.items) >= min
}

// complete reports a list closed by its conjunction and a comma or a
// clause ("one of a, b or c, reflecting ...", "one of a, b or c depending
// on ..."): after a trigger phrase, the clause does not belong to the list.
func (l proseListScan) complete() bool {
	if !l.conj || !(l.comma || l.clause) || l.broken || len(l.items) < 2 {
		return false
	}
	return distinct(l.items) >= 2
}

// allQuoted reports a list whose every item is in backticks or quotes:
// written as code, two items joined by commas are a list of values.
func (l proseListScan) allQuoted() bool {
	return len(l.items) > 0 && l.quoted == len(l.items)
}

// single reports a list of one quoted item: a field with one possible
// value ("Valid values: `TELEPHONE_NUMBER`").
func (l proseListScan) single() bool {
	return len(l.items) == 1 && l.quoted == 1 && !l.broken && l.clean
}

// proseNamesValues reports whether a trigger phrase speaks of values
// ("valid values", not "can be"), so one quoted item after it is a value.
func proseNamesValues(trigger string) bool {
	return strings.Contains(strings.ToLower(trigger), "value")
}

// moreWords end a list, after its conjunction, saying it goes on ("a, b,
// and others"): not values.
var moreWords = map[string]bool{"others": true, "more": true}

// proseList reads items and separators from text[i:].
func proseList(text string, i int) proseListScan {
	var l proseListScan
	for {
		item, n := proseListItem(text[i:])
		if len(l.items) > 0 && n == 0 && isElision(text[i:]) {
			// "a, b, ..., or z" names some values and says there are
			// more: the named ones are kept (listedValues warns that the
			// list is cut short); the rest is never guessed.
			i += len(elision(text[i:]))
			if sep, conj := proseSeparator(text[i:]); sep > 0 {
				i += sep
				l.conj = conj
				continue
			}
			l.clean = proseListEnds(text[i:])
			break
		}
		if len(l.items) > 0 && (item == "etc" || l.conj && moreWords[item]) {
			l.clean = true // "a, b, etc.", "a, b, and others"
			break
		}
		if n == 0 || item == "etc" {
			l.broken = len(l.items) > 0 || item == "etc"
			break
		}
		l.items = append(l.items, item)
		if n > len(item) {
			l.quoted++
		}
		i += n
		if g := itemGloss(text[i:]); g > 0 {
			i += g // "`A` (full), `B` (partial)"
			l.glossed++
		}
		n, conj := proseSeparator(text[i:])
		if t := strings.TrimLeft(text[i:], " "); n == 0 && l.quoted == len(l.items) && text[i-1] == '"' && len(t) < len(text[i:]) && strings.HasPrefix(t, `"`) {
			n = len(text[i:]) - len(t) // strings side by side: "hangup" "end trace" "twiml"
		}
		if t := strings.TrimLeft(text[i:], " "); n == 0 && len(l.items) >= 2 && l.glossed == len(l.items) && l.quoted == len(l.items) && text[i-1] == ')' && len(t) < len(text[i:]) && strings.HasPrefix(t, "`") {
			n = len(text[i:]) - len(t) // a comma lost between glossed items: `connected` (подключен) `disconnected` (отключен)
		}
		if n == 0 {
			// A closing quote glued to the next word ("outbound"status...)
			// ends the list in text copied from a web page.
			glued := l.quoted == len(l.items) && i < len(text) && textLetterByte(text[i])
			l.clean = proseListEnds(text[i:]) || glued
			l.clause = l.conj && clauseWords[firstWord(text[i:])]
			l.verb = l.conj && !l.clean && verbEnd(text[i:])
			break
		}
		if l.conj && strings.HasPrefix(strings.TrimLeft(text[i:], " "), ",") {
			// "a, b or c, reflecting ...", "a, b or c, and will be ...":
			// c was the last item; a list has one conjunction.
			l.comma = true
			break
		}
		l.and = conj && !alternatives(text[i-1:i+n])
		i += n
		l.conj = conj
		if strings.TrimSpace(text[i:]) == "" {
			l.clean = true // a list ending in its separator ("a, b, ")
			break
		}
	}
	l.end = i
	return l
}

// verbEnd reports text that is a word or two in lower case, then the end
// of the sentence: the verb a list is the subject or object of.
func verbEnd(s string) bool {
	sentence, _, _ := strings.Cut(s, ". ")
	sentence = strings.TrimSuffix(strings.TrimSpace(sentence), ".")
	words := strings.Fields(sentence)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !strings.ContainsFunc(w, unicode.IsLower) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// itemGloss returns the length of a short bracketed gloss after a list
// item (" (full)"), or 0.
func itemGloss(s string) int {
	t := strings.TrimLeft(s, " ")
	if !strings.HasPrefix(t, "(") {
		return 0
	}
	end := strings.IndexByte(t, ')')
	if end < 0 {
		return 0
	}
	// A condition may run longer and quote a word: (if "Success" flag is
	// enabled for the code applied to the call).
	conditional := valueGlossWords[firstWord(t[1:])] && end <= 3*maxItemGloss && !strings.ContainsAny(t[:end], ".;`")
	if !conditional && (end > maxItemGloss || strings.ContainsAny(t[:end], ".;`\"")) {
		return 0
	}
	return len(s) - len(t) + end + 1
}

// maxItemGloss bounds the gloss itemGloss skips.
const maxItemGloss = 40

// isElision reports text that starts with "..." or "…".
func isElision(s string) bool { return elision(s) != "" }

// elision returns the "..." or "…" s starts with, or "".
func elision(s string) string {
	for _, e := range []string{"...", "…"} {
		if strings.HasPrefix(s, e) {
			return e
		}
	}
	return ""
}

// proseListItem reads one value token at the start of s, maybe quoted or bold.
// It returns the token and the bytes read, or n == 0. A code span or a
// double-quoted string may hold a value of a few words (`Not Enrolled`).
func proseListItem(s string) (string, int) {
	for _, q := range [][2]string{{"`", "`"}, {`"`, `"`}, {"“", "”"}, {"'", "'"}, {"‘", "’"}} {
		if v, n := proseQuoted(s, q[0], q[1]); n > 0 {
			return v, n
		}
	}
	for _, q := range [][2]string{{"**", "**"}, {"`", "`"}, {`"`, `"`}, {"'", "'"}, {"“", "”"}, {"‘", "’"}} {
		if strings.HasPrefix(s, q[0]) {
			tok := proseToken(s[len(q[0]):])
			after := s[len(q[0])+len(tok):]
			switch {
			case tok == "":
				return "", 0
			case strings.HasPrefix(after, q[1]):
				return tok, len(q[0]) + len(tok) + len(q[1])
			case q[0] != "**" && strings.TrimSpace(after) == "":
				// Generated SDK docs drop the quote closing the last
				// item: "Values can be: 'agent', 'user', 'ivr".
				return tok, len(s)
			}
			return "", 0
		}
	}
	tok := proseToken(s)
	return tok, len(tok)
}

// maxQuoted bounds the length of a quoted value in prose.
const maxQuoted = 60

// proseQuoted reads a value of up to maxWords words between open and
// close at the start of s; n is 0 when there is none.
func proseQuoted(s, open, close string) (string, int) {
	rest, ok := strings.CutPrefix(s, open)
	if !ok {
		return "", 0
	}
	end := strings.Index(rest, close)
	if end <= 0 || end > maxQuoted {
		return "", 0
	}
	v := rest[:end]
	if u := unquote(v); u != v && open == "`" {
		// `"N/A"`: a string literal written as code is sent as it is.
		if literalValue(u) || u == "" {
			return u, len(open) + end + len(close) // `""`: the empty string, an item the list reports
		}
		return "", 0
	}
	if v != strings.TrimSpace(v) || !strings.Contains(v, " ") {
		return "", 0 // single tokens are read as tokens, with their rules
	}
	if r, _ := utf8.DecodeRuneInString(rest[end+len(close):]); (close == "'" || close == "’") && unicode.IsLetter(r) {
		return "", 0 // an apostrophe ('the agent's turn'), not a closing quote
	}
	if _, why := wireValue(v, true); why != "" {
		return "", 0
	}
	return v, len(open) + end + len(close)
}

// literalValue reports whether a string literal can be a value: short,
// a few words, no quotes in it.
func literalValue(s string) bool {
	return s != "" && s == strings.TrimSpace(s) && len(s) <= maxWire && utf8.ValidString(s) &&
		len(strings.Fields(s)) <= maxWords && !strings.ContainsAny(s, "\"'`") && strings.ContainsFunc(s, isAlnum)
}

// proseToken returns the token at the start of s: a letter or digit, then
// letters, digits, "_", "-", "."; a trailing "." or "-" is punctuation.
func proseToken(s string) string {
	if s == "" || !textAlnumByte(s[0]) {
		return ""
	}
	n := 1
	for n < len(s) && (textAlnumByte(s[n]) || strings.IndexByte("_-.", s[n]) >= 0) {
		n++
	}
	if r, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsLetter(r) {
		return "" // a word with a non-ASCII letter, not a token
	}
	return strings.TrimRight(s[:n], ".-")
}

// proseSeparator reads ", ", ", or ", " or ", " and ", " | " at the start
// of s, or "/" between capitalised alternatives or code spans (`a`/`b`).
// conj reports "or"/"and".
func proseSeparator(s string) (n int, conj bool) {
	t := strings.TrimLeft(s, " ")
	switch {
	case len(s) > 1 && s[0] == '/' && (textUpperByte(s[1]) || s[1] == '`'):
		return 1, false // Busy/NoAnswer: capitalised alternatives (not audio/wav)
	case len(t) < len(s) && strings.HasPrefix(t, "/ "):
		return len(s) - len(strings.TrimLeft(t[1:], " ")), false // "udp" / "tcp"
	case strings.HasPrefix(t, ","), strings.HasPrefix(t, "|"):
		t = strings.TrimLeft(t[1:], " ")
		if w := proseConjunction(t); w > 0 {
			return len(s) - len(t) + w, true
		}
		return len(s) - len(t), false
	case len(t) < len(s):
		if w := proseConjunction(t); w > 0 {
			return len(s) - len(t) + w, true
		}
	}
	return 0, false
}

// proseConjunction returns the length of "or " or "and " (with following
// spaces) at the start of s, or 0.
func proseConjunction(s string) int {
	for _, w := range conjunctions {
		if strings.HasPrefix(s, w) {
			return len(s) - len(strings.TrimLeft(s[len(w):], " "))
		}
	}
	return 0
}

// conjunctions end a list: "or" and "and" in English and the languages
// of the corpus (Portuguese, French, Spanish, Italian, German, Turkish,
// Russian, Vietnamese), each with the space after it.
var conjunctions = []string{"or ", "and ", "ou ", "et ", "y ", "o ", "e ", "und ", "oder ", "ve ", "veya ", "yada ", "ya da ", "или ", "и ", "và ", "hoặc "}

// proseListEnds reports whether s (the text after the last item) ends the
// list cleanly.
func proseListEnds(s string) bool {
	t := strings.TrimLeft(s, " ")
	if t == "" {
		return true
	}
	switch t[0] {
	case '.':
		// A full stop, maybe glued to the next sentence in copied text
		// ("no-answer".Final result ...).
		return len(t) == 1 || t[1] == ' ' || t[1] == '\n' || textUpperByte(t[1])
	case ';', ')', '[', '(', ']', '\n':
		return true
	}
	// A plural noun saying what the list is, then the end: "one of the
	// 'break' or 'hold' types".
	if noun, rest, _ := strings.Cut(t, " "); countedNouns[strings.TrimRight(noun, ".;,")] && (rest == "" || noun[len(noun)-1] == '.' || noun[len(noun)-1] == ';') {
		return true
	}
	// A dash, then what the list is: "`BUSY`, `CALL BACK` — Predefined
	// statuses."
	return s != t && (strings.HasPrefix(t, "— ") || strings.HasPrefix(t, "– ") || strings.HasPrefix(t, "- "))
}

// clauseWords open a clause that may follow a list's last item without a
// comma.
var clauseWords = proseSet("depending when whenever if unless based according while because since as after before")

// proseCountVerbs come right before a stated count ("has 28 call
// statuses"), proseCountNouns end it.
var (
	proseCountVerbs = proseSet("has have had are is of following list lists with contain contains support supports define defines include includes all these total")
	proseCountNouns = proseSet("values statuses states codes types reasons causes events options outcomes results modes kinds")
)

func proseSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// statedCount finds a count of values a document states ("Voice currently
// has 28 call statuses"): a verb or "of"/"following", a number, up to two
// words, and a noun such as values, statuses or states.
func statedCount(text string) (n int, ok bool) {
	if !strings.ContainsAny(text, "0123456789") {
		return 0, false
	}
	words := proseWords(text)
	for i := 1; i+1 < len(words); i++ {
		if n, ok := proseCountAt(text, words, i); ok {
			return n, true
		}
	}
	return 0, false
}

// proseCountAt reads a stated count whose number is words[i].
func proseCountAt(text string, words []proseWord, i int) (int, bool) {
	num := words[i]
	if len(num.text) > 6 || strings.Trim(num.text, "0123456789") != "" ||
		!proseCountVerbs[words[i-1].text] || !proseSpaceGap(text, words[i-1], num) {
		return 0, false
	}
	for k := i + 1; k < len(words) && k <= i+3 && proseSpaceGap(text, words[k-1], words[k]); k++ {
		if proseCountNouns[words[k].text] {
			n, err := strconv.Atoi(num.text)
			return n, err == nil && n > 0
		}
	}
	return 0, false
}

// Text helpers shared by the parsers of this package's damaged formats.

// textIsSpace reports white space, including the non-breaking and
// zero-width spaces web pages leave in copied text.
func textIsSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// textNormalize trims text and turns every run of white space into one
// space.
// halfWidthMarks writes the full-width marks of Chinese and Japanese text
// (，、：。（）；) as their ASCII ones, spaced as English spaces them, so a
// list in such a sentence reads as one in English: "座席状态。Ready、
// NotReady" is "座席状态. Ready, NotReady".
func halfWidthMarks(s string) string {
	if !strings.ContainsAny(s, "，、：。（）；") {
		return s
	}
	s = halfWidth.Replace(s)
	for strings.Contains(s, "  ") {
		s = strings.ReplaceAll(s, "  ", " ") // "类型： agent": one space after the colon
	}
	return strings.TrimSpace(s)
}

var halfWidth = strings.NewReplacer("，", ", ", "、", ", ", "：", ": ", "。", ". ", "（", " (", "）", ") ", "；", "; ")

func textNormalize(s string) string {
	return strings.Join(strings.FieldsFunc(s, textIsSpace), " ")
}

// textOfLines joins the normalised text of lines with spaces.
func textOfLines(lines []Line) string {
	parts := make([]string, 0, len(lines))
	for _, l := range lines {
		if t := textNormalize(l.Text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

func textBlank(s string) bool { return strings.TrimFunc(s, textIsSpace) == "" }

func textAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func textAlnumByte(c byte) bool { return textLetterByte(c) || textDigitByte(c) }

// textQuote quotes text for a message, shortened to stay readable.
func textQuote(s string) string {
	const max = 120
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return strconv.Quote(s)
}

// definitionValues finds the values a definition of one field lists (a
// table cell describing a field, the text under a term). Besides the lists
// inlineValues finds there, a definition may gloss each value without
// any phrase before them ("`inbound` for calls into the platform,
// `outboundAPI` for calls made with the API"), and it may list values in
// several sentences ("Can be `a` or `b`. With trunking, the
// values can be `c` or `d`"): all of them are the field's.
// allDataFields reports values that are all names of data fields written
// in camel case (TaskSid, CallId: see isDataField); start_time or
// TELEPHONE_NUMBER are values spelt like fields.
func allDataFields(values []string) bool {
	for _, v := range values {
		if strings.ContainsAny(v, "_- ") || strings.ToUpper(v) == v || !isDataField(v) {
			return false
		}
	}
	return len(values) > 0
}

func definitionValues(text string) ([]string, bool) {
	values, ok := inlineValues(text)
	for _, read := range definitionReaders {
		if ok {
			break
		}
		if values, ok = read(text); ok && booleans(values) {
			return nil, false
		}
	}
	if !ok || allDataFields(values) || typeUnion(text, values) {
		return nil, false // "(TaskSid, WorkerSid, ActivitySid)" names fields; `string` | `Blob` types
	}
	// Later sentences may add values: read the text after each full stop
	// that follows the first list, for as long as lists are found.
	seen := map[string]bool{}
	for _, v := range values {
		seen[v] = true
	}
	rest := text
	for range maxDefinitionLists {
		end := strings.Index(rest, ". ")
		if end < 0 {
			break
		}
		rest = rest[end+2:]
		more, ok := inlineValues(rest)
		if !ok {
			continue
		}
		for _, v := range more {
			if !seen[v] {
				seen[v] = true
				values = append(values, v)
			}
		}
	}
	return values, true
}

// definitionReaders are the readings of a definition tried, in order,
// when inlineValues finds no list.
var definitionReaders = []func(string) ([]string, bool){
	quotedGlossList,     // `inbound` for ..., `outboundAPI` for ...
	bareGlossList,       // outbound for outgoing calls, inbound for incoming calls
	pairedValues,        // sip:SIP话机接听方式;pstn:电话接听方式
	parenthesizedValues, // Output mode (`COMPOSED` or `INDIVIDUAL`)
	whetherValues,       // whether ... is a `GET` or a `POST`
	sentenceGlosses,     // `Inbound` represents ... `Outbound` represents ...
	quotedUnion,         // "inbound" | "outbound"
	labelGlosses,        // The events are: Offered: when ... Accepted: when ...
	fixedValue,          // Always `outbound` for this event.
	bareSentenceList,    // State. Ready, NotReady, Logout
	meaningValues,       // “in” means inbound ... while “out” means outbound
	commaQuotedList,     // Direction of the call, 'IN', 'OUT' or 'BOTH' (default).
	dashedTokenList,     // وضعیت کانال تماس -Done, reserved, offHook,Dialing, Ring
}

// dashedTokenList finds a definition that ends, after a dash, in tokens
// and commas only, three at least, the first perhaps glued to the dash,
// a comma perhaps without its space: "وضعیت کانال تماس -Done, reserved,
// offHook,Dialing, Ring". What the dash follows glosses them.
func dashedTokenList(text string) ([]string, bool) {
	i := strings.LastIndex(text, " -")
	if i < 0 {
		return nil, false
	}
	items := splitTokens(strings.TrimSuffix(strings.TrimSpace(text[i+2:]), "."), ",")
	if len(items) < 3 || distinct(items) < len(items) || allDataFields(items) {
		return nil, false
	}
	return items, true
}

// commaQuotedList finds a list that ends a definition's first sentence
// after a comma, every item quoted or in code and the last after "or":
// "Direction of the call, 'IN', 'OUT' or 'BOTH' (default).".
func commaQuotedList(text string) ([]string, bool) {
	for i := strings.Index(text, ", "); i >= 0; {
		l := proseList(text, i+2)
		if l.ok(2, true) && l.allQuoted() && !l.and {
			return l.items, true
		}
		next := strings.Index(text[i+2:], ", ")
		if next < 0 || strings.Contains(text[i+2:i+2+next], ". ") {
			break
		}
		i += 2 + next
	}
	return nil, false
}

// bracketGlosses finds brackets holding two constants or more, each
// followed by a colon and its gloss, commas or semicolons between them:
// "Kết quả của cuộc gọi (ANSWERED: cuộc gọi được trả lời, NOANSWERED:
// cuộc gọi thất bại)".
func bracketGlosses(text string) ([]string, bool) {
	if strings.ContainsAny(text, "【（") {
		text = fullWidthBrackets.Replace(text) // 【NONE:不录制，RING:响铃录制】
	}
	for open := strings.IndexByte(text, '('); open >= 0; {
		inner, _, ok := strings.Cut(text[open+1:], ")")
		if !ok {
			break
		}
		if ms := glossedConstant.FindAllStringSubmatchIndex(inner, -1); len(ms) >= 2 && ms[0][0] == 0 {
			values := make([]string, len(ms))
			for i, m := range ms {
				values[i] = inner[m[2]:m[3]]
			}
			if distinct(values) == len(values) {
				return values, true
			}
		}
		if values := dashGlossed(inner); len(values) >= 2 {
			return values, true
		}
		next := strings.IndexByte(text[open+1:], '(')
		if next < 0 {
			break
		}
		open += next + 1
	}
	return nil, false
}

// dashGlossed reads the parts of a bracket, ideographic or other commas
// between them, that each give a constant and its gloss in another
// script, a dash between them: "转接-TRANS、咨询-CONSULT、三方通话-THREE_WAY、
// 空为正常". Two parts at least and most of them must be so; the
// constants are returned, or nil.
func dashGlossed(inner string) []string {
	parts := strings.FieldsFunc(inner, func(r rune) bool { return r == '、' || r == ',' || r == ';' })
	var values []string
	for _, p := range parts {
		left, right, ok := strings.Cut(strings.TrimSpace(p), "-")
		switch {
		case !ok:
		case upperSnake(right) && len(right) > 1 && otherScript(left):
			values = append(values, right)
		case upperSnake(left) && len(left) > 1 && otherScript(right):
			values = append(values, left)
		}
	}
	if len(values) < 2 || len(values)*2 < len(parts) || distinct(values) < len(values) {
		return nil
	}
	return values
}

// otherScript reports text that holds a letter of a script other than
// Latin: a gloss in Chinese, Japanese, Cyrillic, ...
func otherScript(text string) bool {
	return strings.ContainsFunc(text, func(r rune) bool { return unicode.IsLetter(r) && r >= 0x80 && !unicode.Is(unicode.Latin, r) })
}

// glossedConstant matches a constant and the colon after it, at the start
// or after a comma or semicolon; a gloss in CJK may follow the colon
// without a space.
var glossedConstant = regexp.MustCompile(`(?:^|[,;]\s*)([A-Z][A-Z0-9_]+)\s*:(?:\s|[^\x00-\x7F])`)

// fullWidthBrackets writes the brackets and the marks inside them that
// CJK text uses in ASCII.
var fullWidthBrackets = strings.NewReplacer("【", "(", "】", ")", "（", "(", "）", ")", "，", ", ", "；", "; ", "：", ":")

// meaningValues finds two values or more, each quoted and followed by a
// verb saying what it means, anywhere in a definition: "“in” means inbound
// from the trunk while “out” means outbound to the trunk".
func meaningValues(text string) ([]string, bool) {
	if !strings.Contains(text, " mean") && !strings.Contains(text, " indicate") && !strings.Contains(text, " represent") {
		return nil, false // the common case: no such verb
	}
	var values []string
	for _, m := range quotedMeaning.FindAllStringSubmatch(quotedMarks.Replace(text), -1) {
		if v := firstNonEmpty(m[1:]); !slices.Contains(values, v) {
			values = append(values, v)
		}
	}
	return values, len(values) >= 2
}

// quotedMarks drops bold and code marks inside quotes: “**in**” and
// “`in`” (bold read as code) are “in”.
var quotedMarks = strings.NewReplacer("**", "", "“`", "“", "`”", "”", "\"`", "\"", "`\"", "\"")

// quotedMeaning matches a quoted token and the verb saying what it means.
var quotedMeaning = regexp.MustCompile("(?:^|[\\s(])(?:`([\\w.-]+)`|'([\\w.-]+)'|\"([\\w.-]+)\"|“([\\w.-]+)”)\\s+(?:means|indicates|represents|denotes|stands for)\\b")

// bareSentenceList finds a sentence of a definition that is only a list,
// after a label (a sentence or a colon of a few words): three tokens or
// more, no conjunction ("Agent state. Ready, NotReady, Logout"), or, after
// the label's colon, two or more each glossed in brackets ("Event type:
// agent (agent events), csta (call events)").
func bareSentenceList(text string) ([]string, bool) {
	label := 0 // where the current sentence, perhaps a label, started
	for i := 0; i < len(text); i++ {
		if text[i] != '.' && text[i] != ':' || i+1 < len(text) && text[i+1] != ' ' {
			continue
		}
		before := text[label:i]
		label = i + 2
		if len(strings.Fields(before)) > maxLabelWords || proseIsExample(before) || i+2 >= len(text) {
			continue
		}
		l := proseList(text, i+2)
		if l.broken || !l.clean || len(l.items) < 2 || distinct(l.items) < len(l.items) {
			continue
		}
		if !l.conj && len(l.items) >= 3 && allTokens(l.items) && text[i] == '.' || l.glossed == len(l.items) && text[i] == ':' {
			return l.items, true
		}
	}
	return nil, false
}

// allTokens reports items that are each one word, no spaces.
func allTokens(items []string) bool {
	for _, it := range items {
		if strings.Contains(it, " ") {
			return false
		}
	}
	return true
}

// maxDefinitionLists bounds the sentences definitionValues reads after
// the first list (and so its time on hostile input).
const maxDefinitionLists = 8

// quotedGlossList finds, anywhere in text, two or more values written as
// code or quoted, each followed by a gloss that starts with a word such as
// "for", "if" or "when", separated by commas or "or" ("`inbound` for calls
// into the platform, `outboundAPI` for calls made with the API", "'internal'
// if all the participants are from the company, or 'unknown' if ...").
func quotedGlossList(text string) ([]string, bool) {
	for i, tries := 0, 0; i < len(text) && tries < maxGlossStarts; i++ {
		q := text[i]
		if q != '`' && q != '\'' && q != '"' || i > 0 && text[i-1] != ' ' && text[i-1] != ':' {
			continue // "completed:`BRIDGE` for ...": a copy's lost space
		}
		tries++
		if items, ok := glossedParts(glossParts(text, i)); ok {
			return items, true
		}
		if j := strings.IndexByte(text[i+1:], q); j >= 0 {
			i += j + 1 // past the closing quote
		}
	}
	return nil, false
}

// pairedValues reads a definition that is nothing but values each paired
// with its label, the pairs joined by semicolons: "sip:SIP话机接听方式;
// pstn:电话接听方式", "caller — hung up by the caller; callee — hung up by
// the callee" (a number paired so is a code, never a value).
func pairedValues(text string) ([]string, bool) {
	parts := strings.FieldsFunc(strings.TrimRight(strings.TrimSpace(text), ";；。."), func(r rune) bool { return r == ';' || r == '；' })
	if len(parts) < 2 {
		return nil, false
	}
	var items []string
	for _, p := range parts {
		token, label, ok := strings.Cut(strings.Replace(strings.TrimSpace(p), "：", ":", 1), ":")
		if !ok {
			token, label, ok = cutSpacedDash(strings.TrimSpace(p)) // "caller — hung up by the caller"
		}
		token = strings.TrimSpace(token)
		if wire, why := wireValue(token, false); !ok || why != "" || isNumber(wire) || admonitions[strings.ToLower(wire)] || strings.TrimSpace(label) == "" {
			return nil, false
		}
		items = append(items, token)
	}
	return items, distinct(items) == len(items)
}

// cutSpacedDash cuts s around its first spaced dash (-, – or —).
func cutSpacedDash(s string) (before, after string, found bool) {
	for _, sep := range []string{" — ", " – ", " - "} {
		if before, after, found = strings.Cut(s, sep); found {
			return before, after, true
		}
	}
	return s, "", false
}

// bareGlossList finds, at the start of text or after a colon or dash,
// two or more values written plain, each a lower-case token or a constant
// followed by "for", "when" or "if" and its gloss ("outbound for outgoing
// calls, inbound for incoming calls"); a copy often loses the code marks
// quotedGlossList reads.
func bareGlossList(text string) ([]string, bool) {
	for _, start := range glossStarts(text) {
		var items []string
		for _, p := range glossParts(text, start) {
			tok := proseToken(p)
			rest := strings.TrimPrefix(p, tok)
			switch {
			case tok != "" && (startsLower(tok) || tokenShape(tok) == shapeConst) && bareGlossWords[firstWord(rest)] && strings.HasPrefix(rest, " "):
				items = append(items, tok)
			case len(items) > 0 && !strings.ContainsAny(p, "`'\""):
				// the gloss goes on: "or" split it
			default:
				items = nil
			}
			if items == nil {
				break
			}
		}
		if len(items) >= 2 && distinct(items) == len(items) {
			return items, true
		}
	}
	return nil, false
}

// bareGlossWords start the gloss of a value written plain.
var bareGlossWords = proseSet("for when if")

// glossStarts are where a list of glossed values may start: the text's
// start, and after a colon or a spaced dash.
func glossStarts(text string) []int {
	starts := []int{0}
	for _, sep := range []string{": ", " – ", " - ", " — "} {
		if i := strings.Index(text, sep); i >= 0 {
			starts = append(starts, i+len(sep))
		}
	}
	return starts
}

// bareCodes reports an unquoted list that reads as codes, not words: three
// items at least joined by a conjunction, or four at least, one of them at
// least written as a code (no_answer, in-progress, NoAnswer).
func bareCodes(l proseListScan) bool {
	if len(l.items) < 3 || !l.conj && len(l.items) < 4 {
		return false // four or more need no "or": (Disconnected, NoReply, Ringing, Connected)
	}
	for _, it := range l.items {
		if strings.ContainsAny(it, "_-") || tokenShape(it) == shapeConst && !startsUpperOnly(it) {
			return true
		}
	}
	return false
}

// startsUpperOnly reports a capitalised word (Busy), which is prose's
// shape too.
func startsUpperOnly(s string) bool {
	return s != "" && textUpperByte(s[0]) && !strings.ContainsFunc(s[1:], func(r rune) bool { return 'A' <= r && r <= 'Z' })
}

// parenthesizedValues finds values in brackets that hold nothing else:
// two or more quoted values, separated by commas or "or", maybe cut short
// with "...": "Output mode (`COMPOSED` or `INDIVIDUAL`)"; or, unquoted, a
// list of codes (see bareCodes): "a final status (answered, no_answer,
// busy or failed)"; or three words in lower case or more ending the
// definition, the last after "or", in any language: "Wer den Anruf
// beantwortet hat (human, machine oder unknown)".
func parenthesizedValues(text string) ([]string, bool) {
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		if p, ok := parenList(text, i); ok && (p.allQuoted() && len(p.items) >= 2 || bareCodes(p.proseListScan) || p.union || p.conj && len(p.items) >= 2 && namesValuesBefore(text[:i]) || p.conj && !p.and && len(p.items) >= 3 && endsText(text, i) && singleWords(p.items) || p.etc && len(p.items) >= 2 && compoundConstants(p.items)) {
			return p.items, true
		}
	}
	return nil, false
}

// namesValuesBefore reports a sentence that, up to a bracket, names what
// the values in it are: "The status of the conversation (live or ended)".
func namesValuesBefore(text string) bool {
	if i := strings.LastIndex(text, ". "); i >= 0 {
		text = text[i+2:]
	}
	for _, w := range proseWords(text) {
		if valueHeadingWords[w.text] && w.text != "value" && w.text != "values" && w.text != "type" {
			return true
		}
	}
	return false
}

// parenScan is a list that fills a pair of brackets.
type parenScan struct {
	proseListScan
	union bool // joined by bars: (inbound | outbound)
	code  bool // some item is written as code
	etc   bool // cut short with "etc" (NORMAL_CLEARING, ORIGINATOR_CANCEL, etc)
}

// parenList reads the list in the brackets opening at text[i]; ok is
// false unless the list fills them.
func parenList(text string, i int) (parenScan, bool) {
	end := strings.IndexByte(text[i:], ')')
	if end < 0 {
		return parenScan{}, false
	}
	inner := strings.TrimSpace(text[i+1 : i+end])
	inner = strings.TrimSpace(strings.TrimRight(strings.TrimSuffix(inner, "…"), ". "))
	inner = strings.TrimSpace(strings.TrimSuffix(inner, ","))
	inner, etc := strings.CutSuffix(inner, ", etc")
	if q, cut := strings.CutSuffix(inner, " etc"); !etc && cut && strings.HasSuffix(q, `"`) {
		inner, etc = q, true // ("dial", "gather" etc)
	}
	l := proseList(inner, 0)
	if l.broken || l.end != len(inner) {
		return parenScan{}, false
	}
	union := len(l.items) >= 2 && strings.Contains(inner, "|") && !strings.Contains(inner, ",")
	return parenScan{proseListScan: l, union: union, code: strings.Contains(inner, "`"), etc: etc}, true
}

// compoundConstants reports items each a constant with an underscore
// (NORMAL_CLEARING): no word of prose is so written.
func compoundConstants(items []string) bool {
	for _, it := range items {
		if !upperSnake(it) || !strings.Contains(it, "_") {
			return false
		}
	}
	return len(items) > 0
}

// exampleParenList reads brackets at i that give examples ("(e.g.,
// 'completed', 'missed')") as parenList reads a list in brackets.
func exampleParenList(text string, i int) (parenScan, bool) {
	rest, ok := exampleBody(text, i)
	if !ok {
		return parenScan{}, false
	}
	return parenList("("+rest, 0)
}

// exampleLabels reads brackets at i that give examples as capitalised
// labels of a few words, three at least: "(e.g., Ringing, Connected, In
// Progress, Completed)".
func exampleLabels(text string, i int) ([]string, bool) {
	rest, ok := exampleBody(text, i)
	body, _, closed := strings.Cut(rest, ")")
	if !ok || !closed {
		return nil, false
	}
	labels, _, ok := splitLabels(strings.TrimSuffix(strings.TrimSpace(body), "."))
	return labels, ok && len(labels) >= 3
}

// exampleBody returns the text after the opening bracket at i and the
// word leading examples there (e.g., such as), or false when none does.
func exampleBody(text string, i int) (string, bool) {
	inner := text[i+1:]
	for _, lead := range exampleLeads {
		if rest, ok := strings.CutPrefix(inner, lead); ok {
			return strings.TrimLeft(rest, ",: "), true
		}
	}
	return "", false
}

// exampleLeads start brackets that give examples.
var exampleLeads = []string{"e.g.", "e.g", "eg.", "for example", "such as", "like"}

// quotedUnion finds quoted values joined by bars, a type union written in
// a description: 'Direction of the call. "inbound" | "outbound"'. SDK
// generators that escape twice leave the quotes as &quot; in the text.
func quotedUnion(text string) ([]string, bool) {
	text = strings.ReplaceAll(text, "&quot;", `"`)
	for i := 0; i < len(text); i++ {
		if text[i] != '"' && text[i] != '`' {
			continue
		}
		l := proseList(text, i)
		if len(l.items) >= 2 && l.allQuoted() && !l.broken && strings.Contains(text[i:l.end], "|") && !strings.Contains(text[i:l.end], ",") {
			return l.items, true
		}
		if l.end > i {
			i = l.end
		}
	}
	return nil, false
}

// sentenceGlosses finds values each explained in a sentence of its own
// that starts with it: "`Inbound` represents a call made to the service.
// `Outbound` represents a call made from it." Two such sentences at least.
func sentenceGlosses(text string) ([]string, bool) {
	var values []string
	for _, sentence := range strings.SplitAfter(text, ". ") {
		sentence = strings.TrimSpace(sentence)
		if !strings.HasPrefix(sentence, "`") {
			continue
		}
		v, n := proseListItem(sentence)
		if n > 0 && glossWords[firstWord(sentence[n:])] {
			values = append(values, v)
		}
	}
	return values, len(values) >= 2
}

// whetherValues finds the alternatives a "whether" sentence names as
// code: "Whether the request is a `GET` or a `POST`", "whether to record
// the `inbound` audio ... or the `outbound` audio ... or `both`". The
// values are the longest run of code spans, from the word on to the end
// of the sentence, each joined to the next by text with "or" in it.
func whetherValues(text string) ([]string, bool) {
	words := proseWords(text)
	for _, w := range words {
		if w.text != "whether" {
			continue
		}
		sentence := text[w.end:]
		if end := strings.Index(sentence, ". "); end >= 0 {
			sentence = sentence[:end]
		}
		return orRun(sentence)
	}
	return nil, false
}

// orRun returns the longest run of code spans in s joined by "or".
func orRun(s string) ([]string, bool) {
	var best, run []string
	last := -1 // end of the last code span
	for i := 0; i < len(s); i++ {
		if s[i] != '`' {
			continue
		}
		j := strings.IndexByte(s[i+1:], '`')
		if j < 0 {
			break
		}
		v := s[i+1 : i+1+j]
		if last < 0 || !strings.Contains(" "+s[last:i]+" ", " or ") {
			run = nil
		}
		if wire, why := wireValue(v, true); why == "" {
			run = append(run, wire)
		} else {
			run = nil
		}
		if len(run) > len(best) {
			best = append([]string(nil), run...)
		}
		last = i + 1 + j + 1
		i = last - 1
	}
	if len(best) < 2 {
		return nil, false
	}
	return best, true
}

// maxGlossStarts bounds the code spans quotedGlossList tries a list at.
const maxGlossStarts = 16

// glossedParts reads parts that each start with a value written as code
// and go on with a gloss word; two parts at least, all of them such.
//
// A part without quotes after a glossed one goes on with its gloss, which
// "or" split ("`APP` for running an application on a bridge or channel").
func glossedParts(parts []string) ([]string, bool) {
	var items []string
	for _, p := range parts {
		if len(items) > 0 && !strings.ContainsAny(p, "`'\"") {
			continue
		}
		v, n := proseListItem(p)
		if !strings.ContainsAny(p[:min(len(p), 1)], "`'\"") || n == 0 || !glossWords[firstWord(p[n:])] {
			return nil, false
		}
		items = append(items, v)
	}
	return items, len(items) >= 2
}

// valueGlossWords start the gloss of a value written before them: "`busy`
// when the line is busy", "`Inbound` represents a call made to ...".
var valueGlossWords = proseSet("for when whenever if means meaning indicates represents denotes signifies stands")

// glossWords start the gloss of a value in a sentence or a list of
// glossed values, where a verb or a dash may start it too ("`a` is ...",
// "'eq' - equal"). An item of a list takes only valueGlossWords: "`busy`
// is returned by the API" is prose there.
var glossWords = func() map[string]bool {
	set := proseSet("is to - — – = :")
	for w := range valueGlossWords {
		set[w] = true
	}
	return set
}()

// booleans reports whether values are true and false: a boolean field
// explained value by value, not an enum.
func booleans(values []string) bool {
	for _, v := range values {
		if v != "true" && v != "false" {
			return false
		}
	}
	return true
}

// unsetFlag reports true and false with a word for a flag left unset:
// "Can be true, false or undefined" describes a flag, not an enum.
func unsetFlag(values []string) bool {
	unset := slices.IndexFunc(values, func(v string) bool { return v == "undefined" || v == "null" })
	if unset < 0 {
		return false
	}
	return booleans(slices.Delete(slices.Clone(values), unset, unset+1))
}

// firstWord is the first word of s, lower-cased; a leading ":" counts as
// a word.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if strings.HasPrefix(s, ":") {
		return ":"
	}
	if end := strings.IndexFunc(s, unicode.IsSpace); end >= 0 {
		s = s[:end] // only the first word is read: s may be the rest of a long page
	}
	return strings.ToLower(s)
}

// labelGlosses reads values glossed one after another after a colon, each
// a label of one to three capitalised words (or a constant) and a colon:
// "The events are: Offered: when the platform offers a call Accepted: when the network
// accepts it Trombone Connected: when ...", as a list in a table cell
// reads once its items are run together. Three labels at least, the first
// right after the colon.
func labelGlosses(text string) ([]string, bool) {
	text = strings.ReplaceAll(text, "\n", " ") // "Possible values:<br>SUCCESS: ..."
	intro := strings.Index(text, ": ")
	if intro < 0 || strings.Count(text[intro+2:], ": ") < 3 {
		return nil, false // three labels need three colons after the first
	}
	rest := text[intro+2:]
	var values []string
	for _, m := range glossLabel.FindAllStringSubmatchIndex(rest, maxGlossLabels) {
		label := rest[m[2]:m[3]]
		if len(values) == 0 && m[2] != 0 || admonitions[strings.ToLower(label)] {
			return nil, false
		}
		values = append(values, label)
	}
	return values, len(values) >= 3
}

// glossLabel is a label and its colon, at the start of the text or after a
// space, the label of one to three capitalised words (OnQueue is one) or
// a constant (TRANSACTION_ERROR).
var glossLabel = regexp.MustCompile(`(?:^|\s)([A-Z][a-z]+(?:[A-Z][a-z]+)*(?: [A-Z][a-z]+){0,2}|[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)*): `)

// maxGlossLabels bounds the labels labelGlosses reads.
const maxGlossLabels = 64

// fixedValue reads a field's description that gives the one value the
// field has ("The event type, value is hangup .", "Has the value
// “call_hungup” for this event", "Always `outbound` for this event",
// "For call status events the value will be "CALL_STATUS"", "holds
// **call** value", "“startRecord” 固定値"): the value quoted, or a token
// ending the sentence. A default ("The default value
// is x") is no fixed value.
func fixedValue(text string) ([]string, bool) {
	if strings.Contains(text, "固定") {
		if m := cjkFixedValue.FindStringSubmatch(text); m != nil {
			if wire, why := wireValue(m[1], true); why == "" && !isNumber(wire) {
				return []string{wire}, true // "“startRecord” 固定値": the fixed value, in Japanese or Chinese
			}
		}
	}
	if !containsFold(text, "value") && !containsFold(text, "always") {
		return nil, false // the common case, without the regexp
	}
	if h := heldValue.FindStringSubmatch(text); h != nil {
		// "Type of signal, holds **call** value": the value before the word.
		if wire, why := wireValue(h[1], true); why == "" && !isNumber(wire) && !booleans([]string{wire}) && !articles[strings.ToLower(wire)] && !fixedValueWords[strings.ToLower(wire)] {
			return []string{wire}, true
		}
	}
	m := fixedValuePhrase.FindStringSubmatchIndex(text)
	if m == nil {
		return nil, false
	}
	if before := strings.ToLower(text[:m[0]]); strings.HasSuffix(strings.TrimSpace(before), "default") {
		return nil, false
	}
	rest := text[m[1]:]
	item, n := proseListItem(rest)
	if n == 0 {
		return nil, false
	}
	quoted := n > len(item)
	if !quoted && strings.Contains(strings.ToLower(text[m[0]:m[1]]), "always") && tokenShape(item) != shapeConst {
		return nil, false // "Always capitalized": a word about the value
	}
	after := strings.TrimSpace(rest[n:])
	if !quoted && !(after == "" || strings.HasPrefix(after, ".") || strings.HasPrefix(after, "for ")) {
		return nil, false // "value is used to ...": a sentence
	}
	if _, why := wireValue(item, quoted); why != "" || isNumber(item) || booleans([]string{item}) || !quoted && fixedValueWords[strings.ToLower(item)] {
		return nil, false
	}
	return []string{item}, true
}

// fixedValueWords say what a value is like, not what it is: "This value is
// optional", "always empty".
var fixedValueWords = map[string]bool{
	"optional": true, "required": true, "mandatory": true, "empty": true, "null": true, "nil": true,
	"none": true, "ignored": true, "deprecated": true, "unique": true, "set": true, "present": true,
	"absent": true, "returned": true, "provided": true, "used": true, "sent": true, "zero": true,
	"shared": true, "generated": true, "assigned": true, "reused": true, "passed": true, "stored": true,
	"positive": true, "negative": true, "blank": true, "the": true, "a": true, "an": true, "not": true,
}

// cjkFixedValue matches a quoted value that 固定値 (Japanese) or 固定值
// (Chinese), "fixed value", follows.
var cjkFixedValue = regexp.MustCompile(`[“"「]([^”"」]+)[”"」]\s*(?:の|的)?\s*固定[値值]`)

// heldValue matches a field's text naming its value before the word
// "value": "holds **call** value", "holds the `accept` value", "hold the
// **call** value" as a page may write it.
var heldValue = regexp.MustCompile("(?i)\\bholds?\\s+(?:the\\s+)?[*`\"]*([\\w.-]+)[*`\"]*\\s+value\\b")

// fixedValuePhrase says a field has one value.
var fixedValuePhrase = regexp.MustCompile(`(?i)(?:\b(?:value is|value will be|value will always be|has the value|is always|always set to)|(?:^|[.;(]\s*)always)\s+`)

// containsFold reports whether text holds word in any case (word in lower
// case, ASCII).
func containsFold(text, word string) bool {
	for i := 0; i+len(word) <= len(text); i++ {
		if (text[i]|0x20) == word[0] && strings.EqualFold(text[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// numberedName matches a number, a dash or an equals sign, and a name,
// ended by a separator: "0 - ANSWERED - ...", "3 - NO ANSWER - ...",
// "1 = Outbound,". A number of a range or a sum (2 - 3 seconds) names
// nothing, and a sentence (1 - Create an account) is no name.
var numberedName = regexp.MustCompile(`(?:^|[\s:;,(])(\d{1,3}) ?[-=–] ?([A-Za-z][\w-]*(?: [A-Z][A-Z0-9_]+)*)(?: ?[-–,;:).]|$| \()`)

// numberedNames returns the names a text numbers one by one, two at
// least with distinct numbers and names, and their numbers; nil when it
// numbers fewer.
func numberedNames(text string) (codes, names []string) {
	if !strings.ContainsAny(text, "-=–") {
		return nil, nil
	}
	seen := map[string]bool{}
	for _, m := range numberedName.FindAllStringSubmatch(text, -1) {
		if seen[m[1]] || seen[m[2]] {
			return nil, nil
		}
		seen[m[1]], seen[m[2]] = true, true
		codes, names = append(codes, m[1]), append(names, m[2])
	}
	if len(names) < 2 {
		return nil, nil
	}
	return codes, names
}

// bracketCodes returns the codes a field's description ends with in
// brackets, each set equal to its meaning: "Type of the call. [ c =
// answered, m = missed ]" lists c and m, described as answered and
// missed. ok is false unless every part of two at least is so written.
func bracketCodes(text string) (codes, meanings []string, ok bool) {
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	if !strings.HasSuffix(t, "]") && !strings.HasSuffix(t, ")") {
		return nil, nil, false
	}
	open := strings.LastIndexAny(t, "[(")
	if open < 0 {
		return nil, nil, false
	}
	parts := strings.Split(t[open+1:len(t)-1], ",")
	for _, p := range parts {
		code, meaning, found := strings.Cut(p, "=")
		code, meaning = strings.TrimSpace(code), strings.TrimSpace(meaning)
		if !found || code == "" || meaning == "" || proseToken(code) != code || strings.Contains(meaning, "=") {
			return nil, nil, false
		}
		codes, meanings = append(codes, code), append(meanings, meaning)
	}
	return codes, meanings, len(codes) >= 2
}

// slashValues returns the values a field's description lists with slashes
// between them at its end: all of it ("agent / account"), in brackets
// ("Direction of the call (inbound/outbound)"), after its last colon
// ("Password Type: plaintext/MD5"), or after words, the last of
// which is the first value ("... if you need statistics training /
// meeting / leave"; three values at least then). nil when it lists none.
func slashValues(text string) []string {
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	if open := strings.LastIndexByte(t, '('); open >= 0 && strings.HasSuffix(t, ")") {
		if values, ok := slashAlternatives(t, open); ok {
			return values // "Direction of the call (inbound/outbound)"
		}
	}
	if i := strings.LastIndex(t, ": "); i >= 0 {
		t = t[i+2:]
	}
	first, rest, ok := strings.Cut(t, "/")
	if !ok {
		return nil
	}
	words := strings.Fields(first)
	if len(words) == 0 {
		return nil
	}
	values := splitTokens(words[len(words)-1]+"/"+rest, "/")
	if len(words) > 1 && len(values) < 3 {
		return nil // cut from a sentence: three values at least
	}
	return values
}
