package rstmd

import "strings"

// directive is a parsed ".. name:: args" block.
type directive struct {
	name    string
	args    []srcLine
	opts    map[string]string
	content []srcLine
	num     int
}

// explicit converts an explicit markup block: a directive, footnote or
// citation; targets, substitution definitions and comments are dropped.
func (p *parser) explicit(ls []srcLine, i, depth int) ([]node, int) {
	if ls[i].text == ".." && (i+1 == len(ls) || ls[i+1].blank()) {
		return nil, i + 1 // an empty comment; an indented block after it is a quote
	}
	end := indentedEnd(ls, i+1)
	first := srcLine{text: strings.TrimSpace(strings.TrimPrefix(ls[i].text, "..")), num: ls[i].num}
	rest := dedent(ls[i+1 : end])
	switch {
	case strings.HasPrefix(first.text, "["):
		return p.footnote(first, rest, depth), end
	case strings.HasPrefix(first.text, "_"), strings.HasPrefix(first.text, "|"):
		return nil, end
	}
	name, args, ok := directiveName(first.text)
	if !ok {
		return nil, end
	}
	d := parseDirective(name, srcLine{text: args, num: first.num}, rest)
	return p.directive(d, depth), end
}

// footnote keeps the text of ".. [1] text".
func (p *parser) footnote(first srcLine, rest []srcLine, depth int) []node {
	j := strings.IndexByte(first.text, ']')
	if j < 0 {
		return nil
	}
	first.text = strings.TrimSpace(first.text[j+1:])
	return p.blocks(append([]srcLine{first}, rest...), depth+1)
}

// directiveName splits "name:: args".
func directiveName(s string) (name, args string, ok bool) {
	k := strings.Index(s, "::")
	if k <= 0 || k+2 < len(s) && s[k+2] != ' ' {
		return "", "", false
	}
	name = s[:k]
	for i := 0; i < len(name); i++ {
		if !isRoleByte(name[i]) {
			return "", "", false
		}
	}
	return strings.ToLower(name), strings.TrimSpace(s[k+2:]), true
}

// argMode is how a directive takes arguments.
type argMode int

const (
	argNone argMode = iota // text after "::" is content
	argLine                // the first line only
	argMany                // lines up to the options or a blank line
)

// parseDirective splits a directive block into arguments, options and
// content.
func parseDirective(name string, first srcLine, rest []srcLine) directive {
	d := directive{name: name, num: first.num, opts: map[string]string{}}
	mode := argModeOf(name)
	if mode == argNone && first.text != "" {
		d.content = append([]srcLine{first}, rest...)
		return d
	}
	if first.text != "" {
		d.args = []srcLine{first}
	}
	k := 0
	for mode == argMany && k < len(rest) && !rest[k].blank() && fieldWidth(rest[k].text) == 0 {
		d.args = append(d.args, rest[k])
		k++
	}
	k = d.options(rest, k)
	d.content = trimBlank(dedent(rest[k:]))
	return d
}

// options reads option lines (":name: value") from line k on; it returns
// the index of the first line after them.
func (d *directive) options(rest []srcLine, k int) int {
	last := ""
	for ; k < len(rest) && !rest[k].blank(); k++ {
		t := rest[k].text
		if w := fieldWidth(t); w > 0 && t[0] == ':' {
			last = strings.TrimSpace(t[1:strings.LastIndexByte(t[:w], ':')])
			d.opts[last] = t[w:]
			continue
		}
		if last == "" {
			return k
		}
		d.opts[last] = joinText(d.opts[last], t)
	}
	return k
}

// argModeOf tells how the named directive takes arguments.
func argModeOf(name string) argMode {
	switch {
	case admonitions[name]:
		return argNone
	case codeDirectives[name], name == "list-table", name == "csv-table":
		return argLine
	}
	return argMany
}

var admonitions = set("note", "warning", "tip", "hint", "important", "attention",
	"caution", "danger", "error", "seealso", "todo", "glossary", "centered", "compound",
	"epigraph", "highlights", "pull-quote", "hlist", "line-block")

var codeDirectives = set("code-block", "code", "sourcecode", "parsed-literal", "doctest",
	"testcode", "testoutput", "prompt", "code-tab")

var dropped = set("toctree", "image", "figure", "raw",
	"include", "literalinclude", "index", "contents", "sectnum", "section-numbering",
	"meta", "highlight", "tabularcolumns", "default-role", "role", "title", "target-notes",
	"header", "footer", "uml", "plantuml", "inheritance-diagram", "autosummary",
	"math", "testsetup", "testcleanup", "sectionauthor", "moduleauthor", "codeauthor",
	"program", "youtube", "video", "audio", "iframe", "thumbnail", "class", "cssclass",
	"rst-class", "spelling", "spelling:word-list", "rubric-hidden")

// contextual directives set a module or namespace; their argument is not
// an object of the page.
var contextual = set("module", "currentmodule", "package", "import", "namespace",
	"namespace-push", "namespace-pop", "automodule")

// objects are the object description directives of Sphinx's default
// (Python) and standard domains.
var objects = set("function", "class", "method", "attribute", "data", "exception",
	"staticmethod", "classmethod", "decorator", "decoratormethod", "property", "describe",
	"object", "envvar", "option", "confval", "type", "member", "macro", "var", "enum",
	"enumerator", "struct", "union", "field", "const", "constant", "event")

// titled directives show their argument as a title line.
var titled = set("admonition", "topic", "sidebar", "rubric", "table", "container-title")

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// directive converts a parsed directive.
func (p *parser) directive(d directive, depth int) []node {
	base := lastPart(d.name)
	switch {
	case d.name == "class" && len(d.content) > 0:
		// Sphinx's Python class, its attributes inside; docutils' class
		// (a style for the element after it) has no content.
		return p.object(d, depth)
	case dropped[d.name] || contextual[base] || strings.HasPrefix(base, "auto"):
		return nil
	case codeDirectives[d.name]:
		return codeDirective(d)
	case diagrams[d.name]:
		return diagram(d)
	case d.name == "list-table":
		return p.listTable(d, depth)
	case d.name == "csv-table":
		return csvTable(d)
	case strings.Contains(d.name, ":") || objects[d.name]:
		return p.object(d, depth)
	case d.name == "table" && len(d.args) > 0:
		return p.captioned(d, depth)
	case titled[d.name]:
		return append(paragraphOf(d.args), p.blocks(d.content, depth+1)...)
	case strings.HasPrefix(d.name, "version") || d.name == "deprecated":
		return append(versionText(d.args), p.blocks(d.content, depth+1)...)
	}
	return p.blocks(d.content, depth+1)
}

// captioned converts ".. table:: Packet types": the caption labels the
// table it holds, as a field's name does (see labelTables), and names
// its values; a caption over no table is a title line.
func (p *parser) captioned(d directive, depth int) []node {
	body := p.blocks(d.content, depth+1)
	for _, n := range body {
		if t, ok := n.(*table); ok && t.label == "" {
			parts := make([]string, len(d.args))
			for i, a := range d.args {
				parts[i] = strings.TrimSpace(a.text)
			}
			t.label = strings.Join(parts, " ")
			return body
		}
	}
	return append(paragraphOf(d.args), body...)
}

// object converts an object description: its name, then its content,
// whose tables it labels.
func (p *parser) object(d directive, depth int) []node {
	body := p.blocks(d.content, depth+1)
	if len(d.args) > 0 {
		labelTables(body, signatureName(d.args[0].text))
	}
	return append(objectNames(d.args), body...)
}

// labelTables labels the tables of an object's body with the object's
// name (.. attribute:: dir over a table of its values), unless a field of
// its own holds them (:param call_dir: over a table): the table leaves
// the body for the margin, and the label says whose values it gives.
func labelTables(nodes []node, name string) {
	for _, n := range nodes {
		switch n := n.(type) {
		case *table:
			if n.label == "" {
				n.label = name
			}
		case *list:
			for _, it := range n.items {
				if it.term == "" || strings.ContainsAny(it.term, " :：") {
					labelTables(it.body, name) // "Definition:" over the table: no field
				}
			}
		}
	}
}

// versionText keeps the explanation after the version of ".. versionadded::".
func versionText(args []srcLine) []node {
	if len(args) == 0 {
		return nil
	}
	lines := append([]srcLine(nil), args...)
	t := lines[0].text
	if k := strings.IndexByte(t, ' '); k >= 0 {
		lines[0].text = strings.TrimSpace(t[k:])
	} else {
		lines[0].text = ""
	}
	return paragraphOf(lines)
}

// codeDirective converts code-block and its kin into a fenced code block.
func codeDirective(d directive) []node {
	if len(d.content) == 0 {
		return nil
	}
	lang := ""
	if len(d.args) > 0 {
		lang = strings.Map(func(r rune) rune {
			if r == '`' || r == '~' || r == ' ' {
				return -1
			}
			return r
		}, strings.Fields(d.args[0].text + " x")[0])
	}
	return []node{&codeBlock{lang: lang, lines: d.content, num: d.num}}
}

// diagrams are the directives of graph drawings. A state machine drawn
// so names its states as the graph's nodes, which the extractor reads.
var diagrams = set("graphviz", "graph", "digraph", "mermaid")

// diagram converts a drawing into a code block of its source: as written
// for graphviz and mermaid, wrapped in its statement for graph and
// digraph, whose argument names it (.. digraph:: call_state).
func diagram(d directive) []node {
	if len(d.content) == 0 {
		return nil
	}
	lang := "dot"
	if d.name == "mermaid" {
		lang = "mermaid"
	}
	lines := d.content
	if d.name == "graph" || d.name == "digraph" {
		name := ""
		if len(d.args) > 0 {
			name = strings.TrimSpace(d.args[0].text)
		}
		lines = append([]srcLine{{text: d.name + " " + name + " {", num: d.num}}, lines...)
		lines = append(lines, srcLine{text: "}", num: lines[len(lines)-1].num})
	}
	return []node{&codeBlock{lang: lang, lines: lines, num: d.num}}
}

// objectNames renders the signatures of an object description as code
// spans of the names they describe.
func objectNames(args []srcLine) []node {
	p := &paragraph{}
	for _, a := range args {
		if name := signatureName(a.text); name != "" {
			p.lines, p.nums = append(p.lines, codeSpan(name, false)), append(p.nums, a.num)
		}
	}
	if len(p.lines) == 0 {
		return nil
	}
	return []node{p}
}

// signatureName returns the name a signature describes: "public static
// final VoipEvent BUSY" is BUSY, "construct(a, b)" is construct.
func signatureName(sig string) string {
	for _, cut := range []string{"(", " = ", ": ", " throws ", " extends ", " implements "} {
		if k := strings.Index(sig, cut); k >= 0 {
			sig = sig[:k]
		}
	}
	fields := strings.Fields(sig)
	if len(fields) == 0 {
		return ""
	}
	return strings.Trim(fields[len(fields)-1], "*&")
}
