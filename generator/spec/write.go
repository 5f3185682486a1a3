package spec

import (
	"bytes"
	"fmt"

	"gopkg.in/yaml.v3"
)

// Marshal encodes f as YAML: keys in the order of the Go types, values in
// document order, two-space indent, no timestamps. The same File always
// gives the same bytes.
func Marshal(f *File) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("encode spec %s: %w", f.Path, err)
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// MarshalYAML writes a datum as a plain scalar, or null for an explicit none.
func (d Datum) MarshalYAML() (any, error) {
	if d.Text == "" {
		return nil, nil
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Value: d.Text}
	return n, nil
}
