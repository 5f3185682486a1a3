// Package htmlmd translates HTML documents (saved Javadoc, Doxygen, DocFX,
// Sphinx or TypeDoc pages, or fragments) into CommonMark with GitHub pipe
// tables, keeping a line map, so that the Markdown extractor can read them
// and report positions in the HTML source.
//
// # Reading
//
// The document is tokenized with golang.org/x/net/html; newlines in each
// token's raw bytes give its source line. A light tree is built with the
// parser's implicit end tags for p, li, dt, dd, tr, td, th and table
// sections; nesting deeper than 500 elements is flattened into its parent.
// Sniff also takes an XML document of tags (after its declaration) whose
// documentation is XHTML, as D-Bus interface files are: elements that are
// no HTML keep their content. A page with two Markdown headings or more is
// Markdown holding HTML blocks, however many lines its tables take.
//
// # Mapping
//
//   - Dropped: script, style, noscript, template, svg, forms controls,
//     nav and role=navigation, header and footer (unless they hold the
//     page's h1), elements with hidden, aria-hidden="true" or display:none,
//     permalink anchors (headerlink), and site chrome marked by class or id
//     (sidebar, navbar, toc, breadcrumb, menu, footer, modal; a page's
//     controls too: toolbar, dropdown, select, widget) unless it holds the
//     page's h1. The head renders nothing; its <title> becomes
//     "# title" when the page has no h1.
//   - h1..h6 become ATX headings on one line.
//   - Text collapses white space as HTML does; a span with a class right
//     after an element, their texts meeting word to word, is set apart by
//     a space, as the page's style sets it apart ('error' event); p, div and other blocks
//     become paragraphs separated by blank lines, and <br> starts a new line
//     of the same paragraph. Characters Markdown would read as markup are
//     backslash-escaped.
//   - code, tt, kbd and samp become code spans; strong and b **strong**; em
//     and i *emphasis*; links keep their text only. A member's declaration
//     that reference pages set in a code font (TypeDoc's tsd-signature,
//     Javadoc's member-signature) is one code span, on a line of its own
//     when it is a block.
//   - pre becomes a fenced code block, verbatim.
//   - ul and ol become "- " and "1. " lists, nested lists indented by the
//     marker's width. A list whose items hold headings or tables, or with
//     Javadoc's blockList classes, is page layout and is unwrapped into
//     plain blocks; so are lists and quotes nested more than 16 deep.
//   - dl becomes a list of "- **term**: definition" items.
//   - A table that lays out the page is unwrapped, its cells' content
//     rendered in order: one of a single cell (a box around a
//     declaration), or one with no header cell, rows of two cells at most
//     and a table or heading inside a cell (old Doxygen's margin cell
//     beside a member's documentation).
//   - table becomes a pipe table: the header is the first thead row, else
//     the first row; colspan and rowspan pad empty cells; every row has the
//     table's width; a cell is one line with nested blocks flattened, its
//     line breaks written <br> between its text, its lists kept as HTML (<ul> <li>a</li> <li>b</li> </ul>), the one list a
//     pipe table's cell can hold, and so is a table in it, a row an item
//     (<li>executed: The job runs</li>), its header row left out. A
//     first row that is a single spanning cell is a caption: it is written
//     as a paragraph before a table with an empty header. A first row of
//     td cells that is data gets an empty header too: one with a sentence,
//     or one marked (bold, code, emphasis) in the same cells as the row below and
//     not in all of them, which a header of td cells would be.
//   - An XML element holding member elements (D-Bus <tp:enumvalue
//     suffix="Busy" value="8">, XML Schema <xs:enumeration value="busy"/>)
//     becomes a heading, the nearest name attribute at or above it, its
//     other content, and a pipe table of its members: a column per
//     attribute, a code span each, then their text. A document starting
//     with an element of a namespace prefix (<tp:enum ...>) is XML, read
//     here.
//
// Every output line maps to the source line where its text (or element)
// started. Output is deterministic and ends with one newline.
package htmlmd
