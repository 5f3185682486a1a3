package rstmd

import (
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/internal/linemap"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// conv converts src and checks the line map's invariants.
func conv(t *testing.T, src string) string {
	t.Helper()
	md, lines := Convert([]byte(src))
	checkMap(t, []byte(src), md, lines)
	return string(md)
}

func checkMap(t testing.TB, src, md []byte, lines []int) {
	t.Helper()
	if len(md) > 0 {
		require.True(t, strings.HasSuffix(string(md), "\n") && !strings.HasSuffix(string(md), "\n\n"), "ends with one newline")
	}
	linemap.Check(t, src, md, lines)
}

type convCase struct {
	name, src, want string
}

func runCases(t *testing.T, cases []convCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, conv(t, c.src))
		})
	}
}

func TestTitles(t *testing.T) {
	runCases(t, []convCase{
		{"underline", "Title\n=====\n\nText.\n", "# Title\n\nText.\n"},
		{"levels by first appearance", "A\n===\n\nB\n---\n\nC\n===\n\nD\n~~~~\n",
			"# A\n\n## B\n\n# C\n\n### D\n"},
		{"overline is its own style", "=====\nTop\n=====\n\nSub\n===\n", "# Top\n\n## Sub\n"},
		{"inset overline title", "*******\n  Top\n*******\n", "# Top\n"},
		{"short underline of 4+ is a title", "A long title\n^^^^\n", "# A long title\n"},
		{"too short underline is text", "A long title\n--\n", "A long title\n\\--\n"},
		{"no blank after title", "T\n=\nbody\n", "# T\n\nbody\n"},
		{"inline in title", "The ``x`` value\n===============\n", "# The `x` value\n"},
		{"trailing hash escaped", "C#\n==\n", "# C\\#\n"},
		{"transition dropped", "a\n\n----------\n\nb\n", "a\n\nb\n"},
		{"deeper than six", "1\n=\n\n2\n-\n\n3\n~\n\n4\n^\n\n5\n\"\n\n6\n'\n\n7\n`\n",
			"# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6\n\n###### 7\n"},
	})
}

func TestInline(t *testing.T) {
	runCases(t, []convCase{
		{"literal", "use ``foo_bar``.\n", "use `foo_bar`.\n"},
		{"literal with backtick", "``a`b``\n", "``a`b``\n"},
		{"interpreted", "the `Busy` state\n", "the `Busy` state\n"},
		{"role", "see :func:`hangup` now\n", "see `hangup` now\n"},
		{"ref with title", "see :ref:`Call State <call-state>`.\n", "see Call State.\n"},
		{"term with title", ":term:`clients<client>`\n", "clients\n"},
		{"prose roles are text", "a :term:`DTMF` :doc:`Calls <calls>` :std:ref:`The x <x>` :numref:`Fig 1`\n", "a DTMF Calls The x Fig 1\n"},
		{"a cross-reference without a title is a link", "see :doc:`calls` and :ref:`voip/hold`\n", "see [calls](<calls>) and [voip/hold](<voip/hold>)\n"},
		{"code roles stay code", ":py:const:`BUSY` :file:`a.txt` :option:`-v` :unknown:`x`\n", "`BUSY` `a.txt` `-v` `x`\n"},
		{"interface labels", ":menuselection:`Services --> &Statistics` :guilabel:`R&&D`\n", "Services \u2023 Statistics R\\&D\n"},
		{"abbr", ":abbr:`CTI (computer telephony integration)` here\n", "CTI here\n"},
		{"command and rfc", ":command:`rm` and :rfc:`3261`\n", "**rm** and RFC 3261\n"},
		{"mime type", ":mimetype:`text/plain`\n", "*text/plain*\n"},
		{"tilde role", ":py:class:`~a.b.Status`\n", "`Status`\n"},
		{"strong and emphasis", "**strong** and *emph*\n", "**strong** and *emph*\n"},
		{"link", "see `RFC 3261 <https://x.org/rfc3261>`_.\n", "see RFC 3261.\n"},
		{"anonymous link", "see `docs <https://x.org>`__ here\n", "see docs here\n"},
		{"named reference", "use streams_ and `big streams`_.\n", "use streams and big streams.\n"},
		{"underscore word kept", "agent_authorized and __init__\n", "agent_authorized and \\_\\_init\\_\\_\n"},
		{"substitution", "the |version| here\n", "the \\|version\\| here\n"},
		{"plain pipe", "a | b\n", "a \\| b\n"},
		{"escaped space", "VoIP.\\ **CallState**\\ (x)\n", "VoIP.**CallState**(x)\n"},
		{"backslash escape", "\\*not emphasis\\*\n", "\\*not emphasis\\*\n"},
		{"markdown specials", "a*b [c] <d> e_f\n", "a\\*b \\[c\\] \\<d> e_f\n"},
		{"lone stars", "2 * 3 = 6\n", "2 \\* 3 = 6\n"},
		{"unclosed strong", "**open\n", "\\*\\*open\n"},
		{"strong over lines", "**a\nb** c\nd\n", "**a b** c\nd\n"},
		{"uri", "see https://x.org/a_b_.\n", "see https://x.org/a_b\\_.\n"},
		{"cjk around literal", "状态(``Idle``)。\n", "状态(`Idle`)。\n"},
		{"inline target", "a _`target` b\n", "a target b\n"},
		{"strong role", ":strong:`x`\n", "**x**\n"},
		{"entity", "a &amp; b\n", "a \\&amp; b\n"},
	})
}

func TestEscapes(t *testing.T) {
	runCases(t, []convCase{
		{"hash", "a\n# b\n", "a\n\\# b\n"},
		{"dash", "a\n- b\n", "a\n\\- b\n"},
		{"plus", "a\n+ b\n", "a\n\\+ b\n"},
		{"ordered", "a\n1. b\n", "a\n1\\. b\n"},
		{"quote", "a\n> b\n", "a\n\\> b\n"},
		{"setext", "a\nb\n===\n", "a\nb\n\\===\n"},
		{"star", "a\n* b\n", "a\n\\* b\n"},
	})
}

func TestLists(t *testing.T) {
	runCases(t, []convCase{
		{"bullets", "- a\n- b\n", "- a\n- b\n"},
		{"star bullets", "*  a\n*  b\n", "- a\n- b\n"},
		{"nested", "- a\n\n  - b\n  - c\n\n- d\n", "- a\n  - b\n  - c\n- d\n"},
		{"continuation", "- a\n  b\n- c\n", "- a\n  b\n- c\n"},
		{"two paragraphs", "- a\n\n  b\n- c\n", "- a\n\n  b\n\n- c\n"},
		{"enumerated", "1. one\n2. two\n", "- one\n- two\n"},
		{"auto enumerated", "#. one\n#. two\n", "- one\n- two\n"},
		{"letters and parens", "a) one\nb) two\n\n(1) x\n(2) y\n", "- one\n- two\n- x\n- y\n"},
		{"roman", "i. one\nii. two\n", "- one\n- two\n"},
		{"not a list", "A. Smith wrote\nthis book.\n", "A. Smith wrote\nthis book.\n"},
		{"different bullets split", "- a\n\n* b\n", "- a\n\n<!-- -->\n\n- b\n"},
		{"strong lead", "* **Ring All:**  All agents ring.\n", "- **Ring All:**  All agents ring.\n"},
		{"nested lists in sibling items", "- a\n\n  - x\n\n- b\n\n    - y\n", "- a\n  - x\n- b\n  - y\n"},
	})
}

func TestDefinitionLists(t *testing.T) {
	runCases(t, []convCase{
		{"simple", "busy\n   The line is busy.\nidle\n   Nothing.\n",
			"- **busy**: The line is busy.\n- **idle**: Nothing.\n"},
		{"paragraphs joined", "busy\n   First.\n\n   Second.\n", "- **busy**: First.\n  Second.\n"},
		{"classifier", "state : str\n   The state.\n", "- **state** (str): The state.\n"},
		{"two classifiers", "x : int : optional\n   X.\n", "- **x** (int, optional): X.\n"},
		{"nested list", "forwarded\n   Because:\n\n   * full\n   * timeout\n",
			"- **forwarded**: Because:\n  - full\n  - timeout\n"},
		{"strong term kept", "CallState.\\ **DIALING**\n  Dialing.\n", "- CallState.**DIALING**: Dialing.\n"},
		{"literal term", "``busy``\n   Busy.\n", "- `busy`: Busy.\n"},
		{"sibling terms with nested lists", "A\n  - x\n\nB\n  Intro.\n\n    - y\n",
			"- **A**\n  - x\n- **B**: Intro.\n  - y\n"},
		{"nested definitions", "State\n  An enum.\n\n  State.A\n    First.\n",
			"- **State**: An enum.\n  - **State.A**: First.\n"},
	})
}

func TestFieldLists(t *testing.T) {
	runCases(t, []convCase{
		{"fields", ":param x: The x.\n:returns: Nothing.\n", "- **x** (param): The x.\n- **returns**: Nothing.\n"},
		{"continued", ":param x: The x,\n    really.\n\n    More.\n", "- **x** (param): The x,\n  really.\n  More.\n"},
		{"nested field", ":param x: X.\n\n    :default: ``1``\n", "- **x** (param): X.\n  - **default**: `1`\n"},
		{"role is not a field", ":func:`x` is here\n", "`x` is here\n"},
		{"role before a colon is not a field", "- :guilabel:`Name`: The queue's name.\n", "- Name: The queue's name.\n"},
		{"empty body", ":noindex:\n", "- **noindex**\n"},
	})
}

func TestSimpleTable(t *testing.T) {
	runCases(t, []convCase{
		{"header", "=====  =====\nName   Desc\n=====  =====\nbusy   Busy.\nidle   Idle.\n=====  =====\n",
			"| Name | Desc |\n| --- | --- |\n| busy | Busy. |\n| idle | Idle. |\n"},
		{"no header", "=====  =====\nbusy   Busy.\nidle   Idle.\n=====  =====\n",
			"| busy | Busy. |\n| --- | --- |\n| idle | Idle. |\n"},
		{"last column overflows", "==== ====\nK    V\n==== ====\na    a long description | x\n==== ====\n",
			"| K | V |\n| --- | --- |\n| a | a long description \\| x |\n"},
		{"continuation rows", "=== ===\nK   V\n=== ===\na   one\n    two\n\n    three\nb   ``|``\n=== ===\n",
			"| K | V |\n| --- | --- |\n| a | one two three |\n| b | `\\|` |\n"},
		{"wide characters", "====== ====\n值      说明\n====== ====\n``a``  甲\n====== ====\n",
			"| 值 | 说明 |\n| --- | --- |\n| `a` | 甲 |\n"},
		{"empty cells", "=== ===\nK   V\n=== ===\na\n=== ===\n", "| K | V |\n| --- | --- |\n| a |  |\n"},
		{"unterminated is text", "=== ===\na   b\n", "\\=== ===\na   b\n"},
	})
}

func TestGridTable(t *testing.T) {
	runCases(t, []convCase{
		{"header", "+------+-------+\n| Name | Desc  |\n+======+=======+\n| busy | Busy, |\n|      | very. |\n+------+-------+\n| idle | Idle. |\n+------+-------+\n",
			"| Name | Desc |\n| --- | --- |\n| busy | Busy, very. |\n| idle | Idle. |\n"},
		{"no header", "+---+---+\n| a | b |\n+---+---+\n| c | d |\n+---+---+\n",
			"| a | b |\n| --- | --- |\n| c | d |\n"},
		{"span", "+---+---+\n| a | b |\n+===+===+\n| wide  |\n+---+---+\n",
			"| a | b |\n| --- | --- |\n| wide |  |\n"},
		{"multi-line header", "+------+\n| Long |\n| name |\n+======+\n| x    |\n+------+\n",
			"| Long name |\n| --- |\n| x |\n"},
	})
}

func TestDirectiveTables(t *testing.T) {
	runCases(t, []convCase{
		{"table caption labels its grid table", ".. table:: Packet types\n\n   +------+---------+\n   | Type | Payload |\n   +======+=========+\n   | 0    | Version |\n   +------+---------+\n",
			"**Packet types**:\n\n| Type | Payload |\n| --- | --- |\n| 0 | Version |\n"},
		{"table caption over no table", ".. table:: Packet types\n\n   Text.\n",
			"Packet types\n\nText.\n"},
		{"list-table", ".. list-table:: States\n   :header-rows: 1\n\n   * - Name\n     - Desc\n   * - busy\n     - Busy\n       line.\n",
			"States\n\n| Name | Desc |\n| --- | --- |\n| busy | Busy line. |\n"},
		{"list-table no header", ".. list-table::\n\n   * - a\n     - b\n   * - c\n     - d\n",
			"| a | b |\n| --- | --- |\n| c | d |\n"},
		{"csv-table", ".. csv-table:: Codes\n   :header: \"Code\", \"Meaning\"\n   :widths: 10, 30\n\n   200, \"OK, fine\"\n   486, \"Busy \"\"Here\"\"\"\n",
			"Codes\n\n| Code | Meaning |\n| --- | --- |\n| 200 | OK, fine |\n| 486 | Busy \"Here\" |\n"},
		{"list-table nested in a cell", ".. list-table::\n   :header-rows: 1\n\n   * - Key\n     - Values\n     - Notes\n   * - ``cause``\n     - .. list-table::\n          :header-rows: 1\n\n          * - Cause\n            - Meaning\n          * - ``busy``\n            - Busy.\n     - Why.\n   * - ``to``\n     - A number.\n     - Who.\n",
			"| Key | Values | Notes |\n| --- | --- | --- |\n| `cause` |  | Why. |\n| `to` | A number. | Who. |\n\n**`cause`**:\n\n| Cause | Meaning |\n| --- | --- |\n| `busy` | Busy. |\n"},
		{"grid table nested in a cell", ".. list-table::\n\n   * - state\n     - Values:\n\n       +------+\n       | idle |\n       +------+\n       | busy |\n       +------+\n",
			"| state | Values: |\n| --- | --- |\n\n**state**:\n\n| idle |\n| --- |\n| busy |\n"},
		{"line block in a cell", ".. list-table::\n\n   * - user\n     - The name.\n       | If out, the caller.\n       | If in, the callee.\n",
			"| user | The name. If out, the caller. If in, the callee. |\n| --- | --- |\n"},
		{"unterminated simple table in a cell is text", ".. list-table::\n\n   * - a\n     - === ===\n       x   y\n",
			"| a | === === x   y |\n| --- | --- |\n"},
		{"csv-table first row header", ".. csv-table::\n   :file: x.csv\n\n   a, b\n   c, d\n",
			"| a | b |\n| --- | --- |\n| c | d |\n"},
		{"csv-table delim", ".. csv-table::\n   :delim: ;\n\n   a;b\n   c;d\n",
			"| a | b |\n| --- | --- |\n| c | d |\n"},
	})
}

func TestCode(t *testing.T) {
	runCases(t, []convCase{
		{"code-block", ".. code-block:: json\n\n   {\"a\": 1}\n\n   {}\n", "```json\n{\"a\": 1}\n\n{}\n```\n"},
		{"code", ".. code::\n\n    x\n", "```\nx\n```\n"},
		{"sourcecode", ".. sourcecode:: python\n\n   x\n", "```python\nx\n```\n"},
		{"literal block", "Example::\n\n    a\n      b\n\nAfter.\n", "Example:\n\n```\na\n  b\n```\n\nAfter.\n"},
		{"spaced marker", "Example ::\n\n    a\n", "Example\n\n```\na\n```\n"},
		{"lone marker", "::\n\n    a\n", "```\na\n```\n"},
		{"backticks in code", ".. code::\n\n   ```\n", "````\n```\n````\n"},
		{"in list", "- see::\n\n    x\n", "- see:\n\n  ```\n  x\n  ```\n"},
		{"doctest", ">>> 1 + 1\n2\n", "```pycon\n>>> 1 + 1\n2\n```\n"},
	})
}

func TestDirectives(t *testing.T) {
	runCases(t, []convCase{
		{"note", ".. note:: Keep **this**.\n", "Keep **this**.\n"},
		{"warning block", ".. warning::\n\n   Careful.\n\n   Twice.\n", "Careful.\n\nTwice.\n"},
		{"versionadded", ".. versionadded:: 2.0\n   The *x* value.\n", "The *x* value.\n"},
		{"dropped", ".. toctree::\n   :maxdepth: 2\n\n   a\n\n.. image:: x.png\n   :scale: 60%\n\n.. figure:: y.png\n\n   Caption\n\n.. raw:: html\n\n   <b>\n\nKept.\n", "Kept.\n"},
		{"graphviz source kept", ".. graphviz::\n\n   digraph S {\n     a -> b;\n   }\n", "```dot\ndigraph S {\n  a -> b;\n}\n```\n"},
		{"digraph wrapped in its statement", ".. digraph:: call_state\n\n   a -> b\n", "```dot\ndigraph call_state {\na -> b\n}\n```\n"},
		{"mermaid source kept", ".. mermaid::\n\n   stateDiagram-v2\n     A --> B\n", "```mermaid\nstateDiagram-v2\n  A --> B\n```\n"},
		{"comment", ".. this is a comment\n   still\n\nText.\n", "Text.\n"},
		{"empty comment", "..\n\n   Quote.\n", "Quote.\n"},
		{"targets", ".. _label:\n\n.. _link: https://x.org\n\n.. |sub| replace:: x\n\n__ https://y.org\n\nText.\n", "Text.\n"},
		{"py attribute", ".. py:attribute:: BUSY\n   :value: 1\n\n   The line is busy.\n", "`BUSY`\n\nThe line is busy.\n"},
		{"java field", ".. java:field:: public static final VoipEvent CALL_ACTIVE\n   :outertype: VoipEvent\n\n   The call is active\n",
			"`CALL_ACTIVE`\n\nThe call is active\n"},
		{"c macro", ".. c:macro:: HANGUP_BUSY\n\n   Busy.\n", "`HANGUP_BUSY`\n\nBusy.\n"},
		{"function signature on next line", ".. function::\n  construct(a, b)\n\n  :param a: A.\n", "`construct`\n\n- **a** (param): A.\n"},
		{"module dropped", ".. module:: sys.call\n\n.. java:package:: a.b\n   :noindex:\n\nText.\n", "Text.\n"},
		{"footnote", ".. [1] A note.\n", "A note.\n"},
		{"unknown keeps content", ".. tab:: Python\n\n   Inside.\n", "Inside.\n"},
		{"admonition title", ".. admonition:: Heads up\n\n   Body.\n", "Heads up\n\nBody.\n"},
		{"option not content", ".. attention::\n  :term:`CTI` is async.\n", "CTI is async.\n"},
		{"class with content kept, style class dropped", ".. class:: special\n\nText.\n\n.. class:: Call\n\n  The call.\n", "Text.\n\n`Call`\n\nThe call.\n"},
		{"attribute labels the table under its definition term", ".. attribute:: dir\n\n  Direction.\n\n  Values:\n    ==== ==========\n    In   ``in``\n    Out  ``out``\n    ==== ==========\n",
			"`dir`\n\nDirection.\n\n- **Values:**\n\n`dir`:\n\n| In | `in` |\n| --- | --- |\n| Out | `out` |\n"},
	})
}

func TestBlocks(t *testing.T) {
	runCases(t, []convCase{
		{"block quote flattened", "Para.\n\n   Quoted.\n", "Para.\n\nQuoted.\n"},
		{"line block", "| one\n| two\n", "one\ntwo\n"},
		{"table hoisted out of list", ":param d: Dir.\n\n    ===  ===\n    a    b\n    ===  ===\n\n:param e: E.\n",
			"- **d** (param): Dir.\n\n`d`:\n\n| a | b |\n| --- | --- |\n\n- **e** (param): E.\n"},
		{"empty", "", ""},
		{"blank only", "\n\n  \n", ""},
		{"crlf", "Title\r\n=====\r\n\r\nText.\r\n", "# Title\n\nText.\n"},
		{"tabs", "term\n\tdef\n", "- **term**: def\n"},
		{"control characters", "a\x00b\x0bc\rd\n", "a b c d\n"},
	})
}

func TestLineMap(t *testing.T) {
	src := "Title\n=====\n\nFirst line\nsecond line.\n\n- item\n\n.. code-block:: go\n\n   x := 1\n\n=== ===\nK   V\n=== ===\na   b\n=== ===\n"
	md, lines := Convert([]byte(src))
	want := []struct {
		line string
		num  int
	}{
		{"# Title", 1}, {"", 1}, {"First line", 4}, {"second line.", 5}, {"", 5}, {"- item", 7}, {"", 7},
		{"```go", 9}, {"x := 1", 11}, {"```", 11}, {"", 11}, {"| K | V |", 14}, {"| --- | --- |", 14}, {"| a | b |", 16},
	}
	got := strings.Split(strings.TrimSuffix(string(md), "\n"), "\n")
	require.Len(t, got, len(want))
	require.Len(t, lines, len(want))
	for i, w := range want {
		assert.Equal(t, w.line, got[i], "line %d", i+1)
		assert.Equal(t, w.num, lines[i], "line %d: %q", i+1, got[i])
	}
}

func TestLineMapJoinedLines(t *testing.T) {
	md, lines := Convert([]byte("a ``b\nc`` d\ne\n"))
	assert.Equal(t, "a `b c` d\ne\n", string(md))
	assert.Equal(t, []int{1, 3}, lines)
}

func TestDeepNesting(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString(strings.Repeat(" ", i) + "- x\n")
	}
	md, lines := Convert([]byte(b.String()))
	checkMap(t, []byte(b.String()), md, lines)
	for _, l := range strings.Split(string(md), "\n") {
		require.LessOrEqual(t, len(l)-len(strings.TrimLeft(l, " ")), 2*maxDepth)
	}
}

func TestStaircase(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 1000; i++ {
		b.WriteString(strings.Repeat(" ", i) + "word\n")
	}
	src := []byte(b.String())
	md, lines := Convert(src)
	checkMap(t, src, md, lines)
	assert.Equal(t, 1000, strings.Count(string(md), "word"))
}

func TestHugeLine(t *testing.T) {
	line := strings.Repeat("*a ``b `c |d _e ", 700000)
	src := []byte("Title\n=====\n\n" + line + "\n")
	md, lines := Convert(src)
	checkMap(t, src, md, lines)
	assert.Greater(t, len(md), len(line))
}
