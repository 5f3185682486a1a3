// Package rstmd translates reStructuredText into CommonMark/GFM Markdown,
// with a map from each output line to its source line, so that the
// Markdown extractor can read Sphinx and docutils documents.
//
// Rules:
//   - Section titles (underline or overline and underline) become ATX
//     headings; a style's level is its order of first appearance.
//   - Inline: double-backquoted literals and `interpreted` / :role:`text` become code spans
//     (:func:`~a.b` shows b), **strong** and *emphasis* stay,
//     `text <url>`_ and name_ references become their text, |sub| stays text.
//     Roles Sphinx shows as running text stay text: :ref:`Title <label>`
//     shows Title, :term:, :doc:, :numref:, :abbr: (without its
//     expansion), :guilabel: and :menuselection: (with "‣" for "-->");
//     a :ref: or :doc: without a title, which Sphinx shows by the title of
//     what it names, becomes a link to its target ([calls](<calls>));
//     :rfc:`3261` shows RFC 3261, :command: is strong, :mimetype: emphasis.
//   - Bullet and enumerated lists become "- " lists nested by two spaces.
//     Definition list items become "- **term** (classifier): definition",
//     field list items "- **name**: body" (a role before a colon,
//     :guilabel:`Name`: text, starts no field), a Sphinx info field
//     (":param str dir:") "- **dir** (param str): body"; their leading
//     paragraphs are joined into the item's first paragraph.
//   - Simple, grid, list-table and csv-table tables become GFM pipe tables
//     with one-line cells (bullets and line-block bars dropped); without a
//     header row the first row is the header. Tables are always written at
//     the left margin, outside any list, a table that was in a field's or
//     term's body under that name ("`dir`:"), and so is a table under its
//     caption (".. table:: Packet types": "**Packet types**:"). A table nested in a list-table
//     cell follows the table, after a label "**first cell of its row**:",
//     and leaves its cell empty.
//   - Literal blocks ("::") and code directives become fenced code blocks,
//     and so do drawings (graphviz, graph, digraph, mermaid): a state
//     machine drawn so names its states. graph and digraph are wrapped in
//     their statement, named by their argument.
//     Admonitions and other directives keep their content; object
//     descriptions (".. py:attribute:: NAME", ".. java:field:: ...", and
//     ".. class:: Name" with content) become a paragraph "`NAME`" before
//     their content, and a table in that content (under a term that is no
//     field's name, "Values:") is labelled with NAME; images, figures, toctrees,
//     raw blocks, targets, substitution definitions and comments are
//     dropped.
//   - Paragraph lines are escaped where Markdown would start a block, plain
//     "*", "_", "`", "[", "<" and "|" are escaped.
//
// Input of any size and shape is accepted: nesting deeper than 100 levels
// is flattened into a paragraph, and the work is linear in the input.
package rstmd
