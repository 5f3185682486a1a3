package rstmd

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// endKind names the end-strings searched for; the inliner remembers which
// of them no longer occur, so a line full of unmatched start-strings stays
// linear.
type endKind int

const (
	endLiteral endKind = iota // ``
	endBack                   // ` (interpreted text, references, targets)
	endStrong                 // **
	endEmph                   // *
	endSubst                  // |
	endKinds
)

// inliner converts the inline markup of one text (a paragraph, a title, a
// cell) from reStructuredText to Markdown. Newlines outside markup are kept;
// breaks[k] is the input line (0-based) the output line k+1 starts on.
type inliner struct {
	s      string
	pos    int
	line   int
	table  bool // a GFM cell: escape "|" inside code spans too
	b      strings.Builder
	breaks []int
	noEnd  [endKinds]bool
}

// inline converts a single-line text.
func inline(s string, table bool) string {
	in := &inliner{s: strings.ReplaceAll(s, "\n", " "), table: table}
	in.run()
	return strings.TrimSpace(in.b.String())
}

func (in *inliner) run() {
	for in.pos < len(in.s) {
		in.step()
	}
}

// step converts the construct starting at the current position.
func (in *inliner) step() {
	c := in.s[in.pos]
	ok := false
	switch c {
	case '\\':
		in.escape()
		return
	case '\n':
		in.newline()
		return
	case '`':
		ok = in.backquote(in.pos, "")
	case ':':
		ok = in.role()
	case '*':
		ok = in.star()
	case '|':
		ok = in.subst()
	case '_':
		ok = in.target()
	default:
		if c < utf8.RuneSelf && isAlnum(rune(c)) || c >= utf8.RuneSelf && isAlnum(runeAt(in.s, in.pos)) {
			ok = in.word()
		}
	}
	if !ok {
		in.plainRune()
	}
}

// advance moves to byte to, counting the newlines passed.
func (in *inliner) advance(to int) {
	in.line += strings.Count(in.s[in.pos:to], "\n")
	in.pos = to
}

func (in *inliner) newline() {
	in.pos++
	in.line++
	in.b.WriteByte('\n')
	in.breaks = append(in.breaks, in.line)
}

// escape handles a backslash: escaped white space vanishes, anything else
// is literal.
func (in *inliner) escape() {
	in.pos++
	switch r := runeAt(in.s, in.pos); {
	case r < 0:
		in.b.WriteString(`\\`)
	case r == '\n':
		in.newline()
	case unicode.IsSpace(r):
		in.pos += utf8.RuneLen(r)
	default:
		in.plainRune()
	}
}

// plainRune writes the rune at the current position as Markdown text.
func (in *inliner) plainRune() {
	r, n := utf8.DecodeRuneInString(in.s[in.pos:])
	prev := runeBefore(in.s, in.pos)
	in.pos += n
	in.writePlain(r, prev, runeAt(in.s, in.pos))
}

// writePlain writes r, escaped where Markdown would read it as markup.
func (in *inliner) writePlain(r, prev, next rune) {
	switch r {
	case '\\', '`', '*', '[', ']', '<', '|':
		in.b.WriteByte('\\')
	case '_':
		if !isAlnum(prev) || !isAlnum(next) {
			in.b.WriteByte('\\')
		}
	case '&':
		if next == '#' || next >= 0 && unicode.IsLetter(next) {
			in.b.WriteByte('\\')
		}
	case '~':
		if next == '~' || prev == '~' {
			in.b.WriteByte('\\')
		}
	case utf8.RuneError:
		r = '\uFFFD'
	}
	in.b.WriteRune(r)
}

// writeText writes s as plain Markdown text, escaping as writePlain does.
func (in *inliner) writeText(s string) {
	prev := rune(' ')
	for i, r := range s {
		next := runeAt(s, i+utf8.RuneLen(r))
		in.writePlain(r, prev, next)
		prev = r
	}
}

// startOK reports whether a start-string from byte i to j may open inline
// markup: preceded by a boundary, followed by non-space, and not enclosed
// in a matching bracket or quote pair.
func (in *inliner) startOK(i, j int) bool {
	prev, next := runeBefore(in.s, i), runeAt(in.s, j)
	if next < 0 || unicode.IsSpace(next) {
		return false
	}
	if prev >= 0 && !isBoundary(prev) {
		return false
	}
	return !enclosed(prev, next)
}

var pairs = map[rune]rune{'(': ')', '[': ']', '{': '}', '<': '>', '\'': '\'', '"': '"'}

// enclosed reports whether prev and next are a matching pair, as in "(*)".
func enclosed(prev, next rune) bool {
	c, ok := pairs[prev]
	return ok && c == next
}

// endOK reports whether an end-string ending at byte j may close markup:
// followed by a boundary or the end of the text.
func (in *inliner) endOK(j int) bool {
	r := runeAt(in.s, j)
	return r < 0 || isBoundary(r)
}

// findEnd returns the byte offset of the first end-string of kind k at or
// after from that is preceded by non-space and followed (after its suffix)
// by a boundary; -1 if there is none.
func (in *inliner) findEnd(k endKind, from int, end string, escapes bool) (at, suffix int) {
	if in.noEnd[k] {
		return -1, 0
	}
	for i := from; i < len(in.s); {
		idx := strings.Index(in.s[i:], end)
		if idx < 0 {
			break
		}
		e := i + idx
		if e > from && in.validEnd(e, end, escapes) {
			if n, ok := in.endSuffix(k, e+len(end)); ok {
				return e, n
			}
		}
		i = e + 1
	}
	in.noEnd[k] = true
	return -1, 0
}

// validEnd checks what precedes the end-string at e.
func (in *inliner) validEnd(e int, end string, escapes bool) bool {
	prev := runeBefore(in.s, e)
	if prev < 0 || unicode.IsSpace(prev) {
		return false
	}
	return !escapes || prev != '\\'
}

// endSuffix measures what may follow an end-string before the boundary:
// "_" or "__" after references, ":role:" after interpreted text.
func (in *inliner) endSuffix(k endKind, j int) (int, bool) {
	if k == endBack || k == endSubst {
		if n := underscores(in.s, j); n > 0 && in.endOK(j+n) {
			return n, true
		}
	}
	if k == endBack {
		if n := roleLen(in.s, j); n > 0 && in.endOK(j+n) {
			return n, true
		}
	}
	return 0, in.endOK(j)
}

// underscores returns 1 or 2 for a "_" or "__" reference suffix at i.
func underscores(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "__"):
		return 2
	case strings.HasPrefix(s[i:], "_"):
		return 1
	}
	return 0
}

// roleLen returns the length of a ":name:" role marker at i, or 0; the
// name may hold a domain ("py:func").
func roleLen(s string, i int) int {
	if i >= len(s) || s[i] != ':' {
		return 0
	}
	j := i + 1
	for j < len(s) && j-i < 64 && isRoleByte(s[j]) {
		j++
	}
	if j-i < 3 || s[j-1] != ':' {
		return 0
	}
	return j - i
}

func isRoleByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == '+' || c == ':'
}

// backquote converts inline literals, `interpreted`, `reference`_ and
// `text`:role: starting at start (the role prefix, if any, is given).
func (in *inliner) backquote(start int, role string) bool {
	i := in.pos
	if strings.HasPrefix(in.s[i:], "``") {
		return in.literal(start)
	}
	if !in.startOK(start, i+1) {
		return false
	}
	e, n := in.findEnd(endBack, i+1, "`", true)
	if e < 0 {
		return false
	}
	body, suffix := in.s[i+1:e], in.s[e+1:e+1+n]
	in.advance(e + 1 + n)
	switch {
	case role == "" && strings.HasPrefix(suffix, "_"):
		in.writeText(linkText(unescape(body)))
	case role == "" && suffix != "":
		in.interpreted(strings.Trim(suffix, ":"), body)
	default:
		in.interpreted(role, body)
	}
	return true
}

// literal converts an inline literal (double backquotes) into a code span.
func (in *inliner) literal(start int) bool {
	i := in.pos
	if !in.startOK(start, i+2) {
		return false
	}
	e, _ := in.findEnd(endLiteral, i+2, "``", false)
	if e < 0 {
		return false
	}
	body := in.s[i+2 : e]
	in.advance(e + 2)
	in.b.WriteString(codeSpan(body, in.table))
	return true
}

// interpreted writes interpreted text of the given role: strong and
// emphasis stay markup, everything else becomes a code span of its title.
func (in *inliner) interpreted(role, body string) {
	text := unescape(body)
	switch role {
	case "strong":
		in.wrap("**", text)
	case "emphasis", "em", "dfn":
		in.wrap("*", text)
	case "sub", "sup", "subscript", "superscript", "title-reference", "title", "t":
		in.writeText(strings.ReplaceAll(text, "\n", " "))
	case "command", "program":
		in.wrap("**", roleTitle(text))
	case "mailheader", "mimetype", "newsgroup", "manpage":
		in.wrap("*", roleTitle(text))
	case "abbr":
		in.writeText(abbrText(text))
	case "rfc", "pep":
		in.writeText(strings.ToUpper(role) + " " + roleTitle(text))
	default:
		if crossRefRoles[role] && !hasExplicitTitle(text) {
			// Sphinx shows the title of the document or section named,
			// which this page does not hold: a link to it, no text of
			// its own (:doc:`dial_plan_basics`).
			target := strings.TrimSpace(strings.ReplaceAll(text, "\n", " "))
			in.b.WriteString("[")
			in.writeText(target)
			in.b.WriteString("](<" + strings.NewReplacer("<", "", ">", "").Replace(target) + ">)")
			return
		}
		if proseRoles[role] {
			in.writeText(labelText(role, roleTitle(text)))
			return
		}
		in.b.WriteString(codeSpan(roleTitle(text), in.table))
	}
}

// proseRoles are the roles Sphinx renders as running text, not in a
// code font: cross-references to sections, documents, glossary terms and
// figures, and interface labels. Every other role (:func:, :class:,
// :const:, :file:, :option: and unknown ones) is shown as code.
var proseRoles = set("ref", "doc", "term", "numref", "guilabel", "menuselection")

// crossRefRoles name a document or a section, shown by its title.
var crossRefRoles = set("ref", "doc")

// hasExplicitTitle reports a role's text that gives its title: "Title
// <target>".
func hasExplicitTitle(s string) bool {
	_, ok := explicitTitle(strings.TrimSpace(strings.ReplaceAll(s, "\n", " ")))
	return ok
}

// labelText returns what an interface label shows: a menu selection's
// "-->" is an arrow, "&" marks an accelerator key ("&&" is an ampersand).
func labelText(role, s string) string {
	if role != "guilabel" && role != "menuselection" {
		return s
	}
	if role == "menuselection" {
		s = strings.ReplaceAll(s, "-->", "\u2023")
	}
	s = strings.ReplaceAll(s, "&&", "\x00")
	s = strings.ReplaceAll(s, "&", "")
	return strings.ReplaceAll(s, "\x00", "&")
}

// abbrText returns what :abbr:`LIFO (last-in, first-out)` shows: LIFO.
func abbrText(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
	if k := strings.LastIndex(s, " ("); k > 0 && strings.HasSuffix(s, ")") {
		return s[:k]
	}
	return s
}

// wrap writes text as plain Markdown between the markers.
func (in *inliner) wrap(marker, text string) {
	in.b.WriteString(marker)
	in.writeText(strings.ReplaceAll(text, "\n", " "))
	in.b.WriteString(marker)
}

// roleTitle returns the text a role shows: "Title <label>" shows Title,
// "~a.b.c" shows c.
func roleTitle(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
	if t, ok := explicitTitle(s); ok {
		return t
	}
	if rest, ok := strings.CutPrefix(s, "~"); ok {
		return rest[strings.LastIndexByte(rest, '.')+1:]
	}
	return strings.TrimPrefix(s, "!")
}

// explicitTitle splits "Title <target>" and returns Title.
func explicitTitle(s string) (string, bool) {
	if !strings.HasSuffix(s, ">") {
		return "", false
	}
	i := strings.LastIndex(s, "<")
	if i <= 0 {
		return "", false
	}
	t := strings.TrimSpace(s[:i])
	return t, t != ""
}

// linkText returns the text of a hyperlink reference: "text <url>" shows
// text, "<url>" the URL.
func linkText(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\n", " "))
	if t, ok := explicitTitle(s); ok {
		return t
	}
	return strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
}

// unescape removes reStructuredText backslash escapes.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 >= len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		if s[i] != ' ' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// codeSpan renders s as a Markdown code span on one line.
func codeSpan(s string, table bool) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if table {
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + s + pad + fence
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] != c {
			n = 0
			continue
		}
		n++
		best = max(best, n)
	}
	return best
}

// role converts :role:`text`.
func (in *inliner) role() bool {
	n := roleLen(in.s, in.pos)
	if n == 0 || in.pos+n >= len(in.s) || in.s[in.pos+n] != '`' {
		return false
	}
	prev := runeBefore(in.s, in.pos)
	if prev >= 0 && !isBoundary(prev) {
		return false
	}
	start, role := in.pos, in.s[in.pos+1:in.pos+n-1]
	in.pos += n
	if in.backquote(start, lastPart(role)) {
		return true
	}
	in.pos = start
	return false
}

// lastPart drops a domain prefix: "py:func" is "func".
func lastPart(role string) string {
	return role[strings.LastIndexByte(role, ':')+1:]
}

// star converts **strong** and *emphasis*.
func (in *inliner) star() bool {
	i := in.pos
	marker, k := "*", endEmph
	if strings.HasPrefix(in.s[i:], "**") {
		marker, k = "**", endStrong
	}
	j := i + len(marker)
	if !in.startOK(i, j) {
		return false
	}
	e, _ := in.findEnd(k, j, marker, true)
	if e < 0 {
		if marker == "**" {
			in.pos += 2
			in.b.WriteString(`\*\*`)
			return true
		}
		return false
	}
	body := in.s[j:e]
	in.advance(e + len(marker))
	in.wrap(marker, unescape(body))
	return true
}

// subst keeps a |substitution| reference as (escaped) text.
func (in *inliner) subst() bool {
	i := in.pos
	if !in.startOK(i, i+1) {
		return false
	}
	e, n := in.findEnd(endSubst, i+1, "|", true)
	if e < 0 {
		return false
	}
	body := in.s[i+1 : e]
	in.advance(e + 1 + n)
	in.b.WriteString(`\|`)
	in.writeText(strings.ReplaceAll(unescape(body), "\n", " "))
	in.b.WriteString(`\|`)
	return true
}

// target converts an inline target _`text` to its text.
func (in *inliner) target() bool {
	i := in.pos
	if !strings.HasPrefix(in.s[i:], "_`") || !in.startOK(i, i+2) {
		return false
	}
	e, _ := in.findEnd(endBack, i+2, "`", true)
	if e < 0 {
		return false
	}
	body := in.s[i+2 : e]
	in.advance(e + 1)
	in.writeText(strings.ReplaceAll(unescape(body), "\n", " "))
	return true
}

var schemes = []string{"http://", "https://", "ftp://", "mailto:"}

// word copies a word that starts at a boundary; a URI is copied whole, and
// a reference name loses its trailing "_" or "__".
func (in *inliner) word() bool {
	prev := runeBefore(in.s, in.pos)
	if prev >= 0 && !isBoundary(prev) || prev == '_' {
		return false
	}
	for _, sc := range schemes {
		if strings.HasPrefix(in.s[in.pos:], sc) {
			in.uri()
			return true
		}
	}
	end := refNameEnd(in.s, in.pos)
	n := underscores(in.s, end)
	text := in.s[in.pos:end]
	if n > 0 && in.endOK(end+n) {
		in.pos = end + n
	} else {
		in.pos = end
	}
	in.writeTextAt(text, prev)
	return true
}

// writeTextAt writes text that follows prev, escaping as writePlain does.
func (in *inliner) writeTextAt(text string, prev rune) {
	for i, r := range text {
		next := runeAt(text, i+utf8.RuneLen(r))
		if next < 0 {
			next = runeAt(in.s, in.pos)
		}
		in.writePlain(r, prev, next)
		prev = r
	}
}

// refNameEnd returns the end of the reference name starting at i: words
// joined by single "-", "_", ".", "+" or ":".
func refNameEnd(s string, i int) int {
	for {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isAlnum(r) {
				break
			}
			i += n
		}
		if i+1 < len(s) && strings.IndexByte("-_.+:", s[i]) >= 0 && isAlnum(runeAt(s, i+1)) {
			i++
			continue
		}
		return i
	}
}

// uri copies a standalone URI, leaving trailing punctuation outside.
func (in *inliner) uri() {
	end := in.pos
	for end < len(in.s) {
		r, n := utf8.DecodeRuneInString(in.s[end:])
		if unicode.IsSpace(r) || r == '<' || r == '>' || r == '`' || r == '"' {
			break
		}
		end += n
	}
	for end > in.pos && strings.IndexByte(".,;:!?)'", in.s[end-1]) >= 0 {
		end--
	}
	text := in.s[in.pos:end]
	prev := runeBefore(in.s, in.pos)
	in.pos = end
	in.writeTextAt(text, prev)
}
