package extract

import (
	"bytes"
	"iter"
	"math"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A pipe table of plain cells is read without goldmark's table nodes.
// goldmark makes a node per row, per cell and per inline, and parses every
// cell's inlines: on a table of 100,000 rows that is most of the
// extractor's time and nearly all of its memory. When a top-level
// paragraph is a table whose cells hold only text and code spans (see
// plainCell), pipeTableTransformer replaces it, before goldmark's table
// extension sees it, with one raw pipeTable node holding the lines, and
// readPipeTable reads the cells straight from the source. Every other
// table, and every table inside a list or a quote, takes goldmark's path.
// Both paths give the same table: TestPipeTableSameAsGoldmark and
// FuzzPipeTable compare them (Options.goldmarkTables turns this one off).

// pipeTable is a table paragraph kept as where its lines and cells are in
// the source, 8 bytes a line or cell where goldmark's segments take 32:
// lines holds each line's start and stop, cells each cell's (the
// delimiter row has none), and line i's cells are those from cellAt[i] to
// cellAt[i+1]. BaseBlock keeps the first line only, for the block's
// position.
type pipeTable struct {
	ast.BaseBlock
	lines  []int32
	cells  []int32
	cellAt []int32
}

func (n *pipeTable) len() int                      { return len(n.lines) / 2 }
func (n *pipeTable) start(i int) int               { return int(n.lines[2*i]) }
func (n *pipeTable) line(i int, src []byte) []byte { return src[n.lines[2*i]:n.lines[2*i+1]] }

var kindPipeTable = ast.NewNodeKind("PipeTable")

func (n *pipeTable) Kind() ast.NodeKind { return kindPipeTable }

// IsRaw keeps goldmark from parsing the lines as inlines.
func (n *pipeTable) IsRaw() bool { return true }

func (n *pipeTable) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// pipeTableTransformer runs after link reference definitions are taken out
// of a paragraph (priority 100) and before goldmark's table extension
// (200).
type pipeTableTransformer struct{}

const pipeTablePriority = 199

func (pipeTableTransformer) Transform(p *ast.Paragraph, reader text.Reader, _ parser.Context) {
	// Cells are kept as 32-bit offsets.
	if len(reader.Source()) > math.MaxInt32 || p.Parent() == nil || p.Parent().Kind() != ast.KindDocument {
		return
	}
	t, ok := scanPlainTable(p.Lines(), reader.Source())
	if !ok {
		return
	}
	first := text.NewSegments()
	first.Append(p.Lines().At(0))
	t.SetLines(first)
	t.SetPos(p.Pos())
	p.Parent().ReplaceChild(p.Parent(), p, t)
}

// scanPlainTable reads lines as a pipeTable when they are a header row, a
// delimiter row and body rows whose every cell is plain, as goldmark's
// table extension would read them (header first: a paragraph line above
// the header is left to goldmark).
func scanPlainTable(lines *text.Segments, src []byte) (*pipeTable, bool) {
	if lines.Len() < 2 {
		return nil, false
	}
	delimiter := lines.At(1)
	cols := delimiterColumns(delimiter.Value(src))
	if cols == 0 {
		return nil, false
	}
	t := &pipeTable{
		lines:  make([]int32, 0, 2*lines.Len()),
		cells:  make([]int32, 0, 2*cols*lines.Len()),
		cellAt: make([]int32, 0, lines.Len()+1),
	}
	for i := range lines.Len() {
		seg := lines.At(i)
		if seg.Padding != 0 {
			return nil, false
		}
		t.lines = append(t.lines, int32(seg.Start), int32(seg.Stop))
		t.cellAt = append(t.cellAt, int32(len(t.cells)))
		if i == 1 {
			continue
		}
		n, line := 0, seg.Value(src)
		if i > 1 && delimiterColumns(line) > 0 {
			return nil, false // a second delimiter row: goldmark reads another table there, left to it
		}
		for from, to := range rowCells(line) {
			if !plainCell(line[from:to]) {
				return nil, false
			}
			t.cells = append(t.cells, int32(seg.Start+from), int32(seg.Start+to))
			n++
		}
		if i == 0 && n != cols {
			return nil, false
		}
	}
	t.cellAt = append(t.cellAt, int32(len(t.cells)))
	return t, true
}

// delimiterColumns is the number of columns of a delimiter row
// (|---|:--:|), or 0 when line is not one. It accepts what goldmark's
// table extension accepts, less vertical tabs and form feeds.
func delimiterColumns(line []byte) int {
	if w, _ := util.IndentWidth(line, 0); w > 3 {
		return 0
	}
	dashesOnly := true
	for _, b := range line {
		switch b {
		case '-':
		case ' ', '\t', '\n', '\r', '|', ':':
			dashesOnly = false
		default:
			return 0
		}
	}
	if dashesOnly {
		return 0
	}
	cols := strings.Split(string(line), "|")
	if util.IsBlank([]byte(cols[0])) {
		cols = cols[1:]
	}
	if len(cols) > 0 && util.IsBlank([]byte(cols[len(cols)-1])) {
		cols = cols[:len(cols)-1]
	}
	for _, c := range cols {
		if !delimiterCell(c) {
			return 0
		}
	}
	return len(cols)
}

// delimiterCell reports whether c is ---, :---, ---: or :---: with white
// space around.
func delimiterCell(c string) bool {
	c = strings.Trim(c, " \t\n\r")
	c = strings.TrimPrefix(c, ":")
	c = strings.TrimSuffix(c, ":")
	return c != "" && strings.Trim(c, "-") == ""
}

// rowCells yields the cells of a table row as goldmark's table extension
// splits it: the line trimmed, one leading and one trailing pipe dropped,
// a cell ending at each pipe, each cell trimmed. (A plain cell holds no
// backslash, so no pipe is escaped.) A cell is given as its start and end
// in line.
func rowCells(line []byte) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		pos, limit := trimSpace(line, 0, len(line))
		if pos < limit && line[pos] == '|' {
			pos++
		}
		if pos < limit && line[limit-1] == '|' {
			limit--
		}
		for pos < limit {
			end := pos
			for end < limit && line[end] != '|' {
				end++
			}
			if !yield(trimSpace(line, pos, end)) {
				return
			}
			pos = end + 1
		}
	}
}

// trimSpace narrows line[from:to] to drop goldmark's white space
// (util.IsSpace) at both ends.
func trimSpace(line []byte, from, to int) (int, int) {
	for from < to && util.IsSpace(line[from]) {
		from++
	}
	for to > from && util.IsSpace(line[to-1]) {
		to--
	}
	return from, to
}

// plainCell reads a cell made only of text and code spans: no emphasis,
// link, HTML, entity or escape, so that its inlines need no parser. ok is
// false for any other cell (and for a control character or an empty code
// span, whose reading is goldmark's business). An underscore is plain
// between two letters or digits, where it can neither open nor close
// emphasis (no_answer).
func plainCell(c []byte) bool {
	inCode, start := false, 0
	for i, b := range c {
		switch {
		case b == '`':
			if i > 0 && c[i-1] == '`' || i+1 < len(c) && c[i+1] == '`' {
				return false // a longer backtick string
			}
			if inCode && len(bytes.TrimSpace(c[start+1:i])) == 0 {
				return false
			}
			inCode, start = !inCode, i
		case b < 0x20 && b != '\t' || b == 0x7f:
			return false
		case inCode:
		case b == '_':
			if i == 0 || i+1 == len(c) || !isASCIIAlnum(c[i-1]) || !isASCIIAlnum(c[i+1]) {
				return false
			}
		case markup[b]:
			return false
		}
	}
	return !inCode
}

// markup holds the bytes that start inline markup outside code spans.
var markup = func() (set [256]bool) {
	for _, b := range []byte(`\*[]<>&!~`) {
		set[b] = true
	}
	return set
}()

func isASCIIAlnum(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// readPipeTable reads a pipeTable as readTable reads goldmark's table.
// Rows keep where their cells are, in the node's array; cells are read
// when asked for (tableRow.at), as substrings of the source.
func (w *walker) readPipeTable(n *pipeTable) table {
	str := w.doc.text()
	t := table{line: w.doc.lineOf(n.start(0))}
	for k := n.cellAt[0]; k < n.cellAt[1]; k += 2 {
		h := readPlainCell(str[n.cells[k]:n.cells[k+1]])
		t.header = append(t.header, headerTitle(h.text))
		t.codeTitles = append(t.codeTitles, h.code && h.lead == h.text)
	}
	if k := n.cellAt[0]; k < n.cellAt[1] {
		t.typeTitle = typeTitle(readPlainCell(str[n.cells[k]:n.cells[k+1]]).text)
	}
	cols := len(t.header)
	plain := &plainCells{src: str, spans: n.cells, width: cols}
	t.rows = make([]tableRow, 0, n.len()-2)
	raw := w.doc.rawLineOf(n.start(0)) // a table's lines follow one another: no search per row
	for i := 2; i < n.len(); i++ {
		start, first := n.start(i), n.cellAt[i]
		count := int(n.cellAt[i+1]-first) / 2
		if count > cols {
			t.setOver(w.doc.mapLine(raw+i), w.rawCells(start)) // goldmark drops the cells beyond the header's
			count = cols
		}
		line := n.line(i, w.doc.src)
		row := tableRow{line: w.doc.mapLine(raw + i), plain: plain, first: first, count: int32(count),
			off: start, bare: bytes.IndexByte(line, '|') < 0}
		if !w.struck(row, line) {
			t.rows = append(t.rows, row)
		}
	}
	return t
}

// readPlainCell is a plain cell as readCells reads it from goldmark's
// nodes: the text with code marks dropped, the leading code span.
func readPlainCell(raw string) cell {
	if strings.IndexByte(raw, '`') < 0 {
		return cell{text: cleanSpace(raw), raw: raw}
	}
	out := cell{raw: raw, code: raw[0] == '`'}
	if out.code && strings.Count(raw, "`") == 2 && raw[len(raw)-1] == '`' {
		out.lead = strings.TrimSpace(raw[1 : len(raw)-1]) // `busy`: the common cell
		out.text = cleanSpace(out.lead)
		return out
	}
	var text strings.Builder
	for i, part := range strings.Split(raw, "`") {
		if i%2 == 1 {
			part = strings.TrimSpace(part)
			if i == 1 && out.code {
				out.lead = part
			}
		}
		text.WriteString(part)
	}
	out.text = cleanSpace(text.String())
	return out
}

// markedPlainCell is markedText of a plain cell: code spans kept in
// backticks, their content trimmed.
func markedPlainCell(raw string) string {
	parts := strings.Split(raw, "`")
	for i := 1; i < len(parts); i += 2 {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return cleanSpace(strings.Join(parts, "`"))
}
