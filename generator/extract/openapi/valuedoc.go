package openapi

import "strings"

// valueDocs finds the values' docs in an enum's description: lines that
// list one value and say what it means,
//
//   - `queued` - The call is waiting in line.
//   - busy: The callee was busy.
//     `no-answer` = Nobody picked up.
//
// (a bullet or a quoted value, then a separator: - – — : =). It returns
// the description without those lines and the docs by wire.
func valueDocs(desc string, wires map[string]bool) (string, map[string]string) {
	docs := map[string]string{}
	var rest []string
	for _, line := range strings.Split(desc, "\n") {
		wire, doc, ok := valueLine(line, wires)
		if !ok {
			rest = append(rest, line)
			continue
		}
		if _, dup := docs[wire]; !dup {
			docs[wire] = doc
		}
	}
	return strings.TrimSpace(strings.Join(rest, "\n")), docs
}

// bullets start list items in Markdown and plain text.
var bullets = []string{"- ", "* ", "+ ", "• "}

// separators stand between a value and its doc.
var separators = []string{"-", "–", "—", ":", "="}

// valueLine reads one line that documents a value of the enum.
func valueLine(line string, wires map[string]bool) (wire, doc string, ok bool) {
	s := strings.TrimSpace(line)
	bullet := false
	for _, b := range bullets {
		if rest, cut := strings.CutPrefix(s, b); cut {
			s, bullet = strings.TrimSpace(rest), true
			break
		}
	}
	wire, after, quoted := token(s)
	if !wires[wire] || (!bullet && !quoted) {
		return "", "", false
	}
	after = strings.TrimSpace(after)
	if after == "" {
		return wire, "", true
	}
	for _, sep := range separators {
		if rest, cut := strings.CutPrefix(after, sep); cut {
			return wire, strings.TrimSpace(rest), true
		}
	}
	return "", "", false
}

// quotes enclose a value in a description.
var quotes = []string{"**", "`", "'", `"`}

// token splits the value off the start of s: a quoted value, or the text
// up to a colon or a space.
func token(s string) (tok, after string, quoted bool) {
	for _, q := range quotes {
		if rest, ok := strings.CutPrefix(s, q); ok {
			if end := strings.Index(rest, q); end >= 0 {
				return rest[:end], rest[end+len(q):], true
			}
		}
	}
	end := strings.IndexAny(s, ": \t")
	if end < 0 {
		return s, "", false
	}
	return s[:end], s[end:], false
}
