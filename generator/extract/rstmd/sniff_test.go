package rstmd

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSniff(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want bool
	}{
		{"titles with two styles", "Title\n=====\n\nSub\n^^^\n", true},
		{"title and directive", "Title\n=====\n\n.. note:: x\n", true},
		{"directive and target", ".. _x:\n\n.. code-block:: go\n", true},
		{"grid table and field", "+---+\n| a |\n+---+\n\n:param x: y\n", true},
		{"simple table and role", "=== ===\na   b\n=== ===\n\nsee :ref:`x`\n", true},
		{"one signal", "Text\n\n.. note:: x\n", false},
		{"setext headings only", "Title\n=====\n\nSub\n---\n", false},
		{"short underline", "A long title\n===\n\n.. note:: x\n", false},
		{"atx heading", "# Title\n\n.. note:: x\n\n.. _y:\n", false},
		{"pipe table", ".. note:: x\n\n.. _y:\n\n| a | b |\n| --- | --- |\n", false},
		{"markdown", "# Title\n\nSome *text*.\n", false},
		{"empty", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { assert.Equal(t, c.want, Sniff([]byte(c.src))) })
	}
}
