package model_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/docenum/docenum/generator/spec"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaNode is the part of a JSON Schema this test reads.
type schemaNode struct {
	Type                 any                    `json:"type"`
	Enum                 []any                  `json:"enum"`
	Ref                  string                 `json:"$ref"`
	Items                *schemaNode            `json:"items"`
	Properties           map[string]*schemaNode `json:"properties"`
	Required             []string               `json:"required"`
	AdditionalProperties any                    `json:"additionalProperties"`
	Defs                 map[string]*schemaNode `json:"$defs"`
}

// schemaTypes pairs each object of specs/spec.schema.json with its Go type.
var schemaTypes = map[string]reflect.Type{
	"":          reflect.TypeOf(spec.File{}),
	"enum":      reflect.TypeOf(spec.Enum{}),
	"column":    reflect.TypeOf(spec.Column{}),
	"value":     reflect.TypeOf(spec.Value{}),
	"canonical": reflect.TypeOf(spec.Canonical{}),
	"model":     reflect.TypeOf(spec.Model{}),
	"status":    reflect.TypeOf(spec.ModelStatus{}),
	"field":     reflect.TypeOf(spec.Field{}),
	"resolver":  reflect.TypeOf(spec.Resolver{}),
	"codes":     reflect.TypeOf(spec.Codes{}),
	"code":      reflect.TypeOf(spec.Code{}),
}

// TestSchemaMatchesSpecTypes keeps specs/spec.schema.json in step with
// generator/spec/types.go: the same keys, the same required keys (those
// without omitempty), matching scalar types and references.
func TestSchemaMatchesSpecTypes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "specs", "spec.schema.json"))
	require.NoError(t, err)
	var root schemaNode
	require.NoError(t, json.Unmarshal(data, &root))

	var defs []string
	for name := range root.Defs {
		if name != "datum" { // a scalar: spec.Datum decodes itself
			defs = append(defs, name)
		}
	}
	assert.ElementsMatch(t, append(defs, ""), keys(schemaTypes), "every $defs object has a Go type and back (datum aside)")

	for name, typ := range schemaTypes {
		node := &root
		if name != "" {
			node = root.Defs[name]
		}
		t.Run(typ.Name(), func(t *testing.T) { checkObject(t, node, typ) })
	}
}

func checkObject(t *testing.T, node *schemaNode, typ reflect.Type) {
	require.NotNil(t, node)
	assert.Equal(t, "object", node.Type)
	assert.Equal(t, false, node.AdditionalProperties, "unknown keys are errors, as in spec.Load")
	var tags, required []string
	for _, f := range keyFields(typ) {
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		tags = append(tags, name)
		if opts != "omitempty" {
			required = append(required, name)
		}
		prop, ok := node.Properties[name]
		if assert.True(t, ok, "%s.%s: key %q missing from the schema", typ.Name(), f.Name, name) {
			checkProperty(t, prop, f)
		}
	}
	assert.ElementsMatch(t, tags, keys(node.Properties), "%s: schema keys", typ.Name())
	assert.ElementsMatch(t, required, node.Required, "%s: required keys are those without omitempty", typ.Name())
}

// keyFields is typ's fields, those of an inline field in its place (the
// keys spec.Load reads).
func keyFields(typ reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if _, opts, _ := strings.Cut(f.Tag.Get("yaml"), ","); opts == "inline" {
			inner := f.Type
			if inner.Kind() == reflect.Pointer {
				inner = inner.Elem()
			}
			out = append(out, keyFields(inner)...)
			continue
		}
		out = append(out, f)
	}
	return out
}

// checkProperty compares one property with its Go field's type.
func checkProperty(t *testing.T, prop *schemaNode, f reflect.StructField) {
	ft := f.Type
	if ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	switch ft.Kind() {
	case reflect.String:
		if prop.Enum == nil {
			assert.Equal(t, "string", prop.Type, f.Name)
		}
	case reflect.Int:
		assert.Equal(t, "integer", prop.Type, f.Name)
	case reflect.Bool:
		assert.Equal(t, "boolean", prop.Type, f.Name)
	case reflect.Slice:
		require.NotNil(t, prop.Items, f.Name)
		if ft.Elem().Kind() == reflect.String {
			assert.Equal(t, "string", prop.Items.Type, f.Name)
			return
		}
		assert.Equal(t, "#/$defs/"+defName(ft.Elem().Elem()), prop.Items.Ref, f.Name)
	case reflect.Map:
		assert.Equal(t, "object", prop.Type, f.Name)
	case reflect.Struct:
		assert.Equal(t, "#/$defs/"+defName(ft), prop.Ref, f.Name)
	default:
		t.Errorf("%s: unexpected kind %s", f.Name, ft.Kind())
	}
}

func defName(t reflect.Type) string {
	for name, typ := range schemaTypes {
		if typ == t {
			return name
		}
	}
	return "?" + t.Name()
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
