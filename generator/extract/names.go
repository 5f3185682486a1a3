package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/naming"
)

// genericHeadings are section titles that say what kind of content follows
// ("Properties", "Values") rather than what it is about; they never name an
// enum or model, the heading above them does.
var genericHeadings = map[string]bool{
	// In Chinese: request parameters (and their description), response
	// parameters, return values, examples.
	"请求参数": true, "请求参数说明": true, "返回参数": true, "返回参数说明": true,
	"响应参数": true, "响应参数说明": true, "参数说明": true, "返回值": true,
	"返回结果": true, "返回结果说明": true, "响应结果说明": true, "请求示例": true,
	"响应示例": true, "响应结果示例": true, "返回示例": true,
	"properties": true, "property": true, "attributes": true, "fields": true,
	"parameters": true, "params": true, "members": true, "values": true,
	"possible values": true, "allowed values": true, "enum values": true,
	"enum": true, "enumeration": true, "constants": true,
	"example": true, "examples": true, "description": true, "notes": true,
	"note": true, "overview": true, "schema": true, "definition": true,
	"definitions": true, "details": true, "type": true, "response": true,
	"request": true, "body": true, "payload": true, "see also": true,
	"table of contents": true, "contents": true, "summary": true,
	"class overview": true, "methods": true, "constructors": true,
	"enum constants": true, "enum constant detail": true, "enum constant summary": true,
	"enumeration members": true, "enum members": true, "enum fields": true, "index": true,
	"constant summary": true, "constants summary": true, "field summary": true,
	"public methods": true, "public constructors": true, "inherited methods": true,
	"arguments": true, "headers": true, "request parameters": true,
	"response fields": true, "query parameters": true, "body parameters": true,
	"payload fields": true, "event fields": true, "callback parameters": true,
	"webhook fields": true, "entries": true, "namespace": true, "assembly": true,
	"syntax": true, "declaration": true, "inheritance": true, "extension methods": true,
	"remarks": true,
}

// fieldHeadings are the generic headings over lists of fields: the items
// under them are fields, never values, and a value list nested under an
// item lists that field's values.
var fieldHeadings = map[string]bool{
	"properties": true, "property": true, "attributes": true, "fields": true,
	"parameters": true, "params": true, "members": true, "arguments": true,
	"headers": true, "request parameters": true, "response fields": true,
	"query parameters": true, "body parameters": true, "payload fields": true,
	"event fields": true, "callback parameters": true, "webhook fields": true,
	"methods": true, "constructors": true, "ctors": true,
}

// isFieldTitle reports whether a heading announces a list of fields.
//
// A heading ending in such a word ("Message parameters") does too, unless
// it is an enum's ("Enumeration Members").
func isFieldTitle(title string) bool {
	if enumPartTitle(title) {
		return false // "Enumeration Members": an enum's
	}
	words := titleWords(title)
	return len(words) > 0 && (fieldHeadings[strings.Join(words, " ")] || fieldHeadings[words[len(words)-1]])
}

// enumPartTitle reports a title that opens with the word enum and says
// which part of it follows: "Enumeration Members", a column's "Enum
// Member". What it heads is an enum's, never a model's fields.
func enumPartTitle(title string) bool {
	words := titleWords(title)
	return len(words) > 1 && (words[0] == "enum" || words[0] == "enumeration")
}

// requestWords mark a heading about an API call's input or its response.
var requestWords = map[string]bool{
	"request": true, "query": true, "path": true, "returns": true, "returned": true,
	"response": true, "arguments": true, "argument": true, "params": true, "parameters": true,
	"parameter": true, "constructors": true, "methods": true,
}

// payloadWords mark a heading about what a vendor sends: they win over
// requestWords ("Callback parameters", "Webhook request body").
var payloadWords = map[string]bool{
	"webhook": true, "webhooks": true, "callback": true, "callbacks": true, "event": true,
	"events": true, "payload": true, "notification": true, "notifications": true,
}

// isRequestTitle reports a heading over an API call's parameters or
// response rather than a payload the vendor sends.
func isRequestTitle(title string) bool {
	request := false
	for _, w := range titleWords(title) {
		if payloadWords[w] {
			return false
		}
		request = request || requestWords[w]
	}
	return request
}

// isEnumTitle reports a heading that says it is about an enum ("Enum
// CallState", "CallState enumeration").
func isEnumTitle(title string) bool {
	for _, w := range titleWords(title) {
		if w == "enum" || w == "enumeration" || w == "enums" || w == "enumerations" {
			return true
		}
	}
	return false
}

// isGenericTitle reports whether a heading names a kind of content.
func isGenericTitle(title string) bool {
	return genericHeadings[strings.Join(titleWords(title), " ")]
}

// titleWords splits a heading into lower-case words, dropping what is not
// part of a name: parenthesized asides, section numbers, trailing
// attribute lists ({#id}).
func titleWords(title string) []string {
	words := casedTitleWords(title)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}

// casedTitleWords is titleWords keeping each word's case, so that a
// heading naming an identifier in words ("callType values") keeps it.
func casedTitleWords(title string) []string {
	for _, open := range []string{"{", "[#"} { // {#id}, [#id]: anchors
		if i := strings.Index(title, open); i > 0 {
			title = title[:i]
		}
	}
	title = dropParens(title)
	var words []string
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	}) {
		if len(words) == 0 && !startsWithLetter(w) {
			continue // "1.2 Call statuses"
		}
		words = append(words, w)
	}
	return words
}

func dropParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func startsWithLetter(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r)
	}
	return false
}

// modelName names a model after its heading: the heading's words joined
// (DisconnectCallback, "Call details" -> CallDetails).
func modelName(title string) string {
	if isIdentifier(strings.TrimSpace(title)) {
		return naming.Ident(strings.TrimSpace(title))
	}
	return naming.Ident(strings.Join(titleWords(title), " "))
}

// trailingNoise are words at the end of a heading that describe the list
// rather than the thing listed ("Call status values").
var trailingNoise = map[string]bool{
	"values": true, "value": true, "enum": true, "enums": true, "enumeration": true,
	"list": true, "table": true, "reference": true, "constants": true,
}

// optionWords after an identifier title its values: "DirectionCode
// Options" lists DirectionCode's.
var optionWords = map[string]bool{"options": true, "choices": true}

// leadingNoise are words at the start of a heading that are no part of a
// name ("The call statuses", "List of causes").
var leadingNoise = map[string]bool{"the": true, "all": true, "list": true, "of": true, "a": true, "enum": true, "enumeration": true, "enumerated": true}

// maxNameWords bounds the words of a heading that names an enum.
const maxNameWords = 8

// enumName names an enum after its heading. A heading that is already an
// identifier (CallStatusInfoCode, call_status) is kept as it is; a heading
// in words loses its noise words and its last word is made singular, since
// a Go type names one value: "Call status values" and "Call statuses" both
// give CallStatus.
func enumName(title string) string {
	t := strings.TrimSpace(title)
	if isIdentifier(t) {
		return naming.Ident(t)
	}
	words := casedTitleWords(t)
	if len(words) > maxNameWords {
		return "" // a sentence, not a name
	}
	if len(words) > 2 && strings.EqualFold(words[0], "type") && strings.EqualFold(words[1], "alias") {
		words = words[2:] // TypeDoc's "Type Alias CallResult"
	}
	for len(words) > 0 && leadingNoise[strings.ToLower(words[0])] {
		words = words[1:]
	}
	for len(words) > 1 && trailingNoise[strings.ToLower(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	if len(words) == 2 && optionWords[strings.ToLower(words[1])] && isIdentifier(words[0]) {
		words = words[:1] // "DirectionCode Options": the field's
	}
	if len(words) == 0 {
		return ""
	}
	last := &words[len(words)-1]
	if !isIdentifier(*last) {
		*last = singular(strings.ToLower(*last))
	}
	return naming.Ident(strings.Join(words, " "))
}

// isIdentifier reports a heading written as one identifier rather than in
// words: no spaces, and an underscore or a lower-to-upper case change
// (CallStatusInfoCode, call_status). A single English word ("Statuses") is
// words.
func isIdentifier(s string) bool {
	if !startsWithLetter(s) || tokenShape(s) != shapeConst {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return true
}

// singular makes an English plural singular for the endings headings use
// (statuses, causes, codes, replies, reasons); words ending in ss, us or is
// are already singular.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "tuses"): // statuses
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// valueHeadingWords mark a section about values; under such a heading a
// list of plain words ("- Busy: the line was busy") is read as values.
var valueHeadingWords = map[string]bool{
	"status": true, "statuses": true, "state": true, "states": true, "code": true,
	"codes": true, "reason": true, "reasons": true, "cause": true, "causes": true,
	"event": true, "events": true, "type": true, "types": true, "values": true,
	"value": true, "result": true, "results": true, "outcome": true, "outcomes": true,
	"disposition": true, "dispositions": true, "enum": true, "direction": true,
	"strategy": true, "strategies": true, "mode": true, "modes": true, "kind": true, "kinds": true,
	"category": true, "categories": true,
}

// foreignValueNouns are the nouns of valueHeadingWords in the other
// languages of the corpus, written with spaces between words: Spanish,
// Portuguese, French, German, Italian, Russian (short words; longer ones
// by their stems, russianValueStems), Turkish and Polish.
var foreignValueNouns = proseSet("estado estados estatus tipo tipos motivo motivos causa causas evento eventos " +
	"resultado resultados código códigos valor valores dirección razón situação direção sentido " +
	"statut statuts état états raison événement événements résultat résultats valeur valeurs " +
	"zustand zustände typ grund ursache ereignis ereignisse ergebnis ergebnisse wert werte richtung " +
	"stato stati esito esiti risultato codice codici valore valori direzione eventi " +
	"тип типы типа код коды " +
	"durum durumu durumları tür türü neden olay sonuç kod değer yön " +
	"stan przyczyna zdarzenie wynik wartość statusy statusów stany zdarzenia wyniki przyczyny")

// russianValueStems start the value nouns of Russian in any case:
// статусов, статусах, состояния, причины.
var russianValueStems = []string{"статус", "состояни", "событи", "причин", "результат", "значени", "направлени"}

// russianValueNoun reports a Russian value noun.
func russianValueNoun(w string) bool {
	for _, stem := range russianValueStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// cjkValueNouns are the value nouns of languages written without spaces
// between words (Japanese, Chinese) or with particles glued to them
// (Korean): they are found inside a word ("架電ステータスの一覧", "상태는").
var cjkValueNouns = []string{
	"ステータス", "状態", "状态", "狀態", "種別", "種類", "类型", "類型", "理由", "原因",
	"イベント", "事件", "結果", "结果", "コード", "代码", "代碼", "枚举", "列挙",
	"상태", "유형", "종류", "이유", "원인", "이벤트", "결과", "코드",
}

// isValueNoun reports whether a word names values: a status, a state, a
// reason, in English (valueHeadingWords) or another language.
func isValueNoun(word string) bool {
	w := strings.ToLower(word)
	return valueHeadingWords[w] || foreignValueNouns[w] || russianValueNoun(w) || cjkNounEnd(w) > 0 || germanCompound(w)
}

// germanCompound reports a German compound noun ending in a value noun:
// Telefonstatus, Telefonstati, Anrufergebnis, Verbindungszustand.
func germanCompound(word string) bool {
	for _, noun := range germanValueEnds {
		if len(word) > len(noun)+2 && strings.HasSuffix(word, noun) {
			return true
		}
	}
	return false
}

var germanValueEnds = []string{"status", "stati", "zustand", "zustände", "ergebnis", "ergebnisse", "ereignis", "ereignisse", "ursache"}

// cjkNounEnd returns where the first of cjkValueNouns in word ends, or 0.
// ASCII words are skipped at once.
func cjkNounEnd(word string) int {
	if !strings.ContainsFunc(word, isCJK) {
		return 0
	}
	for _, n := range cjkValueNouns {
		if i := strings.Index(word, n); i >= 0 {
			return i + len(n)
		}
	}
	return 0
}

// isCJK reports a letter of a script written without spaces between
// words, or of Hangul.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Katakana, unicode.Hiragana, unicode.Hangul)
}

// cjkNounPhrase is the noun phrase of word that ends in a value noun:
// the noun and the Han, Katakana or Hangul letters before it, up to a
// particle in Hiragana or anything else ("架電ステータスの一覧" gives
// 架電ステータス). "" when word holds no such noun.
func cjkNounPhrase(word string) string {
	end := cjkNounEnd(word)
	if end == 0 {
		return ""
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(word[:start])
		if !unicode.In(r, unicode.Han, unicode.Katakana, unicode.Hangul) && r != 'ー' {
			break
		}
		start -= size
	}
	return word[start:end]
}

// isValueTitle reports whether a heading announces values. "Code" of a
// program (Code Examples, Sample Code, Source code) is none.
func isValueTitle(title string) bool {
	words := naming.Words(title)
	for i, w := range words {
		if !isValueNoun(w) {
			continue
		}
		if strings.EqualFold(w, "code") && programCode(words, i) {
			continue
		}
		return true
	}
	return false
}

// programCode reports the word "code" at words[i] naming a program's code.
func programCode(words []string, i int) bool {
	if i+1 < len(words) && codeNouns[strings.ToLower(words[i+1])] {
		return true // Code Examples
	}
	return i > 0 && codeAdjectives[strings.ToLower(words[i-1])] // Sample Code
}

// codeNouns follow "code" of a program; codeAdjectives come before it.
var (
	codeNouns      = proseSet("example examples sample samples snippet snippets block blocks")
	codeAdjectives = proseSet("sample example source")
)
