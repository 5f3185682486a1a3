package extract

// Tables copied one cell at a time.
//
// A table copied out of a web page may come out with every cell on a line
// of its own, each a paragraph ("Dialog State", "Description", "ACTIVE",
// "Indicates that the dialog has ...") or each a line ending in the bar of
// its cell ("Hangup By: |", "Description: |", "TERMINATOR END |", ...).
// The run starts with its header: one to four titles, then a description
// title (Description, Meaning). Cells then make rows as wide, values (or
// codes) and a description; a description may go on over further
// paragraphs written as sentences. A header again starts another table; a
// value that is no label, or one followed by an introduction ("The
// following table describes ...:"), ends the run. A table of fields (a
// Type column) gives the values its fields' descriptions list.

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// runCell is one cell of such a run: its text, its line, and the block
// after the one holding it.
type runCell struct {
	text string
	line int
	next ast.Node
	// listed is set on a cell ending in a colon that a list follows, read
	// as part of it ("For line appearance buttons:", then bullets); list
	// is that list.
	listed bool
	list   *ast.List
}

// cellRun reads a table copied one cell at a time from n on. It reports
// whether it took one, and the block after it.
func (w *walker) cellRun(n ast.Node) (ast.Node, bool) {
	if w.format != Auto {
		return nil, false
	}
	if !w.mayStartRun(n) {
		return nil, false // the common case, decided without decoding a line
	}
	first, _ := w.runCells(n, maxRunColumns)
	if runHeader(first) == 0 {
		return w.headerlessRun(n) // the common case: a few cells read, no more
	}
	// Cells are read in growing batches, so a header that starts no
	// table costs a few cells, not the rest of the page.
	for max := 64; ; max *= 4 {
		cells, full := w.runCells(n, max)
		tables, i := runTables(cells)
		if full && i+2*maxRunColumns >= len(cells) {
			continue // the run may go on past the cells read
		}
		if len(tables) == 0 {
			return nil, false
		}
		for _, t := range tables {
			w.addRunTable(t)
		}
		next := tables[len(tables)-1].next
		// The rest of a paragraph the run ends in is read no further.
		for ; i < len(cells) && cells[i].next == next; i++ {
			w.col.diags.Warnf(w.col.pos(cells[i].line), "line does not continue the table above it; ignored: %s", textQuote(cells[i].text))
		}
		return next, true
	}
}

// headerlessRun reads a table of two columns copied one cell to a line,
// each line ending in its bar, whose header the copy lost (it starts in
// the middle of the table): rows of a label and a sentence, minDefinitions
// at least, nine cells in ten read.
func (w *walker) headerlessRun(n ast.Node) (ast.Node, bool) {
	p, ok := n.(*ast.Paragraph)
	if !ok || p.Lines().Len() < 2*minDefinitions || !w.barredLines(p) {
		return nil, false
	}
	cells, _ := w.runCells(n, -1)
	var values []*spec.Value
	i := 0
	for ; i+1 < len(cells); i += 2 {
		label, ok := runValue(cells[i].text)
		desc := cells[i+1].text
		if !ok || len(strings.Fields(desc)) < 4 {
			break
		}
		if titleCased(desc) {
			break // two labels: the rows lost their shape
		}
		values = append(values, &spec.Value{Wire: label, Description: desc, Line: cells[i].line})
	}
	if len(values) < minDefinitions || i*10 < len(cells)*9 {
		return nil, false
	}
	if fieldLabels(values) {
		// CallID, CallStatus: a payload's fields, whose descriptions
		// may list values.
		defs := make([]definition, len(values))
		for j, v := range values {
			defs[j] = definition{term: v.Wire, line: v.Line, desc: []string{v.Description}}
		}
		w.definedFields(defs)
	} else if e := w.newEnum(values[0].Line, ""); e != nil {
		e.Values = values
		w.col.addEnum(e, w.cur, true, false)
	}
	next := cells[len(cells)-1].next
	for ; i < len(cells); i++ {
		w.col.diags.Warnf(w.col.pos(cells[i].line), "line does not continue the table above it; ignored: %s", textQuote(cells[i].text))
	}
	return next, true
}

// fieldLabels reports labels a third of which at least end like data
// fields (CallID, StartTimestamp), or one of whose descriptions lists
// values: the rows describe fields, not values.
func fieldLabels(values []*spec.Value) bool {
	if dataFieldLabels(values) {
		return true
	}
	for _, v := range values {
		if _, ok := inlineValues(v.Description); ok {
			return true
		}
		if _, _, ok := codedNames(v.Description); ok {
			return true
		}
	}
	return false
}

// dataFieldLabels reports labels a third of which at least end like data
// fields (CallID, agent_id, eventTime).
func dataFieldLabels(values []*spec.Value) bool {
	n := 0
	for _, v := range values {
		if isDataField(v.Wire) {
			n++
		}
	}
	return 3*n >= len(values)
}

// lineRun reads a table copied one cell to a line inside one paragraph
// (a page that lost its blank lines): perhaps an introduction, then the
// header (Label, Explanation) and its rows, which fill nine tenths of the
// lines left at least. It reports whether it took the paragraph.
func (w *walker) lineRun(lines []Line) bool {
	if len(lines) < 2+2*minDefinitions {
		return false
	}
	cells := make([]runCell, len(lines))
	for i, l := range lines {
		cells[i] = runCell{text: strings.TrimSpace(l.Text), line: l.N}
	}
	for j := 0; j+2+2*minDefinitions <= len(cells); j++ {
		if len(strings.Fields(cells[j].text)) > maxTitleWords(0) || runHeader(cells[j:min(len(cells), j+maxRunColumns)]) == 0 {
			continue // the common case: no title here
		}
		tables, end := runTables(cells[j:])
		if len(tables) == 0 || end*10 < (len(cells)-j)*9 {
			return false
		}
		// "... the following call events:" names a table whose title
		// names no values (Label).
		if intro := cells[max(j-1, 0)].text; j > 0 && strings.HasSuffix(intro, ":") && !isValueTitle(tables[0].title.text) {
			if noun := leadName(intro); enumName(noun) != "" {
				tables[0].title.text = noun
			}
		}
		for _, t := range tables {
			w.addRunTable(t)
		}
		for _, c := range cells[j+end:] {
			w.col.diags.Warnf(w.col.pos(c.line), "line does not continue the table above it; ignored: %s", textQuote(c.text))
		}
		return true
	}
	return false
}

// constantPairs reads, inside a paragraph, a table of two columns copied
// one cell to a line, each line ending in its bar, its header lost: a
// constant, then what it stands for, a row after another
// (NO_ROUTE_DESTINATION |, Not reachable |). A title line right above the
// rows names them; the lines around the rows are read as text. It
// reports whether it took the paragraph.
func (w *walker) constantPairs(lines []Line) bool {
	from := 0
	for from < len(lines) && !barCell(lines[from].Text) {
		from++
	}
	to := from
	for to < len(lines) && barCell(lines[to].Text) {
		to++
	}
	if n := to - from; n < 2*minDefinitions || n%2 != 0 {
		return false
	}
	var values []*spec.Value
	for i := from; i < to; i += 2 {
		wire := cellText(lines[i].Text)
		if tokenShape(wire) != shapeConst || strings.ToUpper(wire) != wire || strings.Contains(wire, " ") {
			return false
		}
		values = append(values, &spec.Value{Wire: wire, Description: cellText(lines[i+1].Text), Line: lines[i].N})
	}
	name := ""
	if from > 0 && looksLikeTitle(strings.TrimSpace(lines[from-1].Text)) {
		name = enumName(strings.TrimSpace(lines[from-1].Text))
	}
	if e := w.newEnum(values[0].Line, name); e != nil {
		if name != "" {
			e.Name = name
		}
		e.Values = values
		w.col.addEnum(e, w.cur, true, false)
	}
	for _, part := range [][]Line{lines[:from], lines[to:]} {
		if len(part) > 0 {
			text := textOfLines(part)
			w.prose(text, text, part, "")
		}
	}
	return true
}

// barCell reports a line that is one cell and its closing bar.
func barCell(line string) bool {
	t, ok := strings.CutSuffix(strings.TrimSpace(line), "|")
	return ok && strings.TrimSpace(t) != "" && !strings.Contains(t, "|")
}

// cellText is the text of a line that is one cell and its bar.
func cellText(line string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), "|"))
}

// titleCased reports text whose words all start with a capital: a label,
// not a sentence.
func titleCased(text string) bool {
	for _, w := range strings.Fields(text) {
		if !textStartsUpper(w) {
			return false
		}
	}
	return true
}

// barredLines reports a paragraph every line of which ends in a bar, but
// for the last one perhaps (a page cut short).
func (w *walker) barredLines(p *ast.Paragraph) bool {
	lines := p.Lines()
	for i := 0; i < lines.Len()-1; i++ {
		seg := lines.At(i)
		if !bytes.HasSuffix(bytes.TrimRight(seg.Value(w.doc.src), " \t\r\n"), []byte("|")) {
			return false
		}
	}
	return true
}

// runTable is a table of a run: the title of its column of values, the
// values, and the block after its last cell.
type runTable struct {
	title  runCell
	values []*spec.Value
	next   ast.Node
	// fields is set for a table of fields (a Type column, or a first
	// title such as Parameter): values are its fields, each with its
	// description, and cells the cells of its rows.
	fields bool
	cells  []runCell
}

// runTables reads the tables cells start with, one after another. It
// returns them and where they end.
func runTables(cells []runCell) ([]runTable, int) {
	var tables []runTable
	i := 0
	for i < len(cells) {
		k := runHeader(cells[i:])
		if k == 0 {
			break
		}
		// A title above a header reads as one more column: of the headers
		// ending at the description title, the one whose rows give the
		// most values is the table's (on a tie, the one whose rows go on
		// further, then the narrower one). A title of row numbers is the
		// header's own.
		body := i + k
		if repeatsTitles(cells[i:body], cells[body:]) {
			i, body = body, body+k // the header copied twice
		}
		rows := body + flagTitles(cells[body:])
		cols, end := runValues(cells, rows, cells[i:body])
		if fieldTitles(cells[i:body]) {
			if len(cols[0].values) == 0 {
				break
			}
			tables = append(tables, runTable{title: cells[i+cols[0].index], values: cols[0].values, next: cells[end-1].next, fields: true, cells: cells[body:end]})
			i = end
			continue
		}
		for s := i + 1; s < body-1 && !serialTitle(cells[i].text) && !namesFieldColumn(cells[i].text); s++ {
			if c, e := runValues(cells, rows, cells[s:body]); names(c[0].values) > names(cols[0].values) || names(c[0].values) == names(cols[0].values) && e > end {
				cols, end, i = c, e, s
			}
		}
		if len(cols[0].values) == 0 {
			break // the header is no table's
		}
		for j, c := range cols {
			if j > 0 && !labelColumn(cells[i+cols[0].index].text, cells[i+c.index].text) {
				continue
			}
			tables = append(tables, runTable{title: cells[i+c.index], values: c.values, next: cells[end-1].next})
		}
		i = end
	}
	return tables, i
}

// describes reports a cell of capitalised words that goes on describing
// a code (cq, then "Active calling", then "Only for Call initiation"): no
// caption over the next table's header.
func describes(cells []runCell) bool {
	return strings.Contains(cells[0].text, " ") && textStartsUpper(cells[0].text) && runHeader(cells[1:min(len(cells), 1+maxRunColumns)]) == 0
}

// runRow returns the cells of the row starting at cells[i] under titles,
// and where the next row starts. A flag column (Callback?) may have no
// cell in a row: a copy drops the cells left empty, so a cell there that
// is no flag (Yes, ✓) belongs to the next column, and the row's flag is
// empty.
func runRow(cells []runCell, i int, titles []runCell) ([]runCell, int) {
	r := make([]runCell, 0, len(titles))
	for _, t := range titles {
		if flagTitle(t.text) && (i >= len(cells) || !isFlag(cells[i].text)) {
			r = append(r, runCell{})
			continue
		}
		if i >= len(cells) {
			break
		}
		r, i = append(r, cells[i]), i+1
	}
	return r, i
}

// flagTitle reports the title of a column of flags: a question (Callback?).
func flagTitle(title string) bool {
	return strings.HasSuffix(title, "?")
}

// isFlag reports a cell that ticks a flag: yes or no, true or false, or a
// mark (✓).
func isFlag(text string) bool {
	switch strings.ToLower(text) {
	case "yes", "no", "true", "false", "y", "n", "x":
		return true
	}
	return isMarkCell(text)
}

// repeatsTitles reports cells that start with the titles again: a header
// copied twice.
func repeatsTitles(titles, cells []runCell) bool {
	if len(cells) < len(titles) {
		return false
	}
	for j, t := range titles {
		if cells[j].text != t.text {
			return false
		}
	}
	return true
}

// A table may end its header with columns of flags after the description
// (| Status | Description | Can change status |), each row ticking them
// with a mark (✓) or leaving them empty; a copy one cell a line keeps the
// marks and drops the empty cells, so the rows differ in width.

// flagTitles returns the number of titles of flag columns at the start of
// cells, right after a header's description title: up to three titles
// (no sentences) before the first row, a label and a sentence, a mark in
// the first rows below. 0 when cells start with a row.
func flagTitles(cells []runCell) int {
	for m := 1; m <= 3 && m+1 < len(cells); m++ {
		if t := cells[m-1].text; !looksLikeTitle(t) || strings.HasSuffix(t, ".") {
			return 0
		}
		if _, ok := runValue(cells[m].text); !ok || !isSentence(cells[m+1].text) {
			continue
		}
		for _, c := range cells[m+2 : min(len(cells), m+2+3*(m+2))] {
			if isMarkCell(c.text) {
				return m
			}
		}
		return 0
	}
	return 0
}

// isSentence reports text that ends a sentence of a few words at least.
func isSentence(text string) bool {
	return strings.HasSuffix(text, ".") && len(strings.Fields(text)) >= minSentenceWords
}

// isMarkCell reports a cell of one character that is no ASCII letter or
// digit (✓, ✗, •): a flag ticked, never a value.
func isMarkCell(text string) bool {
	r, size := utf8.DecodeRuneInString(text)
	return size > 0 && size == len(text) && !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)))
}

// labelColumn reports whether a further column of labels, titled title,
// is an enum of its own beside the column of values titled key: not
// beside fields (| Parameter | Type |), nor a column with a role (Type,
// Required).
func labelColumn(key, title string) bool {
	_, hasRole := headerRole(strings.TrimSuffix(title, ":"))
	return !namesFieldColumn(key) && !hasRole
}

// fieldTitles reports the header of a table of fields: its first title
// names fields (Parameter), or a title names types (Type, Data Type).
func fieldTitles(titles []runCell) bool {
	if namesFieldColumn(titles[0].text) {
		return true
	}
	for _, t := range titles[1:] {
		if typesTitle(strings.TrimRight(t.text, ":?")) {
			return true
		}
	}
	return false
}

// typesTitle reports a title of types: Type, Data Type, Parameter Type;
// not a kind of something named by a value noun (Missed Call Type).
func typesTitle(title string) bool {
	words := titleWords(title)
	if len(words) > 1 && words[len(words)-1] == "type" && !typeQualifiers[words[len(words)-2]] {
		return false
	}
	return isTypeTitle(title)
}

// names counts the values that are no number: a column of codes is
// not the one to read.
func names(values []*spec.Value) int {
	n := 0
	for _, v := range values {
		if !isNumber(v.Wire) {
			n++
		}
	}
	return n
}

// mayStartRun reports whether n may start a run: a paragraph of one short
// line, or one whose first or second line ends in a bar.
func (w *walker) mayStartRun(n ast.Node) bool {
	p, ok := n.(*ast.Paragraph)
	if !ok {
		return false
	}
	lines := p.Lines()
	for i := 0; i < min(lines.Len(), 2); i++ {
		seg := lines.At(i)
		if bytes.HasSuffix(bytes.TrimRight(seg.Value(w.doc.src), " \t\r\n"), []byte("|")) {
			return true
		}
	}
	first := lines.At(0)
	return lines.Len() == 1 && len(bytes.Fields(first.Value(w.doc.src))) <= 4
}

// maxRunColumns is the most columns a run's table has.
const maxRunColumns = 5

// addRunTable adds what a run's table lists: its enum, or the enums its
// fields' descriptions list.
func (w *walker) addRunTable(t runTable) {
	if t.fields {
		w.runFields(t.values)
		w.runFieldLists(t)
		return
	}
	w.addRunEnum(t.title, t.values)
	for _, v := range t.values {
		// A value's description may list others ("The call itself is
		// characterized by other events (RING, READY)"): read as prose.
		text := strings.ReplaceAll(v.Description, "\n", " ")
		if values, ok := inlineValues(text); ok && !slices.Contains(values, v.Wire) {
			w.inlineEnum(text, []Line{{N: v.Line, Text: text}}, "")
		}
	}
}

// runFields adds an enum of each field whose description lists values: in
// prose ("Can be either: Active or Blocked"), or one to a line below a
// line saying values follow ("Possible values are:", then
// "reject_call - the system will reject the call").
func (w *walker) runFields(fields []*spec.Value) {
	for _, f := range fields {
		text := strings.ReplaceAll(f.Description, "\n", " ")
		values, ok := introducedValueLines(strings.Split(f.Description, "\n"))
		if !ok {
			values, ok = definitionValues(text)
		}
		if !ok {
			values, ok = quotedAlternatives(text)
		}
		if !ok {
			continue
		}
		e := &spec.Enum{Name: fieldEnumName(f.Wire), Line: f.Line}
		e.Values = w.listedValues(values, []Line{{N: f.Line, Text: text}}, e.Name)
		w.col.addEnum(e, w.cur, false, false)
	}
}

// runFieldLists reads the lists in the descriptions of a table of fields
// ("Can have one of the following values:", then bullets) as lists of the
// field's values, as a list below a paragraph naming a field is.
func (w *walker) runFieldLists(t runTable) {
	for _, c := range t.cells {
		if c.list == nil {
			continue
		}
		var field *spec.Value
		for _, f := range t.values {
			if f.Line <= c.line {
				field = f // the row the cell is in: the last field above it
			}
		}
		if field == nil {
			continue
		}
		intro, lead, announced, fields := w.intro, w.lead, w.announced, w.fields
		w.intro, w.lead, w.announced, w.fields = field.Wire, c.text, false, false
		w.list(c.list)
		w.intro, w.lead, w.announced, w.fields = intro, lead, announced, fields
	}
}

// introducedValueLines returns the values of the lines of "value -
// description" below a line saying values follow, two at least.
func introducedValueLines(lines []string) ([]string, bool) {
	for i, l := range lines {
		if !introducesLines(l) {
			continue
		}
		var values []string
		for _, v := range lines[i+1:] {
			token, _, ok := valueLineOf(v, false)
			if !ok {
				break
			}
			values = append(values, token)
		}
		return values, len(values) >= 2
	}
	return nil, false
}

// addRunEnum adds the enum of a run's table, named after the title of its
// column of values, as a glued table's is, or after its section when that
// title says nothing (Name, String).
func (w *walker) addRunEnum(title runCell, values []*spec.Value) {
	t := strings.TrimSuffix(title.text, ":")
	e := &spec.Enum{Name: enumName(t), Line: title.line}
	if e.Name == "" || keyHeaders[strings.ToLower(t)] || keyHeaders[strings.ToLower(e.Name)] || fieldPrimitives[strings.ToLower(t)] {
		e = w.newEnum(title.line, e.Name)
	}
	if e != nil {
		e.Values = values
		w.col.addEnum(e, w.cur, true, false)
	}
}

// runHeader returns the number of cells of the header cells start with,
// 0 when they start none: one to three short titles, then a description
// title, any perhaps ending in a colon ("Hangup By:", "Description:").
// A first title of row numbers (Sr. No) adds a column, and makes the
// header one whatever its titles' length: no table is titled so.
func runHeader(cells []runCell) int {
	serial := 0
	if len(cells) > 0 && serialTitle(cells[0].text) {
		serial = 1
	}
	for k := serial; k < len(cells) && k < maxRunColumns+serial; k++ {
		t := strings.TrimRight(cells[k].text, ":?") // Hangup By:, Is Required?
		if gluedDescriptionTitles[strings.ToLower(t)] {
			if k == serial {
				return 0
			}
			return k + 1
		}
		if k == serial && fieldKeyTitle(cells[k:]) {
			continue // mnemo over Description: the key column titled by its field
		}
		if words := strings.Fields(t); !looksLikeTitle(t) || len(words) > maxTitleWords(k-serial) || len(words) > 2 && articles[strings.ToLower(words[0])] {
			return valueNounHeader(cells) // "The originator ended the call": a sentence, no title
		}
	}
	return valueNounHeader(cells)
}

// fieldKeyTitle reports a first title that is a field's name in lower
// case (mnemo, call_state), a description title right after it.
func fieldKeyTitle(cells []runCell) bool {
	return len(cells) > 1 && startsLower(cells[0].text) && isFieldName(cells[0].text) &&
		gluedDescriptionTitles[strings.ToLower(strings.TrimRight(cells[1].text, ":"))]
}

// valueNounHeader returns 2 for a header of two titles, the first a value
// noun (State, Status), over a row of a label and a sentence: the second
// title, whatever it says, heads the descriptions (State, Extension).
func valueNounHeader(cells []runCell) int {
	if len(cells) < 4 || !valueHeadingWords[strings.ToLower(cells[0].text)] || !looksLikeTitle(cells[1].text) || len(strings.Fields(cells[1].text)) > 2 {
		return 0
	}
	if _, ok := runValue(cells[2].text); !ok || !strings.HasSuffix(cells[3].text, ".") || len(strings.Fields(cells[3].text)) < minSentenceWords {
		return 0
	}
	return 2
}

// maxTitleWords is the most words of a run's k-th title: a first title is
// short (a longer line titles the page), a later one may say more
// ("Display Text in Reports") as it follows a title already.
func maxTitleWords(k int) int {
	if k == 0 {
		return 4
	}
	return 6
}

// runColumn is a column of values of a run's table: its index and its
// values, one per row.
type runColumn struct {
	index  int
	values []*spec.Value
}

// runValues reads the rows of k cells from cells[i:], the last one a
// description. It returns the columns of values, the table's own first,
// and where the rows end. The table's values are in the first column that
// holds no number only (| 0 | A | Alerting |: the codes come first); a
// later column of labels, not flags, is an enum of its own, as in a
// mapping table (| NO_ANSWER | Missed Call | ... |).
func runValues(cells []runCell, i int, titles []runCell) ([]runColumn, int) {
	type row struct {
		cells []runCell
		desc  []string
	}
	k := len(titles)
	var rows []row
	codes := true // every value so far a code in lower case (all, cq): a cell of capitalised words describes
	for i+k <= len(cells) {
		if runHeader(cells[i:min(len(cells), i+maxRunColumns)]) > 0 {
			break // another table
		}
		r, next := runRow(cells, i, titles)
		if len(r) < k || strings.HasSuffix(r[k-1].text, ":") && !r[k-1].listed {
			break // a line introducing another table
		}
		ok := !isPlaceholder(r[k-1].text) // <empty> describes nothing: the rows are misread
		for j, c := range r[:k-1] {
			if _, value := runValue(c.text); !value && !isNumber(c.text) && !isPlaceholder(c.text) && !(flagTitle(titles[j].text) && c.text == "") {
				ok = false // <empty>, n/a: a cell left empty
			}
		}
		if !ok {
			break
		}
		desc := []string{r[k-1].text}
		i = next
		codes = codes && !strings.Contains(r[0].text, " ") && startsLower(r[0].text)
		for i < len(cells) && (isMarkCell(cells[i].text) || runContinues(cells[i].text) || cells[i].listed || codes && describes(cells[i:])) && runHeader(cells[i:min(len(cells), i+maxRunColumns)]) == 0 {
			if !isMarkCell(cells[i].text) {
				desc = append(desc, cells[i].text)
			}
			i++
		}
		rows = append(rows, row{cells: r, desc: desc})
	}
	numbers := func(col int) bool {
		for _, r := range rows {
			if !isNumber(r.cells[col].text) {
				return false
			}
		}
		return true
	}
	column := func(col int) []*spec.Value {
		values := make([]*spec.Value, 0, len(rows))
		for _, r := range rows {
			if wire, ok := runValue(r.cells[col].text); ok {
				values = append(values, &spec.Value{Wire: wire, Description: strings.Join(r.desc, " "), Line: r.cells[col].line})
			}
		}
		return values
	}
	col := 0
	for col < k-2 && numbers(col) {
		col++
	}
	cols := []runColumn{{index: col, values: column(col)}}
	for c := col + 1; c < k-1; c++ {
		if values := column(c); len(values) == len(rows) && names(values) == len(values) && !answers(values) {
			cols = append(cols, runColumn{index: c, values: values})
		}
	}
	return cols, i
}

// runValue reads a value cell: a label of a few words, no sentence; an
// aside in brackets after it is a note ("No answer (Callback)"), and so is
// a footnote's mark (Ringback*).
func runValue(text string) (string, bool) {
	if i := strings.LastIndex(text, " ("); i > 0 && strings.HasSuffix(text, ")") {
		text = text[:i]
	}
	text = strings.TrimRight(text, "*†") // Ringback*: a footnote's mark
	if text == "" || len(strings.Fields(text)) > maxWords+2 || strings.ContainsAny(text[len(text)-1:], ".:;,") {
		return "", false
	}
	if wire, why := wireValue(text, true); why == "" {
		return wire, true
	}
	return text, runLabel(text) // "Call forwarding scheme did not work"
}

// runLabel reports a label of words, the first capitalised: a value of a
// table whose cells hold labels ("No answer", "Repeat call").
func runLabel(text string) bool {
	words := strings.Fields(text)
	if len(words) < 2 || articles[strings.ToLower(words[0])] || !textStartsUpper(text) {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return true
}

// runContinues reports a cell that goes on with the description above it:
// a sentence, not a label.
func runContinues(text string) bool {
	return strings.HasSuffix(text, ".") && (textStartsLower(text) || len(strings.Fields(text)) > maxWords)
}

// runCells returns the cells from n on, up to max of them (all for a
// negative max): the line of each paragraph of one line, or each line of a
// paragraph whose every line is one cell ending in a bar. ok is false when
// fewer than max were found.
func (w *walker) runCells(n ast.Node, max int) ([]runCell, bool) {
	var cells []runCell
	full := func() bool { return max >= 0 && len(cells) >= max }
	for ; n != nil && !full(); n = n.NextSibling() {
		if last := len(cells) - 1; last >= 0 && n.Kind() == ast.KindList && strings.HasSuffix(cells[last].text, ":") {
			cells[last].listed, cells[last].list, cells[last].next = true, n.(*ast.List), n.NextSibling()
			continue
		}
		if h, ok := n.(*ast.HTMLBlock); ok && len(cells) > 0 {
			// "<empty>" alone on a line reads as HTML: a cell left empty.
			if lines := w.blockLines(h); len(lines) == 1 && isPlaceholder(strings.TrimSpace(lines[0].Text)) {
				cells = append(cells, runCell{text: strings.TrimSpace(lines[0].Text), line: lines[0].N, next: n.NextSibling()})
				continue
			}
		}
		p, ok := n.(*ast.Paragraph)
		if !ok {
			break
		}
		lines := w.blockLines(p)
		for len(cells) == 0 && len(lines) > 1 && !strings.HasSuffix(strings.TrimSpace(lines[0].Text), "|") {
			lines = lines[1:] // a line introducing the cells below it
		}
		if len(lines) == 1 && !strings.Contains(lines[0].Text, "|") {
			cells = append(cells, runCell{text: strings.TrimSpace(lines[0].Text), line: lines[0].N, next: n.NextSibling()})
			continue
		}
		if len(cells) > 0 && !w.barredLines(p) && !strings.HasSuffix(strings.TrimSpace(lines[len(lines)-1].Text), "|") {
			// A cell of several lines ("Possible values are:", then a
			// line per value): one cell, its lines kept apart.
			cells = append(cells, runCell{text: joinTrimmed(lines, "\n"), line: lines[0].N, next: n.NextSibling()})
			continue
		}
		// A paragraph of barred lines is taken whole or not at all; its
		// last line may have lost its bar (a page cut short).
		for i, l := range lines {
			t, ok := strings.CutSuffix(strings.TrimSpace(l.Text), "|")
			if strings.Contains(t, "|") || !ok && i < len(lines)-1 {
				return cells, full()
			}
		}
		for _, l := range lines {
			if full() {
				break
			}
			t, _ := strings.CutSuffix(strings.TrimSpace(l.Text), "|")
			cells = append(cells, runCell{text: strings.TrimSpace(t), line: l.N, next: n.NextSibling()})
		}
	}
	return cells, full()
}
