package extract

import (
	"bytes"
	"regexp"
	"unicode"
)

// MDX documentation sites wrap each field of a reference page in a
// component (<ParamField path="status" type="string">, <ResponseField
// name="state">) whose body is Markdown. CommonMark reads such a line as the
// start of an HTML block and hides the body, values included. A line that
// holds only a component tag is therefore rewritten before parsing: an
// opening tag naming a field becomes that name in bold, standing alone, so
// it names what its body lists as a term does; an item of a group of
// accordions or tabs becomes a list item of its title; any other
// component tag becomes a blank line. Lower-case tags are HTML, not components, and are
// left alone.

// componentTag matches a line holding one opening, closing or self-closing
// tag whose name starts with an upper-case letter or contains a hyphen.
var componentTag = regexp.MustCompile(`^\s*<(/?)([A-Za-z][\w.-]*)((?:\s+[^<>]*)?)\s*(/?)>\s*$`)

// componentNameAttr matches the attribute that names the field.
// Mintlify's ParamField names it by where it is sent: query, body, header.
var componentNameAttr = regexp.MustCompile(`(?:^|\s)(?:path|name|field|param|property|attribute|parameter|query|body|header|cookie)\s*=\s*["']([^"']+)["']`)

// componentLine rewrites a component tag line; ok is false for any other
// line.
func componentLine(line []byte) (md []byte, ok bool) {
	line = bytes.TrimSpace(line)
	if len(line) < 3 || line[0] != '<' || line[len(line)-1] != '>' {
		return nil, false // most lines: no need to run the pattern
	}
	m := componentTag.FindSubmatch(line)
	if m == nil || !isComponentName(m[2]) {
		return nil, false
	}
	closing, attrs, selfClosing := len(m[1]) > 0, m[3], len(m[4]) > 0
	if !closing && !selfClosing {
		if a := componentNameAttr.FindSubmatch(attrs); a != nil {
			return append(append([]byte("**"), a[1]...), "**\n"...), true
		}
		if t := componentTitleAttr.FindSubmatch(attrs); t != nil && itemComponents[string(m[2])] {
			// <Accordion title="user_transcript">: one item of a group, its
			// body (indented below it) the item's text.
			return append(append([]byte("- "), t[1]...), '\n'), true
		}
	}
	return []byte("\n"), true
}

// componentTitleAttr matches the title of a component.
var componentTitleAttr = regexp.MustCompile(`(?:^|\s)title\s*=\s*["']([^"']+)["']`)

// itemComponents are the components that make one item of a group
// (<AccordionGroup>, <Tabs>): their titles read as a list's items.
var itemComponents = map[string]bool{"Accordion": true, "Tab": true, "Expandable": true}

func isComponentName(name []byte) bool {
	return unicode.IsUpper(rune(name[0])) || bytes.ContainsRune(name, '-')
}
