package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/docenum/docenum/generator/model"
	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// table is a Markdown pipe table as read: header texts and rows of cells.
type table struct {
	line   int
	header []string // lower-cased
	// codeTitles marks the titles written as code (| Code | `status` |):
	// a field's name.
	codeTitles []bool
	// typeTitle is the first title as written when it is a type's name in
	// Pascal case (| `CallLifecycle` | What it means |), which names the
	// values below it.
	typeTitle string
	rows      []tableRow
	// over holds, by row line, the cells as written of a row with more
	// cells than the header (a description holding "a" | "b"); see
	// mergeOverflow. Few rows have them.
	over map[int][]string
	// labels is set in a section about values, where a first cell of a
	// few capitalised words beside a longer description is a value ("Call
	// Not Answered"); see cellWire. keyLabels is set when a value noun
	// heads the first column of several, where the same holds.
	labels, keyLabels bool
	// keyFields is set for a table of an object's keys, each described in
	// its Value column (see keysDescribed).
	keyFields bool
	// typeRefs is set for a table whose Value column names, in every
	// row, a type a heading of the page defines (| "local" | Participant |):
	// a map's keys and the types of their values, no enum.
	typeRefs bool
	// exampleKeys is set for a table whose first column names, in two
	// rows and half its rows at least, keys of the page's JSON examples
	// (| Wert | over | sid |, | status |, "sid": in the example): fields.
	exampleKeys bool
}

// typeTitle returns title when it is a type's name in Pascal case, else "".
func typeTitle(title string) string {
	if t := strings.Trim(strings.TrimSpace(title), "`"); typeTerm(t) {
		return t
	}
	return ""
}

// cellWire is the wire value cell i of row r holds: a token, or, in a
// table of labels, a label of a few capitalised words (isLabel) that
// another cell of the row describes at more length.
func (t table) cellWire(r tableRow, i int) (wire, why string) {
	c := r.at(i)
	v := c.value()
	if !c.code && len(v) > 1 {
		v = strings.TrimSuffix(v, ".") // the full stop of a cell written as a sentence: "connected."
	}
	wire, why = wireValue(v, c.code)
	if why != "" && i > 0 && i < len(t.header) && nameTitle(t.header[i]) && nameText(c.text) {
		return c.text, "" // | 7 | Retry — Not Available |: a Name column beside codes names however it likes
	}
	// A first column a value noun heads (| Status | Description |) holds
	// labels too.
	labels := t.labels || i == 0 && t.keyLabels
	if why == "" || !labels || c.code || !isLabel(c.text) {
		return wire, why
	}
	for j := range r.width() {
		if d := r.at(j).text; j != i && len(d) > len(c.text) && strings.ContainsRune(d, ' ') {
			return c.text, ""
		}
	}
	return wire, why
}

// setOver keeps the cells of a row wider than the header.
func (t *table) setOver(line int, raw []string) {
	if t.over == nil {
		t.over = map[int][]string{}
	}
	t.over[line] = raw
}

// tableRow is a row's cells, read from goldmark's nodes (cells), or for a
// plain table (pipeTable) kept as where each cell is in the source (plain,
// from the row's first span) and read when asked for: a big table's rows
// then cost a few bytes each.
type tableRow struct {
	line  int
	cells []cell
	plain *plainCells
	// first is where the row's spans start in plain.spans; the row has
	// count cells there, the rest of its width empty (goldmark pads a
	// short row).
	first, count int32
	// off is where the row's line starts in the source, 0 for a row not
	// read from the source (see joinWrappedRows).
	off int
	// bare is set for a line without a bar that Markdown still reads as a
	// row: text between two tables copied as one (see rowsTitle).
	bare bool
}

// plainCells is where the cells of a plain table's rows are: start and end
// offsets in src, in pairs; each row is width cells wide.
type plainCells struct {
	src   string
	spans []int32
	width int
}

// raw is the source of cell i of the row whose spans start at first.
func (p *plainCells) raw(first int32, i int) string {
	k := int(first) + 2*i
	return p.src[p.spans[k]:p.spans[k+1]]
}

// cell is one table cell: its plain text, and the text of the code span or
// emphasis it starts with, if any (a cell "`busy` (final)" leads with busy).
type cell struct {
	text string
	node ast.Node // the cell, for its marked text (see walker.marked)
	raw  string   // or, read without nodes (pipeTable), its source
	lead string
	code bool // lead is a code span
}

// marked is the cell's text with code spans kept in backticks, made only
// for the cells read as prose.
func (w *walker) marked(c cell) string {
	if c.node == nil {
		return markedPlainCell(c.raw)
	}
	return markedText(c.node, w.doc.src)
}

// value returns what the cell holds as a value: its leading code span or
// emphasis, else its whole text.
func (c cell) value() string {
	if c.lead != "" {
		return c.lead
	}
	return c.text
}

// at returns cell i of the row, empty when the row is short or i < 0.
func (r tableRow) at(i int) cell {
	if i < 0 || i >= r.width() {
		return cell{}
	}
	if r.plain != nil {
		if i >= int(r.count) {
			return cell{}
		}
		return readPlainCell(r.plain.raw(r.first, i))
	}
	return r.cells[i]
}

// width is the number of cells the row has.
func (r tableRow) width() int {
	if r.plain != nil {
		return r.plain.width
	}
	return len(r.cells)
}

func (r tableRow) empty() bool {
	for i := range r.width() {
		if r.at(i).text != "" {
			return false
		}
	}
	return true
}

func (w *walker) readTable(n *extast.Table) table {
	var t table
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *extast.TableHeader:
			t.line = w.doc.lineOf(c.Pos())
			for _, h := range w.readCells(c) {
				t.header = append(t.header, headerTitle(h.text))
				t.codeTitles = append(t.codeTitles, h.code && h.lead == h.text)
			}
			if len(t.header) > 0 {
				t.typeTitle = typeTitle(plainText(c.FirstChild(), w.doc.src))
			}
		case *extast.TableRow:
			row := tableRow{line: w.doc.lineOf(c.Pos()), cells: w.readCells(c), off: c.Pos()}
			if raw := w.rawCells(c.Pos()); len(raw) > len(t.header) {
				t.setOver(row.line, raw)
			}
			row.bare = !bytes.ContainsRune(w.doc.lineBytes(w.doc.rawLineOf(c.Pos())), '|')
			if w.struck(row, w.doc.lineBytes(w.doc.rawLineOf(c.Pos()))) {
				continue
			}
			t.rows = append(t.rows, row)
		}
	}
	return t
}

// headerTitle is a column's title as the readers compare it: lower case,
// without the icons a site's theme writes as shortcodes
// (":material-variable: 参数" is 参数).
func headerTitle(text string) string {
	if strings.IndexByte(text, ':') >= 0 {
		text = strings.TrimSpace(shortcode.ReplaceAllString(text, ""))
	}
	return strings.ToLower(text)
}

// shortcode matches an icon or emoji shortcode standing as a word
// (:material-alpha-t-box:, :warning:).
var shortcode = regexp.MustCompile(`(?:^|\s):[a-z][a-z0-9_+-]*:(?:\s|$)`)

// struck reports, with a warning, a row every filled cell of which is
// struck out, a deletion in CriticMarkup ({--2--}) or GitHub's
// ~~strikethrough~~: the document withdrew it. line is the row's source.
func (w *walker) struck(r tableRow, line []byte) bool {
	if !bytes.Contains(line, []byte("{--")) && !bytes.Contains(line, []byte("~~")) {
		return false // the common case, decided without reading a cell
	}
	struck := 0
	for i := range r.width() {
		t := strings.TrimSpace(r.at(i).text)
		switch {
		case t == "":
		case len(t) > 6 && strings.HasPrefix(t, "{--") && strings.HasSuffix(t, "--}"),
			len(t) > 4 && strings.HasPrefix(t, "~~") && strings.HasSuffix(t, "~~"):
			struck++
		default:
			return false
		}
	}
	if struck > 0 {
		w.col.diags.Warnf(w.col.pos(r.line), "table row %q is struck out; skipped", clip(r.at(0).text))
	}
	return struck > 0
}

func (w *walker) readCells(row ast.Node) []cell {
	var cells []cell
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		_, code := c.FirstChild().(*ast.CodeSpan)
		cells = append(cells, cell{text: plainText(c, w.doc.src), node: c, lead: leadText(c, w.doc.src), code: code})
	}
	return cells
}

// rawCells splits the source line at off into its cells as written, at
// each bar not escaped, as goldmark does (but keeping all of them).
func (w *walker) rawCells(off int) []string {
	n := w.doc.rawLineOf(off)
	if n <= 0 || n > w.doc.lines() {
		return nil
	}
	line := strings.TrimSpace(string(w.doc.lineBytes(n)))
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, "\\|") {
		line = line[:len(line)-1]
	}
	var cells []string
	start := 0
	for i := 0; i < len(line); i++ {
		if line[i] == '|' && (i == 0 || line[i-1] != '\\') {
			cells = append(cells, strings.TrimSpace(line[start:i]))
			start = i + 1
		}
	}
	return append(cells, strings.TrimSpace(line[start:]))
}

// mergeOverflow reads again the rows that have more cells than the
// header: a bar inside a code span split a cell (joinCodeSpans), or the
// extra cells go back into the description column (an SDK page writes a
// field's values as "a" | "b" in its description, and the bars split the
// cell); or, when the last column holds values, the extra cells are
// more of them (| status | ringing | in_progress | completed |). The merged
// cells are parsed as Markdown of their own.
func (t table) mergeOverflow(desc, value int) {
	for i, r := range t.rows {
		over, ok := t.over[r.line]
		if !ok {
			continue
		}
		extra := len(over) - len(t.header)
		raw := joinCodeSpans(over)
		if len(raw) != len(t.header) {
			into := -1
			switch {
			case extra <= 0:
			case desc >= 0 && desc < len(t.header) && quotedCells(over[desc+1:desc+extra+1]):
				into = desc
			case value >= 0 && value == len(t.header)-1 && tokenCells(over[value:]):
				into = value
			}
			if into < 0 {
				continue // extra cells at the end of a row are dropped, as goldmark does
			}
			raw = spliceCells(over, into, into+extra+1, strings.Join(over[into:into+extra+1], " | "))
		}
		t.rows[i].setCells(raw)
		delete(t.over, r.line)
	}
}

// spliceCells returns cells with cells[from:to] replaced by one cell.
func spliceCells(cells []string, from, to int, cell string) []string {
	return append(append(append([]string(nil), cells[:from]...), cell), cells[to:]...)
}

// setCells makes the row's cells those written, each read as Markdown;
// the row no longer keeps spans or extra cells.
func (r *tableRow) setCells(raw []string) {
	r.cells = make([]cell, len(raw))
	for j, c := range raw {
		r.cells[j] = markdownCell(c)
	}
	r.plain = nil
}

// joinCodeSpans joins again the cells a bar inside a code span split
// (`string('get' | 'post')`): a cell with an odd number of backticks runs
// on to the cell that closes its span.
func joinCodeSpans(cells []string) []string {
	var out []string
	for i := 0; i < len(cells); i++ {
		c := cells[i]
		for strings.Count(c, "`")%2 == 1 && i+1 < len(cells) {
			i++
			c += " | " + cells[i]
		}
		out = append(out, c)
	}
	return out
}

// quotedCells reports whether each of cells starts with a quote or a
// code span: the pieces of "a" | "b" in a split description.
// tokenCells reports cells each holding a value token, perhaps glossed in
// brackets after it (widget_inbound (a visitor's call)).
func tokenCells(cells []string) bool {
	for _, c := range cells {
		token, _, _ := strings.Cut(strings.TrimSpace(c), " (")
		if wire, why := wireValue(token, false); why != "" || wire == "" {
			return false
		}
	}
	return len(cells) > 0
}

func quotedCells(cells []string) bool {
	for _, c := range cells {
		if !strings.HasPrefix(c, `"`) && !strings.HasPrefix(c, "`") && !strings.HasPrefix(c, `\&quot;`) && !strings.HasPrefix(c, "&quot;") {
			return false
		}
	}
	return len(cells) > 0
}

// markdownCell reads the Markdown of one cell on its own.
func markdownCell(md string) cell {
	src := []byte(md)
	p := parse(src, false).FirstChild()
	if p == nil {
		return cell{}
	}
	_, code := p.FirstChild().(*ast.CodeSpan)
	return cell{text: plainText(p, src), raw: markedText(p, src), lead: leadText(p, src), code: code}
}

// leadText returns the text of the code span, emphasis or link-wrapped
// emphasis a block's inline content starts with, or "".
func leadText(n ast.Node, src []byte) string {
	return leadOf(n.FirstChild(), src)
}

// leadOf is the text of first when it is a code span, emphasis or
// link-wrapped emphasis, or "".
func leadOf(first ast.Node, src []byte) string {
	switch first := first.(type) {
	case *ast.CodeSpan:
		return codeText(first, src)
	case *ast.Emphasis:
		return plainText(first, src)
	case *ast.Link:
		if _, ok := first.FirstChild().(*ast.Text); !ok && first.FirstChild() != nil {
			return plainText(first, src)
		}
	}
	return ""
}

// role is what a column holds.
type role int

const (
	roleWire     role = iota // the wire value, when not in the first column
	roleType                 // a field's type
	roleRequired             // ✅/❌ or yes/no
	roleOptional             // the same, inverted
	roleDesc                 // a description
	roleNotes                // notes ("[optional]")
	roleValues               // the values a field may take ("true, false")
	nRoles
)

// columns holds the index of the column of each role; -1 when absent. The
// first column is always the row's key.
type columns [nRoles]int

var columnRoles = map[string]role{
	"type": roleType, "data type": roleType, "datatype": roleType, "format": roleType,
	"value type": roleType,
	"required":   roleRequired, "mandatory": roleRequired,
	"optional":    roleOptional,
	"description": roleDesc, "desc": roleDesc, "meaning": roleDesc, "details": roleDesc,
	"explanation": roleDesc, "definition": roleDesc, "comment": roleDesc, "describe": roleDesc,
	"comments": roleDesc, "remarks": roleDesc, "summary": roleDesc,
	"what it means": roleDesc, "what it is": roleDesc, "what it does": roleDesc,
	"notes": roleNotes, "note": roleNotes,
	"possible values": roleValues, "allowed values": roleValues, "valid values": roleValues,
	"accepted values": roleValues, "supported values": roleValues, "values": roleValues,
	"value": roleWire, "wire": roleWire, "wire value": roleWire, "string": roleWire,
	"string value": roleWire, "json value": roleWire, "api value": roleWire,
}

// The header words of pages written in other languages (Chinese,
// Japanese, Spanish, Portuguese, French, German, Turkish), for the roles
// above and the first-column headers below.
var (
	translatedRoles = map[string]role{
		"说明": roleDesc, "描述": roleDesc, "含义": roleDesc, "备注": roleDesc, "説明": roleDesc, "概要": roleDesc,
		"descripción": roleDesc, "descrição": roleDesc, "significado": roleDesc,
		"signification": roleDesc, "beschreibung": roleDesc, "bedeutung": roleDesc,
		"açıklama": roleDesc, "anlamı": roleDesc, "anlam": roleDesc, "sebebi": roleDesc, "sebep": roleDesc, "descripcion": roleDesc, "descricao": roleDesc,
		"descrizione": roleDesc, "significato": roleDesc, "описание": roleDesc, "설명": roleDesc,
		"beschrijving": roleDesc, "omschrijving": roleDesc, "opis": roleDesc,
		"类型": roleType, "数据类型": roleType, "型": roleType, "データ型": roleType, "tipo": roleType, "typ": roleType, "tip": roleType, "tür": roleType,
		"值": roleWire, "取值": roleWire, "枚举值": roleWire, "値": roleWire,
		"valor": roleWire, "valeur": roleWire, "wert": roleWire, "değer": roleWire,
		"값": roleWire, "valore": roleWire, "значение": roleWire,
		"유형": roleType, "타입": roleType, "тип": roleType, "тип данных": roleType,
		"комментарий": roleDesc, "примечание": roleDesc,
		"необходимость": roleRequired, "обязательный": roleRequired, "обязательность": roleRequired,
		"допустимые значения": roleValues, "возможные значения": roleValues, "значения": roleValues,
		"mô tả": roleDesc, "ý nghĩa": roleDesc, "ghi chú": roleDesc, "kiểu": roleType, "kiểu dữ liệu": roleType,
		"giá trị": roleWire,
	}
	translatedFieldHeaders = []string{
		"属性", "属性名", "属性名称", "参数", "字段", "字段名", "字段名称", "参数名", "参数名称", "パラメータ", "項目", "項目名", "フィールド",
		"parámetro", "parâmetro", "campo", "atributo", "paramètre", "champ", "attribut",
		"feld", "feldname", "parametre", "değişken", "alan",
		"필드", "파라미터", "매개변수", "parametro", "поле", "параметр", "имя поля", "название поля",
		"tham số", "trường", "tên trường", "tên tham số", "thuộc tính",
	}
	translatedValueKeys = []string{"值", "取值", "枚举", "枚举值", "値", "valor", "valeur", "wert", "değer", "값", "valore", "значение", "giá trị"}
	// The words for "name" and "identifier": key columns, naming no enum.
	translatedKeys = []string{"nombre", "nome", "nom", "identificador", "identifiant", "名称", "名前", "ad", "isim", "이름", "имя", "название"}
)

func init() {
	for w, r := range translatedRoles {
		columnRoles[w] = r
	}
	for _, w := range translatedFieldHeaders {
		fieldHeaders[w] = true
	}
	for _, w := range translatedValueKeys {
		keyHeaders[w], valueKeys[w] = true, true
	}
	for _, w := range translatedKeys {
		keyHeaders[w] = true
	}
}

// findColumns maps header names to roles; the first column of each role
// wins, a second description column holding notes.
func findColumns(header []string) columns {
	var c columns
	for i := range c {
		c[i] = -1
	}
	for i := 1; i < len(header); i++ {
		r, ok := headerRole(header[i])
		switch {
		case ok && c[r] < 0:
			c[r] = i
		case ok && r == roleDesc && c[roleNotes] < 0:
			c[roleNotes] = i // | 说明 | 备注 |: a second description is notes
		}
	}
	return c
}

// headerRole is the role a column header names: by all its words, else by
// its last ("Event description", a translated page's "说明 Description").
func headerRole(h string) (role, bool) {
	if isHTTPHeader(strings.TrimSpace(h)) {
		return 0, false // | Format | Content-Type |: a header's values, no Type column
	}
	words := titleWords(h)
	r, ok := columnRoles[strings.Join(words, " ")]
	if !ok && len(words) > 1 {
		r, ok = columnRoles[words[len(words)-1]]
	}
	if !ok && len(words) > 1 && slices.Contains(valueAdjectives, words[0]) && isValueTitle(strings.Join(words[1:], " ")) {
		return roleValues, true // "Supported event types", "Possible statuses"
	}
	if !ok && len(words) == 1 {
		r, ok = cjkDescription(words[0])
	}
	if a, b, found := strings.Cut(h, "/"); !ok && found && !strings.Contains(b, "/") {
		// "Value / Pattern": the role of the title that has one.
		for _, part := range []string{a, b} {
			if r, ok := headerRole(part); ok {
				return r, true
			}
		}
	}
	if !ok && len(words) > 2 {
		// Vietnamese puts the head noun first: "Mô tả sự kiện" is the
		// event's description.
		if k := strings.Join(words[:2], " "); headFirstRoles[k] {
			r, ok = columnRoles[k]
		}
	}
	return r, ok
}

// headFirstRoles are the column titles of a language that writes the
// head noun first, which may go on with what they are of.
var headFirstRoles = map[string]bool{"mô tả": true, "ý nghĩa": true, "ghi chú": true, "giá trị": true}

// cjkDescriptions are the words ending a title of a description column
// in Chinese, Japanese and Korean, which write no space before them:
// 错误描述 (error description), 中文描述 (Chinese description).
var cjkDescriptions = []string{"描述", "说明", "含义", "备注", "説明", "概要", "설명"}

// cjkDescription reports a title that ends with one of cjkDescriptions.
func cjkDescription(title string) (role, bool) {
	for _, d := range cjkDescriptions {
		if len(title) > len(d) && strings.HasSuffix(title, d) {
			return roleDesc, true
		}
	}
	return 0, false
}

// typeQualifiers are the words before "type" in a title of types
// (Parameter Type, Field Type), not of kinds (Call Type).
var typeQualifiers = map[string]bool{
	"data": true, "value": true, "field": true, "parameter": true, "param": true,
	"property": true, "attribute": true, "return": true, "object": true, "variable": true,
	"json": true, "argument": true, "column": true,
}

// longestDescription is, of the columns whose header names a description
// (first the one findColumns took), the one whose cells say the most: "|
// Reason | Details | Description |" describes in its last column, and its
// Details are values.
func (t table) longestDescription(desc int) int {
	if desc < 0 {
		return desc
	}
	best, bestLen := desc, -1 // measured only when another column competes
	for i := desc + 1; i < len(t.header); i++ {
		if r, ok := headerRole(t.header[i]); !ok || r != roleDesc {
			continue
		}
		if bestLen < 0 {
			bestLen = t.textLength(desc)
		}
		if n := t.textLength(i); n > bestLen {
			best, bestLen = i, n
		}
	}
	return best
}

// textLength is the length of the text of column i, all rows together.
func (t table) textLength(i int) int {
	n := 0
	for _, r := range t.rows {
		n += len(r.at(i).text)
	}
	return n
}

// tableKind is what a table lists.
type tableKind int

const (
	notValues  tableKind = iota // a table of something else
	quotedEnum                  // constant names, wires quoted in the description
	wireEnum                    // wires in a Value column other than the first
	keyEnum                     // wires in the first column
	modelTable                  // fields of a payload object
	typedModel                  // fields whose types sit in the Value column
	labelEnum                   // wires in a later column headed by a value noun
	gridEnums                   // wires in every column, each column an enum
)

// fieldHeaders are first-column headers of tables listing fields.
var fieldHeaders = map[string]bool{
	"field": true, "fields": true, "property": true, "properties": true, "parameter": true,
	"parameters": true, "param": true, "attribute": true, "attributes": true, "member": true,
	"argument": true, "arguments": true, "setting": true, "settings": true,
	"field name": true, "property name": true, "parameter name": true, "attribute name": true,
}

// keyHeaders are first-column headers of a table of values that say
// nothing about what the values are; they cannot name an enum.
var keyHeaders = map[string]bool{
	"name": true, "value": true, "values": true, "key": true, "constant": true,
	"enum": true, "id": true, "wire": true,
}

// valueKeys are first-column headers that announce values even when the
// table also has a Type column ("| Value | Type | Description |").
var valueKeys = map[string]bool{
	"value": true, "values": true, "enum": true, "constant": true, "wire": true,
	"wire value": true, "enum value": true,
}

// kind decides what a table lists from its header and the shape of its
// cells, never from where it comes from. Under an enum's own heading
// (## SessionState enum), a first column of Members (Fields, Names) holds
// the enum's values, not a model's fields.
func (t table) kind(c columns, underEnum bool) tableKind {
	key := strings.Join(titleWords(t.header[0]), " ")
	if words := titleWords(t.header[0]); len(words) > 1 && fieldHeaders[words[len(words)-1]] {
		key = words[len(words)-1] // "Optional parameter", "Event attribute"
	}
	if underEnum && fieldHeaders[key] && c[roleType] < 0 {
		key = "constant"
	}
	if enumPartTitle(t.header[0]) {
		key = "constant" // | Enumeration Member | Value |: an enum's, not a model's
	}
	valueKey := valueKeys[key] || isValueTitle(key) && key != "type" && !fieldHeaders[key]
	switch {
	case t.keyFields || t.exampleKeys:
		return modelTable // | Key | Value |, each value a sentence (see keysDescribed); or keys of the page's JSON
	case t.httpHeaders():
		return notValues // | Content-Type | `application/json` |: a request's headers
	case len(t.header) == 1 && t.tokens(0):
		return keyEnum // a column of values and nothing else
	case (c[roleWire] > 0 || c[roleValues] > 0) && fieldHeaders[key]:
		return modelTable // | Property | Description | Value |: each field's value
	case c[roleValues] > 0 && !valueKeys[key]:
		return modelTable // | Event | Status field values |: what the first column names takes those values
	case c[roleWire] > 0 && c[roleType] < 0 && (t.types(c[roleWire]) || t.typeRefs):
		return typedModel // | Key | Value | whose values are types: bool, "a" | "b"
	case c[roleWire] > 0:
		return wireEnum
	case t.repeats(0) && t.valueColumn(c[roleDesc]) > 0:
		return labelEnum // | Status | Result |: Success over many results, a class of each
	case c[roleDesc] > 0 && (t.quoted(c[roleDesc]) || t.restatesNames(c[roleDesc])):
		return quotedEnum
	case c[roleType] > 0 && !fieldHeaders[key] && t.constants(0) && t.uniform(c[roleType]):
		return keyEnum // | AGENT | string | ... |: constants of one type
	case c[roleType] > 0 && t.pascalNames(0) && len(t.rows) >= 3 && t.uniform(c[roleType]) && t.sentences(c[roleDesc]):
		return keyEnum // | FinalDisp | string | Any number is not dialed again. |: an enum's members
	case c[roleType] > 0 && key == "value" && t.typed(c[roleType]):
		return modelTable // | Value | Type | over | roomId | String? | and | timeout | int |: fields
	case fieldHeaders[key] || c[roleType] > 0 && !valueKey:
		return modelTable
	case c[roleDesc] > 0 && t.dataFieldRows():
		return modelTable // | Rückgabewert | Beschreibung | over record_id, record_timestamp: a result's fields
	case (c[roleDesc] > 0 || c[roleNotes] > 0 || valueKey || keyHeaders[key]) && t.tokens(0):
		return keyEnum // | Type | Notes |: notes describe the values when nothing else does
	case t.valueColumn(c[roleDesc]) > 0:
		return labelEnum
	case t.codedConstants():
		return keyEnum // | NORMAL_RELEASED | 16 |: constants and their codes, whatever the headers say
	case c.none() && t.tokenGrid():
		return gridEnums // | Format | Content-Type | Extension | over | JSON | application/json | json |
	}
	return notValues
}

// anyToken reports a table with a cell, not a number, that is one token:
// it may hold a value no rule placed.
func (t table) anyToken() bool {
	for _, r := range t.rows {
		for i := range t.header {
			if wire, why := t.cellWire(r, i); why == "" && !isNumber(wire) && !strings.Contains(wire, " ") {
				return true
			}
		}
	}
	return false
}

// gridColumn makes the enum of column i of a table of tokens (see
// tokenGrid), named after its title: the first column is the table's
// block, the others restate their rows.
func (w *walker) gridColumn(t table, i int) {
	e := &spec.Enum{Name: enumName(t.header[i]), Line: t.line}
	for _, r := range t.rows {
		wire, _ := t.cellWire(r, i)
		e.Values = append(e.Values, &spec.Value{Wire: wire, Line: r.line})
	}
	w.col.addEnum(e, w.cur, i == 0, i > 0)
}

// none reports a header none of whose later titles names a role.
func (c columns) none() bool {
	for _, i := range c {
		if i >= 0 {
			return false
		}
	}
	return true
}

// tokenGrid reports a table of two columns and two rows at least whose
// every cell is a token, no number, distinct in its column: each column
// lists values, as a mapping of one name onto others does.
func (t table) tokenGrid() bool {
	if len(t.header) < 2 || len(t.rows) < 2 {
		return false
	}
	for i := range t.header {
		seen := map[string]bool{}
		for _, r := range t.rows {
			wire, why := t.cellWire(r, i)
			if why != "" || isNumber(wire) || seen[wire] {
				return false
			}
			seen[wire] = true
		}
	}
	return true
}

// dataFieldRows reports a first column of three names at least, a third
// of them a data field's (record_id, call_timestamp, agent_name): the rows
// are fields, whatever the header calls them. The first sampleRows rows
// decide: a table of fields is short, a table of values may be huge.
func (t table) dataFieldRows() bool {
	n, filled := 0, 0
	for _, r := range t.rows[:min(len(t.rows), sampleRows)] {
		if c := r.at(0); c.text != "" {
			filled++
			if v := c.value(); tokenShape(v) == shapeConst && isDataField(v) {
				n++
			}
		}
	}
	return filled >= 3 && 3*n >= filled
}

// sampleRows is how many rows decide what a table's first column holds.
const sampleRows = 32

// codedConstants reports a table whose first column holds upper-case
// constants, three at least and four cells in five, and a later column a
// number at the start of every cell: values and their codes (Q.850 causes).
func (t table) codedConstants() bool {
	n, total := t.matching(0, func(c cell) bool { return upperSnake(c.value()) })
	if n < 3 || n*5 < total*4 {
		return false
	}
	for i := 1; i < len(t.header); i++ {
		if k, filled := t.matching(i, func(c cell) bool { return isNumber(strings.TrimSuffix(firstField(c.text), ".")) }); filled > 0 && k == filled {
			return true
		}
	}
	return false
}

// firstField is the first white-space separated word of s, or "".
func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// httpHeaders reports a table whose first column names HTTP headers
// (Content-Type, Authorization) in half its rows at least: the headers of
// a request, whose values are no enum.
func (t table) httpHeaders() bool {
	n := 0
	for _, r := range t.rows {
		if isHTTPHeader(r.at(0).value()) {
			n++
		}
	}
	return n > 0 && n*2 >= len(t.rows)
}

// isHTTPHeader reports the name of a request header: a known one
// (Content-Type) or an extension (X-Hub-Signature).
func isHTTPHeader(name string) bool {
	h := strings.ToLower(name)
	return httpHeaderNames[h] || strings.HasPrefix(h, "x-")
}

// httpHeaderRows counts the pipe rows whose first cell names a request
// header.
func httpHeaderRows(rows []pipeRow) int {
	n := 0
	for _, r := range rows {
		if len(r.cells) > 0 && isHTTPHeader(strings.TrimSpace(r.cells[0])) {
			n++
		}
	}
	return n
}

// httpHeaderNames are the request headers API references list.
var httpHeaderNames = map[string]bool{
	"content-type": true, "authorization": true, "accept": true, "content-length": true,
	"user-agent": true, "host": true, "cache-control": true, "accept-encoding": true,
	"content-encoding": true, "idempotency-key": true, "api-key": true,
}

// quoted reports whether every non-empty cell of column i is one quoted
// literal ("Setup").
func (t table) quoted(i int) bool {
	n := 0
	for _, r := range t.rows {
		switch c := r.at(i); {
		case c.text == "":
		case isQuoted(c.text):
			n++
		default:
			return false
		}
	}
	return n > 0
}

// restatesNames reports whether every cell of column i, two at least, is
// the name in the first column spelled as a wire, lower camel case and a
// full stop: | Connected | connected. |, as reference pages generated for
// .NET describe the members of an extensible enum with their wires.
func (t table) restatesNames(i int) bool {
	for _, r := range t.rows {
		name, desc := r.at(0).text, strings.TrimSuffix(r.at(i).text, ".")
		if desc == name || !strings.EqualFold(desc, name) || !startsLower(desc) || strings.ContainsAny(desc, " \t") {
			return false
		}
	}
	return len(t.rows) >= 2
}

// constants reports whether every non-empty cell of column i, two at
// least, is an upper-case constant (AGENT, INBOUND_VOICEMAIL): the names
// of values, not of fields.
func (t table) constants(i int) bool {
	n := 0
	for _, r := range t.rows {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		v := c.value()
		if strings.ToUpper(v) != v || strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") != "" {
			return false
		}
		n++
	}
	return n >= 2
}

// uniform reports whether every non-empty cell of column i says the same.
// pascalNames reports whether every non-empty cell of column i is a name
// in upper camel case with two words at least (FinalDisp, DoNotDial), as
// an enum's members are written; a model's fields vary (callId, Status).
func (t table) pascalNames(i int) bool {
	n, filled := t.matching(i, func(c cell) bool {
		v := c.value()
		return textStartsUpper(v) && isIdentifier(v) && strings.ToUpper(v) != v && !strings.Contains(v, "_") && len(naming.Words(v)) > 1
	})
	return filled >= 2 && n == filled
}

// sentences reports whether every non-empty cell of column i is a
// sentence: what an enum's member does, not a field's short label.
func (t table) sentences(i int) bool {
	if i < 0 {
		return false
	}
	n, filled := t.matching(i, func(c cell) bool { return isSentence(c.text) })
	return filled >= 2 && n == filled
}

func (t table) uniform(i int) bool {
	first := ""
	for _, r := range t.rows {
		switch c := strings.ToLower(r.at(i).text); {
		case c == "":
		case first == "":
			first = c
		case c != first:
			return false
		}
	}
	return first != ""
}

// tokens reports whether at least half the non-empty cells of column i
// could be wire values: a first column of sentences is not a list of
// values.
func (t table) tokens(i int) bool {
	n, ok := 0, 0
	for _, r := range t.rows {
		if c := r.at(i); c.text != "" {
			n++
			if _, why := t.cellWire(r, i); why == "" || tokenList(c.text) != nil {
				ok++
			}
		}
		if ok*2 >= len(t.rows) {
			return true // n is at most len(t.rows): the rest cannot change the answer
		}
	}
	return ok > 0 && ok*2 >= n
}

// table extracts a pipe table, or each of the tables it holds.
func (w *walker) table(t table) {
	parts := t.split()
	for _, p := range parts[1:] {
		defer w.innerTable(p)
	}
	w.oneTable(parts[0].table)
}

// capitalNames reports a first column of two names or more, each one
// token starting with a capital (Inbound, SMART_IVR): no field's name in
// camel or snake case.
func (t table) capitalNames() bool {
	n, filled := t.matching(0, func(c cell) bool {
		v := c.value()
		return v != "" && !strings.ContainsAny(v, " \t") && textUpperByte(v[0])
	})
	return filled >= 2 && n == filled
}

// boldHeaderRow makes the first row of t its header when the header holds
// one title only (| Type: *call* | |, the table's caption) and every filled
// cell of that row, two at least, is bold (| **Property** | **Description**
// |): the row names the columns.
func boldHeaderRow(t *table) {
	filled := 0
	for _, h := range t.header {
		if strings.TrimSpace(h) != "" {
			filled++
		}
	}
	if filled != 1 || len(t.header) < 2 || len(t.rows) < 2 {
		return
	}
	r := t.rows[0]
	header := make([]string, len(t.header))
	bold := 0
	for i := range t.header {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		if c.code || c.lead == "" || c.lead != c.text {
			return // emphasis, and nothing else, writes a title
		}
		header[i], bold = c.text, bold+1
	}
	if bold >= 2 {
		t.header, t.rows = header, t.rows[1:]
	}
}

// tablePart is a table found after a delimiter row inside another, with
// the one-cell row above its header that titles it, if any.
type tablePart struct {
	table
	title string
	// lead is the last of the lines without bars above the header when it
	// ends with a colon: it introduces the table (see walker.lead).
	lead string
}

// split cuts a table at each row of dashes it holds: two tables copied
// without a blank line between them read as one to Markdown, the second
// header a row above a row of dashes, maybe under a one-cell title row
// ("Status Types").
func (t table) split() []tablePart {
	inner := false
	for i, r := range t.rows {
		inner = inner || i > 0 && dashRow(r)
	}
	if !inner {
		return []tablePart{{table: t}} // the common case: no copy
	}
	parts := []tablePart{{table: table{line: t.line, header: t.header, over: t.over}}}
	for i, r := range t.rows {
		if i > 0 && dashRow(r) && len(parts[len(parts)-1].rows) > 0 {
			// (Two rows of dashes in a row: the second has no header
			// above it, and is read as a row.)
			cur := &parts[len(parts)-1]
			head := cur.rows[len(cur.rows)-1]
			cur.rows = cur.rows[:len(cur.rows)-1]
			next := tablePart{table: table{line: head.line, over: t.over}}
			if n := len(cur.rows); n > 0 && cur.rows[n-1].bare && strings.HasSuffix(cur.rows[n-1].at(0).text, ":") {
				next.lead = cur.rows[n-1].at(0).text
			}
			next.title, cur.rows = rowsTitle(cur.rows)
			t.widen(&head) // a wider inner table: its cells past the outer header's
			for j := range head.width() {
				if text := head.at(j).text; text != "" || j < len(t.header) {
					next.header = append(next.header, strings.ToLower(text))
				}
			}
			parts = append(parts, next)
			continue
		}
		if len(parts) > 1 {
			t.widen(&r)
		}
		parts[len(parts)-1].rows = append(parts[len(parts)-1].rows, r)
	}
	return parts
}

// widen gives a row of an inner table the cells it has past the outer
// table's header, which the outer table kept aside (over).
func (t table) widen(r *tableRow) {
	if over, ok := t.over[r.line]; ok && len(over) > r.width() {
		r.setCells(over)
		delete(t.over, r.line)
	}
}

// rowsTitle takes the rows without a bar that end rows, the lines between
// two tables copied as one: the last title about values titles the next
// table, else the first that reads as a title ("2.1.2. linphone.CallDir¶"
// over "Enum representing ..."), else the last one does. Without such lines, a last row of one filled
// cell is the title.
func rowsTitle(rows []tableRow) (string, []tableRow) {
	n := len(rows)
	for n > 0 && rows[n-1].bare && rows[n-1].at(0).text != "" {
		n--
	}
	if n == len(rows) {
		if n > 0 && rows[n-1].filled() == 1 {
			return rows[n-1].at(0).text, rows[:n-1] // | Status Types | |
		}
		return "", rows
	}
	title := rows[len(rows)-1].at(0).text
	for _, r := range rows[n:] {
		if t := r.at(0).text; looksLikeTitle(t) {
			title = t
			break
		}
	}
	for i := len(rows) - 1; i >= n; i-- {
		if t := rows[i].at(0).text; looksLikeTitle(t) && isValueTitle(t) {
			title = t // the nearest about values ("Result statuses", not "Terminal statuses" above it)
			break
		}
	}
	return title, rows[:n]
}

// dashRow reports a row of dashes: a delimiter row inside a table.
func dashRow(r tableRow) bool {
	if r.plain != nil && r.count > 0 {
		if c := r.plain.raw(r.first, 0); c != "" && !delimiterCell(c) {
			return false // a plain row's first cell as written: no cell to build
		}
	}
	n := 0
	for i := range r.width() {
		c := r.at(i).text
		if c == "" {
			continue
		}
		if !delimiterCell(c) {
			return false
		}
		n++
	}
	return n > 0
}

// filled is the number of the row's non-empty cells.
func (r tableRow) filled() int {
	n := 0
	for i := range r.width() {
		if r.at(i).text != "" {
			n++
		}
	}
	return n
}

// innerTable extracts a table found inside another, in a section named
// after its title row when it has one.
func (w *walker) innerTable(p tablePart) {
	if p.lead != "" {
		lead := w.lead
		w.lead = p.lead
		defer func() { w.lead = lead }()
	}
	if p.title == "" {
		w.oneTable(p.table)
		return
	}
	cur := w.cur
	w.enter(p.title, p.line, titleLevel)
	w.oneTable(p.table)
	w.cur = cur
}

// oneTable extracts a pipe table.
func (w *walker) oneTable(t table) {
	switch {
	case len(t.header) == 0:
		return
	case len(t.rows) == 0:
		w.col.diags.Warnf(w.col.pos(t.line), "table has a header but no rows")
		return
	case !t.hasContent():
		w.col.diags.Warnf(w.col.pos(t.line), "table has no content")
		return
	}
	if t.headerless() {
		w.headerlessTable(t)
		return
	}
	boldHeaderRow(&t)
	w.joinWrappedRows(&t)
	w.joinSplitRows(&t)
	w.dropNotes(&t)
	t.dropSerialColumn()
	t.labels = w.valueSection()
	t.keyLabels = len(t.header) > 1 && isValueTitle(t.header[0])
	c := findColumns(t.header)
	if v := c[roleWire]; v > 0 && t.keysDescribed(v) {
		c[roleDesc], c[roleWire], t.keyFields = v, -1, true // | Key | Value |, each value a sentence: the keys of a JSON object
	}
	c[roleDesc] = t.longestDescription(c[roleDesc])
	t.typeRefs = c[roleWire] > 0 && w.headingTypes(t, c[roleWire])
	t.exampleKeys = w.exampleKeyColumn(t)
	if t.labelledCodes(c) {
		c[roleWire], c[roleDesc] = 1, 0 // | Inbound | `incoming` |: a label, then its wire in code
	}
	defer w.nestedEnums(t.nestedTables(c[roleDesc]))
	t.mergeOverflow(c[roleDesc], either(c[roleWire], c[roleValues]))
	// Under an enum's heading, or a line introducing it ("The X enum has
	// the following enumerations:"), a Member column holds values; so
	// does one in a section typed enum (类型: `enum`) whose values are
	// strings, not numbers the members' names stand for.
	underEnum := w.section() != nil && isEnumTitle(w.section().title) || isEnumTitle(w.lead) || w.enumTyped() && !t.numeric(c[roleWire])
	kind := t.kind(c, underEnum)
	if kind == modelTable && w.intro != "" && t.capitalNames() {
		kind = keyEnum // the callType field explained: | 字段 | 含义 | over | Inbound | 呼入 |, the field's values
	}
	if kind == modelTable && w.titledField() != "" && t.tokens(0) {
		kind = keyEnum // under "SIP Call Event", the description of the event field: its values
	}
	if w.fields && kind != modelTable && kind != typedModel {
		if kind == notValues && c[roleDesc] > 0 {
			w.describedRows(t, c[roleDesc]) // | `getCallState()` | ... (`idle`, `ended`) | under "Methods"
		}
		return // a table under "Parameters" names fields, whatever its header says
	}
	switch kind {
	case quotedEnum:
		w.enumTable(t, c[roleDesc], c[roleNotes])
	case wireEnum:
		w.codeTable(t, c[roleWire], c[roleDesc])
	case keyEnum:
		w.codeTable(t, 0, either(c[roleDesc], c[roleNotes]))
	case modelTable:
		w.modelTable(t, c)
	case typedModel:
		c[roleType], c[roleWire] = c[roleWire], -1
		w.modelTable(t, c)
	case labelEnum:
		w.labelTable(t, t.valueColumn(c[roleDesc]), c[roleDesc])
	case gridEnums:
		for i := range t.header {
			w.gridColumn(t, i)
		}
	case notValues:
		if i := t.codeColumn(c); i > 0 {
			w.codeTable(t, i, c[roleDesc]) // | Error text | Code | Mnemonic |: the mnemonics are the wire values
		} else if t.codedNames() {
			desc := c[roleDesc]
			if desc < 2 {
				desc = -1 // the names' column is no description
			}
			w.codedEnumTable(t, 1, desc, 0) // | Type | Payload | over | 0 | Version |: names, each beside its code
		} else if col, key := w.exampleLabels(t, -1); col == 0 {
			w.examplePhrases(t, c[roleDesc], key) // | call not live | The call has ended. | under {"error": "call not live"}
		} else if c[roleDesc] > 0 {
			w.describedRows(t, c[roleDesc])
			w.textRows(t)
		} else if !t.httpHeaders() && t.anyToken() {
			w.col.diags.Warnf(w.col.pos(t.line), "table (%s) lists nothing docenum reads as values or fields; check it by hand", clip(strings.Join(t.header, " | ")))
		}
	}
}

// codedNames reports a table, whatever its titles, whose first column
// numbers its rows, minTableCodes at least, and whose next column names
// each in a token of its own, half of them at least compound: | 0 |
// Version |, | 1 | UDPTunnel |.
func (t table) codedNames() bool {
	if len(t.header) < 2 || len(t.rows) < minTableCodes || !t.numeric(0) {
		return false
	}
	seen := map[string]bool{}
	compound := 0 // names a word of prose is not (UDPTunnel, USER_BUSY)
	for _, r := range t.rows {
		c := r.at(1)
		wire, why := wireValue(c.value(), c.code)
		if why != "" || strings.ContainsAny(wire, " ") || seen[wire] {
			return false
		}
		seen[wire] = true
		if tokenShape(wire) == shapeConst {
			compound++
		}
	}
	return compound*2 >= len(t.rows)
}

// minTableCodes is the fewest rows that make a table of codes and names.
const minTableCodes = 3

// codeColumn returns the column after the first that holds one code span
// in every row, each a distinct token, two rows at least, when the first
// column holds text: a table of messages whose wire names a later column
// gives (| Error text | Error code | Mnemonic |); -1 otherwise. A page
// copied as text lost its code spans: a compound token alone in its cell
// (call_started, call.ended) stands for one.
func (t table) codeColumn(c columns) int {
	if len(t.rows) < 2 || t.tokens(0) {
		return -1
	}
	for i := 1; i < len(t.header); i++ {
		if i == c[roleType] || i == c[roleDesc] || fieldHeaders[strings.TrimSpace(t.header[i])] {
			continue // | Placeholder | Parameter |: the parameters' names, no values
		}
		seen := map[string]bool{}
		n, filled := t.matching(i, func(cl cell) bool {
			v := cl.value()
			_, why := wireValue(v, false)
			ok := (cl.code && cl.lead == cl.text || !cl.code && plainToken.MatchString(v)) && why == "" && !isNumber(v) && !seen[v]
			seen[v] = true
			return ok
		})
		if filled == len(t.rows) && n == filled {
			return i
		}
	}
	return -1
}

// plainToken matches a compound token in lower case, its parts joined by
// underscores, dots or hyphens: a wire, which no word of text is.
var plainToken = regexp.MustCompile(`^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+$`)

// exampleKeyColumn reports a first column that names, in two rows and
// half the rows at least, keys of the page's JSON examples.
func (w *walker) exampleKeyColumn(t table) bool {
	keys := w.doc.jsonKeys()
	if len(keys) == 0 {
		return false
	}
	n, _ := t.matching(0, func(c cell) bool { return keys[c.value()] })
	return n >= 2 && n*2 >= len(t.rows)
}

// headingTypes reports whether every filled cell of column i names a
// type in PascalCase that a heading of the page defines.
func (w *walker) headingTypes(t table, i int) bool {
	n, filled := t.matching(i, func(c cell) bool {
		v := c.value()
		return isIdentifier(v) && textUpperByte(v[0]) && w.doc.headingTitles()[v]
	})
	return filled > 0 && n == filled
}

// keysDescribed reports a table whose first column is headed Key and
// whose Value column v mostly holds text, not tokens: it describes the
// keys of an object (| status | The status of the fax job. |), its fields.
func (t table) keysDescribed(v int) bool {
	key := strings.Join(titleWords(t.header[0]), " ")
	return (key == "key" || key == "keys") && !t.tokens(v)
}

// labelledCodes reports a table of two columns whose headers name no
// role, the second a code span in every row and the first none: each row
// labels a wire (| 呼入 | `incoming` |), the labels describing.
func (t table) labelledCodes(c columns) bool {
	if len(t.header) != 2 || c[roleWire] >= 0 || c[roleValues] >= 0 || c[roleDesc] >= 0 || c[roleType] >= 0 {
		return false
	}
	codes, filled := t.matching(1, func(c cell) bool { return c.code && (c.lead == c.text || tokenList(c.text) != nil) }) // `a`, `b` too
	labels, _ := t.matching(0, func(c cell) bool { return c.code })
	return filled >= 2 && codes == filled && labels == 0
}

// dropSerialColumn drops a first column of row numbers headed S.No, Sr.
// No, # or the like: it numbers the rows, and the columns after it hold the
// values.
func (t *table) dropSerialColumn() {
	if len(t.header) < 3 || !serialTitle(t.header[0]) {
		return
	}
	numbered := 0
	for _, r := range t.rows {
		if c := r.at(0).text; c != "" && textDigitByte(c[0]) {
			numbered++
		}
	}
	if numbered*2 < len(t.rows) {
		return
	}
	t.header = t.header[1:]
	var plain *plainCells
	for i := range t.rows {
		r := &t.rows[i]
		if r.plain == nil {
			if len(r.cells) > 0 {
				r.cells = r.cells[1:]
			}
			continue
		}
		plain = r.plain
		if r.count > 0 {
			r.first, r.count = r.first+2, r.count-1
		}
	}
	if plain != nil {
		plain.width-- // shared by the table's rows
	}
}

// serialTitle reports the title of a column of row numbers: S.No, Sr.
// No, #.
func serialTitle(title string) bool {
	if len(title) > len("serial number")+4 {
		return false // the common case: a longer title, decided without a copy
	}
	return serialHeaders[serialMarks.Replace(strings.ToLower(title))]
}

// serialMarks drops the dots, spaces and slashes of a serial title (Sr. No).
var serialMarks = strings.NewReplacer(".", "", " ", "", "/", "")

// serialHeaders head a column of row numbers, written without dots,
// spaces and slashes.
var serialHeaders = map[string]bool{"sno": true, "srno": true, "slno": true, "sn": true, "#": true, "no": true, "serialno": true, "serialnumber": true}

// hasContent reports whether any row has a non-empty cell.
func (t table) hasContent() bool {
	for _, r := range t.rows {
		if !r.empty() {
			return true
		}
	}
	return false
}

func either(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

// enumTable makes an enum of a table: wires from column wireCol,
// descriptions from column descCol.
func (w *walker) enumTable(t table, wireCol, descCol int) {
	w.codedEnumTable(t, wireCol, descCol, -1)
}

// codedEnumTable is enumTable with the numbers of column codeCol kept as
// each value's data, in a column of the enum named after the header
// (| Code | Name |: a Q.850 cause or SIP response is worth keeping).
func (w *walker) codedEnumTable(t table, wireCol, descCol, codeCol int) {
	name := keyName(t.header[0])
	if name == "" {
		name = leadName(w.lead) // "Possible call statuses include the following:"
	}
	e := w.newEnum(t.line, name)
	if e == nil {
		return
	}
	if w.leadTitle != "" && w.section() == nil && isValueNoun(strings.TrimSpace(t.header[0])) {
		e.Name = enumName(w.leadTitle) // "Call statuses" over "A call moves through these:" over | Status |
	}
	if field := headerField(t.header[wireCol]); field != "" {
		e.Name = field // | call_status value | description |: the header names the field
	} else if t.typeTitle != "" && wireCol == 0 {
		e.Name = naming.Ident(t.typeTitle) // | `CallLifecycle` | What it means |: the type the values are of
	} else if w.intro != "" {
		e.Name = fieldEnumName(w.intro) // "The `call_dir` field:" above the table
	}
	values := make([]spec.Value, len(t.rows)) // one allocation for a table of any size
	e.Values = make([]*spec.Value, 0, len(t.rows))
	for i, r := range t.rows {
		if t.repeatsHeader(r) {
			continue // the header again, further down the table
		}
		c := r.at(wireCol)
		raw := c.value()
		wire, why := t.cellWire(r, wireCol)
		if why != "" {
			if parts := tokenList(c.text); parts != nil {
				for _, p := range parts {
					e.Values = append(e.Values, &spec.Value{Wire: p, Description: r.at(descCol).text, Line: r.line})
				}
			} else {
				w.rowSkipped(r, raw, why)
			}
			continue
		}
		values[i] = spec.Value{Wire: wire, Description: r.at(descCol).text, Line: r.line}
		if codeCol >= 0 {
			values[i].Data = map[string]*spec.Datum{codeName(t.header[codeCol]): codeDatum(r.at(codeCol).value())}
		}
		e.Values = append(e.Values, &values[i])
		if c.code {
			for _, more := range w.moreCodeValues(c, r.line) {
				e.Values = append(e.Values, &spec.Value{Wire: more, Description: values[i].Description, Line: r.line})
			}
		}
	}
	if codeCol >= 0 {
		e.Columns = []*spec.Column{{Name: codeName(t.header[codeCol]), Type: "int", Doc: "The number the document gives the value in its " + t.header[codeCol] + " column."}}
	}
	w.col.addEnum(e, w.cur, true, false)
	for _, r := range t.rows {
		for i := range r.width() {
			if i != wireCol && r.mayList(i) {
				w.cellFieldValues(r.at(i), r.line)
			}
		}
	}
}

// mayList reports, without reading the cell, whether cell i of the row
// may list another field's values (see cellFieldValues).
func (r tableRow) mayList(i int) bool {
	switch {
	case r.plain != nil && i < int(r.count):
		raw := r.plain.raw(r.first, i) // as written, its code spans in backticks
		return strings.Contains(raw, "` ") && cellFieldList.MatchString(raw)
	case r.plain == nil && i < len(r.cells):
		s := r.cells[i].text
		return strings.Contains(s, " one of") || strings.Contains(s, " either")
	}
	return false
}

// cellFieldValues adds the values a value's description lists for
// another field it names in code ("Payload: {leg_id, command}, where
// `command` is one of `ring`, `hold`, etc."): an enum named after that
// field.
func (w *walker) cellFieldValues(c cell, line int) {
	text := w.marked(c)
	m := cellFieldList.FindStringSubmatchIndex(text)
	if m == nil {
		return
	}
	values, ok := inlineValues(text[m[0]:])
	if !ok {
		return
	}
	lines := []Line{{N: line, Text: text}}
	e := &spec.Enum{Name: fieldEnumName(text[m[2]:m[3]]), Line: line}
	e.Values = w.listedValues(values, lines, e.Name)
	w.col.addEnum(e, w.cur, true, true)
}

// cellFieldList matches a field in code that a list of its values
// follows: "`command` is one of".
var cellFieldList = regexp.MustCompile("`([A-Za-z_][A-Za-z0-9_.]*)` (?:is|can be|must be) (?:one of|either)\\b")

// codeDatum is a code cell as a value's data: nil (an explicit none) for
// a cell that holds no number of its own (5XX, 0x15, empty).
func codeDatum(cell string) *spec.Datum {
	if !isNumber(cell) || hasHexPrefix(strings.TrimSpace(cell)) {
		return nil
	}
	return &spec.Datum{Text: strings.TrimSuffix(cell, ".")}
}

// codeName is the data column name of a code column's header, lower
// case, words joined by "_" ("Q.850 Code" is q850_code; "Value", whose
// method every enum has, value_code), "code" when it has no word starting
// with a letter. Latin letters with marks are kept (Código is código, a
// valid Go name), not cut into words.
func codeName(header string) string {
	var b strings.Builder
	gap := false
	for _, r := range strings.ToLower(header) {
		switch {
		case isAlnum(r) && (r < 0x80 || unicode.Is(unicode.Latin, r)):
			if gap && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(r)
			gap = false
		case r == '.' || r == '\'':
		default:
			gap = true
		}
	}
	name := b.String()
	if name == "" || !textLetterByte(name[0]) {
		return "code"
	}
	if slices.Contains(model.Methods, naming.Exported("", naming.Ident(name))) {
		return name + "_code" // Value would collide with the enum's own method
	}
	return name
}

// joinWrappedRows joins to the row above it a line that is the rest of
// that row's last cell, wrapped when the page was copied:
//
//	| `rejected` | The callee
//	rejected the call. |
//
// The rows above start with a bar and the line above this one does not end
// with one; this line does not start with one.
func (w *walker) joinWrappedRows(t *table) {
	rows := t.rows[:0]
	for i := range t.rows {
		r := &t.rows[i]
		if i == 0 || !w.wrapped(t.rows[i-1].off, r.off) {
			if len(rows) < i {
				rows = append(rows, *r)
			} else {
				rows = rows[:i+1] // nothing joined yet: the row is in place
			}
			continue
		}
		last := &rows[len(rows)-1]
		last.materialize()
		k := len(last.cells) - 1
		for k > 0 && last.cells[k].text == "" {
			k--
		}
		more := strings.TrimSpace(strings.Trim(r.text(), "|"))
		last.cells[k].text = strings.TrimSpace(last.cells[k].text + " " + more)
		if last.cells[k].node == nil {
			last.cells[k].raw = strings.TrimSpace(last.cells[k].raw + " " + more)
		}
	}
	t.rows = rows
}

// joinSplitRows joins the rows of a table copied with each row broken
// after its first cell, each line ending in a bar:
//
//	| Cause | Description |         | Name | Value | Description |
//	|---|---|                       |---|---|---|
//	ORIGINATOR_CANCEL |             ACSCallStateNone |
//	Calling party disconnected |    0 | None - disposed | |
//
// Every other row then fills its first cell only, with a token, and the
// row after it holds the rest of the cells, words among them. Two pairs
// at least.
func (w *walker) joinSplitRows(t *table) {
	n := 0 // lines without a bar after the rows are text glued below the table
	for n < len(t.rows) && !t.rows[n].bare {
		n++
	}
	if len(t.header) < 2 || n < 4 || n%2 != 0 {
		return
	}
	bars := true // every token line starts with a bar, and no rest line does
	for i, r := range t.rows[:n] {
		// The line as written: a placeholder (<OTHER>) has no text.
		src := w.sourceLine(r.off)
		line := strings.TrimSpace(strings.Trim(string(src), "|"))
		token := i%2 == 0
		if line == "" || token && (r.filled() > 1 || strings.ContainsRune(line, ' ')) {
			return
		}
		bars = bars && token == bytes.HasPrefix(src, []byte("|"))
	}
	for i, r := range t.rows[:n] {
		// A rest of one word ("connected. |") follows a token line that
		// starts with a bar ("| Connected |") and does not start with one.
		if rest := strings.TrimSpace(r.text()); i%2 == 1 && !bars && !strings.ContainsRune(rest, ' ') && !ideographic(rest) {
			return
		}
	}
	rows := t.rows[:0]
	for i := 0; i < n; i += 2 {
		r, rest := t.rows[i], t.rows[i+1]
		cells := []cell{r.at(0)}
		for j := 0; j < len(t.header)-1; j++ {
			cells = append(cells, rest.at(j))
		}
		r.cells, r.plain = cells, nil
		rows = append(rows, r)
	}
	t.rows = rows
}

// ideographic reports text holding ideographs, which a sentence of
// Chinese or Japanese writes without spaces between its words.
func ideographic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// wrapped reports whether the row at offset off is the rest of the row
// above it, at offset prevOff (see joinWrappedRows).
func (w *walker) wrapped(prevOff, off int) bool {
	if off > 0 && off < len(w.doc.src) && w.doc.src[off] == '|' {
		return false // a row starting with a bar continues nothing: the common case, no search
	}
	if off <= 0 || prevOff <= 0 {
		return false
	}
	prev, line := w.sourceLine(prevOff), w.sourceLine(off)
	return bytes.HasPrefix(prev, []byte("|")) && !bytes.HasSuffix(prev, []byte("|")) && !bytes.HasPrefix(line, []byte("|"))
}

// sourceLine is the source line holding offset off, trimmed; a slice of
// the source, for the checks made on every row.
func (w *walker) sourceLine(off int) []byte {
	n := w.doc.rawLineOf(off)
	if n <= 0 || n > w.doc.lines() {
		return nil
	}
	return bytes.TrimSpace(w.doc.lineBytes(n))
}

// materialize turns a plain row's spans into cells, to change them.
func (r *tableRow) materialize() {
	if r.plain == nil {
		return
	}
	cells := make([]cell, r.width())
	for i := range cells {
		cells[i] = r.at(i)
	}
	r.cells, r.plain = cells, nil
}

// repeatsHeader reports a row that is the header again (long tables
// repeat it).
func (t table) repeatsHeader(r tableRow) bool {
	if r.width() != len(t.header) || len(t.header) == 0 || !strings.EqualFold(r.at(0).text, t.header[0]) {
		return false // the common case: no lower-cased copy of the cell
	}
	for i, h := range t.header {
		if strings.ToLower(r.at(i).text) != h {
			return false
		}
	}
	return true
}

// moreCodeValues returns the values after the first of a cell that holds
// several, each written as code ("`busy`, `user_busy`"): the cell must be
// that list and nothing else. A part that is no value (`leg.transfer_*`)
// is reported with the row's line.
func (w *walker) moreCodeValues(c cell, line int) []string {
	if c.node == nil && strings.Count(c.raw, "`") < 4 {
		return nil // a plain cell of one code span, the common case: nothing to build
	}
	marked := w.marked(c)
	if strings.Count(marked, "`") < 4 {
		return nil
	}
	l := proseList(marked, 0)
	if len(l.items) >= 2 && l.allQuoted() && !l.broken && l.end == len(marked) {
		return l.items[1:]
	}
	// A code span that is no value breaks the list (`leg.transfer_*`, a
	// pattern): when every part is a code span, the others are values.
	parts := strings.Split(marked, ", ")
	var more []string
	for i, p := range parts {
		inner, ok := strings.CutPrefix(strings.TrimSpace(p), "`")
		if inner, ok = strings.CutSuffix(inner, "`"); !ok || inner == "" || strings.Contains(inner, "`") {
			return nil
		}
		if _, why := wireValue(inner, true); why != "" {
			w.col.diags.Warnf(w.col.pos(line), "%q among a cell's values %s; skipped", inner, why)
		} else if i > 0 {
			more = append(more, inner)
		}
	}
	if len(parts) < 2 {
		return nil
	}
	return more
}

// dropNotes drops, with a warning, the rows that annotate the table.
func (w *walker) dropNotes(t *table) {
	rows := t.rows[:0]
	for _, r := range t.rows {
		if r.plain != nil && r.count > 0 && !noteLabels[strings.TrimSpace(r.plain.raw(r.first, 0))] {
			rows = append(rows, r) // a plain row's first cell as written: no cell to build
			continue
		}
		if c := r.at(0); noteLabels[c.text] && !c.code {
			w.col.diags.Warnf(w.col.pos(r.line), "table row %q is a note, not a value; skipped", clip(r.text()))
			continue
		}
		rows = append(rows, r)
	}
	t.rows = rows
}

// noteLabels open a row that annotates a table rather than lists a value
// (| Note | In release 12 ... |).
var noteLabels = map[string]bool{"Note": true, "Notes": true, "NOTE": true, "Note:": true, "Tip": true, "Important": true, "Warning": true}

// tokenList splits a cell that lists several values by commas
// ("[peer.join.success](#a),<br/> [peer.leave.success](#b)" reads
// "peer.join.success, peer.leave.success"): each part one word that can be
// a value. It returns nil for anything else.
func tokenList(s string) []string {
	if l := proseList(s, 0); l.allQuoted() && len(l.items) >= 2 && !l.broken && strings.TrimSpace(s[l.end:]) == "" {
		return l.items // "Call Not Completed" or "Failed": quoted values joined
	}
	if !strings.Contains(s, ",") {
		return nil
	}
	parts := strings.Split(s, ",")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if _, why := wireValue(p, false); why != "" || strings.ContainsRune(p, ' ') || isNumber(p) {
			return nil
		}
		parts[i] = p
	}
	return parts
}

func (w *walker) rowSkipped(r tableRow, raw, why string) {
	if raw == "" {
		w.col.diags.Warnf(w.col.pos(r.line), "table row has no value; skipped: %q", r.text())
		return
	}
	w.col.diags.Warnf(w.col.pos(r.line), "table row value %q %s; skipped", raw, why)
}

// text is the row's non-empty cells joined by " | ", for warnings that must
// not lose what the row said.
func (r tableRow) text() string {
	var parts []string
	for i := range r.width() {
		if c := r.at(i); c.text != "" {
			parts = append(parts, c.text)
		}
	}
	return strings.Join(parts, " | ")
}

// headerField returns the field a value column's header names as code
// (call_status in "call_status value"), as a Go name, or "".
func headerField(h string) string {
	for _, w := range strings.Fields(h) {
		if w = trimCodeWord(w); looksLikeCodeName(w) {
			return fieldEnumName(w)
		}
	}
	return ""
}

// leadName is what a line introducing values says they are: the value
// noun and up to two words before it ("Possible call statuses include the
// following:" -> "call statuses"), "" when it names none.
func leadName(lead string) string {
	words := strings.Fields(strings.ToLower(strings.TrimSuffix(lead, ":")))
	for i, w := range words {
		if _, last, ok := strings.Cut(w, "-"); ok && isLetters(strings.ReplaceAll(w, "-", "")) {
			w = last[strings.LastIndexByte(last, '-')+1:] // hang-up-reason: a reason
		}
		if phrase := cjkNounPhrase(w); phrase != "" {
			return phrase // "架電ステータスの一覧は下記の通りです": 架電ステータス
		}
		if !isValueNoun(w) || w == "value" || w == "values" || w == "enum" {
			continue
		}
		if germanCompound(w) {
			return w // "Folgende Telefonstati sind ...": the compound holds its qualifier
		}
		j := i
		for j > 0 && i-j < 2 && !leadStopWords[words[j-1]] && isLetters(strings.ReplaceAll(words[j-1], "-", "")) {
			j--
		}
		return strings.Join(words[j:i+1], " ")
	}
	return ""
}

// leadStopWords end the words leadName takes before a value noun.
var leadStopWords = map[string]bool{
	"possible": true, "the": true, "following": true, "all": true, "valid": true, "available": true,
	"supported": true, "of": true, "these": true, "this": true, "a": true, "an": true, "are": true,
	"is": true, "for": true, "and": true, "or": true, "with": true, "in": true, "under": true,
	"those": true,
	// Quantities and determiners: "3 different statuses", "its various
	// states" name statuses and states.
	"different": true, "various": true, "several": true, "other": true, "some": true,
	// A field's flag before its name: "Optional extension state".
	"optional": true, "required": true, "mandatory": true,
	"many": true, "multiple": true, "its": true, "their": true, "your": true, "our": true,
	"each": true, "any": true, "both": true, "more": true, "most": true, "common": true,
}

// keyName is a table's first column header when it can name an enum
// ("Call status"), else "".
func keyName(h string) string {
	if _, role := headerRole(h); role || keyHeaders[strings.Join(titleWords(h), " ")] {
		return "" // | Description | Meaning |: a column's role names no enum
	}
	if enumPartTitle(h) {
		return "" // | Enumeration Member |: the enum is the page's
	}
	return h
}
