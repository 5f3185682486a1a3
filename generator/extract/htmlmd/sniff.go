package htmlmd

import (
	"bytes"

	"golang.org/x/net/html/atom"
)

// sniffLines is how many non-blank lines Sniff looks at.
const sniffLines = 200

// Sniff reports whether src is an HTML document (not Markdown with some inline HTML): it
// starts, after optional BOM/whitespace/comments, with <!DOCTYPE html, <html, <head or <body
// (case-insensitive), or its first non-blank line is an element like <div ...>, <table>,
// <section>, and most of its non-blank lines start with a tag.
func Sniff(src []byte) bool {
	s := skipPrologue(src)
	if xmlDeclared(src) && len(s) > 1 && s[0] == '<' && mostlyTags(s) {
		return true // XML whose documentation is XHTML (D-Bus interfaces)
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if hasTagPrefix(s, p) {
			return true
		}
	}
	if startsQualified(s) {
		return true // XML: no Markdown starts with a namespaced element
	}
	if !startsElement(s) {
		return false
	}
	return mostlyTags(s)
}

// startsQualified reports whether s starts with the start tag of an
// element with a namespace prefix (<tp:enum ...>, <xs:schema>).
func startsQualified(s []byte) bool {
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	i, colon := 1, 0
	for i < len(s) && i < 64 && (isAlnum(s[i]) || s[i] == ':' && colon == 0 && i > 1 || s[i] == '-' && i > 1) {
		if s[i] == ':' {
			colon = i
		}
		i++
	}
	return colon > 0 && colon < i-1 && i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n' || s[i] == '>' || s[i] == '/')
}

// xmlDeclared reports src starting with an XML declaration.
func xmlDeclared(src []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")), " \t\r\n"), []byte("<?xml"))
}

// skipPrologue skips a byte order mark, white space, comments and an XML
// declaration.
func skipPrologue(s []byte) []byte {
	s = bytes.TrimPrefix(s, []byte("\xef\xbb\xbf"))
	for {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		var end []byte
		switch {
		case bytes.HasPrefix(s, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(s, []byte("<?")):
			end = []byte("?>")
		default:
			return s
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return nil
		}
		s = s[i+len(end):]
	}
}

// hasTagPrefix reports whether s starts with the tag opening p, case
// folded, ended by white space, > or / (so <head is not <header).
func hasTagPrefix(s []byte, p string) bool {
	if len(s) < len(p) || !bytes.EqualFold(s[:len(p)], []byte(p)) {
		return false
	}
	if len(s) == len(p) {
		return true
	}
	switch s[len(p)] {
	case ' ', '\t', '\r', '\n', '\f', '>', '/':
		return true
	}
	return false
}

// startsElement reports whether s starts with the start tag of a known
// HTML element.
func startsElement(s []byte) bool {
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	i := 1
	for i < len(s) && i < 16 && isAlnum(s[i]) {
		i++
	}
	if i == 1 || !hasTagPrefix(s, string(s[:i])) {
		return false
	}
	return atom.Lookup(bytes.ToLower(s[1:i])) != 0
}

// mostlyTags reports whether more than half of the first non-blank lines
// of s start with a tag.
//
// Two Markdown headings (## Request) or more make it Markdown that holds
// HTML blocks, however many lines its tables take.
func mostlyTags(s []byte) bool {
	tags, total, headings := 0, 0, 0
	for len(s) > 0 && total < sniffLines {
		line := s
		if i := bytes.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		total++
		if len(line) > 1 && line[0] == '<' && (isAlnum(line[1]) || line[1] == '/' || line[1] == '!') {
			tags++
		}
		if h := bytes.TrimLeft(line, "#"); len(h) < len(line) && len(line)-len(h) <= 6 && len(h) > 1 && h[0] == ' ' {
			headings++
		}
	}
	return tags*2 > total && headings < 2
}
