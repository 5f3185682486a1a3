package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// A table copied out of a PDF keeps neither its bars nor blank lines: each
// row is a line that starts with the value, a constant in capitals, then
// its description, wrapped over the lines below it:
//
//	NORMAL Normal call clearing (for
//	example, a hang-up during a
//	conference).
//	SHUTDOWN System was shutting down.
//
// Three such rows at least, their constants distinct, under a header
// whose last title is a description's (Description), are an enum when
// they and their wrapped lines run on to the paragraph's end and the rows
// make a quarter of those lines at least. It is named after the nearest
// line above them that names a value noun ("Disconnect cause").

// constRun is such a run: its values and the index of its first line.
type constRun struct {
	values []*spec.Value
	first  int
}

// constantRows finds the run of constant rows that ends lines.
func constantRows(lines []Line) (constRun, bool) {
	var run constRun
	seen := map[string]bool{}
	long := 0 // rows of a description of three words or more
	for i, l := range lines {
		token, desc, ok := constantRow(l.Text)
		if t := strings.TrimSpace(l.Text); !ok && len(t) >= 2 && upperSnake(t) && i+1 < len(lines) {
			token, ok = t, true // CUSTOMER_DISCONNECT, its description on the lines below
		}
		if !ok || seen[token] {
			if len(run.values) == 0 {
				continue // the text above the table
			}
			if ok { // a constant again: no table of distinct values
				return constRun{}, false
			}
			last := run.values[len(run.values)-1]
			last.Description += " " + strings.TrimSpace(l.Text) // a wrapped line
			continue
		}
		if len(run.values) == 0 {
			run.first = i
		}
		seen[token] = true
		run.values = append(run.values, &spec.Value{Wire: token, Description: desc, Line: l.N})
	}
	for _, v := range run.values {
		if len(strings.Fields(v.Description)) >= 3 || utf8.RuneCountInString(v.Description) >= minCJKDescription && strings.ContainsFunc(v.Description, isCJK) {
			long++
		}
	}
	if long < minDefinitions || len(run.values)*4 < len(lines)-run.first || !describedBelow(lines[max(run.first-maxIntroLines, 0):run.first]) {
		return constRun{}, false
	}
	return run, true
}

// minCJKDescription is the letters a description in Chinese or Japanese,
// written without spaces, needs to count as one of three words or more.
const minCJKDescription = 6

// describedBelow reports lines above a run holding the title of its
// description column (Description; or "切断理由 詳細", a header of two
// titles): the table's header, which tells a table from lines of prose
// that start with an acronym (SIP trunks are ...).
func describedBelow(above []Line) bool {
	for _, l := range above {
		words := strings.Fields(strings.ToLower(l.Text))
		if len(words) > 0 && len(words) <= 3 && gluedDescriptionTitles[words[len(words)-1]] {
			return true
		}
	}
	return false
}

// constantRow splits a line that starts with a constant in capitals
// (NO_RESOURCES, SHUTDOWN), then a description starting with a capital.
func constantRow(text string) (token, desc string, ok bool) {
	token, desc, found := strings.Cut(strings.TrimSpace(text), " ")
	if !found || len(token) < 2 || !upperSnake(token) || !textStartsUpper(desc) {
		return "", "", false
	}
	return token, strings.TrimSpace(desc), true
}

// constantLines reads a paragraph that ends in a run of constant rows:
// an enum named after the nearest line above the run naming a value noun,
// else after the section. It reports whether it took the paragraph.
func (w *walker) constantLines(lines []Line) bool {
	run, ok := constantRows(lines)
	if !ok {
		return false
	}
	name := introName(lines, run.first)
	e := &spec.Enum{Name: name, Line: run.values[0].Line}
	if name == "" {
		if e = w.newEnum(run.values[0].Line, ""); e == nil {
			return true
		}
	}
	e.Values = run.values
	w.col.addEnum(e, w.cur, true, false)
	if run.first > 0 {
		text := joinLines(lines[:run.first])
		w.prose(text, text, lines[:run.first], w.declared) // the text above the table
	}
	return true
}

// A page that set such a table's rows in one paragraph, its lines run
// together as HTML does with the lines of a <p>, keeps the constants
// apart by their shared prefix alone:
//
//	PJSIP_INV_STATE_NULL Before INVITE is sent PJSIP_INV_STATE_CALLING After INVITE is sent
//
// runOnConstants reads a paragraph that starts with such a constant and
// holds minDefinitions at least, distinct, sharing a prefix that ends in
// "_", each followed by a description of words: an enum named after the
// section.
func (w *walker) runOnConstants(n ast.Node, lines []Line) bool {
	if first, _, _ := strings.Cut(strings.TrimSpace(lines[0].Text), " "); !strings.Contains(first, "_") || !upperSnake(strings.ReplaceAll(first, `\`, "")) {
		return false // the common case decided first, on the line as written (PJSIP\_INV)
	}
	words := strings.Fields(plainText(n, w.doc.src))
	if len(words) < 2*minDefinitions || !upperSnake(words[0]) {
		return false
	}
	prefix := words[0][:strings.LastIndexByte(words[0], '_')+1]
	var values []*spec.Value
	seen := map[string]bool{}
	for _, word := range words {
		if strings.HasPrefix(word, prefix) && upperSnake(word) && len(word) > len(prefix) {
			if seen[word] || len(values) > 0 && values[len(values)-1].Description == "" {
				return false // a constant again, or two side by side: no table's rows
			}
			seen[word] = true
			values = append(values, &spec.Value{Wire: word, Line: lines[0].N})
			continue
		}
		last := values[len(values)-1]
		last.Description = strings.TrimSpace(last.Description + " " + word)
	}
	if len(values) < minDefinitions || values[len(values)-1].Description == "" {
		return false
	}
	e := w.newEnum(lines[0].N, "")
	if e == nil {
		return true
	}
	e.Values = values
	w.col.addEnum(e, w.cur, true, false)
	return true
}

// maxIntroLines is how far above a run of rows a line may name it.
const maxIntroLines = 5

// introName is the enum name of the nearest of the maxIntroLines lines
// above lines[first] that names a value noun ("Disconnect cause"), or "".
func introName(lines []Line, first int) string {
	for i := first - 1; i >= 0 && i >= first-maxIntroLines; i-- {
		if name := enumName(leadName(lines[i].Text)); name != "" {
			return name
		}
	}
	return ""
}

// A manual may list a value's codes before its name, dashes between them,
// one value to a line:
//
//	"0x0001" - 1 - Auto Attendant
//	"0x0002" - 2 - Ring No Answer
//
// Three such lines at least, one after another, are an enum of the names,
// the last code each value's data, named like a run of constant rows.

// codedLabel matches such a line: codes (decimal or hexadecimal, quoted
// or not), each followed by a dash, then the name.
var codedLabel = regexp.MustCompile(`^(?:"?(?:0[xX][0-9A-Fa-f]+|\d+)"?\s+[-–]\s+)+(\S.*)$`)

// codedLabels reads a paragraph holding such a run. It reports whether it
// took the paragraph.
func (w *walker) codedLabels(lines []Line) bool {
	first, n := -1, 0
	for i, l := range lines {
		if codedLabel.MatchString(strings.TrimSpace(l.Text)) {
			if first < 0 {
				first = i
			}
			n++
		} else if first >= 0 {
			break
		}
	}
	if n < minDefinitions {
		return false
	}
	run := lines[first : first+n]
	name := introName(lines, first)
	e := &spec.Enum{Name: name, Line: run[0].N}
	if name == "" {
		if e = w.newEnum(run[0].N, ""); e == nil {
			return true
		}
	}
	for _, l := range run {
		text := strings.TrimSpace(l.Text)
		label := codedLabel.FindStringSubmatch(text)[1]
		codes := strings.Fields(strings.NewReplacer("-", " ", "–", " ", `"`, " ").Replace(text[:len(text)-len(label)]))
		w.addCodedLabel(e, label, codes[len(codes)-1], l.N)
	}
	w.col.addEnum(e, w.cur, true, false)
	for _, part := range [][]Line{lines[:first], lines[first+n:]} {
		if len(part) > 0 {
			text := joinLines(part)
			w.prose(text, text, part, w.declared) // the text around the run
		}
	}
	return true
}

// A list may give each label the number a key holds for it, after the
// label: "Удалена id = 23", "Потенциальный клиент id = 16". Three items
// at least, every one with the same key, are an enum of the labels, the
// numbers their codes.

// keyedCode matches such an item: the label, the key, "=" or ":", the
// number.
var keyedCode = regexp.MustCompile(`^(\S.*?)\s+(\pL[\pL\d_]*)\s*[=:]\s*(-?\d+)$`)

// keyedCodes returns the label and number of each item, or nil when the
// items are not such a list.
func (w *walker) keyedCodes(items []item) (labels, codes []string) {
	key := ""
	for _, it := range items {
		m := keyedCode.FindStringSubmatch(w.itemText(it))
		if m == nil || key != "" && m[2] != key || it.node.FirstChild() != it.head || it.head.NextSibling() != nil {
			return nil, nil
		}
		key = m[2]
		labels, codes = append(labels, m[1]), append(codes, m[3])
	}
	if len(labels) < minDefinitions {
		return nil, nil
	}
	return labels, codes
}

// keyedCodeList makes the enum of a list keyedCodes read.
func (w *walker) keyedCodeList(items []item, labels, codes []string) {
	w.busy()
	e := w.newEnum(items[0].line, "")
	if e == nil {
		return
	}
	for i, it := range items {
		w.addCodedLabel(e, labels[i], codes[i], it.line)
	}
	e.Columns = []*spec.Column{{Name: "code", Type: "int", Doc: "The number the document gives the value after its name."}}
	w.col.addEnum(e, w.cur, true, false)
}

// addCodedLabel adds to e the value a label names, its code as its data,
// or reports the label that can be no value.
func (w *walker) addCodedLabel(e *spec.Enum, label, code string, line int) {
	wire, why := labelWire(label)
	if why != "" {
		w.col.diags.Warnf(w.col.pos(line), "%q listed for %s %s; skipped", label, e.Name, why)
		return
	}
	v := &spec.Value{Wire: wire, Line: line}
	if d := codeDatum(code); d != nil {
		v.Data = map[string]*spec.Datum{"code": d}
	}
	e.Values = append(e.Values, v)
}
