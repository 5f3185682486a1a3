package extract

import (
	"strings"
	"unicode"

	"github.com/docenum/docenum/generator/spec"
)

// A table copied from a web page as text often keeps its cell bars but
// loses its header and the delimiter row Markdown needs:
//
//	in-progress | The call was answered and is in progress. |
//	completed | The call was completed. |
//
// pipeRow is one such row: its line and its cells.
type pipeRow struct {
	line  int
	cells []string
}

// pipeTableRows is one table of pipe rows, with the line titling it.
type pipeTableRows struct {
	title  Line
	header []string // the row above a delimiter row, if any
	rows   []pipeRow
}

// fields reports a table whose header names fields (Parameter,
// Attribute), or whose rows name request headers: its rows are fields,
// whose descriptions may list values.
func (t pipeTableRows) fields() bool {
	if len(t.header) > 0 && fieldHeaders[strings.ToLower(t.header[0])] {
		return true
	}
	if len(t.header) > 2 && isTypeTitle(t.header[1]) && !valueKeys[strings.ToLower(t.header[0])] {
		return true // Name | Type | Description: a payload's fields and their types
	}
	if title := strings.TrimSpace(t.title.Text); title != "" && isRequestTitle(title) && !isValueTitle(title) && t.namedRows() {
		return true // "Returned data", "Request parameters": what a call takes or gives back
	}
	if headers := httpHeaderRows(t.rows); headers > 0 && headers*2 >= len(t.rows) {
		return true // X-Hub-Signature | ...: a request's headers, fields whose text may list values
	}
	// Rows whose descriptions show the row's own field in JSON
	// ({"direction":"incoming"}) are fields, whatever the header says.
	n := 0
	for _, r := range t.rows {
		if len(r.cells) >= 2 && strings.Contains(r.cells[len(r.cells)-1], `{"`+r.cells[0]+`":`) {
			n++
		}
	}
	return n*2 >= len(t.rows) && n > 0
}

// namedRows reports rows of two cells each, a token and its text: a name
// and what it is.
func (t pipeTableRows) namedRows() bool {
	for _, r := range t.rows {
		if len(r.cells) != 2 || strings.ContainsAny(strings.TrimSpace(r.cells[0]), " \t") {
			return false
		}
	}
	return true
}

// minPipeRows is the fewest rows read as a table.
const minPipeRows = 2

// parsePipeRows reads a paragraph of pipe rows as tables. A row holds at
// least two cells split by "|", or is a bar line of one cell whose text
// goes on below it; a line without a bar continues the cell above it
// unless that row ended with a bar, when it is text between tables (the
// last short one titles the next). A delimiter row makes the row above it
// a header and starts a table. A table copied one cell per line is joined
// first (joinCellLines). The first column holds the values when most of its
// cells can be values (pipeValue), unless the rows are fields (fields).
func parsePipeRows(lines []Line) ([]pipeTableRows, bool) {
	r := pipeReader{cur: &pipeTableRows{}}
	for _, l := range joinCellLines(lines) {
		r.line(l)
	}
	r.tables = append(r.tables, *r.cur)
	var tables []pipeTableRows
	for _, t := range r.tables {
		if len(t.rows) == 0 {
			continue // text before, between or after the tables
		}
		if !t.fields() && !pipeValues(t.rows) {
			continue // | Requirement | Why it matters |: a table of other things
		}
		tables = append(tables, t)
	}
	return tables, len(tables) > 0
}

// joinCellLines joins the rows of a table copied one cell per line: a
// header row of n cells ending with a bar, then lines of one cell each,
// ending with a bar, n to a row:
//
//	Event | Previous Routing | Is it new? |
//	short_abandoned |
//	|
//	NO |
//
// The row above them is the header: a delimiter row is put under it.
// Other lines are returned as they are.
func joinCellLines(lines []Line) []Line {
	var out []Line
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		n := len(splitPipes(lines[i].Text))
		if n < 2 || !strings.HasSuffix(strings.TrimSpace(lines[i].Text), "|") {
			continue
		}
		if i+n < len(lines) && cellLines(lines[i+1:i+1+n]) {
			out = append(out, Line{N: lines[i].N, Text: "|---|"}) // the first row was the header
		}
		for i+n < len(lines) && cellLines(lines[i+1:i+1+n]) {
			var cells []string
			for _, l := range lines[i+1 : i+1+n] {
				cells = append(cells, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(l.Text), "|")))
			}
			out = append(out, Line{N: lines[i+1].N, Text: strings.Join(cells, " | ") + " |"})
			i += n
		}
	}
	return out
}

// cellLines reports whether each line is one cell: text with no bar but
// the one that ends it.
func cellLines(lines []Line) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l.Text)
		if !strings.HasSuffix(t, "|") || strings.Contains(t[:len(t)-1], "|") {
			return false
		}
	}
	return true
}

// pipeReader reads the lines of a paragraph of pipe rows into tables.
type pipeReader struct {
	tables []pipeTableRows
	cur    *pipeTableRows
	closed bool // the last row's line ended with a bar: text below it is not its
	// between is a line of text after a closed row: it ends the table,
	// unless it is no title and a row as wide as the table's follows (a
	// line of junk the copy put between two rows).
	between *Line
}

func (r *pipeReader) line(l Line) {
	text := strings.TrimSpace(l.Text)
	cells := splitPipes(l.Text)
	if b := r.between; b != nil {
		r.between = nil
		if pipeTitle(b.Text) || len(cells) < 2 || len(cells) != r.width() {
			r.next(Line{})
			r.title(*b)
		}
	}
	switch {
	case text == "":
	case isDelimiterRow(text):
		r.header()
	case len(cells) >= 2 && textileHeader(cells):
		r.cur.rows = append(r.cur.rows, pipeRow{line: l.N, cells: cells})
		r.header()
		for i, c := range r.cur.header {
			r.cur.header[i] = strings.TrimSpace(strings.TrimPrefix(c, "_."))
		}
	case len(cells) >= 2 && titleRow(cells):
		// Name | Type | Description |, no delimiter row below it: a
		// header all the same, starting a table.
		r.cur.rows = append(r.cur.rows, pipeRow{line: l.N, cells: cells})
		r.header()
	case len(cells) >= 2 || strings.HasPrefix(text, "|") && cells[0] != "":
		r.cur.rows = append(r.cur.rows, pipeRow{line: l.N, cells: cells})
		r.closed = len(cells) >= 2 && strings.HasSuffix(text, "|")
	case len(r.cur.rows) > 0 && !r.closed:
		last := &r.cur.rows[len(r.cur.rows)-1]
		more := strings.Trim(text, " |")
		if len(last.cells) == 1 {
			last.cells = append(last.cells, more) // | Label |, then its description
		} else {
			last.cells[len(last.cells)-1] = strings.TrimSpace(last.cells[len(last.cells)-1] + " " + more)
		}
		r.closed = strings.HasSuffix(text, "|")
	case len(r.cur.rows) > 0:
		// Text after a table: a title or an introduction of the next one.
		r.between = &l
	default:
		r.title(l) // lines before the first row introduce the table
	}
}

// width is the number of cells of the current table's header, or else of
// its last row.
func (r *pipeReader) width() int {
	if len(r.cur.header) > 0 {
		return len(r.cur.header)
	}
	if n := len(r.cur.rows); n > 0 {
		return len(r.cur.rows[n-1].cells)
	}
	return 0
}

// title keeps the last short line before a table as its title; a
// sentence introducing the table is no title.
func (r *pipeReader) title(l Line) {
	if pipeTitle(l.Text) {
		r.cur.title = l
	}
}

// header takes the row above a delimiter row as a header, not a value:
// the rows before it belong to the table before.
func (r *pipeReader) header() {
	n := len(r.cur.rows)
	if n == 0 {
		return
	}
	head := r.cur.rows[n-1]
	r.cur.rows = r.cur.rows[:n-1]
	if len(r.cur.rows) > 0 {
		r.next(Line{})
	}
	r.cur.header = head.cells
}

// titleRow reports a row every cell of which is a column title: a role's
// (Type, Description), a key's (Name, Value) or a field's (Parameter), in
// English or another language of the corpus (Nombre, Tipo, Descripción).
func titleRow(cells []string) bool {
	for _, c := range cells {
		t := strings.Join(titleWords(c), " ")
		if _, ok := headerRole(c); !ok && !keyHeaders[t] && !fieldHeaders[t] {
			return false
		}
	}
	return true
}

// textileHeader reports a header row of a Textile table, each cell
// marked "_." (|_.Constant|_.Value|): Textile tables have no delimiter row.
func textileHeader(cells []string) bool {
	for _, c := range cells {
		if !strings.HasPrefix(c, "_.") {
			return false
		}
	}
	return true
}

// next closes the current table and starts another.
func (r *pipeReader) next(title Line) {
	r.tables = append(r.tables, *r.cur)
	r.cur = &pipeTableRows{title: title}
	r.closed = false
}

// isDelimiterRow reports a Markdown delimiter row (|---|:--:|) copied with
// its table.
func isDelimiterRow(s string) bool {
	return strings.Contains(s, "-") && strings.Trim(s, "|-: \t") == ""
}

// pipeValues reports whether rows are a table whose first column holds
// values. Rows with a column of type names (string, integer) are fields of
// a model (a table cut in two by a blank line), not values.
func pipeValues(rows []pipeRow) bool {
	if len(rows) < minPipeRows || typeColumn(rows) {
		return false
	}
	values := 0
	distinct := map[string]bool{}
	for _, r := range rows {
		if v, ok := pipeValue(r); ok {
			values++
			distinct[v] = true
		}
	}
	// "Page | 2", "Page | 3": a page's footer repeated, one value only.
	return values*2 > len(rows) && len(distinct) > 1
}

// typeColumn reports whether a column of rows is mostly type names.
func typeColumn(rows []pipeRow) bool {
	for col := 0; ; col++ {
		n, types := 0, 0
		for _, r := range rows {
			if col < len(r.cells) {
				n++
				if fieldPrimitives[strings.ToLower(r.cells[col])] {
					types++
				}
			}
		}
		if n == 0 {
			return false
		}
		if types*2 >= len(rows) {
			return true
		}
	}
}

// pipeFields makes an enum of each field of a table of fields whose
// description lists values ("DialStatus | Status of the dial. Values:
// completed, busy |"), named after the field.
func (w *walker) pipeFields(t pipeTableRows) {
	for _, r := range t.rows {
		if len(r.cells) < 2 || !isFieldName(r.cells[0]) {
			continue
		}
		desc := r.cells[len(r.cells)-1]
		name := fieldEnumName(r.cells[0])
		e := &spec.Enum{Name: name, Line: r.line}
		if values, ok := jsonExamples(r.cells[0], desc); ok {
			e.Values = w.listedValues(values, []Line{{N: r.line, Text: desc}}, name)
		} else {
			e.Values = w.descriptionValues(&spec.Field{Wire: r.cells[0], Line: r.line}, desc, desc)
		}
		if len(e.Values) > 0 {
			w.col.addEnum(e, w.cur, false, false)
		}
	}
}

// pipeValue is the value a row's first cell holds: a token, a token
// after the colon of a sentence it is glued to ("takes one of these
// values:in-progress"), or a label of a few capitalised words when the
// cell beside it says more.
func pipeValue(r pipeRow) (string, bool) {
	if wire, why := wireValue(r.cells[0], false); why == "" {
		return wire, true
	}
	if i := strings.LastIndex(r.cells[0], ":"); i >= 0 && len(r.cells) >= 2 {
		if wire, why := wireValue(r.cells[0][i+1:], false); why == "" && !strings.ContainsAny(wire, " ") && wire != "" {
			return wire, true
		}
	}
	if len(r.cells) >= 2 && len(r.cells[1]) > len(r.cells[0]) && isLabel(r.cells[0]) {
		return r.cells[0], true
	}
	return "", false
}

// isLabel reports whether s is a short label: up to maxWords words of
// letters, the first capitalised and no article ("Abandoned in Queue",
// "Not answered"; not "The call was up").
func isLabel(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > maxWords || articles[strings.ToLower(words[0])] {
		return false
	}
	for i, w := range words {
		for j, r := range w {
			if !unicode.IsLetter(r) || i == 0 && j == 0 && !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
}

var articles = map[string]bool{"the": true, "a": true, "an": true, "this": true, "it": true, "these": true}

// pipeTitle reports whether a line without bars may title the table of
// rows below it: a few words, not a sentence.
func pipeTitle(s string) bool {
	s = strings.TrimSpace(s)
	n := len(strings.Fields(s))
	return n >= 1 && n <= maxWords+2 && !strings.ContainsAny(s, "|.:;")
}

// splitPipes splits a line at its bars, dropping the empty cells the outer
// bars leave; a line with no bar is one cell.
func splitPipes(s string) []string {
	if !strings.Contains(s, "|") {
		return []string{s}
	}
	var cells []string
	for _, c := range strings.Split(strings.Trim(strings.TrimSpace(s), "|"), "|") {
		cells = append(cells, textileCode(strings.TrimSpace(c)))
	}
	return cells
}

// textileCode writes a cell that is one Textile code span (@BUSY@) as a
// Markdown one.
func textileCode(c string) string {
	if len(c) > 2 && c[0] == '@' && c[len(c)-1] == '@' && !strings.ContainsAny(c[1:len(c)-1], "@` ") {
		return "`" + c[1:len(c)-1] + "`"
	}
	return c
}

// pipeEnum makes an enum of each table of pipe rows, named after its
// title when rows follow one, else after the section; rows whose first
// cell cannot be a value are reported.
func (w *walker) pipeEnum(tables []pipeTableRows) {
	for _, t := range tables {
		if exampleTitle(t.title.Text) {
			continue // | request | GET "https://..." |: an example, its parts no values
		}
		if t.fields() {
			w.pipeFields(t)
			continue
		}
		if len(t.header) >= 3 {
			w.headedPipeTable(t, len(tables) > 1)
			continue
		}
		var e *spec.Enum
		if name := enumName(t.title.Text); name != "" && len(tables) > 1 {
			e = &spec.Enum{Name: name, Line: t.title.N}
		} else if e = w.newEnum(t.rows[0].line, ""); e == nil {
			return
		}
		quoted := t.quotedRows()
		for _, r := range t.rows {
			if quoted && fieldPrimitives[r.cells[0]] {
				// | "QUEUED" | "BUSY" | string: a union whose last member
				// is a type says other strings may come.
				w.col.diags.Warnf(w.col.pos(r.line), "%q among quoted values is a type: the list is open; skipped", r.cells[0])
				continue
			}
			wire, ok := pipeValue(r)
			if !ok {
				if parts := tokenList(r.cells[0]); parts != nil {
					for _, p := range parts { // "Call Not Completed" or "Failed"
						e.Values = append(e.Values, &spec.Value{Wire: p, Description: strings.Join(r.cells[1:], " "), Line: r.line})
					}
					continue
				}
				_, why := wireValue(r.cells[0], false)
				w.col.diags.Warnf(w.col.pos(r.line), "table row value %q %s; skipped", clip(r.cells[0]), why)
				continue
			}
			e.Values = append(e.Values, &spec.Value{Wire: wire, Description: strings.Join(r.cells[1:], " "), Line: r.line})
		}
		w.col.addEnum(e, w.cur, true, false)
	}
}

// quotedRows reports rows whose first cells are mostly quoted.
func (t pipeTableRows) quotedRows() bool {
	n := 0
	for _, r := range t.rows {
		if isQuoted(r.cells[0]) {
			n++
		}
	}
	return n*2 > len(t.rows)
}

// headedPipeTable reads pipe rows under a header of three columns or more
// as a Markdown table is read, so that the column of values is chosen as
// there (| Constant | Value | Description |: the values). The table's
// title starts a section, which names it, when the paragraph holds several
// tables.
func (w *walker) headedPipeTable(t pipeTableRows, titled bool) {
	tab := table{line: t.rows[0].line, header: t.header}
	if t.title.N > 0 {
		tab.line = t.title.N
	}
	for _, r := range t.rows {
		row := tableRow{line: r.line}
		for _, c := range r.cells {
			row.cells = append(row.cells, readPlainCell(c))
		}
		tab.rows = append(tab.rows, row)
	}
	if titled && t.title.Text != "" {
		w.enter(t.title.Text, t.title.N, titleLevel)
	}
	w.table(tab)
}

// jsonExamples returns the values a field's description shows in JSON
// examples of the field itself, when they show two or more:
// {"direction":"incoming"} {"direction":"outgoing"}.
func jsonExamples(field, desc string) ([]string, bool) {
	prefix := `{"` + field + `":"`
	var values []string
	seen := map[string]bool{}
	for rest := desc; ; {
		i := strings.Index(rest, prefix)
		if i < 0 {
			break
		}
		rest = rest[i+len(prefix):]
		end := strings.Index(rest, `"}`)
		if end < 0 {
			break
		}
		v := rest[:end]
		if _, why := wireValue(v, true); why == "" && !seen[v] {
			seen[v] = true
			values = append(values, v)
		}
	}
	return values, len(values) >= 2
}

// exampleTitle reports a title over examples: "Example", "Examples",
// "Example request".
func exampleTitle(title string) bool {
	words := titleWords(title)
	return len(words) > 0 && len(words) <= 3 && (words[0] == "example" || words[0] == "examples")
}
