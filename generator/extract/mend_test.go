package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEndLazyItems(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
		lines    []int // the map of want's lines; nil when in is kept
	}{{
		name:  "text after a list that began below a line of text",
		in:    "Events:\n- Busy: the line was busy.\n- Failed: it failed.\nCall results\nThese results:\n- Done\n",
		want:  "Events:\n- Busy: the line was busy.\n- Failed: it failed.\n\nCall results\nThese results:\n- Done\n",
		lines: []int{1, 2, 3, 4, 4, 5, 6},
	}, {
		name:  "a row of a table after a short label item",
		in:    "could be:\n- A person was transferred\n17: 'User Busy' The user is busy.",
		want:  "could be:\n- A person was transferred\n\n17: 'User Busy' The user is busy.",
		lines: []int{1, 2, 3, 3},
	}, {
		name:  "typographic bullets, and a footnote's mark before the capital",
		in:    "It includes:\n• Duration in minutes\n*Disconnect causes could be:\n",
		want:  "It includes:\n• Duration in minutes\n\n*Disconnect causes could be:\n",
		lines: []int{1, 2, 3, 3},
	}, {
		name:  "text after an item's lazy lines, the last ending a sentence",
		in:    "Calls:\n• External calls: calls sent from one trunk to another,\nwhich are not sent to an extension.\nStatus Filter: the statuses are the following:\n• Answered\n",
		want:  "Calls:\n• External calls: calls sent from one trunk to another,\nwhich are not sent to an extension.\n\nStatus Filter: the statuses are the following:\n• Answered\n",
		lines: []int{1, 2, 3, 4, 4, 5},
	}, {
		name:  "a page's first line numbered as a section (4. Example), text right below it",
		in:    "4. Example of the response\nContent-Type: application/json\nText.\n",
		want:  "4. Example of the response\n\nContent-Type: application/json\nText.\n",
		lines: []int{1, 2, 2, 3},
	}, {
		name:  "a page copied with every line indented, its title aside: its lists are read dedented",
		in:    "Title\n\n    Codes could be:\n    • A person was transferred\n    17: 'User Busy' The user is busy.\n",
		want:  "Title\n\n    Codes could be:\n    • A person was transferred\n\n    17: 'User Busy' The user is busy.\n",
		lines: []int{1, 2, 3, 4, 5, 5},
	}, {
		name: "a list set apart by a blank line keeps its lazy lines",
		in:   "Methods:\n\n- `init` - starts the library.\nThe `options` are:\n",
		want: "Methods:\n\n- `init` - starts the library.\nThe `options` are:\n",
	}, {
		name: "a wrapped item goes on",
		in:   "Values:\n- `busy` when the line of the callee was in use by another\nCall at the time\n- a sentence going on, as\nThe next line says.\n",
		want: "Values:\n- `busy` when the line of the callee was in use by another\nCall at the time\n- a sentence going on, as\nThe next line says.\n",
	}, {
		name: "an indented line and a lower-case line go on with the item",
		in:   "Values:\n- Busy.\n  More on busy.\n- Idle.\nand more.\n",
		want: "Values:\n- Busy.\n  More on busy.\n- Idle.\nand more.\n",
	}, {
		name: "code fences are left alone",
		in:   "Intro\n```\n- a.\nB\n```\n",
		want: "Intro\n```\n- a.\nB\n```\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, lines := endLazyItems([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
			assert.Equal(t, tt.lines, lines)
		})
	}
}

// An inserted line takes the translated document's line of the line below
// it, through the map the translation gave.
func TestEndLazyItemsComposesLineMap(t *testing.T) {
	out, lines := endLazyItems([]byte("Intro\n- Busy.\nText\n"), []int{10, 12, 15})
	assert.Equal(t, "Intro\n- Busy.\n\nText\n", string(out))
	assert.Equal(t, []int{10, 12, 15, 15}, lines)
	assert.Equal(t, strings.Count(string(out), "\n"), len(lines))
}

func TestSplitGluedStarts(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
		lines    []int
	}{{
		name:  "a list's first item glued to its introduction",
		in:    "Title\nCalls go through these states:- INITIATED - Placed\n- ENDED - Over\n",
		want:  "Title\nCalls go through these states:\n- INITIATED - Placed\n- ENDED - Over\n",
		lines: []int{1, 2, 2, 3},
	}, {
		name:  "a table's header glued to its introduction, over a delimiter row",
		in:    "Dispositions indicate how calls ended:Disposition | Description |\n---|---|\nENDED | Done |\n",
		want:  "Dispositions indicate how calls ended:\nDisposition | Description |\n---|---|\nENDED | Done |\n",
		lines: []int{1, 1, 2, 3},
	}, {
		name:  "a table's header with its bars glued to the text before it, a URL's colon in that text",
		in:    "curl \"https://x.io/calls\" -H \"Bearer t\"| Field | Type | Note |\n|---|---|---|\n| code | int | The code |\n",
		want:  "curl \"https://x.io/calls\" -H \"Bearer t\"\n| Field | Type | Note |\n|---|---|---|\n| code | int | The code |\n",
		lines: []int{1, 1, 2, 3},
	}, {
		name:  "a list of values whose first line a copy glued to the sentence introducing it",
		in:    "Opisy statusów rozmowy.NO_ANSWER - Nie odebrano rozmowy\nhangup - Odłożono słuchawkę\n",
		want:  "Opisy statusów rozmowy.\nNO_ANSWER - Nie odebrano rozmowy\nhangup - Odłożono słuchawkę\n",
		lines: []int{1, 1, 2},
	}, {
		name: "a full stop before a constant and its text, no value line below: kept",
		in:   "See the docs.NOTE - this is a note\nMore text here.\n",
		want: "See the docs.NOTE - this is a note\nMore text here.\n",
	}, {
		name: "a colon in a row, a dash after a spaced colon, a header with no delimiter row below: kept",
		in:   "Time: 10:30 | a | b |\nNote: - see below\nText:A | B |\nmore\n",
		want: "Time: 10:30 | a | b |\nNote: - see below\nText:A | B |\nmore\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, lines := splitGluedStarts([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
			assert.Equal(t, tt.lines, lines)
		})
	}
}

func TestDokuWiki(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
		lines    []int
	}{{
		name:  "a heading and a table header",
		in:    "====== Pause ======\n^Params ^Type ^Description ^\n|usertype|String|agent / account|\n",
		want:  "# Pause            \n|Params |Type |Description |\n|---|---|---|\n|usertype|String|agent / account|\n",
		lines: []int{1, 2, 3, 3},
	}, {
		name: "an underline of carets, a header with no rows, equals in text: kept",
		in:   "Title\n^^^^^^\n^ a ^ b ^\ntext\na == b ==\n== ==\n",
		want: "Title\n^^^^^^\n^ a ^ b ^\ntext\na == b ==\n== ==\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, lines := dokuWiki([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
			assert.Equal(t, tt.lines, lines)
		})
	}
}

func TestEscapeGluedBullets(t *testing.T) {
	in := "Intro\n- a list\n\nCall StatusDefinition\nCall Ended- Call connected.\n- Call dropped.\nDeclinedThe receiver rejected the call.\n\n- another list\n"
	want := "Intro\n- a list\n\nCall StatusDefinition\nCall Ended- Call connected.\n\\- Call dropped.\nDeclinedThe receiver rejected the call.\n\n- another list\n"
	out, lines := escapeGluedBullets([]byte(in), nil)
	assert.Equal(t, want, string(out))
	assert.Nil(t, lines, "lines keep their numbers")
}

func TestDedentNestedItems(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
	}{{
		name: "items indented four columns past their item's text move to it",
		in:   "* **cause:** Sebebi\n      * **BUSY:** Meşgul\n      * **OTHER:** Diğer\n\n* **state:** Durum\n",
		want: "* **cause:** Sebebi\n  * **BUSY:** Meşgul\n  * **OTHER:** Diğer\n\n* **state:** Durum\n",
	}, {
		name: "a nested list CommonMark already reads is kept",
		in:   "- a\n    - b\n- c\n",
		want: "- a\n    - b\n- c\n",
	}, {
		name: "after a blank line an indented list is code, and is kept",
		in:   "- a\n\n        - b\n",
		want: "- a\n\n        - b\n",
	}, {
		name: "code fences are left alone",
		in:   "```\n- a\n      - b\n```\n",
		want: "```\n- a\n      - b\n```\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, lines := dedentNestedItems([]byte(tt.in), []int{7})
			assert.Equal(t, tt.want, string(out))
			assert.Equal(t, []int{7}, lines)
		})
	}
}

func TestSplitGluedDefinitions(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
	}{{
		name: "terms glued to the sentences before them",
		in:   "Statuses:\nnew: A request was received.queued: It was validated.call_error: It failed. See below.\n",
		want: "Statuses:\nnew: A request was received.\nqueued: It was validated.\ncall_error: It failed. See below.\n",
	}, {
		name: "a term glued to a colon",
		in:   "It holds one of the following values:human: A human.voicemail: A machine.\n",
		want: "It holds one of the following values:\nhuman: A human.\nvoicemail: A machine.\n",
	}, {
		name: "one glued term, a title-case label or a table row is left alone",
		in:   "It was sent.status: The status.\nNote: This. Warning: That.\n| a.b: C | d.e: F |\n",
		want: "It was sent.status: The status.\nNote: This. Warning: That.\n| a.b: C | d.e: F |\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := splitGluedDefinitions([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
		})
	}
}

func TestSplitFlatTables(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
	}{{
		name: "a table run together on one line, text before and after it",
		in:   "## Status | Status | Meaning | |---|---| | `BUSY` | Line busy | | `A|B` | Not placed | The callback follows.\n",
		want: "## Status \n| Status | Meaning | \n|---|---| \n| `BUSY` | Line busy | \n| `A|B` | Not placed |\n The callback follows.\n",
	}, {
		name: "a table flattened into a table's row is left to that table",
		in:   "| **cause** | String | | Cause | Description | |:---|:---| | busy | Busy. | |\n",
		want: "| **cause** | String | | Cause | Description | |:---|:---| | busy | Busy. | |\n",
	}, {
		name: "a table written on lines is left alone",
		in:   "| a | b |\n|---|---|\n| 1 | 2 |\n",
		want: "| a | b |\n|---|---|\n| 1 | 2 |\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _ := splitFlatTables([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
		})
	}
}

func TestSplitFlatMarkdown(t *testing.T) {
	pad := strings.Repeat("The webhooks of the contact center, sent as events. ", 10)
	tests := []struct {
		name     string
		in, want string
	}{{
		name: "a page on one line: a break before each heading and each item of a bold term",
		in:   "# Events " + pad + "## Operations ### POST task_created #### Body - **`event`** `string` — The event. - **`channel`** `string`, possible values: `\"voice\", \"sms\"` — The channel. ### POST task_ended - see above\n",
		want: "# Events " + pad[:len(pad)-1] + "\n ## Operations\n ### POST task_created\n #### Body\n - **`event`** `string` — The event.\n - **`channel`** `string`, possible values: `\"voice\", \"sms\"` — The channel.\n ### POST task_ended - see above\n",
	}, {
		name: "a long line of prose with a heading mark or two is left alone",
		in:   pad + " ## one ### two - **a** b\n",
		want: pad + " ## one ### two - **a** b\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, lines := splitFlatMarkdown([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
			for _, n := range lines {
				assert.Equal(t, 1, n) // every line is the document's first
			}
		})
	}
}

func TestDropPermalinks(t *testing.T) {
	in := "Enumeration Members¶\nA line ending in a hard break  \nACTIVE ¶\r\nEnd¶"
	out, _ := dropPermalinks([]byte(in), nil)
	assert.Equal(t, "Enumeration Members\nA line ending in a hard break  \nACTIVE\nEnd", string(out))
}

func TestTextile(t *testing.T) {
	in := "h1. Class @RTCSession@\n\n* Events\n** @connecting@\n\nh3(#event_ended). @ended@\n\n```\n@kept@\n```\n"
	want := "# Class `RTCSession`\n\n* Events\n  * `connecting`\n\n### `ended`\n\n```\n@kept@\n```\n"
	out, lines := textile([]byte(in), []int{4})
	assert.Equal(t, want, string(out))
	assert.Equal(t, []int{4}, lines)

	// One heading makes no Textile page: "h1." may start a sentence.
	one := "h1. is a heading\n@x@\n"
	out, _ = textile([]byte(one), nil)
	assert.Equal(t, one, string(out))
}

func TestJoinBrokenRows(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
		lines    []int // the map of want's lines; nil when in is kept
	}{{
		name:  "a cell a line, the header's too",
		in:    "Name |\nType |\nNote |\n---|---|---|\nstatus |\n|\nCan be active or disabled. |\nid | int | The id. |\n",
		want:  "Name | Type | Note |\n---|---|---|\nstatus | | Can be active or disabled. |\nid | int | The id. |\n",
		lines: []int{1, 4, 5, 8},
	}, {
		name:  "a cell holding lines, and text right below the table set apart",
		in:    "Field | Note | Format |\n---|---|---|\nstatus | The status | ENUM STATUS ringing\nactive\nfailed |\nExample\n",
		want:  "Field | Note | Format |\n---|---|---|\nstatus | The status | ENUM STATUS ringing<br>active<br>failed |\n\nExample\n",
		lines: []int{1, 2, 3, 6, 6},
	}, {
		name:  "rows without the leading bar of the delimiter row; the last row lacks its last cell",
		in:    "| Value | Meaning |\n|---|---|\nbusy |\nThe line is busy |\nidle |\n",
		want:  "| Value | Meaning |\n|---|---|\nbusy | The line is busy |\nidle |\n",
		lines: []int{1, 2, 3, 5},
	}, {
		name:  "a whole table is left alone, but for the text right below it, which ends it",
		in:    "| a | b |\n|---|---|\n| 1 | 2 |\nText below\nmore text\n",
		want:  "| a | b |\n|---|---|\n| 1 | 2 |\n\nText below\nmore text\n",
		lines: []int{1, 2, 3, 4, 4, 5},
	}, {
		name: "a whole table is left alone",
		in:   "| a | b |\n|---|---|\n| 1 | 2 |\n\nText below\n",
		want: "| a | b |\n|---|---|\n| 1 | 2 |\n\nText below\n",
	}, {
		name: "a title between two tables copied as one stays between them",
		in:   "a | b |\n---|---|\n1 | 2 |\nTitle\nThe values:\nc | d |\n---|---|\n3 | 4 |\n",
		want: "a | b |\n---|---|\n1 | 2 |\nTitle\nThe values:\nc | d |\n---|---|\n3 | 4 |\n",
	}, {
		name:  "a page of text between two tables is text below the first",
		in:    "a | b |\n---|---|\n1 | 2 |\nt1\nt2\nt3\nt4\nt5\nt6\nt7\nt8\nt9\nt10\nt11\nt12\nc | d |\n---|---|\n3 | 4 |\n",
		want:  "a | b |\n---|---|\n1 | 2 |\n\nt1\nt2\nt3\nt4\nt5\nt6\nt7\nt8\nt9\nt10\nt11\nt12\nc | d |\n---|---|\n3 | 4 |\n",
		lines: []int{1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18},
	}, {
		name: "a row that overshoots ends the mending",
		in:   "a | b |\n---|---|\nx |\ny | z |\n",
		want: "a | b |\n---|---|\nx |\ny | z |\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, lines := joinBrokenRows([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
			assert.Equal(t, tt.lines, lines)
		})
	}
}

func TestJoinValueParagraphs(t *testing.T) {
	tests := []struct {
		name     string
		in, want string
		lines    []int // the map of want's lines; nil when in is kept
	}{{
		name:  "groups of one list of values",
		in:    "Intro.\nhangup - Odłożono\nqueue_hangup - Odłożono w czasie\n\nORIGINATOR_CANCEL - Przerwał\n\n\ncall_end - Zakończyła się\nanswer - Odebrana\n\nPowrót\n",
		want:  "Intro.\nhangup - Odłożono\nqueue_hangup - Odłożono w czasie\nORIGINATOR_CANCEL - Przerwał\ncall_end - Zakończyła się\nanswer - Odebrana\n\nPowrót\n",
		lines: []int{1, 2, 3, 5, 8, 9, 10, 11},
	}, {
		name: "a paragraph below that is not all value lines, or values numbered by codes: kept",
		in:   "busy - The line is busy\n\nidle - No call\nThat is all.\n\n0 - Failed: No answer\n\n1 - Success: Done\n",
		want: "busy - The line is busy\n\nidle - No call\nThat is all.\n\n0 - Failed: No answer\n\n1 - Success: Done\n",
	}, {
		name: "value lines in a code block: kept",
		in:   "```\nbusy - The line is busy\n\nidle - No call\n```\n",
		want: "```\nbusy - The line is busy\n\nidle - No call\n```\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, lines := joinValueParagraphs([]byte(tt.in), nil)
			assert.Equal(t, tt.want, string(out))
			assert.Equal(t, tt.lines, lines)
		})
	}
}

func TestTrailingBullets(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Values\n-\nBUSY -\nCOMPLETED -\nNO_ANSWER\nThe note.\n", "Values\n\n- BUSY\n- COMPLETED\n- NO_ANSWER\nThe note.\n"},
		{"Values\n-\nBUSY -\nCOMPLETED -\nNO_ANSWER", "Values\n\n- BUSY\n- COMPLETED\n- NO_ANSWER\n"},
		{"-\nBUSY -\nThe end.\n", "-\nBUSY -\nThe end.\n"},
		{"-\nBUSY -\nDONE -\nThe end of it.\n", "-\nBUSY -\nDONE -\nThe end of it.\n"},
	} {
		out, lines := trailingBullets([]byte(tc.in), []int{4})
		assert.Equal(t, tc.want, string(out), tc.in)
		assert.Equal(t, []int{4}, lines)
	}
}

func TestJoinBrokenConstants(t *testing.T) {
	out, lines := joinBrokenConstants([]byte("Reason\nCONTACT_\nFLOW_\nDISCONNECT\n(the flow)\nOTHER\nNOTE_\nthe rest\n"), nil)
	assert.Equal(t, "Reason\nCONTACT_FLOW_DISCONNECT\n(the flow)\nOTHER\nNOTE_\nthe rest\n", string(out))
	assert.Equal(t, []int{1, 2, 5, 6, 7, 8}, lines)

	src := []byte("a_\nb\n")
	out, lines = joinBrokenConstants(src, nil)
	assert.Equal(t, string(src), string(out), "lower case is no constant")
	assert.Nil(t, lines)
}

func TestSplitColonTerms(t *testing.T) {
	out, lines := splitColonTerms([]byte("COMPLETED\n: A conversation occurred with the contactANSWERED\n: A call occurred.NOT_REACHED\n: Not reached\nText\n: no term gluedhere\n: below\n"), nil)
	assert.Equal(t, "COMPLETED\n: A conversation occurred with the contact\nANSWERED\n: A call occurred.\nNOT_REACHED\n: Not reached\nText\n: no term gluedhere\n: below\n", string(out))
	assert.Equal(t, []int{1, 2, 2, 3, 3, 4, 5, 6, 7}, lines)

	src := []byte("Status\n: The call's status is FAILED\n")
	out, _ = splitColonTerms(src, nil)
	assert.Equal(t, string(src), string(out), "a constant ending the last definition is its text")
}

func TestSplitClosingBraces(t *testing.T) {
	out, lines := splitClosingBraces([]byte("{\n\"a\": 1\n}call.ringing\n]Événements\n}\n```\n}x\n```\n"), nil)
	assert.Equal(t, "{\n\"a\": 1\n}\ncall.ringing\n]\nÉvénements\n}\n```\n}x\n```\n", string(out), "a brace alone and one in a fence stay")
	assert.Equal(t, []int{1, 2, 3, 3, 4, 4, 5, 6, 7, 8}, lines)

	src := []byte("text\n}; x\n")
	out, _ = splitClosingBraces(src, nil)
	assert.Equal(t, string(src), string(out), "no letter after the brace")
}

func TestFenceBareJSON(t *testing.T) {
	out, lines := fenceBareJSON([]byte("Call Events\ncall.initiated\n{\n\"event\": \"}\",\n\"data\": {\n\"id\": 1\n}\n}\ncall.ringing\n"), nil)
	assert.Equal(t, "Call Events\ncall.initiated\n```\n{\n\"event\": \"}\",\n\"data\": {\n\"id\": 1\n}\n}\n```\ncall.ringing\n", string(out))
	assert.Equal(t, []int{1, 2, 3, 3, 4, 5, 6, 7, 8, 8, 9}, lines)

	for _, src := range []string{
		"```\n{\n}\n```\n",                  // fenced already
		"text\n{\n\"a\": 1\nnever closed\n", // no closing brace
		"a { b\n}\n",                        // "{" not alone on its line
	} {
		out, _ := fenceBareJSON([]byte(src), nil)
		assert.Equal(t, src, string(out))
	}
}

func TestDropDanglingFence(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"closed fences stay", "```\na\n```\n~~~~\nb\n~~~~\n", "```\na\n```\n~~~~\nb\n~~~~\n"},
		{"a fence never closed is blanked", "text\n```\n- a\n- b\n", "text\n   \n- a\n- b\n"},
		{"an opener with an info string is closed only by a bare run", "```{\nx\n}```\n```js\ny\n```\n", "```{\nx\n}```\n```js\ny\n```\n"},
		{"a longer opener needs a run as long; the shorter run, unclosed, is blanked too", "````\na\n```\n", "    \na\n   \n"},
		{"tildes never close backticks", "```\na\n~~~\n", "   \na\n   \n"},
		{"no fence", "plain text\n", "plain text\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(dropDanglingFence([]byte(tt.in))))
		})
	}
}

func TestUnfenceLists(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"a fence of bullets, one a plus sign, is a list", "```\n+ a: x\n+ b: y\n- c: z\n```\n", "   \n+ a: x\n+ b: y\n- c: z\n   \n"},
		{"a fence naming a language stays, and so does the one after it", "```diff\n+ a\n+ b\n+ c\n```\n```\ncode\n```\n", "```diff\n+ a\n+ b\n+ c\n```\n```\ncode\n```\n"},
		{"no plus sign: YAML or a list the author meant as code", "```\n- a\n- b\n- c\n```\n", "```\n- a\n- b\n- c\n```\n"},
		{"two bullets are too few", "```\n+ a\n+ b\n```\n", "```\n+ a\n+ b\n```\n"},
		{"a line of code among the bullets", "```\n+ a\n+ b\nx = 1\n+ c\n```\n", "```\n+ a\n+ b\nx = 1\n+ c\n```\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(unfenceLists([]byte(tt.in))))
		})
	}
}

func TestSplitGluedFences(t *testing.T) {
	out, lines := splitGluedFences([]byte("### Response\n```{\n  \"a\": 1\n}```\nafter\n"), nil)
	assert.Equal(t, "### Response\n```\n{\n  \"a\": 1\n}\n```\nafter\n", string(out))
	assert.Equal(t, []int{1, 2, 2, 3, 4, 4, 5}, lines)

	src := "```json\n{}\n```\n`a```\n"
	out, _ = splitGluedFences([]byte(src), nil)
	assert.Equal(t, src, string(out), "a fence naming its language, and a run after no brace, stay")
}
