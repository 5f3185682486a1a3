package extract

import (
	"testing"
)

func TestZZScratch(t *testing.T) {
	for _, s := range []string{"Call logs show the outcome of a call.\nHangup By: |\nDescription: |\nTERMINATOR END |\nThe termination point ended the call |\nCall forwarding did not work |\nNo route was found |\nStatus: |\nDescription: |\nUSER_BUSY |\nThe user is bu\n",
		"Nonvoice States\n\nThe following table describes the nonvoice states:\n\nDialog State\n\nDescription\n\nOFFERED\n\nThe dialog was offered\n\nPAUSED\n\nThe dialog is paused\n"} {
		doc := newDocument("x", []byte(s), nil)
		root := parse(doc.src, true)
		w := &walker{doc: doc, format: Auto, col: newCollector("x"), cur: -1, pipeTables: true}
		for n := root.FirstChild(); n != nil; n = n.NextSibling() {
			cells, ok := w.runCells(n, 3)
			t.Logf("%T %d %v %v", n, len(w.blockLines(n)), ok, cells)
		}
		r := Extract("x.md", []byte(s), Options{})
		t.Logf("%v %v", wires(r), diagStrings(r))
	}
}
