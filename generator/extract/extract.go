// Package extract reads vendor documentation and returns the enums (and
// payload models) it lists as a spec.
//
// Vendor docs come in many layouts, often mixed on one page and often
// damaged by copying. The rules below are written for layouts, never for a
// vendor; testdata/corpus measures them on real documents (make corpus).
//
// # Formats
//
// Markdown is the neutral form: goldmark parses it into headings, tables
// with cells, lists with items, paragraphs with code spans, all with
// positions. A reStructuredText or HTML document (told apart by its
// content, not its file name) is first translated into Markdown by package
// rstmd or htmlmd, with a map of its lines, and HTML blocks inside Markdown
// are translated in place. An OpenAPI document is read by package openapi;
// one sniffed (not forced) that is no readable JSON or YAML, a file whose
// lines a copy ran together, is read as text with a warning. Before
// parsing, the source is cleaned line for
// line: byte-order mark and carriage returns as CommonMark treats them,
// the opening line of a MkDocs admonition or content tab made a heading of
// its title and its indented body dedented (it is text, not code),
// a page copied with every line indented (its title aside) dedented, and
// so is an indented run of prose, as plain-text API descriptions lay it
// out (indented.go), a word processor's nested bullets (o, §) at the margin below a
// typographic one nested again, and a list of typographic bullets (• ◦ ○ ▪ ·) indented like code with no list
// above it (a bullet glued to its text, •type, is a bullet too),
// front matter and kramdown attribute lines blanked, MDX field components
// (<ParamField path="status">, query="status" too) turned into bold terms, the accordions or
// tabs of a group (<Accordion title="ping">) into list items of their
// titles, padded table headers
// moved to the margin, a line holding one dash (a copied bullet, which
// would make the paragraph above it a heading) blanked, status icons before
// a line's first word (✅ Completed) dropped, and a blank line put where a
// list that began right below a line of text ends: a page copied as text
// lost it (or numbered from other than 1, a section's number: 4. Example),
// and Markdown would read the text below as the last item's (or
// below the lines that continue it lazily, the last ending a sentence); a
// list's first item or a table's header glued to the sentence
// introducing it (states:- INITIATED, ended:Disposition | ...; a value
// line after a full stop, rozmowy.NO_ANSWER - Nie odebrano), or a
// header's bars glued to any text ("Bearer t"| Field | Type |), is put on
// a line of its own, groups of value lines (hangup - text) set apart by
// blank lines are joined into one paragraph, a list whose bullets a copy
// moved to the end of the line above (-, BUSY -, COMPLETED -, NO_ANSWER)
// gets them back, an example's closing brace glued to the next line
// (}call.ringing) is put on a line of its own and an example that lost
// its fences ("{" alone on its line, down to its closing brace) fenced
// again, a DokuWiki heading (====== Calls ======) and
// table header (^ Params ^ Type ^), a permalink mark at a line's end is
// dropped (ACTIVE¶), and so is a version or footnote mark in <sup>
// (CALL_COMPLETED_ELSEWHERE<sup>9+</sup>, when closed at once), a page run together on one line (its
// headings and bold items each get a line again), and Textile's headings, code and
// nested bullets (h3(#ended). @ended@, ** item), are made Markdown ones, a pipe table
// run together on one line ("| A | B | |---|---| | a | b |") is put on
// lines of its own, a table row's line breaks kept as backslash and n
// (" \n - failed") are made <br>, a table whose rows a copy broke over lines (a cell a
// line, its bar ending it or on the next line alone; or a cell's list an
// item a line; or text right below it, Markdown reading it as rows) has each row joined back to as
// many cells as its delimiter row has, the breaks inside a cell kept as
// <br>, and a nested
// list indented four columns past its item's text is moved to that text,
// where CommonMark nests it (mend.go). Braces glued to an example's fences
// (```{ ... }```) are put on lines of their own; a fence the page never
// closes is no fence, so it hides nothing below it; a fence with no
// language whose every line is a bullet, one a plus sign, holds a list
// and is read as one.
// Header words of pages in other languages (值, 说明, Anlamı, Sebebi, Тип данных) count as
// their English roles, and value nouns too (estados, статусов, ステータス
// inside "架電ステータスの一覧", 상태, German compounds: Telefonstati); text in Han, Kana or Hangul that
// is not marked as code or quoted is a label, never a value. A plain pipe table (text and code spans only) is
// read from its lines without goldmark's per-cell nodes (pipetable.go);
// both readers give the same table.
//
// # Sections and names
//
// Values written with their type, Type.member (OmiCallEvent.onMuted,
// CallState.RINGING; one type in Pascal case, members in camel case or
// constants), are the type's members, named after it; call.answered,
// Call.Ringing and Microsoft.Communication.CallConnected are wires.
// Headings nest by level; each names the enums of the blocks under it
// ("Call statuses" -> CallStatus; a heading holding one code span, "Values
// for `DialCallStatus`", is named by the span). Generic headings
// (Properties, Values, Example) start no section, nor does a property
// line (Type: String, Required: No; Type: enum, 类型: `enum`, marks the
// section an enum's, its table of members, string values, its values),
// and one after a sibling section with
// a body ends it; field headings
// (Parameters, Arguments, Fields, "Message parameters") mark what follows
// as fields, not values, except under an enum's own heading ("Enum X") or
// after a line saying values follow ("possible values are:"); under a
// method's signature (Account.call(uri, options={})) the options or
// parameters a list or sentence names are the call's too.
// In a page copied as text, a title line ending a paragraph above the
// line that introduces a block ("Call Dispositions", then "Dispositions
// indicate how calls ended:") starts a section, and names a table headed
// by a bare value noun (| Status |) below.
// A bold line standing alone, or a bold or code term alone on the first line
// of a paragraph (Markdown definition lists; a lone term that names a
// type in Pascal case, or whose text restates the heading, is what the
// heading titles, no value), or a one-line label about
// values ("Agent Status:"; a line declaring an enum and nothing else,
// "enum SIPX_CALLSTATE_MAJOR", names it; in Chinese or Japanese, which has no capitals,
// a short label's value noun phrase: 呼叫状态的枚举值/文本定义表: titles
// 呼叫状态), starts a section below the headings (a label
// ending in its colon, inside the title's above it, until the end of the
// list right below it; such a label over a list names it under any
// title; one that names nothing, "Possible values are:", none); a code
// block of field names over as many groups of labelled cells (a PDF's
// table: **Type**, **Description**, ... for each field in turn) starts a
// section per field at the label starting each group; an HTML
// heading block starts one as a Markdown heading does. A question title
// ("What do the call statuses mean?") names the values it asks about, a
// title "... values of HwmCallEndReason" names them after the type, and
// a line introducing a table ("Possible call statuses include the
// following:") names it when no heading does. A run of headings that each name one constant (### BUSY, ## Call answered [queueanswer],
// #### public static final int BUSY, ### -field UserIgnored:0; under a heading about values, a
// lower-case name and its description, "2.1.1. agentLoggedOn：座席登录事件",
// whose own text's enums it names) lists values, but not one whose text
// calls it an object ("The `call` object contains ..."); a member's declaration
// below its heading (AudioLatency: = "audio-latency") gives its wire, as
// it does below the member's name on a line of its own in a page copied as
// text, under a title such as "Enumeration members", and
// the member names an index listed above it are dropped. An enum found inside a
// field's description is named after the field (data.payload.hangup_cause
// -> HangupCause; fields of one table sharing a last part are named after
// as many parts as tell them apart: ThinkProviderType, SpeakProviderType);
// a list after a paragraph that names a field in code and
// ends with a colon is named after that field, and so is a list below a
// field table copied as text, after its last row's field; a term of one name under
// two objects with other values is two enums named after their objects
// (EndpointType, RecordingInfoType), and so is a field item of one name
// under two objects with two values at least each and none shared (a
// call participant's type, a message's: CallParticipantType,
// MessageType; a possessive dropped); values no heading names are named
// after the file, with a warning. A URL is no value; a number is none, but a code beside
// one, except among the values of a field typed string (CALL_FAILED_CODE
// string: 200, 304, 603-S). Data a reader gives values (a code) is
// a column of their enum, declared once for all readers (collect.go).
//
// # Tables
//
//   - Quoted literals in the Description column: constant names first, wires
//     quoted (| SETUP | ... | "Setup" |); so are descriptions that restate
//     each name in lower camel case (| Connected | connected. |). A cell's
//     closing full stop is no part of its value. A cell beside a value
//     that lists another field's values, the field named in code ("where
//     `command` is one of `ring`, `hold`"), gives that field's enum.
//   - A table's first title that is a type's name in Pascal case (|
//     `CallLifecycle` | What it means |) names the values below it.
//   - A table whose first column numbers its rows and whose second names
//     each in a token is an enum of the names, each with its code,
//     whatever its titles (| Type | Payload | over | 0 | Version |).
//   - A Value (or Wire) column other than the first holds the wires; a
//     first column headed Field or Property makes the Value column each
//     field's value instead, and one table per event adds up to one enum
//     per field; but two fields of one name in two objects' tables whose
//     lists (three values at least each) share less than a third are two
//     fields, named after their objects (RequestType, ResponseType). Names
//     of headers (X-Twilio-CallSid, X-SID) are no field's values.
//   - Field tables (first column Field, Property, Parameter; or a Type
//     column; or a later column of a field's values, | Event | Status
//     field values |) are models; an enum's (Enumeration Member, under Enumeration
//     Members) are not. Where the first title spans two columns (an HTML
//     <th colspan="2">), a row naming its field in the second cell is a
//     field of the object the row above names (contact_message.type). A
//     table of messages (| Error text | Code | Mnemonic |; no column titled
//     Parameter, whose names are fields) whose later
//     column holds one distinct code span a row lists those as values
//     (a compound token in lower case alone in its cell counts as one,
//     a page copied as text having lost the spans: call_started); a
//     table of short phrases, one of which the page's JSON gives a key
//     ("error": "call not live"), lists that key's values, each phrase
//     whole; a table of tokens only whose later titles name no role
//     (| Format | Content-Type | Extension |, an HTTP header's name
//     no Type title) gives an enum of each column; a table whose rows
//     are data fields (record_id, from_name, a third of them) is a
//     table of fields, whatever its header says; in a table of other
//     things (methods, events), a row whose description lists values as
//     a field's does (Gets the current call state (`idle`, `ended`))
//     gives an enum named after its first cell (getCallState). A
//     header holding one title (| Type: *call* | |) over a row of bold
//     titles is the table's caption, that row its header; a table headed
//     as fields (| 字段 | 含义 |) whose rows are capitalised names, below
//     a line naming one field (callType(呼叫类型)字段的说明), lists that
//     field's values; a field's name
//     may stand over its flags, a line each (scope <br> *read-only*), or
//     over a list (SIPml.Session <ul>...). A field's values come from its Type cell (enum:
//     a, b; Enum<a|b>; "a" | "b"; ENUM STATUS a<br>b, a value a line; string（callback）, the
//     one value the field holds in this table, tables adding up, but not
//     string(optional); code spans joined by or, a Format cell's
//     `created_at` or `updated_at`), else its description in prose (values
//     numbered one by one too, "0 - ANSWERED - ...; 1 - BUSY - ...", the
//     numbers kept as codes; or nothing but constants, OUTBOUND or
//     INBOUND; or values with slashes between them at its end, agent /
//     account, (inbound/outbound); or values in code it ends with, spaces
//     between them, two after a comma or colon (Call direction, `inbound`
//     `outbound`), three after any words; or quoted values each with its
//     condition, "ok", if ..., "error", if ..., or with a short gloss,
//     "ASC" 正序 "DESC" 倒序; or tokens each with its meaning after a
//     colon, ID：任务编号，NAME：任务名称; or tokens each glossed in
//     ideographs, robot话术customer客户 (a second description column,
//     说明 then 备注, is notes, read so too); or codes each set equal to its meaning
//     in brackets at its end, [ c = answered, m = missed ]; or a list run into one line, "Call status: - created -
//     started"; or lower-case words each with a dash and a sentence, run
//     together, "ok - Der Request ... error - Der Request ..."; or a list in HTML or a line each, "Request type:<br>-
//     `start`: ...<br>- `dtmf`: ...", or an HTML definition list,
//     <dl><dt>'BUSY'</dt><dd>...</dd>, in a Value cell too; constants glossed after a space too,
//     状态切换动作:<br>MAKE_BUSY 示忙; values each paired with a meaning
//     after a label, "Mögliche Werte: all = alle Anrufe, inbound = ..."),
//     else its Value cell (words joined by
//     or too, yes or no; a title of two, Value / Pattern, takes the role
//     of the one that has one), else its Possible values cell (a
//     list, by commas, bars or lines, the wildcard * aside; a column
//     titled "Supported event types" is one too; or constants each with a dash and a description, run together:
//     "ESTABLISHED - Connected.FAILED - Not connected."), else a Notes cell
//     that is a list and nothing else (Available, unavailable or busy.);
//     and a Type or description cell may list values a line under labels
//     of their own, each an enum (NODETYPE:<br>AddResult<br>Hangup). A table of codes
//     and short labels only (| 1 | Voice Campaign |; an aside in brackets
//     too, Available (On Demand); a long note in brackets after the label
//     is no part of it; a row grouping the codes below it, | Q.931 (0-127)
//     | |, leaves the codes numbers) lists the labels, the codes their data;
//     a star after a field's name (name *) marks it required, and a name
//     cell written in two languages (形式 modalities, or the name twice)
//     names the field it ends with. A Value column
//     holding types (bool, Participant) is a Type column.
//   - Of two columns headed as descriptions, the longer texts describe
//     (| Reason | Details | Description |: Details are values).
//   - A table of two columns whose headers name no role, the second a code
//     span (or a comma list of them) in every row and the first none (|
//     呼入 | `incoming` |), gives the wires in code, each described by its
//     label.
//   - Any other table whose first column holds tokens under a Description
//     column (or Notes, or a header such as Status or Code) is an enum of
//     them; a
//     numeric value column holds codes, and the column of constant names
//     (or of one word in code each, `Active`; or of short labels in any
//     script, or messages in code, `Inform agent ID` / `Agent is not
//     valid` giving two, under a field's name, | task_result |
//     task_result_desc |, | Code | `status` |; placeholders and patterns,
//     `TTS … not permitted`, skipped with a warning) is taken instead (or, failing that, a column titled Name or Label, its names
//     however written: Retry — Not Available, under a heading of an
//     identifier's options named after it: DirectionCode Options); other columns of constants are enums of their own
//     (mapping tables, unless a word of the header names fields:
//     Related parameter key; one-word names among compound ones, NoAnswer and
//     Busy, and a few cells that are notes in sentences). One column of tokens is an enum; a table of
//     upper-case constants of one type is an enum, as is one of constants
//     beside a column each of whose cells starts with a number (| BUSY |
//     17 |, their codes) whatever its headers say, and so is one of three
//     names or more in upper camel case (DoNotDial) of one type, each
//     described in a sentence; a table without header
//     names is read by the shape of its columns. In a section or after a
//     line about values, labels of a few capitalised words (Call Not
//     Answered) are values too, and so is a further column of labels
//     headed by a value noun. When the first column holds no values, a
//     later column headed by a value noun whose cells are each a value or
//     label (| Trigger by | CALL STATUS |) is the enum, named after it;
//     so is it when the first column holds a few classes, each on several
//     rows (| Success | Sent Ok |), and the classes are an enum too. A
//     first column numbering the rows (S.No, #) is dropped, and a row
//     starting "1. |" stays in its table. A field's description cell may
//     end in brackets of three tokens or more (录制文件后缀【mp3, wav,
//     mp4】; the last perhaps after a conjunction, all perhaps after a
//     word saying they are whole: (bao gồm dial, click2call và
//     autocall)), no data fields (TaskSid), join tokens by ideographic commas
//     (媒体设备类型`videoinput`、`audioinput`; two in code or three), end
//     in three tokens or more after a dash (وضعیت کانال تماس -Done,
//     reserved, offHook,Dialing), follow
//     a one-word label and a semicolon as its colon (日志级别；`info`、
//     `error`), list labels in Chinese after a Chinese trigger (只能是下列
//     几个值之一，呼入、呼出、呼入（转接）), or list constants a line each below
//     a line ending in a colon, glossed after a space, glued to a gloss in
//     another script or after it (FORCE_MAKE_FREE强制示闲, 开始通话
//     START_CALL). Beside numbers, short labels
//     under a Description a longer Explanation follows are the values, and
//     so are short texts the page's JSON gives one key (| 1 | busy now |
//     under "failedMsg": "busy now"), named after the key. A title in
//     Chinese, Japanese or Korean ending in a word for description
//     (错误描述) titles a description, and so does a Vietnamese one
//     starting with one (Mô tả sự kiện). A
//     cell gives its leading code span, or its comma- and slash-separated
//     parts without asides, but
//     for asides that tell two values apart (Bad Number (NRD), (OC)).
//   - A row with more cells than its header, the extra ones quoted, had its
//     description split by the bars of a union ("a" | "b"): they are
//     joined back (so are extra tokens after a last Value column, | status
//     | ringing | in_progress |, the field's values); so is a code span a bar split; a cell of quoted values
//     joined by "or" ("Call Not Completed" or "Failed") gives each; a dash
//     standing alone is no word of a value (Answered - No Key Pressed). A
//     table of fields under a section titled by another field's
//     description (event | SIP Call Event, then ## SIP Call Event) lists
//     that field's values. A table flattened into a
//     field's row is read as that field's table (nested.go); two tables
//     with no blank line between them are split at the inner delimiter
//     row; a cell of several code values gives each (a pattern among them, leg.transfer_*, reported); a repeated header row
//     is skipped; a row every filled cell of which is struck out
//     ({--2--}, ~~7~~) is withdrawn, with a warning; a title's icon
//     shortcodes (:material-variable: 枚举) are none of it; a row wrapped over two lines is joined, and so are rows
//     broken after their first cell (a token line, then the rest; a rest
//     of one word, or of ideographs, when only the token lines start with
//     a bar); a
//     wider table copied right below another keeps its own columns.
//   - A list written in HTML inside a cell, each item a code or bold token
//     (or a quoted one, “Busy here”: ..., its words and all)
//     and a separator, lists a field's values (in its description) or, in
//     a column whose every cell is such a list, an enum named after the
//     column (cellitems.go). In a field's description its items may be
//     plain: a token and a colon, a few words, or a code then a phrase
//     (18. sem resposta), which the code marks as a value of up to 16
//     words, commas and all, its code kept (so are the labels of other
//     coded lines and lists, constlines.go). So may a description list
//     them a line each, broken with <br> below a line introducing them
//     (Possible values:<br>missed – ...;<br>completed – ...). A table
//     whose first column names HTTP headers
//     (Content-Type, Authorization) is a request's headers: no values (in
//     pipe rows copied as text, fields whose text may list values), and
//     so is a list of them, each before its description. A
//     table headed Key whose Value column holds sentences describes an
//     object's keys: a table of fields, as is one whose first column
//     names keys of the page's JSON examples (| Wert | over | sid |); so
//     does one whose Value column
//     names types (bool, "a" | "b"; or types the page's headings define,
//     | PARTICIPANT_UUID | ParticipantSubscriptionSettings |). A
//     table without a header whose first column names a field then its
//     type (status string), or after a line announcing fields ("The
//     following attributes are used:"), is a table of fields; under a
//     heading or line about values, one whose column is all marked tokens
//     (| **trunk** | Trunk Line |) lists them. A heading's closing aside
//     "(values of msg)" names the enum below it msg.
//
// # Lists and prose
//
//   - A list right below a definition whose text ends announcing values
//     (strategy, then ": *string* - Valid options are as follows:") lists
//     that term's values, under a title of parameters too.
//   - A list is a value list when most items start with a value (a code
//     span, bold, a constant-like token) followed by a separator (a
//     full-width colon too, and one ends a line leading a list) or nothing
//     (a badge after the value, PRO or (beta), is nothing; a query
//     language's operator written as code, `>=` or `!%`, is a value; an
//     empty XML element, <busy/>, is its element's name, in a list or a
//     table; an item leading from one state to another, "A → B (when
//     ...)", is a transition, no value)
//     (or, for a compound name, by a capitalised sentence: conference-start
//     The conference has started; or, for a plain token, by a gloss in
//     brackets: registered (registered and idle), an arrow and a
//     description perhaps after it: preparing (架電準備中) → ...);
//     plain words count under a heading about values, and an item may
//     name several labels sharing one description (Lunch, Break, and Web
//     – all count as Offline); a list of one value
//     only where values are expected; below a line about values, an item
//     that is a label of capitalised words alone (No Answer) is a value.
//     "Code" of a program (Code Examples, Sample Code) names no values. A
//     heading of one code span giving a command's syntax lists its
//     argument's choices, `default-codec tch-f (fr|efr|amr)`, named after
//     the command. A
//     paragraph of titles right above a
//     list (Result Options over Results for calls), the last about values,
//     names it: a heading a copy lost. A list under See also or References,
//     a list right below a line that is only "See" (**See**, JSDoc's tag),
//     a list of plain links, one perhaps in emphasis (a table of contents
//     too, its sections nested under its parts), a list under an
//     API reference's index (Classes, Modules, Contents), items numbering points (T0, T1, T2) and a list
//     a sentence announces as fields, attributes, columns, components or
//     methods (or as what a map contains, unless states; or a label ending
//     in object, "Array of object:") hold no values, nested in an item too ("Status has the
//     following attributes:"), and so does a list under a short label
//     naming them ("Informative elements:"), and so does a list of class
//     names (TranscriptMessageDto, CallModel), and so does a list of a
//     module's members, each described as a function or method. A list
//     whose items each give a token a type and nothing more ("`uuid`:
//     string", "`hasVideo`: boolean (optional)") lists a function's
//     parameters: fields, their nested lists their values (a value's
//     aside in brackets after it, `number` (default), is its description). A constant written with its arguments (ABANDON(position))
//     is the constant, and so is a name of any case with its number,
//     unknown(0), a comma or semicolon after it perhaps; an item that is
//     a label about values among the values (- List status call:) names
//     the list nested under it; a numbered item "`1` - InUse - ..." gives InUse,
//     one "1 => 'Invalid API key'" its message (a phrase, never a field
//     name, of up to 16 words); items
//     that each give a label one key's number (Удалена id = 23) list the
//     labels, the numbers their codes. A list whose items
//     end like data fields (call_sid, FirstName, StartTimestamp) is a list
//     of fields. An item naming a field with its values inline ("Type—A,
//     B, or C"; or a comma list of compound tokens and nothing else,
//     "Terminal: sale, not_interested, do_not_call."; or nothing but
//     values with slashes between them, "direction: Incoming/Outgoing")
//     or in a value list nested under it (one a
//     paragraph of its own introduces, "Possible values:", whatever the item says;
//     bold labels, each described, when the item's text announces them:
//     "**Status**: Choose the status:" over "**Not Held**: ...") gives the field's enum; a
//     value with its own value list nested under it (1. `conference` over
//     its events) gives an enum named after both; a list a line announces
//     as values ("The available flags are:") whose marked items start as
//     the items nested under some of them do (**\*resources** over
//     **\*authorize**) is values, each nested list an enum named after its
//     item; a sentence ending in a noun of fields ("controlled via a
//     number of different parameters:") announces fields. A field item whose
//     description is only constants (ANSWERED, NO ANSWER, BUSY) lists them;
//     an item or line declaring a field and its type (• CallType string;
//     as Web IDL does, readonly DOMString direction [nullable], under a
//     title of fields or marked readonly) names the values the text below
//     it lists. Lists nested under a
//     field that lists no values are its object's fields; an item
//     describing its option property by property in a list nested below
//     it (Type:, Possible values:, Default value:) is a field, its values
//     the values property lists, inline or nested, and an item over such
//     options (a section of them) lists none; a value may be quoted
//     around its code («`FAIL`» - ...); a token with
//     an aside in brackets ("`INFO` (default)") is a token, one with a
//     qualifier before a description ("`to` (optional): ...") a field. A lower-case key in code
//     or bold with a short label in any language (**bf_calltype:** Arama
//     Tipi) over a value list is a field; a list half of whose tokens are
//     keys of the page's JSON examples lists fields. Plain tokens nested under
//     an item ending "Possible states:" are values too, and so are those
//     under a plain field in a list of plain fields (name : nom de
//     l'évènement), unless it says it holds an object. A list under a
//     line naming events ("Events emitted:") lists the events of the
//     object the heading names (AccountEvent); the values an event's text
//     lists are named after the object and the event. A field assigned a
//     token in two items or more of one list (hook_event: channel_create,
//     hook_event: doc), or four plain tokens and nothing else (type: user,
//     vmbox, callflow, account), lists them. Items that each
//     name a group and its values in brackets, and nothing else
//     (Inbound Calls (Answered, Missed)), list one enum, the section's.
//   - A line of a label naming values, a spaced dash and three tokens or
//     more, "Optional extension state – Idle, InUse, Ringing,
//     Disconnected", lists them, named after the label's value noun (a
//     flag before it, Optional, no part of the name).
//   - Prose lists values after a trigger (one of, can be — words joined by
//     "and" after a bare "can be" are properties together, no values —, valid/possible/
//     available/common values, flags include, "the following commands
//     (states, events, ...) are defined/supported:", a count of values then a
//     comma or colon ("2 types, 'a' and 'b'", "3 estados:"), a count
//     whatever it names that the list after the colon ending its clause
//     matches item for item ("six different moments for incoming, internal,
//     and outgoing calls: Created, Ringing, ..., and Hang-up."), a colon
//     before three compound tokens or more that a clause ends ("itself:
//     no_route, originate_failed, abandoned, and maps ..."), "the
//     supported requests are", "the statuses are", either, with values,
//     "Values:") or in the strong shape of a list (three items with a final
//     "or"/"and", in the languages of the corpus too: ou, y, und, veya, ...;
//     or two written as code; three in code after a plural
//     value noun: "the states `trying`, `early` and `ended`"; three
//     compound tokens or constants after a value noun of another language,
//     whatever follows them: "значения dial-in, dial-out или message-out
//     в ..."; three in lower case, two compound, anywhere in a sentence:
//     "respond with speak, play_multiple, or send_dtmf"; two after
//     "values": "values `a` and `b` are defined"), or in
//     brackets holding constants each glossed after a colon, in any prose
//     ("(ANSWERED: cuộc gọi được trả lời, NOANSWERED: ...)", in CJK
//     brackets too, 【NONE:不录制，RING:响铃录制】; or each joined to its
//     gloss in another script by a dash, 转接-TRANS、咨询-CONSULT), or in
//     brackets, three code spans or more with arrows between them, the
//     states a thing moves through (`pending` → `added` → `removed`), or
//     slashes; or in
//     brackets after a word about values ("a final status (answered,
//     no_answer, busy or failed)"; three words or capitalised words right
//     after the noun, "the call type (Manual, Inbound, Progressive)";
//     quoted examples too, "The status of
//     the call (e.g., 'completed', 'missed')"; after a key of the
//     page's JSON, "identified by a verb (e.g. "dial", "gather" etc)", with
//     the strings the examples give that key; the noun's type passed
//     over, "a status string (e.g. `holding`)", or capitalised labels of a
//     word or two, "the current state (e.g., Ringing, In Progress,
//     Failed)", with a warning that the list is cut short; or capitalised labels of a few words after a
//     trigger or a colon after a value noun, "los estados existentes:
//     Disponible, No disponible, Pausa y Desconectado."; or quoted in corner brackets in a sentence of a
//     value noun, 「正常終了」もしくは「途中終呼」, named after the noun; or after a value noun and "e.g.", compound codes
//     in lower case, "the error code eg. error_no_credit, error_rate_limit,
//     etc."). Code spans keep their
//     backticks, so quoted values (in single quotes too, when no letter
//     follows the closing one) may have spaces and a single quoted value
//     after "valid values" counts, and so do quoted values in one code
//     span ("possible values: `"voice", "sms"`", or with bars between them,
//     "Valid values: `SILENT_MONITOR | BARGE`"); an array of constants after a trigger
//     may hold two-word ones ("Allowed values: [ANSWER, NO ANSWER]"), and
//     so may a sentence of three constants at least after it ("Accepted
//     values: ANSWERED, NO ANSWER, BUSY."; a full stop glued to the text
//     after it ends it, TRANSFERRED.include), and
//     such a line below a field's row (or a glued table's row that cannot
//     be split) is named after that field; so is a list after a field
//     noun and the field's name, in code or quoted ('attribute "state"',
//     never a little word: in attribute; a value noun in code, "a
//     `state` (...)", after the type in code the sentence speaks of,
//     ConferenceState; a field glued to the sentence
//     before it, "routed to.disposition", is the field). A list cut short ("a, b, ...", "etc.", "and
//     others") gives
//     the values it names and a warning, never the rest; the empty string
//     among them (`""`) is reported and the list read on; a list may end at
//     a clause ("or c depending on ..."); a trigger's noun may end its
//     sentence before quoted values ("one of the following statuses.
//     'noanswer', 'cancel'"); a sentence wrapped after a comma lists on
//     over its next line, where lines each listing values are read one by
//     one. A field written as code with
//     its values as code in brackets after it (`dialog_info_state`
//     (`full`, `partial`); each glossed, `direction` (`INBOUND` =
//     received)) names them, in any prose. A list's subject is looked for
//     before the value written as code, not a gloss that restates it.
//   - A field's definition (a table's description cell, a term's text, a
//     field item, a text table's row: one reader, fieldTextValues) also
//     lists values glossed one by one ("`inbound` for
//     calls into ..., `outboundAPI` for ...", quoted too: "'internal' if
//     ..., or 'unknown' if ...", "and" before the last quote too, an "or"
//     inside a gloss, a colon glued to the first value; plain lower-case
//     tokens or constants too, at the start or after a colon or dash,
//     glossed by for, when or if: "outbound for outgoing calls, inbound for
//     incoming calls"; values paired with labels and nothing else,
//     "sip:SIP话机接听方式;pstn:电话接听方式", "caller — hung up by the
//     caller; callee — ..."; or the
//     quotes run on, "hangup" — normal"cancel" — cancel; after a trigger
//     such a list outweighs one value), in brackets that hold nothing
//     else (two words joined by "or" too, after a value noun: "The status
//     of the conversation (live or ended)"; constants with underscores
//     cut short by etc, (NORMAL_CLEARING, ORIGINATOR_CANCEL, etc)), as quoted alternatives
//     ("typically 'inbound' or 'outbound'"; another language's "or" too, a
//     verb or two may end the sentence, "*ringing*, *answer* yada *hangup*
//     döner.", a word in emphasis marked as the field's term is), but
//     never *true* or *false*, in a "whether" sentence ("is a `GET` or a `POST`"), in sentences
//     that each start with one ("`Inbound` represents ..."), each quoted
//     before what it means anywhere ("“in” means inbound while “out”
//     means outbound"), as a union
//     ("a" | "b"), as labels glossed one after another after a colon
//     ("The events are: Offered: when ... OnQueue: when ..."; constants
//     too, "Posibles valores: SUCCESS: ... UNAUTHORIZED: ..."), as the one
//     value it always has ("Always `outbound` for this event", "value is
//     hangup .", "holds **call** value", "hold the **call** value", “startRecord” 固定値; a default is none), as a sentence that is only a list
//     after a label of a few words (three tokens after its full stop,
//     "座席状态。Ready、NotReady、Logout", Chinese and Japanese marks read
//     as English ones; or items each glossed in brackets after its colon,
//     "事件类型：agent(座席相关事件)，csta(...)", a comma lost between two
//     in code read as there; never examples after
//     e.g.), or over several sentences. true/false explained value by
//     value is a boolean, not an enum, and so is true, false or undefined
//     (a flag left unset); a number and a comparative (1 or greater) is a
//     bound; a formula, = and code spans with an operator between them
//     (= `end_time` - `answer_time` or ...), lists none; a union of
//     types in code, one a TypeScript primitive
//     (`string` | `Blob`), lists types. Names with their types in brackets
//     (id(string)) are a signature, camel-case field names in brackets
//     (TaskSid) are fields, and a list after a noun of fields ("the
//     contactId fields: a, b") lists fields.
//   - After a line saying values follow ("Possible values are:"), items
//     that are each a short phrase (1. Outbound call initiated) are values,
//     named after the line's noun (below "the following options:", or a
//     sentence naming a noun of values and ending "as follows:", a
//     menu's, a phrase may run to ten words, a comma or a full stop in
//     it: The caller is connected to an agent.; the item's first line is
//     its phrase, text below it reported; a line a wrap cut to a
//     word or two, "options:", goes on from the line above it); so are tokens that end like fields
//     (CompanyNumber). A code span may hold the value and its description
//     after an em dash (`new—The record was created.`).
//   - Under a title about values, or below a sentence naming a value noun
//     ("Each call will have a call state ..."; in an item too, over a list
//     nested in it), after which the list is
//     named, a bullet may lead with a label of
//     capitalised words (- Not Available: ..., - On a Call: ...; its
//     abbreviation in brackets an aside, - Do Not Disturb (DND); one
//     scoped by its party, - Caller: Hang-up - ..., too; in bold, a name
//     of up to six words each capitalised, little words inside perhaps
//     not, **Agent with Least Talk Time:**), and an
//     item that is a label ending in a colon starts a list of its own
//     among its siblings. Items that give a field a value ("State =
//     *Flowing*: ...", or the field then the value quoted, action
//     "playback" - ..., or set to it, message="MAX_RETRY" (status = 3) :
//     ..., a list nested under a field item) list that
//     field's values, an enum named after the section and the field. A constant and its code after a slash
//     (PJSIP_SC_RINGING / 180) is a value; a label in code with its wire
//     in code in brackets after it, `After email create`
//     (`email_create`), gives the wire. Dartdoc's "initiated → const T" is a constant;
//     "hashCode → int" a member, no value. A page copied as text whose
//     first line is a short title over a sentence has that title. A term
//     in code or bold on a line of its own is separated from the
//     description below it.
//   - A guide that explains states in prose names each quoted beside its
//     noun ("state is 'Ringing'", "the `busy` status"): three names typed
//     by one noun, in a document with no enum of that name, are an enum
//     named after the noun (mentions.go).
//   - Three constants or more written as code in the text (PJSIP_REDIRECT_
//     ACCEPT, ..._STOP, ..._PENDING), or listed with commas between them
//     even in glued text, sharing a prefix of two words or more, none
//     listed elsewhere, are an enum named after the prefix (mentions.go).
//     A bare list nothing names is named after such a prefix too
//     (FIRST_SPEAKER_AGENT, FIRST_SPEAKER_USER).
//   - A paragraph that is only a union of three tokens or more (Off |
//     Error | Warn) under a heading naming a type (LogLevel) lists the
//     type's values.
//   - A key an example payload gives its values with bars between them
//     ("status": "completed | no-answer | busy"), in a code block too, is
//     an enum of them named after the key (mentions.go); so is a union of
//     string literals in TypeScript (type: "outbound" | "incoming", type
//     State = 'a' | 'b'; an SDK's request syntax, Status = "A"|"B", or
//     the union alone below `Types = list(`), and a line of an example object giving a key
//     literals with "or" between them (kind: 'join' or 'leave'). In a
//     table's row it is named after the row's field and the key (ToType);
//     under an object's type: 'joined', after that type and the key
//     (JoinedKind).
//   - The events an object's examples subscribe to by name (call.on("end-call",
//     ...), @transport.event_handler("on_joined")), three at least, are an
//     enum named after the object (CallEvent), unless other readers listed
//     most of them (handlers.go). Example objects that each give their
//     type on their first line ({ type: 'joined', ...), five types at
//     least, none of JSON Schema's, are an enum Type of the messages; a
//     list right below such an object of a key it has, in words
//     ("Currently defined kinds include `op`, `unop`"), is named after
//     the object's type and the key (UseractionKind).
//   - A Type Language schema's constructors (callStatePending ... =
//     CallState;), two or more of one type, are an enum named after the
//     type, each described by its //@description line (mentions.go), and
//     so are a ReSpec specification's citations of a type's values,
//     {{RTCSdpType/"offer"}}, two distinct at least.
//   - An option given its choices in braces on a line of a configuration
//     reference (;transport={udp,tcp,tls}), an argument's in a command's
//     syntax ([key(contact|status|state)]), or a parameter's as quoted
//     strings in brackets after it (environmentType ('chrome'|'opera')), is
//     an enum named after the option (mentions.go).
//   - A variable tested against strings in the text, one test to a line
//     (#reason == "Canceled"), is an enum of those strings, and so is a
//     lower-case name set to two words or more in sentences ("a Queue
//     event with result=q", "result=b (busy)"), or a field said to have
//     two values or more, one a section ("**event** has the value
//     “dice”"; mentions.go); a field's
//     options one to a line after "Available options:", or in brackets
//     after "Possible values:" (on one line or one to a line, ", b"), are
//     its enum, named after the field over its type line (status, then
//     enum<string>) or the noun of the line describing them below. A
//     number (an HTTP code over its text) names no field and no enum.
//   - A paragraph of terms alone on a line, each followed by its
//     definition (a definition list copied as text; an introduction may
//     come first when definitions start with a capital), and a Markdown
//     definition list, list values (a definition's lines of "Label:
//     sentence" after a line saying reasons follow are an enum named
//     after that noun), or fields when the definitions list
//     values (hyphenated names few of which list values are event names:
//     values); a definition whose last sentences end in a colon introduce
//     the next terms, a run of their own named by them ("The
//     end_call_reason parameter says why a call ended:"); a members label
//     (Consts) ends a type's introduction; terms that are all a doc
//     page's tags (**Kind**:, **Note**:, **See**:) describe a member;
//     definitions may be written ": text" below their terms, no blank line
//     between items (read from the lines, not as Markdown nests them), a
//     lone "-" left of a bullet is skipped, an API page's sections
//     (Response, Authorizations) are no terms; a term in capitals glued
//     to the end of the definition above (... the contactANSWERED) is put
//     on its own line (mend.go), and two definitions with no term between
//     (a term in lower case glued so) report the line it is lost in and
//     end a run, the few terms after it read only when introduced. On a
//     page without headings, constants standing alone on
//     lines under a title about values (Constants) or a label naming them
//     (Webhooks:, NODETYPE:) are values (and a word in lower case among
//     them after a described one), as they are under a member heading (##
//     Entries, ## Enum Constants) on any page, and so are two or more
//     below a line saying values follow ("the following states:", "the
//     states mentioned below"), labels of capitalised words too (Not
//     Ready); lines of
//     "TOKEN - description" (or "\"Quoted name\" - description", "**Bold
//     label** - description" too, its aside kept, its bold perhaps ending
//     inside its word, **no-answe**r, or holding its separator,
//     **Reject-** Will reject; a paragraph of that shape whose label
//     is no value reported and passed over: under a field item whose first line ends
//     in a colon, the field's values; or "0 -
//     Label: description", the code kept) are a list that lost its
//     bullets (under a title about values or a line of the paragraph
//     naming them, "start - on startup" and "Billing Error (aside) - ..."
//     too, and a label in sentence case before a lower-case description
//     or glued to its dash (Answering Machine- Answering machine ...),
//     "Completed inbound call - incoming calls ..."; a sentence right below
//     the line naming them may explain them; a group shorter than a list
//     under its own such line beside a longer one is a list too; such a line starts a run named after its noun (or, a
//     short label alone, Action:, after the label), a label glued
//     to the text before it too, "...).Statuses:"; a value whose text ends
//     introducing values starts another run; the paragraph's
//     other lines are prose; terms glued to the sentences before them,
//     "received.queued: Call ...", are put on lines of their own first,
//     mend.go; a line setting a field to its values, "endHow = AUTOMATIC,
//     BY_HOST", is that field's list; in a paragraph of two lines or more
//     each a parameter, its qualifier and its description ("direction
//     [optional] Direction of the call, 'IN', 'OUT' or 'BOTH'"), each
//     description listing values gives its field's enum, a comma before
//     quoted ones announcing them; a line of words in lower case below a value line goes on
//     with its description; where a field in camel or snake case stands
//     over three constants or more, "eventSource: Indicates by whom" over
//     "HOST: ...", each such field names the constants below it, however
//     little of the paragraph they make), and so are
//     paragraphs each starting at the margin with a value, alone or
//     before " - " and a description, its details indented below it, as a
//     plain-text reference writes them (under a title about values; a
//     value's details may list another field's values, named after the
//     value), and so are
//     paragraphs each opening with a value in bold or code before one
//     noun, "The **session-accept** action is used to ...", paragraphs of
//     details between them, list that noun's values (subjects.go; a noun
//     of fields, attribute, names none), and so are
//     paragraphs of one such line each ("CODE: sentence.", the line set
//     as code too; two will do under a field's name, **call_status**;
//     under a title about values or after a line saying they follow, "Busy: sentence."
//     and "No Answer: sentence." too, named after that line; there also
//     a label alone in a paragraph over paragraphs of sentences (a quoted
//     name with a reference page's tags beside it too, 'disconnected'
//     Error; named after a field a line above names in code; a dozen
//     words without a full stop too), an aside in brackets after it kept
//     in its description: Free (Grey), each label of the run with one if
//     its first has one) or of a
//     number
//     and a constant ("3 ON_BREAK"), or of codes then a name ("0x0002" -
//     2 - Ring No Answer, three lines at least); tokens one to a line below a line
//     about possible values or states, or below a label naming them
//     (NODETYPE:; a title ending in a plural value noun too, "Phone Number
//     Events" over two compound tokens or more), list them; a bare list
//     on a line of its own under a field's description (or under the
//     field's name alone, a table copied a cell to a line; a line ending
//     in a comma goes on with the next) is that field's
//     values; a paragraph of labelled lists ("Call status: a, b. Final
//     result: c, d") gives one enum per label; a paragraph that lists
//     nothing as a whole, or lists on two lines or more, is read line by
//     line, each list named after the field its line starts with
//     ("direction - direction of call (internal, incoming, outgoing)";
//     a description whose subject is a value noun may end in its bare
//     values). A paragraph that is a comma list of tokens and nothing else,
//     below a line saying values follow, is an enum named after that
//     line's noun. Under "Available options:" the line above that label
//     names the list, or, when it is a list itself, the text glued after
//     it; a list may run on into the next field's description (in a
//     script without capitals too) or name. A line that is a comma list, or items one to a line
//     each after a comma (registered over , ongoing), below a field's
//     description is named after the description's lead (Current status
//     of the call: ... names CurrentStatus).
//   - Text tables with glued cells (under a title about values when the
//     header was lost and the values are compound: Eventi disponibili
//     over call.startedUna nuova ...; three columns too: the values of a
//     middle column repeat, so a suffix many first cells share is a cell
//     of its own; a description title of several words, Event
//     typeWhen it fires; a first title in camel case, callStatusMeaning, and a
//     column of compound constants glued after the descriptions, an enum
//     of its own), API-model rows without pipes (or with
//     glued cells: callStatusStringStatus of ..., state*String... for a
//     mandatory field, call_idINTEGER...; a values column glued after the
//     description: The status.busy, invalid; a type glued before the
//     description: statusSTRINGStatus of ...; titles and cells separated
//     by spaces: Parameter Type Description over type Integer Event ID.;
//     a type in lower case and flags glued: consentstringfalsefalseThe ...;
//     Required and Default columns after the description, its glued Yes
//     or No cut off: Status: COMPLETED/FAILEDYes),
//     labels separated from their
//     descriptions by a space before a determiner (No Answer Transfer A
//     transfer ...; In Progress an inbound call ...), or before a
//     sentence whose second word is in lower case (Waiting for Call
//     Connecting agent ...), under a separated
//     header (a glued table's value may end in its dash, Call Ended- Call
//     connected, and its descriptions go on in bullets, read as text:
//     mend.go), and pipe rows copied as
//     text (one table per header and delimiter row, or per row of column
//     titles, Nombre | Tipo | Descripcion, a Type column making it a table
//     of fields; a line that is no
//     title between two rows of one width is junk, not the end of the
//     table; a table copied one
//     cell per line, labels of capitalised words; Textile tables; a table
//     of other things among them, | Requirement | Why it matters |, is
//     passed over, and so is one titled Example; rows of a name and its
//     text under a title of a call's input or output, Returned data, are
//     fields; a field row's description is read as a table's
//     description cell is, 0=ringing, 1=answered) are read
//     from paragraphs (glued.go, fields.go, piperows.go; a key column
//     titled by a field noun, Payload Fields, holds fields, not values);
//     pipe rows under a
//     header of three columns or more are then read as a table is. A
//     header of one-word titles separated by spaces, Name Type Value
//     Comment, reads its rows by position (eBUSY number 16 Call is
//     busy.), a code kept as data, each row a paragraph perhaps
//     (spacedrows.go); below a header of a label title and a description
//     title (Incidents Explanation), labels and descriptions both
//     capitalised and without full stops are told apart where
//     descriptions restate their labels (Missed Call Missed Call). A
//     field's name and type glued on a line of their own, a flag perhaps
//     after them (directionstring必須), over its description: the
//     description is read as a field's is.
//   - A table copied one cell at a time, each cell a paragraph or a line
//     ending in its bar, starts with its titles, the last a description
//     title (Dialog State, Description; Enum, String, Meaning; or a field
//     in lower case, mnemo, Description; a header copied twice is read
//     once), perhaps
//     after a title of row numbers (Sr. No), and rows of as many cells
//     follow; the values are in the first column not of
//     numbers, and a description may go on over sentences (over
//     capitalised phrases too, below codes in lower case), or over lines
//     ending in a colon each over a list (cellruns.go); a header of a
//     value noun and any title (State, Extension) over a label and a
//     sentence is a header too, and a footnote's mark (Ringback*) is no
//     part of a value; titles of flag columns may follow the description
//     title, each row ticking them with a mark (✓) or leaving them out,
//     and a flag column titled by a question (Callback?) may have no cell
//     in a row, its cell there belonging to the next column; a title of
//     a kind (Missed Call Type) is no Type column; such a table may also be copied one cell to a line
//     of one paragraph, after an introduction that names it ("... the
//     following call events:") when its titles do not (Label);
//     a further column of labels is an enum of its own (| NO_ANSWER |
//     Missed Call |), as in a mapping table; a title over a header reads
//     as one more column only when the narrower header gives more values,
//     or as many and rows that go on further. A value's description
//     that lists other values ("other events (RING, READY, JOIN)") gives
//     them as prose would.
//     A table of fields (its first title a field noun, Parameter, or a
//     Type column among up to five) gives the enums its fields'
//     descriptions list, in prose, one to a line below "Possible
//     values:" (a cell may hold several lines), or in a list below a
//     line of the description ("Can have one of the following values:"). A cell "<empty>" is left
//     empty; a title may end in "?" (Is Required?); a column of yes and
//     no is a flag, no enum.
//     Lines ending in their bar, the header lost, read as rows of a label
//     and a sentence, most of the paragraph; when the labels end like data
//     fields (CallID) or a sentence lists values, they are fields, and a
//     field's sentence gives its enum (names numbered in brackets too,
//     as MIB pages list them: new(1) : unheard, old(2) : heard). Inside a paragraph, such lines
//     alternating a constant and what it stands for (NO_ANSWER |, Ringing
//     |) are rows too, named by a title line right above them.
//   - Fields written three lines each, no header (call_state / enum /
//     Call status ( unknown answered not_answered)), three at least: a
//     field typed enum or whose description lists values gives its enum,
//     words in brackets its values (triples.go); below a header naming
//     values (ValueDescription) the names are values. A glued table's
//     type line below a value (BUSY / string / The line ...) is its Type
//     cell.
//   - A table copied from a PDF, under a header whose last title is
//     Description (詳細 too, the header's titles on one line), is rows of a
//     constant and its description wrapped over lines (NORMAL Normal call
//     clearing (for / example, ...), or the constant on a line of its own
//     over its description, a line broken at an underscore joined back:
//     CONTACT_ / FLOW_ / DISCONNECT), three at least, named after the
//     nearest line above naming a value noun (constlines.go); so is a
//     paragraph that runs such rows together, as HTML does with a <p>'s
//     lines, the constants told apart by their shared prefix
//     (PJSIP_INV_STATE_NULL Before INVITE ... PJSIP_INV_STATE_CALLING ...).
//   - An HTML table that an HTML block opens but does not close (blank
//     lines between its cells end the block) is read with the blocks
//     after it up to its end (htmlblock.go). A table headed Value over a
//     Type column of types of several kinds (String, int, a link to a
//     type's page) lists fields, not values.
//   - An enum's declaration, in a code block or copied as text ("enum
//     CallState { newCall, connecting }", "case busy = \"busy\"",
//     BUSY("busy")), lists its members, named as declared (declared.go);
//     so does one split over code blocks, the head alone in one (public
//     enum CallEvent : Event) and each member in one of its own below
//     (case accepted). A code block of values each glossed after a
//     full-width colon (checkin：签入), under a heading explaining a field
//     (msg_type说明), lists that field's values. A state machine drawn
//     in a code block, a Graphviz graph or a Mermaid state diagram, lists
//     its states, named after the graph (diagrams.go).
//   - Code blocks hold examples, not values, with one exception: a key
//     whose value in the examples under two headings or more is each
//     heading's own name (### Room Started over event: 'room_started'; or
//     a heading up to two above the example's, ## CallStart over ###
//     Example over "method": "CallStart") is
//     an enum of those values (examples.go), and so is it in a paragraph
//     of header lines (CC-Action: agent-offering); and a JSON schema in a code
//     block gives each property's "enum" (or Swagger 1.2 "allowableValues")
//     as an enum named after the property. A kind key (eventType, event)
//     whose example under each of three headings shows a value of its own
//     is an enum of those values, and so is one whose examples, three at
//     least with values of their own, each follow a paragraph naming the
//     value ("A CANCEL request:" over "type": "CANCEL"); headings in sections about values of
//     their own (## Input Events, ## Output Events) give an enum of each
//     section's. A value-noun key (status, state, reason) that examples
//     each written whole on a line (`{ code: 200, status: "connected" }`)
//     give three values or more is an enum of them, unless the document
//     lists the key's values elsewhere (mentions.go). A comment after a
//     key in an example that lists values, each beside its label in
//     another script (cdrState: 'queue', //位置:bridged接通;queue队列) or
//     after a trigger (// one of: up, down), is an enum named after the
//     key; so is a placeholder for a key's value that runs over lines,
//     each a value, a dash and its gloss ("call_stage": "<Стадия звонка:
//     over conversation_requested - запрос разговора;). Values SDK generators add
//     (unknown_default_open_api) are reported and skipped.
//   - An enum whose every value is an element or attribute name of the XML
//     the document shows (Dial, Reject beside <Dial>, <Reject />) lists a
//     markup language's verbs, not values: it is reported and skipped
//     (markup.go); names the text types by their noun (Event
//     "agentlinked") are values still.
//
// A page with YFM multiline tables (#| ... |#, rows between "||") is read
// with each table made a list of its rows, line for line (package
// yfmtable): a row's first cell is the item, a list in its cells nested
// in it.
//
// A page whose tables were copied one cell to a line, the bars between
// cells on lines of their own, is read with those tables rebuilt (package
// barcells): rows end where two bars meet, or are as wide as the header
// above a delimiter row, or open with a bar alone, every cell closed by
// its own ("|" over "BUSY |" over "The line is busy. |").
//
// Options.Format forces one format: Markdown reads only tables and lists;
// Glued and Fields hand every line of the page (front matter blanked) to
// that parser as one block; RST, HTML and AsciiDoc translate the page
// (AsciiDoc: section titles, |=== tables, listing blocks, lists and
// description lists; see package adocmd). A page that reads as AsciiDoc
// is not read as RST, whose field lists its attribute lines (:author: x)
// look like.
//
// Among a table's or a list's values nearly all written as upper-case
// constants, the few capitalised words (Description, Examples: the labels
// of a reference's rows) are reported and skipped.
//
// Nothing is dropped silently: every row that looks like a value but cannot
// be placed is reported as a warning with its line, and so is a paragraph's
// line that lists values in words ("Possible values: a, b") when no reader
// took any of them (unclaimed.go), and so is a table that no rule read,
// a token among its cells (| Region | Endpoint |). Every value records its
// line (Value.Line), every enum and model the line of its heading.
package extract

import (
	"sort"
	"strings"

	"github.com/docenum/docenum/generator/diag"
	"github.com/docenum/docenum/generator/spec"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Format names a document format; Auto detects it per block.
type Format string

// Formats.
const (
	Auto     Format = "auto"
	Markdown Format = "markdown" // pipe tables and bullet lists
	Glued    Format = "glued"    // text tables with glued cells
	Fields   Format = "fields"   // API model rows without pipes, inline enum lists
	RST      Format = "rst"      // reStructuredText, read through Markdown
	HTML     Format = "html"     // an HTML page, read through Markdown
	AsciiDoc Format = "asciidoc" // AsciiDoc, read through Markdown
	OpenAPI  Format = "openapi"  // an OpenAPI 3.x or Swagger 2.0 document
)

// Options tune an extraction.
type Options struct {
	// Format forces one format for every block; "" or Auto detects.
	Format Format
	// Select keeps, of an OpenAPI document, the enums and models whose
	// schema name matches one of the patterns (path.Match) or whose JSON
	// pointer starts with one ("#/components/schemas/call"); all when empty.
	Select []string

	// goldmarkTables reads every pipe table with goldmark's table
	// extension, for tests comparing it with pipeTable.
	goldmarkTables bool
}

// Line is one line of a document with its 1-based number.
type Line struct {
	N    int
	Text string
}

// Result is what an extraction found.
type Result struct {
	Enums  []*spec.Enum
	Models []*spec.Model
	Diags  diag.List
	// Summary says, for a machine-readable document, how many enums were
	// found where.
	Summary string
}

// Extract reads the document data (named path in diagnostics) and returns
// the enums and models it lists, with warnings about what it could not
// place. It never fails on bad input: an unknown Options.Format is the only
// error. The result's strings may share data's memory (a big table's cells
// are not copied one by one), so data must not be changed afterwards.
func Extract(path string, data []byte, opts Options) Result {
	col := newCollector(path)
	format := opts.Format
	if format == "" {
		format = Auto
	}
	if !format.Valid() {
		col.diags.Errorf(diag.Pos{File: path}, "unknown format %q (want %s)", opts.Format, FormatNames())
		return col.result()
	}
	if isOpenAPI(data, format) {
		r := readOpenAPI(path, data, opts)
		if format == OpenAPI || !r.Diags.HasErrors() {
			return r
		}
		// Sniffed, not forced: an OpenAPI file whose lines a copy ran
		// together is still a page of text.
		col.diags.Warnf(diag.Pos{File: path}, "looks like OpenAPI but is no readable OpenAPI document (%s); read as text", r.Diags.Errors()[0].Msg)
	}
	src, lines, used, err := translate(data, format)
	if err != nil {
		col.diags.Errorf(diag.Pos{File: path}, "read as %s: %v", used, err)
		return col.result()
	}
	translated := lines != nil
	if used == RST || used == HTML || used == AsciiDoc {
		format = Auto // the translation is Markdown, read as any other
	} else if format == Auto || format == Markdown {
		src, lines = dropPermalinks(src, lines)
		src, lines = splitGluedFences(src, lines)
		src = unfenceLists(dropDanglingFence(src))
		src, lines = dokuWiki(src, lines)
		src, lines = textile(src, lines)
		src, lines = flattenIndentedProse(src, lines)
		src, lines = splitFlatMarkdown(src, lines)
		src, lines = splitFlatTables(src, lines)
		src, lines = joinBrokenRows(src, lines)
		src, lines = literalBreaks(src, lines)
		src, lines = splitGluedStarts(src, lines)
		src, lines = splitClosingBraces(src, lines)
		src, lines = fenceBareJSON(src, lines)
		src, lines = trailingBullets(src, lines)
		src, lines = joinBrokenConstants(src, lines)
		src, lines = joinValueParagraphs(src, lines)
		src, lines = splitGluedDefinitions(src, lines)
		src, lines = splitColonTerms(src, lines)
		src, lines = escapeGluedBullets(src, lines)
		src, lines = endLazyItems(src, lines)
		src, lines = dedentNestedItems(src, lines)
	}
	doc := newDocument(path, src, lines)
	doc.translated = translated
	for _, n := range doc.flattened {
		col.diags.Warnf(col.pos(doc.mapLine(n)), "line opens more than %d nested blocks; the deeper markers are dropped", maxMarkers)
	}
	w := &walker{doc: doc, format: format, col: col, cur: -1, pipeTables: !opts.goldmarkTables}
	if doc.title != "" {
		w.enter(doc.title, doc.titleLine, 0) // the page's title encloses every heading
	}
	root := parse(doc.src, w.pipeTables)
	w.blocks(root)
	w.flushHeadingValues()
	w.flushSplit()
	w.flushExampleValues()
	w.flushKindExamples()
	// Names typed in the text (Event "agentlinked") are values even when
	// the examples write them as elements: markup is dropped first.
	col.dropMarkup(src)
	w.mentionEnums(root)
	w.prefixEnums(root)
	w.braceEnums()
	w.constructorEnums()
	w.respecEnums()
	w.unionExamples()
	w.payloadExamples()
	w.commentEnums()
	w.placeholderEnums()
	w.handlerEnums()
	w.objectTypeEnum()
	w.flushIntroExamples()
	if format == Auto {
		w.unclaimedLists(root)
	}
	if format == Glued || format == Fields {
		w.forced()
	}
	return col.result()
}

// Formats lists the formats Options.Format takes.
var Formats = []Format{Auto, Markdown, Glued, Fields, RST, HTML, AsciiDoc, OpenAPI}

// Valid reports whether f is one of Formats.
func (f Format) Valid() bool {
	for _, g := range Formats {
		if f == g {
			return true
		}
	}
	return false
}

// FormatNames lists Formats for messages: "auto, markdown, ... or html".
func FormatNames() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// parse parses Markdown with GitHub's pipe tables and definition lists
// ("term", then ": definition"), plain tables as
// pipeTable nodes when pipeTables is set. A parser is made per document:
// goldmark does not promise that one may be shared.
func parse(src []byte, pipeTables bool) ast.Node {
	opts := []goldmark.Option{goldmark.WithExtensions(extension.Table, extension.DefinitionList)}
	if pipeTables {
		opts = append(opts, goldmark.WithParserOptions(parser.WithParagraphTransformers(
			util.Prioritized(pipeTableTransformer{}, pipeTablePriority))))
	}
	return goldmark.New(opts...).Parser().Parse(text.NewReader(src))
}

// forced hands the whole page to the forced text parser. The walk before it
// has found the sections, which name what the parser could not.
func (w *walker) forced() {
	lines := w.doc.textLines()
	if w.format == Glued {
		enums, diags, ok := parseGlued(w.doc.file, lines)
		w.col.diags.Append(diags)
		w.foundForced(ok)
		for _, e := range enums {
			w.addEnum(e, w.sectionAt(firstLine(e)), true)
		}
		return
	}
	models, enums, diags, ok := parseFields(w.doc.file, lines)
	w.col.diags.Append(diags)
	w.foundForced(ok)
	for _, m := range models {
		w.addModels([]*spec.Model{m}, w.sectionAt(m.Line))
	}
	for _, e := range enums {
		w.addEnum(e, w.sectionAt(firstLine(e)), false)
	}
}

func (w *walker) foundForced(ok bool) {
	if !ok {
		w.col.diags.Warnf(w.col.pos(1), "format %s was forced, but the document holds no such table", w.format)
	}
}

// sectionAt returns the section holding line, or -1. Sections are in
// document order.
func (w *walker) sectionAt(line int) int {
	return sort.Search(len(w.sections), func(i int) bool { return w.sections[i].line > line }) - 1
}
