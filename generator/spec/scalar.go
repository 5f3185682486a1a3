package spec

import (
	"bytes"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// How Encode writes a scalar: the decisions of yaml.v3 v3.0.1, mirrored.
// encode.go (stringv, resolve) picks a style for the value; the emitter
// (emitterc.go: yaml_emitter_analyze_scalar, yaml_emitter_select_scalar_style)
// then falls back to a safer style when the text does not allow it. The
// emitter's line width is unlimited, so nothing is ever folded.

type scalarStyle uint8

const (
	plainStyle scalarStyle = iota
	singleStyle
	doubleStyle
	literalStyle
)

// stringValue writes a string field's value, the key being at column col
// (or, in a list, the dash), with the line end.
func (e *encoder) stringValue(col int, s string) {
	if needsYAML(s) {
		e.viaYAML(col, s)
		return
	}
	st := literalStyle
	if strings.IndexByte(s, '\n') < 0 {
		st = plainStyle
		if !plainIsString(s) {
			st = doubleStyle
		}
	}
	e.scalar(col+2, s, emitterStyle(st, s, false))
}

// datumValue writes a datum's text (not empty): yaml.v3 encodes the node
// MarshalYAML returns, plain (or literal when multi-line) even when the
// text reads as a number, a bool or null.
func (e *encoder) datumValue(col int, s string) {
	if needsYAML(s) {
		e.viaYAML(col, &Datum{Text: s})
		return
	}
	st := plainStyle
	if strings.IndexByte(s, '\n') >= 0 {
		st = literalStyle
	}
	e.scalar(col+2, s, emitterStyle(st, s, false))
}

// keyScalar writes a data key (simpleKey holds) at the start of its line.
func (e *encoder) keyScalar(s string) {
	st := plainStyle
	if !plainIsString(s) {
		st = doubleStyle
	}
	switch emitterStyle(st, s, true) {
	case plainStyle:
		e.buf = append(e.buf, s...)
	case singleStyle:
		e.buf = appendSingle(e.buf, s)
	default:
		e.buf = appendDouble(e.buf, s)
	}
}

// scalar writes a value after its ":" or "-", in the style st, at
// indentation ind (for the lines of a literal block), with the line end.
func (e *encoder) scalar(ind int, s string, st scalarStyle) {
	e.buf = append(e.buf, ' ')
	switch st {
	case plainStyle:
		e.buf = append(e.buf, s...)
	case singleStyle:
		e.buf = appendSingle(e.buf, s)
	case doubleStyle:
		e.buf = appendDouble(e.buf, s)
	case literalStyle:
		e.buf = appendLiteral(e.buf, s, ind)
	}
	e.endLine()
}

// needsYAML reports the scalars left to yaml.v3: invalid UTF-8 (written as
// !!binary base64) and the line breaks U+2028 and U+2029, which the
// emitter writes raw, re-indenting after them.
func needsYAML(s string) bool {
	return !utf8.ValidString(s) || strings.Contains(s, "\u2028") || strings.Contains(s, "\u2029")
}

// simpleKey reports whether yaml.v3 writes the data key s as "s: value":
// not for a multi-line key or one over 128 bytes ("? s"), nor for what
// needsYAML leaves to yaml.v3.
func simpleKey(s string) bool {
	return len(s) <= 128 && !needsYAML(s) && !analyze(s).multiline
}

// viaYAML writes v as yaml.v3 writes the value of a key at column col: it
// encodes v under key k at that column, nested in mappings, and copies
// what follows "k:". Only for the rare scalars Encode does not mirror.
func (e *encoder) viaYAML(col int, v any) {
	var doc any = map[string]any{"k": v}
	prefix := strings.Repeat(" ", col) + "k:"
	for d := col / 2; d > 0; d-- {
		doc = map[string]any{"a": doc}
		prefix = strings.Repeat(" ", 2*(d-1)) + "a:\n" + prefix
	}
	out, err := encodeYAML(doc)
	if err == nil && (col%2 != 0 || !bytes.HasPrefix(out, []byte(prefix))) {
		err = errors.New("yaml.v3 wrote an unexpected layout")
	}
	if err != nil {
		if e.err == nil {
			e.err = err
		}
		e.endLine()
		return
	}
	// What follows "k:" ends at the start of a line (after a line feed, or
	// a U+2028 the emitter counts as a line break).
	e.buf = append(e.buf, out[len(prefix):]...)
	e.spill()
}

// encodeYAML encodes v as Marshal did before Encode: yaml.v3, two spaces.
func encodeYAML(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// emitterStyle is the style the emitter writes a scalar in when asked for
// st (yaml_emitter_select_scalar_style, block context, implicit tag).
func emitterStyle(st scalarStyle, s string, key bool) scalarStyle {
	a := analyze(s)
	if key && a.multiline {
		st = doubleStyle
	}
	if st == plainStyle && (!a.plain || s == "" && key) {
		st = singleStyle
	}
	if st == singleStyle && !a.single {
		st = doubleStyle
	}
	if st == literalStyle && (!a.block || key) {
		st = doubleStyle
	}
	return st
}

// analysis is what yaml_emitter_analyze_scalar finds a scalar allows.
type analysis struct {
	multiline, plain, single, block bool
}

// analyze mirrors yaml_emitter_analyze_scalar (block context; s is valid
// UTF-8).
func analyze(s string) analysis {
	if s == "" {
		return analysis{plain: true, single: true}
	}
	var (
		indicators, special, tabs                 bool
		leadSpace, leadBreak, trailSpace, trBreak bool
		breakSpace, spaceBreak, lineBreaks        bool
		prevSpace, prevBreak                      bool
	)
	if strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") {
		indicators = true
	}
	preceded := true
	for i, w := 0, 0; i < len(s); i += w {
		if i > 0 && (ordinary[s[i]] || s[i] == ' ' && !prevBreak) {
			// The common case, fast: printable ASCII characters that are
			// no indicator inside a scalar, and spaces not after a break.
			for i < len(s) && (ordinary[s[i]] || s[i] == ' ') {
				prevSpace = s[i] == ' '
				i++
			}
			prevBreak, preceded = false, prevSpace
			if w = 0; i == len(s) {
				trailSpace = prevSpace
				break
			}
		}
		c := s[i]
		w = charWidth(c)
		followed := i+w >= len(s) || s[i+w] == ' ' || s[i+w] == '\t'
		if i == 0 {
			switch c {
			case '#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
				indicators = true
			case '?', ':', '-':
				indicators = indicators || followed
			}
		} else if c == ':' && followed || c == '#' && preceded {
			indicators = true
		}
		if c == '\t' {
			tabs = true
		} else if !isPrintable(s, i) {
			special = true
		}
		last := i+w == len(s)
		switch {
		case c == ' ':
			leadSpace = leadSpace || i == 0
			trailSpace = trailSpace || last
			breakSpace = breakSpace || prevBreak
			prevSpace, prevBreak = true, false
		case isBreak(s, i):
			lineBreaks = true
			leadBreak = leadBreak || i == 0
			trBreak = trBreak || last
			spaceBreak = spaceBreak || prevSpace
			prevSpace, prevBreak = false, true
		default:
			prevSpace, prevBreak = false, false
		}
		preceded = c == ' ' || c == '\t' || c == 0 || isBreak(s, i)
	}
	a := analysis{multiline: lineBreaks, plain: true, single: true, block: true}
	if leadSpace || leadBreak || trailSpace || trBreak || lineBreaks || indicators {
		a.plain = false
	}
	if breakSpace || spaceBreak || tabs || special {
		a.plain, a.single = false, false
	}
	if trailSpace || spaceBreak || special {
		a.block = false
	}
	return a
}

// ordinary marks the printable ASCII characters analyze has nothing to
// note about after a scalar's first character.
var ordinary = func() (t [256]bool) {
	for c := 0x21; c <= 0x7E; c++ {
		t[c] = c != ':' && c != '#'
	}
	return t
}()

// charWidth is the length of the UTF-8 sequence starting with c.
func charWidth(c byte) int {
	switch {
	case c&0x80 == 0:
		return 1
	case c&0xE0 == 0xC0:
		return 2
	case c&0xF0 == 0xE0:
		return 3
	case c&0xF8 == 0xF0:
		return 4
	}
	return 0
}

// isPrintable mirrors the emitter's is_printable: no C0 or C1 controls
// (but line feed), no DEL, surrogates, BOM, U+FFFE/U+FFFF, nor anything
// above the BMP.
func isPrintable(s string, i int) bool {
	c := s[i]
	switch {
	case c == '\n' || c >= 0x20 && c <= 0x7E:
		return true
	case c == 0xC2:
		return s[i+1] >= 0xA0
	case c > 0xC2 && c < 0xED, c == 0xEE:
		return true
	case c == 0xED:
		return s[i+1] < 0xA0
	case c == 0xEF:
		return !(s[i+1] == 0xBB && s[i+2] == 0xBF) && !(s[i+1] == 0xBF && (s[i+2] == 0xBE || s[i+2] == 0xBF))
	}
	return false
}

// isBreak: CR, LF, NEL, LS or PS starts at s[i].
func isBreak(s string, i int) bool {
	switch s[i] {
	case '\r', '\n':
		return true
	case 0xC2:
		return s[i+1] == 0x85
	case 0xE2:
		return s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9)
	}
	return false
}

// appendSingle writes s single-quoted (no line break in s).
func appendSingle(b []byte, s string) []byte {
	b = append(b, '\'')
	for {
		i := strings.IndexByte(s, '\'')
		if i < 0 {
			break
		}
		b = append(b, s[:i+1]...)
		b = append(b, '\'')
		s = s[i+1:]
	}
	b = append(b, s...)
	return append(b, '\'')
}

// appendDouble writes s double-quoted, escaping as the emitter does:
// every character after a leading BOM (its is_bom looks at the start of
// the value, not at the character).
func appendDouble(b []byte, s string) []byte {
	b = append(b, '"')
	bom := strings.HasPrefix(s, "\uFEFF")
	for i := 0; i < len(s); {
		c := s[i]
		if !bom && c != '"' && c != '\\' && isPrintable(s, i) && !isBreak(s, i) {
			w := charWidth(c)
			b = append(b, s[i:i+w]...)
			i += w
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		b = appendEscape(b, r)
	}
	return append(b, '"')
}

func appendEscape(b []byte, r rune) []byte {
	b = append(b, '\\')
	switch r {
	case 0x00:
		return append(b, '0')
	case 0x07:
		return append(b, 'a')
	case 0x08:
		return append(b, 'b')
	case 0x09:
		return append(b, 't')
	case 0x0A:
		return append(b, 'n')
	case 0x0B:
		return append(b, 'v')
	case 0x0C:
		return append(b, 'f')
	case 0x0D:
		return append(b, 'r')
	case 0x1B:
		return append(b, 'e')
	case '"':
		return append(b, '"')
	case '\\':
		return append(b, '\\')
	case 0x85:
		return append(b, 'N')
	case 0xA0:
		return append(b, '_')
	case 0x2028:
		return append(b, 'L')
	case 0x2029:
		return append(b, 'P')
	}
	digits := 8
	switch {
	case r <= 0xFF:
		b, digits = append(b, 'x'), 2
	case r <= 0xFFFF:
		b, digits = append(b, 'u'), 4
	default:
		b = append(b, 'U')
	}
	for k := (digits - 1) * 4; k >= 0; k -= 4 {
		b = append(b, "0123456789ABCDEF"[(r>>uint(k))&0x0F])
	}
	return b
}

// appendLiteral writes s as a literal block at indentation ind, as
// yaml_emitter_write_literal_scalar does (s is multi-line, its only
// breaks line feeds). Its header ends its line at the first break or
// line of text: a leading line feed is thus lost, as in yaml.v3.
func appendLiteral(b []byte, s string, ind int) []byte {
	b = append(b, '|')
	if s[0] == ' ' || s[0] == '\n' {
		b = append(b, '2')
	}
	b = append(b, chomping(s)...)
	header := true
	for i := 0; i < len(s); {
		if s[i] == '\n' {
			b = append(b, '\n')
			header = false
			i++
			continue
		}
		if header {
			b = append(b, '\n')
			header = false
		}
		for n := ind; n > 0; n -= min(n, len(blanks)) {
			b = append(b, blanks[:min(n, len(blanks))]...)
		}
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			j = len(s) - i
		}
		b = append(b, s[i:i+j]...)
		i += j
	}
	return b
}

// chomping is a literal block's chomping indicator: strip without a
// final line feed, keep with two or more (or only one).
func chomping(s string) string {
	switch {
	case !strings.HasSuffix(s, "\n"):
		return "-"
	case len(s) == 1 || s[len(s)-2] == '\n':
		return "+"
	}
	return ""
}

// plainIsString reports whether yaml.v3's stringv may write s plain: it
// resolves to !!str, and is no YAML 1.1 bool (yes, off) or base 60 float.
func plainIsString(s string) bool {
	if s == "" {
		return false // null
	}
	switch c := s[0]; {
	case c == '+' || c == '-' || c >= '0' && c <= '9':
		return !inResolveMap(s) && !resolvesNumber(s) && !isBase60Float(s)
	case c == '.':
		return !inResolveMap(s) && !(onlyBytes(s, "0123456789eE_+-.") && parsesFloat(s))
	case strings.IndexByte("yYnNtTfFoO~", c) >= 0:
		return !inResolveMap(s) && !isOldBool(s)
	}
	return true
}

// inResolveMap: the words yaml.v3 resolves from a table (bools, nulls,
// infinities, NaN, the merge key).
func inResolveMap(s string) bool {
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE", "~", "null", "Null", "NULL",
		".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
		"-.inf", "-.Inf", "-.INF", "<<":
		return true
	}
	return false
}

func isOldBool(s string) bool {
	switch s {
	case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON",
		"n", "N", "no", "No", "NO", "off", "Off", "OFF":
		return true
	}
	return false
}

var base60float = regexp.MustCompile(`^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`)

func isBase60Float(s string) bool {
	return strings.IndexByte(s, ':') >= 0 && base60float.MatchString(s)
}

var yamlStyleFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// resolvesNumber reports whether resolve reads s, starting with a sign or
// a digit, as a timestamp, an int or a float. Only the characters of Go
// number literals can make one (strconv's errors allocate: the common
// "1st" or "no-answer" is decided without calling it).
func resolvesNumber(s string) bool {
	if isTimestamp(s) {
		return true
	}
	if !onlyBytes(s, "0123456789abcdefABCDEFxXoObB_+-.") {
		return false
	}
	plain := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return true
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return true
	}
	if yamlStyleFloat.MatchString(plain) && parsesFloat(plain) {
		return true
	}
	for _, p := range []struct {
		prefix string
		base   int
	}{{"0b", 2}, {"0o", 8}} {
		if rest, ok := strings.CutPrefix(plain, p.prefix); ok {
			if _, err := strconv.ParseInt(rest, p.base, 64); err == nil {
				return true
			}
			if _, err := strconv.ParseUint(rest, p.base, 64); err == nil {
				return true
			}
		} else if rest, ok := strings.CutPrefix(plain, "-"+p.prefix); ok {
			if _, err := strconv.ParseInt("-"+rest, p.base, 64); err == nil {
				return true
			}
		}
	}
	return false
}

func parsesFloat(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// onlyBytes reports whether every byte of s is one of set's.
func onlyBytes(s, set string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(set, s[i]) < 0 {
			return false
		}
	}
	return true
}

var timestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

// isTimestamp mirrors yaml.v3's parseTimestamp: four digits, a dash, then
// one of its layouts.
func isTimestamp(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i != 4 || i == len(s) || s[i] != '-' {
		return false
	}
	for _, layout := range timestampFormats {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

// sortKeys sorts data keys (valid UTF-8) as yaml.v3 sorts a map's keys.
func sortKeys(keys []string) {
	slices.SortFunc(keys, func(a, b string) int {
		switch {
		case keyLess(a, b):
			return -1
		case keyLess(b, a):
			return 1
		}
		return 0
	})
}

// keyLess mirrors yaml.v3's keyList.Less on two strings: runs of digits
// compare as numbers ("k2" < "k10"), other characters sort before
// letters, except after a digit.
func keyLess(a, b string) bool {
	digits := false
	for i := 0; i < len(a) && i < len(b); {
		ra, w := utf8.DecodeRuneInString(a[i:])
		rb, _ := utf8.DecodeRuneInString(b[i:])
		if ra == rb {
			digits = unicode.IsDigit(ra)
			i += w
			continue
		}
		al, bl := unicode.IsLetter(ra), unicode.IsLetter(rb)
		if al && bl {
			return ra < rb
		}
		if al || bl {
			if digits {
				return al
			}
			return bl
		}
		var an, bn int64
		if ra == '0' || rb == '0' {
			for j := i; j > 0; {
				r, w := utf8.DecodeLastRuneInString(a[:j])
				if !unicode.IsDigit(r) {
					break
				}
				if r != '0' {
					an, bn = 1, 1
					break
				}
				j -= w
			}
		}
		na, an := digitRun(a[i:], an)
		nb, bn := digitRun(b[i:], bn)
		if an != bn {
			return an < bn
		}
		if na != nb {
			return na < nb
		}
		return ra < rb
	}
	return len(a) < len(b)
}

// digitRun counts the digits s starts with and adds them to n, in base 10.
func digitRun(s string, n int64) (count int, value int64) {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			break
		}
		n = n*10 + int64(r-'0')
		count++
	}
	return count, n
}
