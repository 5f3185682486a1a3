package rstmd

import (
	"fmt"
	"strings"
	"testing"
)

// benchDoc builds about 1 MB of reStructuredText mixing the constructs.
func benchDoc() []byte {
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "Section %d\n==========\n\nSome *text* with ``code``, :ref:`a <b>` and a link_.\n\n", i)
		b.WriteString("- item one\n- item **two**\n\n  - nested\n\nterm : str\n   Definition of the term.\n\n:param x: The x.\n\n")
		b.WriteString("=====  ==========\nName   Desc\n=====  ==========\nbusy   The line is busy.\nidle   Nothing.\n=====  ==========\n\n")
		b.WriteString("+------+-------+\n| a    | b     |\n+======+=======+\n| c    | d     |\n+------+-------+\n\n")
		b.WriteString(".. code-block:: json\n\n   {\"a\": 1}\n\n.. py:attribute:: BUSY\n\n   Busy.\n\n")
	}
	return []byte(b.String())
}

func BenchmarkConvert(b *testing.B) {
	src := benchDoc()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Convert(src)
	}
}
