package extract

// XML markup in a document's examples.
//
// A voice API answered with XML (TwiML and its kin) documents its verbs in
// tables and lists ("Dial | Send call to voicemail", "Targets: Number,
// Voicemail") and shows them in examples (<Dial><Number>...</Number>). Such
// names are the elements and attributes of a markup language, not strings a
// payload carries: an enum whose every value is an element or attribute
// name the document writes in markup is dropped, with a warning.

import (
	"bytes"
	"strings"

	"github.com/docenum/docenum/generator/spec"
)

// markupNames returns the element and attribute names of the XML tags in
// src: <Dial>, <Gather onData="..." timeout="10000">, </Dial>, <Reject />.
// A tag must close on its line: "a<b and c" holds none.
func markupNames(src []byte) map[string]bool {
	names := map[string]bool{}
	var tag []string
	s := src // not copied to a string: src may be a big table
	for {
		i := bytes.IndexByte(s, '<')
		if i < 0 {
			return names
		}
		s = bytes.TrimPrefix(s[i+1:], []byte("/"))
		n := markupName(s)
		if n == 0 {
			continue
		}
		tag = append(tag[:0], string(s[:n]))
		s = s[n:]
		for { // attributes: name="value"
			s = bytes.TrimLeft(s, " \t")
			n := markupName(s)
			if n == 0 || !bytes.HasPrefix(s[n:], []byte(`="`)) {
				break
			}
			end := bytes.IndexAny(s[n+2:], "\"\n")
			if end < 0 || s[n+2+end] != '"' {
				break
			}
			tag = append(tag, string(s[:n]))
			s = s[n+2+end+1:]
		}
		if bytes.HasPrefix(s, []byte(">")) || bytes.HasPrefix(s, []byte("/>")) {
			for _, name := range tag {
				names[name] = true
			}
		}
	}
}

// markupName returns the length of the XML name at the start of s.
func markupName(s []byte) int {
	n := 0
	for n < len(s) && (textLetterByte(s[n]) || n > 0 && (textDigitByte(s[n]) || strings.IndexByte("_.:-", s[n]) >= 0)) {
		n++
	}
	return n
}

// dropMarkup empties the enums whose every value (two at least) is a name
// of the document's markup; dropEmpty then removes them.
func (c *collector) dropMarkup(src []byte) {
	var names map[string]bool // scanned only when some enum might be markup
	for _, e := range c.enums {
		if len(e.Values) < 2 {
			continue
		}
		if names == nil {
			names = markupNames(src)
		}
		if allMarkup(e, names) {
			c.diags.Warnf(c.pos(e.Line), "enum %s lists names of the XML the document shows (%s), not values; skipped", e.Name, wireList(e.Values, 4))
			e.Values = nil
		}
	}
}

// wireList joins the first n wires of values, for a message.
func wireList(values []*spec.Value, n int) string {
	list := strings.Join(wiresOf(values[:min(n, len(values))]), ", ")
	if len(values) > n {
		list += ", ..."
	}
	return list
}

func allMarkup(e *spec.Enum, names map[string]bool) bool {
	for _, v := range e.Values {
		if !names[v.Wire] {
			return false
		}
	}
	return true
}
