package extract

// Lists written in HTML inside a table cell.
//
// A Markdown table cannot hold a Markdown list, so pages put an HTML one
// (ul, ol, or dl: each term then its definition) in the cell, or bullets
// on lines broken with <br>: a field's description ending "The possible
// values are:<ul><li> <strong>ANSWER_MODE</strong>: Adds the Answer-Mode
// header.</li>...</ul>",
// or a column of a mapping table whose every cell lists the reasons of its
// row (<ul><li>`LeaveChannel`(5): The user leaves the channel.</li></ul>).
// Each item that starts with a marked token (code, bold, strong) followed
// by a separator or nothing names a value.

import (
	"regexp"
	"strings"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// cellItems returns the items of the HTML lists in a cell, each rendered
// as text with code and bold kept as Markdown marks.
func (w *walker) cellItems(c cell) []string {
	if c.node == nil {
		return nil // a plain cell: text and code spans only
	}
	var items []string
	var cur *strings.Builder
	end := func() {
		if cur != nil {
			items = append(items, strings.TrimSpace(cur.String()))
			cur = nil
		}
	}
	depth := 0 // a list nested in an item belongs to the item's text
	for n := c.node.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.RawHTML); ok {
			tag := htmlTagName(h, w.doc.src)
			switch {
			case tag == "ul" || tag == "ol" || tag == "dl":
				depth++
				continue
			case tag == "/ul" || tag == "/ol" || tag == "/dl":
				depth--
				if depth == 0 {
					end()
				}
				continue
			case (tag == "li" || tag == "/li" || tag == "dt") && depth <= 1:
				// A definition list's item is its term, then its
				// definition: <dt>'BUSY'</dt><dd>the callee is busy</dd>.
				end()
				if tag != "/li" {
					cur = &strings.Builder{}
				}
				continue
			case tag == "/dt" && depth <= 1 && cur != nil:
				cur.WriteString(": ")
				continue
			case (tag == "dd" || tag == "/dd") && depth <= 1:
				continue
			case cur == nil:
				continue
			case tag == "strong" || tag == "/strong" || tag == "b" || tag == "/b":
				cur.WriteString("**")
				continue
			case tag == "code" || tag == "/code":
				cur.WriteString("`")
				continue
			}
		}
		if cur != nil {
			b := inlineWriter{src: w.doc.src, mark: true}
			b.inline(n)
			cur.WriteString(b.String())
		}
	}
	end()
	if len(items) == 0 && strings.ContainsAny(c.text, "-*•") {
		return brokenItems(markedText(c.node, w.doc.src))
	}
	return items
}

// brokenItems returns the items of a list a cell writes a line each, its
// lines broken with <br> ("Request type:<br>- `start`: ...<br>- `dtmf`:
// ..."): the lines that start with a bullet, two at least.
func brokenItems(text string) []string {
	var items []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		for _, bullet := range []string{"- ", "* ", "• "} {
			if item, ok := strings.CutPrefix(line, bullet); ok {
				items = append(items, strings.TrimSpace(item))
				break
			}
		}
	}
	if len(items) < 2 {
		return nil
	}
	return items
}

// introducedLineValues reads a field's description cell that lists its
// values a line each, broken with <br>, below a line that introduces them
// ("Possible values:<br>missed – missed call;<br>completed – ..."): each
// line a token, a dash or colon and its description; two at least.
func (w *walker) introducedLineValues(f *spec.Field, c cell) []*spec.Value {
	if c.node == nil || !strings.Contains(c.text, ":") {
		return nil
	}
	lines := strings.Split(markedText(c.node, w.doc.src), "\n")
	for i, l := range lines {
		if !strings.HasSuffix(strings.TrimSpace(l), ":") {
			continue
		}
		var wires, descs []string
		for _, line := range lines[i+1:] {
			token, desc, ok := valueLineOf(line, true)
			if !ok {
				token, desc, ok = spacedGloss(line)
			}
			if !ok {
				break
			}
			wires, descs = append(wires, token), append(descs, desc)
		}
		if len(wires) >= 2 {
			return describedWires(f, wires, descs)
		}
	}
	return nil
}

// spacedGloss reads a line of a constant and a gloss after a space,
// in any language: "MAKE_BUSY 示忙", "FORCE_RESET Reset the agent"; a
// gloss in another script may be glued to the constant
// (FORCE_MAKE_FREE强制示闲) or come before it ("开始通话 START_CALL").
func spacedGloss(line string) (token, desc string, ok bool) {
	line = strings.TrimSpace(line)
	token, desc, found := strings.Cut(line, " ")
	desc = strings.TrimSpace(desc)
	if found && len(token) >= 2 && upperSnake(token) && desc != "" {
		return token, desc, true
	}
	if i := strings.IndexFunc(line, func(r rune) bool { return r >= 0x80 }); i >= 2 && upperSnake(line[:i]) && otherScript(line[i:]) {
		return line[:i], line[i:], true
	}
	if i := strings.LastIndexByte(line, ' '); i > 0 && len(line)-i > 2 && upperSnake(line[i+1:]) && otherScript(line[:i]) {
		return line[i+1:], strings.TrimSpace(line[:i]), true
	}
	return "", "", false
}

// htmlTagName is the lower-cased name of an inline HTML tag, with "/" for
// a closing one: "li", "/strong".
func htmlTagName(h *ast.RawHTML, src []byte) string {
	var b strings.Builder
	for i := 0; i < h.Segments.Len(); i++ {
		seg := h.Segments.At(i)
		b.Write(seg.Value(src))
	}
	t := strings.TrimPrefix(strings.TrimSpace(b.String()), "<")
	end := strings.IndexAny(t, " \t\n>/")
	if strings.HasPrefix(t, "/") {
		end = strings.IndexAny(t[1:], " \t\n>")
		if end >= 0 {
			end++
		}
	}
	if end < 0 {
		end = len(t)
	}
	return strings.ToLower(t[:end])
}

// itemValue returns the value an item of a cell's list names: its leading
// code or bold token, followed by a separator (":", "(", a dash) or
// nothing. ok is false for any other item.
func itemValue(item string) (wire, desc string, ok bool) {
	var token, rest string
	switch {
	case strings.HasPrefix(item, "`"):
		j := strings.IndexByte(item[1:], '`')
		if j < 0 {
			return "", "", false
		}
		token, rest = item[1:1+j], item[2+j:]
	case strings.HasPrefix(item, "**"):
		j := strings.Index(item[2:], "**")
		if j < 0 {
			return "", "", false
		}
		token, rest = item[2:2+j], item[4+j:]
		if t, ok := strings.CutSuffix(token, ":"); ok {
			token, rest = t, ":"+rest
		}
	case strings.HasPrefix(item, "“") || strings.HasPrefix(item, `"`):
		// “Busy here”: The target number was busy.
		inner := strings.TrimPrefix(strings.TrimPrefix(item, "“"), `"`)
		j := strings.IndexAny(inner, `"”`)
		if j < 0 {
			return "", "", false
		}
		closing := `"`
		if !strings.HasPrefix(inner[j:], closing) {
			closing = "”"
		}
		token, rest = inner[:j], inner[j+len(closing):]
		item = "`" // quoted as code is: a value of several words
	default:
		return "", "", false
	}
	rest = strings.TrimSpace(rest)
	if rest != "" && !strings.ContainsRune(":(-–—", []rune(rest)[0]) {
		return "", "", false
	}
	// Code may quote a value of several words; bold words are a label.
	wire, why := wireValue(strings.TrimSpace(token), item[0] == '`')
	return wire, strings.TrimLeft(rest, ":-–— "), why == ""
}

// itemValues returns the values a cell's list names: two items at least,
// and every item naming one, by itemValue or, when plain, plainItemValue.
func itemValues(items []string, plain bool) ([]string, bool) {
	if len(items) < 2 {
		return nil, false
	}
	values := make([]string, 0, len(items))
	for _, it := range items {
		v, _, ok := itemValue(it)
		if !ok && plain {
			v, ok = plainItemValue(it)
		}
		if !ok {
			return nil, false
		}
		values = append(values, v)
	}
	return values, true
}

// maxPlainItemWords bounds an item that is a value written plain;
// maxCodedItemWords one that a code numbers ("18. sem resposta"), which
// marks it as a value of a list of codes, however long.
const (
	maxPlainItemWords = 3
	maxCodedItemWords = 16
)

// codedItemPrefix matches an item that starts with a code: "18. ", "18 - ".
var codedItemPrefix = regexp.MustCompile(`^(\d+)(?:[.)]|\s+[-–:])\s+`)

// itemCodes returns the code each item starts with, or nil unless every
// item starts with one.
func itemCodes(items []string) []string {
	codes := make([]string, len(items))
	for i, it := range items {
		m := codedItemPrefix.FindStringSubmatch(strings.TrimSpace(it))
		if m == nil {
			return nil
		}
		codes[i] = m[1]
	}
	return codes
}

// plainItemValue returns the value an item written without marks names:
// a token before a colon ("criada: chamada foi criada"), the whole item,
// a few words and no punctuation ("sem resposta"), or the text after a
// code ("31. normal, nao especificado").
func plainItemValue(item string) (string, bool) {
	item = strings.TrimSpace(item)
	if m := codedItemPrefix.FindString(item); m != "" {
		// Checked as a value by the caller, which reports a bad one.
		rest := item[len(m):]
		return rest, len(strings.Fields(rest)) <= maxCodedItemWords && !strings.HasSuffix(rest, ".")
	}
	if token, _, ok := strings.Cut(item, ": "); ok && !strings.Contains(token, " ") {
		wire, why := wireValue(token, false)
		return wire, why == ""
	}
	if len(strings.Fields(item)) > maxPlainItemWords || strings.ContainsAny(item, ".,;:()") {
		return "", false
	}
	wire, why := wireValue(item, true)
	return wire, why == ""
}

// cellListValues reads a field's description cell that lists its values
// in HTML, marked or plain: the cell describes one field.
func (w *walker) cellListValues(f *spec.Field, c cell) []*spec.Value {
	items := w.cellItems(c)
	values, ok := itemValues(items, true)
	if !ok {
		return nil
	}
	if codes := itemCodes(items); codes != nil {
		e := &spec.Enum{Name: fieldEnumName(f.Wire)}
		for i, label := range values {
			w.addCodedLabel(e, label, codes[i], f.Line)
		}
		return e.Values
	}
	return w.listedValues(values, []Line{{N: f.Line, Text: strings.Join(values, "\n")}}, fieldEnumName(f.Wire))
}

// itemColumnEnums makes an enum of each column other than wireCol whose
// every filled cell is an HTML list of values, three values at least: the
// reasons a mapping table gives each state. The enum is named after the
// column.
func (w *walker) itemColumnEnums(t table, wireCol int) {
	for i := range t.header {
		if i == wireCol {
			continue
		}
		name := headName(t.header[i])
		if name == "" {
			continue
		}
		if values := w.itemColumn(t, i); len(values) >= 3 {
			w.col.addEnum(&spec.Enum{Name: name, Line: t.line, Values: values}, w.cur, false, true)
		}
	}
}

// itemColumn returns the values the lists of column i name, or nil unless
// every filled cell is such a list.
func (w *walker) itemColumn(t table, i int) []*spec.Value {
	var values []*spec.Value
	for _, r := range t.rows {
		c := r.at(i)
		if c.text == "" {
			continue
		}
		items := w.cellItems(c)
		if len(items) == 0 {
			return nil
		}
		for _, it := range items {
			wire, desc, ok := itemValue(it)
			if !ok {
				return nil
			}
			values = append(values, &spec.Value{Wire: wire, Description: desc, Line: r.line})
		}
	}
	return values
}

// headName names an enum after a column header, or after the noun it
// starts with when the header is a sentence ("Reasons for the state change
// and how to troubleshoot" -> Reason).
func headName(header string) string {
	if name := enumName(header); name != "" {
		return name
	}
	words := strings.Fields(header)
	for k, word := range words {
		if headNameStops[strings.ToLower(word)] {
			return enumName(strings.Join(words[:k], " "))
		}
	}
	return ""
}

// headNameStops are the words that end a header's leading noun.
var headNameStops = map[string]bool{"for": true, "of": true, "and": true, "to": true, "in": true, "on": true, "with": true}
