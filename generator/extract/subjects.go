package extract

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark/ast"
)

// A specification defines the values of an attribute a paragraph each,
// each paragraph opening with the value in bold or code before the noun
// of what it is, as XMPP extensions and RFC-style documents write them:
//
//	The **content-accept** action is used to accept a content-add action.
//
//	The **session-terminate** action is used to end an existing session.
//
// Paragraphs of details may stand between them. subjectParagraphs reads
// such a run: minDefinitions openings at least, one noun for all (action),
// half the run's paragraphs at least; the enum is named after the noun.

// subjectOpening matches a paragraph's opening: "The", a value in bold or
// code, and the noun after it.
var subjectOpening = regexp.MustCompile("^The (?:\\*\\*([^*]+)\\*\\*|`([^`]+)`) ([a-z]+) ")

// subjectNouns that name fields, types or code, not what a value is.
var subjectNouns = proseSet("field parameter attribute property element method function class module option " +
	"header key variable argument object type command api endpoint file")

// subjectParagraphs reads a run of such paragraphs from n on and returns
// the enum they give and the block after the run; nil when n starts none.
func (w *walker) subjectParagraphs(n ast.Node) (*spec.Enum, ast.Node) {
	if w.format != Auto {
		return nil, nil
	}
	if _, _, ok := w.subjectOf(n); !ok {
		return nil, nil // the common case decided first
	}
	var values []*spec.Value
	noun, paragraphs, run, end := "", 0, 0, n
	for p := n; p != nil; p = p.NextSibling() {
		if _, ok := p.(*ast.Paragraph); !ok {
			break
		}
		paragraphs++
		wire, pNoun, ok := w.subjectOf(p)
		if !ok || noun != "" && pNoun != noun {
			continue // details of the value above
		}
		noun, run, end = pNoun, paragraphs, p.NextSibling()
		values = append(values, &spec.Value{Wire: wire, Description: strings.TrimSpace(plainText(p, w.doc.src)), Line: w.lineOf(p)})
	}
	if len(values) < minDefinitions || subjectNouns[noun] || len(values)*2 < run {
		return nil, nil
	}
	return &spec.Enum{Name: enumName(noun), Line: values[0].Line, Values: values}, end
}

// subjectOf reads a paragraph's opening: its value and noun.
func (w *walker) subjectOf(n ast.Node) (wire, noun string, ok bool) {
	p, isPara := n.(*ast.Paragraph)
	if !isPara || p.Lines().Len() == 0 {
		return "", "", false
	}
	seg := p.Lines().At(0)
	first := seg.Value(w.doc.src)
	if !bytes.HasPrefix(first, []byte("The **")) && !bytes.HasPrefix(first, []byte("The `")) {
		return "", "", false // most paragraphs, told without a copy
	}
	m := subjectOpening.FindStringSubmatch(string(first))
	if m == nil {
		return "", "", false
	}
	wire = m[1] + m[2]
	if _, why := wireValue(wire, true); why != "" {
		return "", "", false
	}
	return wire, m[3], true
}
