package extract

// Enum declarations shown as code.
//
// An SDK's reference page often shows the enum itself, in a code block or
// copied as text: "enum CallState { newCall, connecting, ringing }" (Dart,
// Java, C#, TypeScript, Swift, Kotlin's "enum class"). The declaration is
// the strongest statement of the values a page can make. Each member is a
// value; one assigned a string ("Ringing = 'ringing'", "case busy =
// "busy"", "BUSY("busy")") has that string as its wire, and one assigned a
// number keeps its name.

import (
	"regexp"
	"strings"

	"github.com/docenum/docenum/generator/naming"
	"github.com/docenum/docenum/generator/spec"
)

// enumHead opens a declaration: "enum CallState {", "public enum Reason {",
// "enum class Direction {", "export enum Status {", "enum State: String {".
var enumHead = regexp.MustCompile(`(?:^|[\s;])enum(?:\s+class)?\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*[A-Za-z_][A-Za-z0-9_.]*\s*)?\{`)

// enumMember is one member: a name, maybe "case", maybe a value assigned
// (= "x", = 'x', = 5) or given as an argument ("x").
var enumMember = regexp.MustCompile(`^(?:case\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|(-?[0-9][0-9A-Fa-fxX]*))|\(\s*"([^"]*)"[^)]*\)|\([^)]*\))?$`)

// declaredEnums returns the enums declared in lines: each a name and its
// members' wires, in order. A declaration whose body holds anything but
// members (methods, fields) stops at the first such line.
func declaredEnums(lines []Line) []*spec.Enum {
	var enums []*spec.Enum
	for i := 0; i < len(lines); i++ {
		if !strings.Contains(lines[i].Text, "enum") {
			continue // the common case, without the regexp
		}
		m := enumHead.FindStringSubmatchIndex(lines[i].Text)
		if m == nil {
			continue
		}
		e := &spec.Enum{Name: lines[i].Text[m[2]:m[3]], Line: lines[i].N}
		rest := []Line{{N: lines[i].N, Text: lines[i].Text[m[1]:]}}
		end := i
		for j := i + 1; j < len(lines) && !strings.Contains(rest[len(rest)-1].Text, "}"); j++ {
			rest, end = append(rest, lines[j]), j
		}
		e.Values = declaredMembers(rest)
		if len(e.Values) > 0 {
			enums = append(enums, e)
		}
		i = end
	}
	return enums
}

// declaredMembers reads the members of a declaration's body, up to its
// closing brace.
func declaredMembers(body []Line) []*spec.Value {
	var values []*spec.Value
	for _, l := range body {
		text, _, closed := strings.Cut(l.Text, "}")
		text, _, _ = strings.Cut(text, "//") // a comment after a member
		for _, part := range splitTopLevel(text) {
			part = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), ";"))
			if part == "" {
				continue
			}
			m := enumMember.FindStringSubmatch(part)
			if m == nil {
				return values // a method or a field: the members are over
			}
			wire := m[1]
			for _, s := range []string{m[2], m[3], m[5]} {
				if s != "" {
					wire = s
				}
			}
			if _, why := wireValue(wire, true); why == "" {
				values = append(values, &spec.Value{Wire: wire, Line: l.N})
			}
		}
		if closed {
			break
		}
	}
	return values
}

// declarations adds the enums declared in a block's lines, named as
// declared. It reports whether there were any.
func (w *walker) declarations(lines []Line) bool {
	enums := declaredEnums(lines)
	for _, e := range enums {
		e.Name = naming.Ident(e.Name)
		w.col.addEnum(e, w.cur, true, false)
	}
	return len(enums) > 0
}

// splitTopLevel splits s at the commas outside brackets and quotes:
// BUSY("busy"), FAILED("failed", 2) is two parts.
func splitTopLevel(s string) []string {
	var parts []string
	depth, quote, from := 0, byte(0), 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ',' && depth == 0:
			parts = append(parts, s[from:i])
			from = i + 1
		}
	}
	return append(parts, s[from:])
}

// A reference page may split a declaration: its head alone in a code block
// ("public enum CallEvent : Event"), then each member in a code block of
// its own under the member's entry ("case accepted", "case
// streamAdded(Stream)"), as Jazzy renders a Swift enum.

// bareEnumHead is a declaration's head with no body: modifiers, "enum",
// the name, perhaps the types it conforms to.
var bareEnumHead = regexp.MustCompile(`^(?:(?:public|open|internal|export|@objc)\s+)*enum\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*[A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)?$`)

// splitEnum is a declaration read a code block at a time.
type splitEnum struct {
	enum    *spec.Enum
	section int
}

// splitDeclaration reads a code block of one line that is a bare
// declaration's head, or one member of the head read last. It reports
// whether it took the block.
func (w *walker) splitDeclaration(lines []Line) bool {
	var code []Line
	for _, l := range lines {
		if strings.TrimSpace(l.Text) != "" {
			code = append(code, l)
		}
	}
	if len(code) != 1 {
		return false
	}
	text := strings.TrimSpace(code[0].Text)
	if m := bareEnumHead.FindStringSubmatch(text); m != nil {
		w.flushSplit()
		w.split = &splitEnum{enum: &spec.Enum{Name: naming.Ident(m[1]), Line: code[0].N}, section: w.cur}
		return true
	}
	rest, ok := strings.CutPrefix(text, "case ")
	if w.split == nil || !ok {
		return false
	}
	values := declaredMembers([]Line{{N: code[0].N, Text: rest}})
	if len(values) != 1 {
		return false
	}
	w.split.enum.Values = append(w.split.enum.Values, values[0])
	return true
}

// flushSplit adds the enum of the split declaration read last.
func (w *walker) flushSplit() {
	if w.split != nil {
		w.col.addEnum(w.split.enum, w.split.section, true, false)
		w.split = nil
	}
}

// A page in Chinese may set a field's values in a code block, each with
// its gloss after a full-width colon, under a heading that says the block
// explains the field:
//
//	# msg_type说明
//
//	checkin：签入
//	checkout：签出
//
// Code seldom writes a full-width colon: the block is the field's values.

// glossedBlock reads a code block of such lines, minDefinitions at least,
// under a heading explaining a field, as that field's enum. It reports
// whether it took the block.
func (w *walker) glossedBlock(lines []Line) bool {
	s := w.section()
	if s == nil {
		return false
	}
	m := explainedField.FindStringSubmatch(s.title)
	if m == nil {
		return false
	}
	var values []*spec.Value
	fullWidth := 0
	for _, l := range lines {
		text := strings.TrimSpace(l.Text)
		if text == "" {
			continue
		}
		token, gloss, ok := strings.Cut(text, "：")
		if ok {
			fullWidth++
		} else if token, gloss, ok = strings.Cut(text, ":"); !ok {
			return false
		}
		token = strings.TrimSpace(token)
		if _, why := wireValue(token, true); why != "" || strings.TrimSpace(gloss) == "" || strings.ContainsAny(token, " \t") {
			return false
		}
		values = append(values, &spec.Value{Wire: token, Description: strings.TrimSpace(gloss), Line: l.N})
	}
	if len(values) < minDefinitions || fullWidth*2 < len(values) {
		return false
	}
	name := fieldEnumName(m[1])
	w.col.addEnum(&spec.Enum{Name: name, Line: values[0].Line, Values: values}, w.cur, true, false)
	return true
}
