package openapi

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"unicode/utf16"

	"github.com/docenum/docenum/generator/diag"
	"gopkg.in/yaml.v3"
)

// parse decodes a JSON or YAML document into its root mapping. A document
// that is not valid YAML is an error at the line the decoder names.
func parse(path string, data []byte) (*yaml.Node, error) {
	if isJSON(data) {
		data = jsonForYAML(data)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(path, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	root := deref(doc.Content[0])
	if root == nil || root.Kind != yaml.MappingNode {
		return nil, nil
	}
	return root, nil
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a decoder error into a diagnostic at its line.
func yamlError(path string, err error) error {
	var l diag.List
	msg := err.Error()
	pos := diag.Pos{File: path}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	l.Errorf(pos, "not a readable JSON or YAML document: %s", msg)
	return l
}

// isJSON reports whether data starts, after white space and a byte order
// mark, with a JSON object.
func isJSON(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

// jsonForYAML rewrites the two JSON string escapes YAML does not accept,
// keeping every line where it is: \/ becomes /, and a UTF-16 surrogate
// pair (\ud83d\udc4d) becomes YAML's \U0001F44D (a lone surrogate becomes
// U+FFFD). In JSON a backslash occurs only inside strings, so the rewrite
// cannot change anything else.
func jsonForYAML(data []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i+1 < len(data); i++ {
		if data[i] != '\\' {
			continue
		}
		repl, n := jsonEscape(data[i:])
		if repl == nil {
			i++ // an escape YAML reads as JSON does; skip its second byte
			continue
		}
		out = append(append(out, data[last:i]...), repl...)
		last = i + n
		i += n - 1
	}
	if out == nil {
		return data
	}
	return append(out, data[last:]...)
}

// jsonEscape returns the YAML spelling of the escape at the start of b and
// the length it replaces, or nil when YAML reads the escape as it is.
func jsonEscape(b []byte) ([]byte, int) {
	if b[1] == '/' {
		return []byte("/"), 2
	}
	r1, ok := hex4(b, 2)
	if b[1] != 'u' || !ok || !utf16.IsSurrogate(r1) {
		return nil, 0
	}
	if r2, ok := hex4(b, 8); ok && b[6] == '\\' && b[7] == 'u' {
		if r := utf16.DecodeRune(r1, r2); r != 0xFFFD {
			return fmt.Appendf(nil, `\U%08X`, r), 12
		}
	}
	return []byte(`\uFFFD`), 6
}

// hex4 reads four hex digits at b[at:].
func hex4(b []byte, at int) (rune, bool) {
	if at+4 > len(b) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(b[at:at+4]), 16, 32)
	return rune(v), err == nil
}
