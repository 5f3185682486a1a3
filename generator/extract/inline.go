package extract

import (
	"html"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// plainText returns the text of n's inline content as a reader sees it:
// emphasis, links and code marks dropped (a link keeps its text, so
// [**list[Segment]**](Segment.html) reads list[Segment]), entities and
// backslash escapes decoded, runs of white space collapsed to one space.
func plainText(n ast.Node, src []byte) string {
	b := inlineWriter{src: src}
	b.children(n)
	return cleanSpace(b.String())
}

// spacedText is plainText with a space between n's inline nodes: a line
// set as code spans in pieces ("`pending`**`:`**` “En attente`") reads
// "pending : En attente".
func spacedText(n ast.Node, src []byte) string {
	parts := []string{}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b := inlineWriter{src: src}
		b.inline(c)
		parts = append(parts, b.String())
	}
	return cleanSpace(strings.Join(parts, " "))
}

// inlinesText is plainText of the inline nodes from first to the end of
// their parent.
func inlinesText(first ast.Node, src []byte) string {
	b := inlineWriter{src: src}
	b.siblings(first)
	return cleanSpace(b.String())
}

// markedText is plainText with code spans kept in backticks: text written
// as code is a strong candidate for a value, even with spaces in it
// (`Not Authenticated`).
//
// A hard line break stays a line break: it ends a list of values as a full
// stop does ("Valid values: `A` | `B`" then "The `A` state ..." below).
func markedText(n ast.Node, src []byte) string {
	b := inlineWriter{src: src, mark: true}
	b.children(n)
	return cleanLineSpace(b.String())
}

// markedInlines is markedText of the inline nodes from first on.
func markedInlines(first ast.Node, src []byte) string {
	b := inlineWriter{src: src, mark: true}
	b.siblings(first)
	return cleanLineSpace(b.String())
}

// markedTerms is markedInlines with a word in emphasis marked as code: in
// the text after a marked term, where a page sets each value apart as it
// set the term (**event_type:** ... *ringing*, *answer* yada *hangup*).
func markedTerms(first ast.Node, src []byte) string {
	b := inlineWriter{src: src, mark: true, terms: true}
	b.siblings(first)
	return cleanLineSpace(b.String())
}

// cleanLineSpace is cleanSpace for each line of s.
func cleanLineSpace(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = cleanSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// inlineWriter renders inline nodes as text.
type inlineWriter struct {
	strings.Builder
	src   []byte
	mark  bool // keep code spans in backticks
	terms bool // and a word in emphasis (see markedTerms)
	// sup is set inside <sup>...</sup>: a version or a footnote's mark
	// (CALL_COMPLETED_ELSEWHERE<sup>9+</sup>), no part of a name.
	sup bool
}

func (b *inlineWriter) children(parent ast.Node) {
	for c := parent.FirstChild(); c != nil; c = c.NextSibling() {
		b.inline(c)
	}
}

func (b *inlineWriter) siblings(first ast.Node) {
	for n := first; n != nil; n = n.NextSibling() {
		b.inline(n)
	}
}

func (b *inlineWriter) inline(n ast.Node) {
	src := b.src
	if h, ok := n.(*ast.RawHTML); ok {
		switch htmlTagName(h, src) {
		case "sup":
			b.sup = supClosed(h, src)
			if !b.sup {
				b.WriteByte(' ')
			}
			return
		case "/sup":
			b.sup = false
			return
		}
	}
	if b.sup {
		return
	}
	switch n := n.(type) {
	case *ast.Text:
		if n.IsRaw() {
			b.Write(n.Value(src))
		} else {
			b.WriteString(decodeText(n.Value(src)))
		}
		switch {
		case n.HardLineBreak() && b.mark:
			b.WriteByte('\n')
		case n.SoftLineBreak() || n.HardLineBreak():
			b.WriteByte(' ')
		}
	case *ast.String:
		b.Write(n.Value)
	case *ast.CodeSpan:
		if b.mark {
			b.WriteString("`" + codeText(n, src) + "`")
		} else {
			b.WriteString(codeText(n, src))
		}
	case *ast.AutoLink:
		b.Write(n.URL(src))
	case *ast.RawHTML:
		b.WriteString(rawHTMLText(n, src, b.mark))
	case *ast.Emphasis:
		if tok := emphasizedToken(n, src); b.terms && tok != "" {
			b.WriteString("`" + tok + "`")
			return
		}
		b.children(n)
	default:
		b.children(n)
	}
}

// maxSupNodes bounds the nodes between <sup> and its </sup>: a mark is
// short, and an unclosed <sup> must not hide the rest of the text.
const maxSupNodes = 3

// supClosed reports a <sup> closed by </sup> within maxSupNodes nodes.
func supClosed(h *ast.RawHTML, src []byte) bool {
	n := h.NextSibling()
	for i := 0; n != nil && i < maxSupNodes; i, n = i+1, n.NextSibling() {
		if r, ok := n.(*ast.RawHTML); ok {
			return htmlTagName(r, src) == "/sup"
		}
	}
	return false
}

// emphasizedToken is the one token an emphasis holds, or "".
func emphasizedToken(n *ast.Emphasis, src []byte) string {
	t, ok := n.FirstChild().(*ast.Text)
	if !ok || t.NextSibling() != nil {
		return ""
	}
	tok := string(t.Value(src))
	if proseToken(tok) != tok {
		return ""
	}
	return tok
}

// codeText returns a code span's content as written: CommonMark resolves no
// escapes or entities inside code.
func codeText(n *ast.CodeSpan, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			b.Write(t.Value(src))
		}
	}
	return strings.TrimSpace(strings.ReplaceAll(b.String(), "\n", " "))
}

// decodeText resolves backslash escapes (\_ is _) and entity references
// (&#39; &quot; &#x60; &amp;) the way a Markdown renderer shows them.
func decodeText(s []byte) string {
	if !hasEscapes(s) {
		return string(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i++
		case c == '&':
			ref, n := entity(s[i:])
			b.WriteString(ref)
			i += n - 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func hasEscapes(s []byte) bool {
	for _, c := range s {
		if c == '\\' || c == '&' {
			return true
		}
	}
	return false
}

// maxEntity bounds the length of an entity reference (&CounterClockwiseContourIntegral; is the longest).
const maxEntity = 34

// entity decodes the entity reference at the start of s and returns it and
// the bytes it used; a lone & stands for itself.
func entity(s []byte) (string, int) {
	end := -1
	for i := 1; i < len(s) && i < maxEntity; i++ {
		if s[i] == ';' {
			end = i
			break
		}
		if !isEntityByte(s[i]) {
			break
		}
	}
	if end < 2 {
		return "&", 1
	}
	ref := string(s[:end+1])
	dec := html.UnescapeString(ref)
	if dec == ref {
		return "&", 1
	}
	return dec, end + 1
}

func isEntityByte(c byte) bool {
	return c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// cleanSpace collapses white space to single spaces, trims the ends and
// replaces invalid UTF-8, so extracted text is safe to write as YAML.
func cleanSpace(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if isClean(s) {
		return s // most text is: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// isClean reports whether s is ASCII-spaced text that cleanSpace leaves as
// it is: no space at either end, no two in a row, no other white space.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		case c >= utf8.RuneSelf || c < ' ' || c == 0x7f:
			return false // maybe white space (\u00a0, \u2028); let Fields decide
		}
	}
	return true
}

// rawHTMLText is what inline HTML shows as text: nothing but a space (<br>,
// <sup>), or a comma after a list item, so a list written in HTML inside a
// table cell (<ul><li>`a`</li><li>`b`</li></ul>) reads as "a, b".
func rawHTMLText(n *ast.RawHTML, src []byte, mark bool) string {
	var tag strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		tag.Write(seg.Value(src))
	}
	switch t := strings.ToLower(strings.TrimSpace(tag.String())); {
	case t == "</li>":
		return ", "
	case strings.HasPrefix(t, "<br") && mark:
		return "\n" // a line break ends a list item written inline
	}
	return " "
}
