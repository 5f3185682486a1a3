package openapi

import (
	"bytes"
	"regexp"
)

// Sniff reports whether data is an OpenAPI 3.x or Swagger 2.0 document
// (JSON or YAML): a top-level "openapi: 3..." or "swagger: "2.0"" key.
//
// JSON is scanned for the key at the top level of the object, wherever it
// is (Twilio's files put it after the components). In YAML a top-level key
// starts a line; every other line that starts at the left margin must be a
// key, an item of a top-level list, a comment or a document marker too, so that a Markdown page quoting
// a spec in a code block is not taken for one.
func Sniff(data []byte) bool {
	if isJSON(data) {
		return jsonVersion(data)
	}
	return yamlVersionLine(data) && yamlMapping(data)
}

// yamlVersionLine reports whether a line starts with the version key. The
// regular expression runs only on lines that may match: over a whole
// multi-megabyte Markdown page it cost a third of the extraction.
func yamlVersionLine(data []byte) bool {
	for line := range bytes.Lines(data) {
		switch line[0] {
		case 'o', 's', '"', '\'':
			if yamlVersion.Match(line) {
				return true
			}
		}
	}
	return false
}

// yamlVersion is a line that starts with the key.
var yamlVersion = regexp.MustCompile(`^(?:openapi|"openapi"|'openapi')[ \t]*:[ \t]*["']?3\.|^(?:swagger|"swagger"|'swagger')[ \t]*:[ \t]*["']?2\.0`)

// yamlTopLine is a line at the left margin of a YAML mapping document.
var yamlTopLine = regexp.MustCompile(`^(?:#|---|\.\.\.|%|-(?:[ \t]|$)|"[^"]*"[ \t]*:|'[^']*'[ \t]*:|[^\s#"'{\[\]},:-][^:]*:(?:[ \t]|$))`)

// yamlMapping reports whether every line at the left margin is a
// top-level key, a list item, a comment or a marker.
func yamlMapping(data []byte) bool {
	for line := range bytes.Lines(data) {
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 || line[0] == ' ' || line[0] == '\t' {
			continue
		}
		if !yamlTopLine.Match(line) {
			return false
		}
	}
	return true
}

// jsonVersion scans a JSON document for "openapi": "3... or "swagger":
// "2.0" at depth one, without decoding it.
func jsonVersion(data []byte) bool {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		case '"':
			end := stringEnd(data, i)
			if depth == 1 && topKey(data[i:end], data[end:]) {
				return true
			}
			i = end - 1
		}
	}
	return false
}

// stringEnd returns the index after the JSON string that starts at i.
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); j++ {
		switch data[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(data)
}

// topKey reports whether key (quoted) and what follows it are the version
// key and a supported version.
func topKey(key, after []byte) bool {
	after = bytes.TrimLeft(after, " \t\r\n")
	if len(after) == 0 || after[0] != ':' {
		return false
	}
	value := bytes.TrimLeft(after[1:], " \t\r\n")
	switch string(key) {
	case `"openapi"`:
		return bytes.HasPrefix(value, []byte(`"3.`))
	case `"swagger"`:
		return bytes.HasPrefix(value, []byte(`"2.0"`))
	}
	return false
}
