package rstmd

// Convert translates a reStructuredText document into Markdown. lines[i] is
// the 1-based line of src that output line i+1 came from (len(lines) ==
// number of lines in md). The output ends with one newline; a document
// with no content gives no output.
func Convert(src []byte) (md []byte, lines []int) {
	p := &parser{}
	return render(p.blocks(splitLines(src), 0))
}
