package htmlmd

import "bytes"

// dropTags are elements never rendered.
var dropTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"math": true, "nav": true, "title": true, "meta": true, "link": true, "base": true,
	"button": true, "select": true, "option": true, "textarea": true, "input": true,
	"iframe": true, "object": true, "embed": true, "canvas": true, "video": true,
	"audio": true, "dialog": true, "map": true, "noembed": true, "noframes": true,
	"img": true, "picture": true,
}

// dropped reports whether n is never rendered, whatever it holds.
func dropped(n *node) bool {
	return dropTags[n.tag] || n.attr.hidden || n.attr.role == "navigation" ||
		hasClassWord(n.attr.class, anchorClasses)
}

// chrome reports whether n is page chrome (a header, footer, menu or side
// bar) to drop: it is, unless it holds the page's main content.
func chrome(n *node) bool {
	if n.has&hasMain != 0 {
		return false
	}
	switch n.tag {
	case "header", "footer":
		return true
	case "body", "main", "article":
		return false
	}
	return n.attr.chrome
}

// anchorClasses mark permalink anchors ("¶", "#") next to headings, text
// for screen readers only, skip links and hidden elements.
var anchorClasses = map[string]bool{
	"headerlink": true, "hash-link": true, "anchorjs-link": true, "visually-hidden": true,
	"sr-only": true, "screen-reader-text": true, "skip-link": true, "skip-to-content": true,
	"back-to-top": true, "hide": true, "hidden": true, "d-none": true,
}

func hasClassWord(class string, words map[string]bool) bool {
	w := scanWords(class, false)
	for word, ok := w.next(); ok; word, ok = w.next() {
		if words[string(word)] {
			return true
		}
	}
	return false
}

// wordScanner yields the lower-cased white-space separated words of s (and,
// with parts, the dash- or underscore-separated parts of each word) without
// allocating. Words longer than its buffer are skipped.
type wordScanner struct {
	s     string
	i     int
	parts bool
	buf   [64]byte
}

func scanWords(s string, parts bool) wordScanner { return wordScanner{s: s, parts: parts} }

func (w *wordScanner) next() ([]byte, bool) {
	n, long := 0, false
	for ; w.i <= len(w.s); w.i++ {
		c := byte(' ')
		if w.i < len(w.s) {
			c = w.s[w.i]
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || (w.parts && (c == '-' || c == '_')) {
			if n > 0 && !long {
				w.i++
				return w.buf[:n], true
			}
			n, long = 0, false
			continue
		}
		if n == len(w.buf) {
			long = true
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w.buf[n] = c
		n++
	}
	return nil, false
}

var chromeRoles = map[string]bool{
	"navigation": true, "search": true, "banner": true, "contentinfo": true,
	"menu": true, "menubar": true,
}

func chromeRole(role string) bool { return chromeRoles[role] }

var chromeParts = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "sidebar": true, "toc": true,
	"toctree": true, "breadcrumb": true, "breadcrumbs": true, "menu": true, "menubar": true,
	"crumbs": true, "footer": true, "modal": true, "popup": true, "tooltip": true,
	// A page's controls: a toolbar, a custom select of what to show.
	"toolbar": true, "dropdown": true, "select": true, "widget": true, "widgets": true,
}

// chromeClass reports whether a class (or id) attribute marks site chrome:
// a class one of whose dash- or underscore-separated parts names a menu,
// side bar, navigation bar, table of contents or breadcrumb trail
// (col-sidebar, navbar-inverse, sidetoc, tsd-breadcrumb, page-menu, topNav),
// or a footer, modal dialog, popup or tooltip ("Content copied to
// clipboard").
func chromeClass(class string) bool {
	w := scanWords(class, true)
	for part, ok := w.next(); ok; part, ok = w.next() {
		if chromePart(part) {
			return true
		}
	}
	return false
}

func chromePart(p []byte) bool {
	if chromeParts[string(p)] || bytes.Contains(p, []byte("breadcrumb")) {
		return true
	}
	for _, s := range chromeSuffixes {
		if bytes.HasSuffix(p, s) {
			return true
		}
	}
	return bytes.HasPrefix(p, []byte("toc")) || bytes.HasPrefix(p, []byte("nav"))
}

var chromeSuffixes = [][]byte{[]byte("nav"), []byte("sidebar"), []byte("toc"), []byte("menu")}
