package emit

import (
	"bytes"
	"strings"
)

// groupImports puts the standard library's imports of a rendered file in a
// group of their own, before the others, as goimports does; jennifer
// writes them as one sorted block. A standard import path has no dot in
// its first element.
//
//	import (
//		"encoding/json"
//		"time"
//
//		"github.com/docenum/docenum/generated/callstatus"
//	)
func groupImports(src []byte) []byte {
	start := bytes.Index(src, []byte("\nimport (\n"))
	if start < 0 {
		return src
	}
	body := start + len("\nimport (\n")
	end := bytes.Index(src[body:], []byte("\n)\n"))
	if end < 0 {
		return src
	}
	var std, other []string
	for _, line := range strings.Split(string(src[body:body+end]), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if isStdImport(line) {
			std = append(std, line)
		} else {
			other = append(other, line)
		}
	}
	if len(std) == 0 || len(other) == 0 {
		return src
	}
	block := strings.Join(std, "\n") + "\n\n" + strings.Join(other, "\n")
	out := append([]byte(nil), src[:body]...)
	out = append(out, block...)
	return append(out, src[body+end:]...)
}

// isStdImport reports whether an import line (`"time"`, `jen "github.com/..."`)
// names a standard library package.
func isStdImport(line string) bool {
	q := strings.Index(line, `"`)
	if q < 0 {
		return false
	}
	path := strings.Trim(line[q:], `"`)
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}
