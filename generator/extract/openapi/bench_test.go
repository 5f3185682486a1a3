package openapi

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// BenchmarkRead reads a generated multi-megabyte OpenAPI 3.0 document in
// JSON and in YAML: schemas with inline, $ref'd and allOf-merged enums,
// nested objects and arrays, and operations with parameters and bodies.
func BenchmarkRead(b *testing.B) {
	for _, format := range []string{"json", "yaml"} {
		data := bigSpec(3000, format)
		b.Run(fmt.Sprintf("%s_%dKB", format, len(data)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read("big."+format, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadFile reads the document OPENAPI_BENCH_FILE names (a real
// vendor spec kept out of the repository, e.g. Twilio's
// twilio_api_v2010.json); skipped without it.
func BenchmarkReadFile(b *testing.B) {
	path := os.Getenv("OPENAPI_BENCH_FILE")
	if path == "" {
		b.Skip("set OPENAPI_BENCH_FILE to a spec")
	}
	data, err := os.ReadFile(path)
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(path, data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBigSpec reads the benchmark's document once: everything is found,
// and in reasonable time.
func TestBigSpec(t *testing.T) {
	data := bigSpec(300, "yaml")
	start := time.Now()
	r, err := Read("big.yaml", data, Options{})
	require.NoError(t, err)
	require.Less(t, time.Since(start), 10*time.Second)
	require.Empty(t, r.Diags)
	require.Len(t, r.Models, 2*300)
	require.Len(t, r.Enums, 300*4)
	require.Equal(t, "1200 enums in 3 places: 600 components.schemas, 300 parameters, 300 requestBodies; 600 models", r.Summary)
}

// bigSpec writes a document of n schema groups: for each, an enum schema,
// an object with an inline enum, a $ref'd enum, an array of enums, a
// nested object and an allOf, and an operation with an enum parameter and
// a form body with an enum.
func bigSpec(n int, format string) []byte {
	if format == "json" {
		return []byte(bigJSON(n))
	}
	return []byte(bigYAML(n))
}

func bigYAML(n int) string {
	var b strings.Builder
	b.WriteString("openapi: 3.0.3\ninfo: {title: Big, version: '1'}\npaths:\n")
	for i := range n {
		fmt.Fprintf(&b, `  /things%[1]d/{id}:
    get:
      operationId: getThing%[1]d
      parameters:
        - name: view
          in: query
          description: How much to show.
          schema: {type: string, enum: [basic, full, debug]}
        - name: state
          in: query
          schema: {$ref: '#/components/schemas/State%[1]d'}
    post:
      operationId: createThing%[1]d
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                Method: {type: string, enum: [GET, POST]}
                Name: {type: string}
`, i)
	}
	b.WriteString("components:\n  schemas:\n")
	for i := range n {
		fmt.Fprintf(&b, `    State%[1]d:
      type: string
      description: |-
        The state of thing %[1]d.
        * `+"`new`"+` - Just made.
        * `+"`done`"+` - Finished.
      enum: [new, running, done, failed]
      x-enum-varnames: [New, Running, Done, Failed]
    Thing%[1]d:
      type: object
      description: Thing number %[1]d, with a long description to make the document bigger than it would otherwise be.
      required: [id, state]
      properties:
        id: {type: string, format: uuid, description: The identifier.}
        state: {$ref: '#/components/schemas/State%[1]d'}
        kind: {type: string, nullable: true, enum: [small, medium, large, null], description: The size of the thing.}
        tags: {type: array, items: {type: string}}
        created: {type: string, format: date-time}
        count: {type: integer, format: int64}
        ratio: {type: number, format: double}
        owner:
          type: object
          properties:
            name: {type: string}
            email: {type: string, format: email}
        extra:
          allOf:
            - $ref: '#/components/schemas/State%[1]d'
          description: Another state.
`, i)
	}
	return b.String()
}

func bigJSON(n int) string {
	var b strings.Builder
	b.WriteString("{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"Big\", \"version\": \"1\"},\n  \"paths\": {\n")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `    "/things%[1]d/{id}": {
      "get": {
        "operationId": "getThing%[1]d",
        "parameters": [
          {"name": "view", "in": "query", "description": "How much to show.", "schema": {"type": "string", "enum": ["basic", "full", "debug"]}},
          {"name": "state", "in": "query", "schema": {"$ref": "#/components/schemas/State%[1]d"}}
        ]
      },
      "post": {
        "operationId": "createThing%[1]d",
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
          "type": "object",
          "properties": {"Method": {"type": "string", "enum": ["GET", "POST"]}, "Name": {"type": "string"}}
        }}}}
      }
    }`, i)
	}
	b.WriteString("\n  },\n  \"components\": {\"schemas\": {\n")
	for i := range n {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `    "State%[1]d": {
      "type": "string",
      "description": "The state of thing %[1]d.\n* `+"`new`"+` - Just made.\n* `+"`done`"+` - Finished.",
      "enum": ["new", "running", "done", "failed"],
      "x-enum-varnames": ["New", "Running", "Done", "Failed"]
    },
    "Thing%[1]d": {
      "type": "object",
      "description": "Thing number %[1]d, with a long description to make the document bigger than it would otherwise be.",
      "required": ["id", "state"],
      "properties": {
        "id": {"type": "string", "format": "uuid", "description": "The identifier."},
        "state": {"$ref": "#/components/schemas/State%[1]d"},
        "kind": {"type": "string", "nullable": true, "enum": ["small", "medium", "large", null], "description": "The size of the thing."},
        "tags": {"type": "array", "items": {"type": "string"}},
        "created": {"type": "string", "format": "date-time"},
        "count": {"type": "integer", "format": "int64"},
        "ratio": {"type": "number", "format": "double"},
        "owner": {"type": "object", "properties": {"name": {"type": "string"}, "email": {"type": "string", "format": "email"}}},
        "extra": {"allOf": [{"$ref": "#/components/schemas/State%[1]d"}], "description": "Another state."}
      }
    }`, i)
	}
	b.WriteString("\n  }}\n}\n")
	return b.String()
}
