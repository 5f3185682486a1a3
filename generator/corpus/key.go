// Package corpus scores the extractor on real vendor documents.
//
// Each case of testdata/corpus is a document as found and an answer key
// written by reading it (see testdata/corpus/README.md). Score extracts
// the document and compares the enums found with the key:
//
//   - Each extracted enum is matched with the key enum it shares the most
//     values with; an enum sharing none is matched by name (the key's name
//     or one of its other names, compared without case and punctuation),
//     and otherwise matches nothing.
//   - Recall is the share of key values found in an enum matched with
//     their key enum; precision is the share of extracted values that
//     belong to the key enum their enum matched. A value of an enum that
//     matches nothing is an invention.
//   - Wire values compare exactly: case, spaces and punctuation count.
//
// Totals add values over documents, so a document with many values weighs
// more than one with few.
package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/docenum/docenum/generator/safefile"
	"gopkg.in/yaml.v3"
)

// Key is the answer key of one document.
type Key struct {
	Vendor  string   `yaml:"vendor"`
	Source  Source   `yaml:"source"`
	Trimmed string   `yaml:"trimmed"`
	Layouts []string `yaml:"layouts"`
	// Heldout marks a document added after the extractor's rules were
	// written, to measure them on layouts they were not tuned on.
	Heldout bool `yaml:"heldout,omitempty"`
	// Batch numbers the held-out collections (none is the first): each
	// batch is measured before any rule is changed for it, so its first
	// report is an honest estimate even after earlier batches were tuned on.
	Batch     int       `yaml:"batch,omitempty"`
	Enums     []KeyEnum `yaml:"enums"`
	NotValues []string  `yaml:"not_values"`
}

// Source is where a document came from.
type Source struct {
	Repo   string `yaml:"repo,omitempty"`
	Commit string `yaml:"commit,omitempty"`
	Path   string `yaml:"path,omitempty"`
	URL    string `yaml:"url,omitempty"`
}

// KeyEnum is one enum the document lists.
type KeyEnum struct {
	Name    string            `yaml:"name"`
	Also    []string          `yaml:"also"`
	Values  []string          `yaml:"values"`
	Codes   map[string]string `yaml:"codes"`
	Partial bool              `yaml:"partial"`
}

// Case is one corpus document and its key.
type Case struct {
	Name string // the case directory's name
	Doc  string // path of the document
	Key  Key
}

// Layouts are the layout classes a key may name, in report order.
var Layouts = []string{"sdk-model", "prose", "table", "type-column", "list", "rst", "html", "many-tables", "glued"}

// Load reads every case under dir, in name order.
func Load(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var cases []Case
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		c, err := loadCase(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, nil
}

func loadCase(dir string) (Case, error) {
	c := Case{Name: filepath.Base(dir)}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return c, err
	}
	var docs []string
	for _, e := range entries {
		if !e.IsDir() && e.Name() != "key.yaml" {
			docs = append(docs, e.Name())
		}
	}
	if len(docs) != 1 {
		return c, fmt.Errorf("%s: want one document beside key.yaml, found %d", dir, len(docs))
	}
	c.Doc = filepath.Join(dir, docs[0])
	keyPath := filepath.Join(dir, "key.yaml")
	data, err := safefile.Read(keyPath, safefile.DefaultLimit)
	if err != nil {
		return c, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c.Key); err != nil {
		return c, fmt.Errorf("%s: %w", keyPath, err)
	}
	return c, c.Key.check(keyPath)
}

// check rejects a key that could not be scored honestly.
func (k Key) check(path string) error {
	if len(k.Layouts) == 0 {
		return fmt.Errorf("%s: no layouts", path)
	}
	for _, l := range k.Layouts {
		if !knownLayout(l) {
			return fmt.Errorf("%s: unknown layout %q (known: %v)", path, l, Layouts)
		}
	}
	if k.Source.URL == "" && (k.Source.Repo == "" || k.Source.Path == "") {
		return fmt.Errorf("%s: source needs repo and path, or url", path)
	}
	for _, e := range k.Enums {
		if e.Name == "" {
			return fmt.Errorf("%s: an enum has no name", path)
		}
	}
	return nil
}

func knownLayout(l string) bool {
	i := sort.SearchStrings(sortedLayouts, l)
	return i < len(sortedLayouts) && sortedLayouts[i] == l
}

var sortedLayouts = func() []string {
	s := append([]string(nil), Layouts...)
	sort.Strings(s)
	return s
}()
