// Package openapi reads enums and payload models from OpenAPI 3.0 and 3.1
// and Swagger 2.0 documents, JSON or YAML, into spec types.
//
// The document is decoded into a yaml.Node tree (JSON is YAML) and walked
// by hand, so every enum, value, model and field gets its exact line, and
// its JSON pointer (Result.Pointers). CHOICE.md says why no OpenAPI library
// is used. JSON string escapes YAML lacks (\/, UTF-16 surrogate pairs) are
// rewritten first, in place, keeping lines.
//
// Where enums are read, in this order (so a schema reached again through a
// $ref keeps the name it got first):
//
//   - components.schemas (definitions in 2.0), named by the schema name,
//     and everything inline in them: properties, array items, allOf parts,
//     oneOf/anyOf variants, additionalProperties;
//   - shared parameters (components.parameters, 2.0 parameters), named by
//     their key;
//   - callbacks (components.callbacks and operations' callbacks) and 3.1
//     webhooks: their request bodies are payloads, read as models;
//   - shared request bodies, then every operation of paths: parameters in
//     path, query and form (2.0 formData; a 2.0 body parameter is a request
//     body) and request bodies. Header and cookie parameters and responses
//     are not read.
//
// Naming. An enum or model is named after its schema (naming.Ident, made
// an exported identifier), else <Parent><Property>: the parent is the
// model, operation (operationId, else method and path), webhook, callback
// or shared parameter it sits in. Array items take the array's name, the
// variants of a oneOf/anyOf <Parent><Property>Option<N>, a map's values
// <Parent><Property>Value. Named schemas keep their names; any other name
// already taken (ignoring case) gets a number, with a warning naming both
// pointers.
//
// Identity. One schema node is one enum (model), however many $refs and
// YAML aliases reach it. $refs are local JSON pointers (#/...), followed
// through chains; one that names nothing or comes back to itself is an
// error at its line, one to another document a warning.
//
// Enums. Values are the enum's strings in order; null (a nullable enum's)
// is left out; repeated values and values that are not scalars are
// skipped with a warning. An enum of another type (integer, number,
// boolean, by the schema's type or, untyped, by its values) is skipped
// with a warning: docenum enums are strings; its field keeps the scalar
// type. Value names come from x-enum-varnames, x-enumNames or
// x-enum-names (the identifier part after the enum's name; unset when the
// wire gives the same one); value docs from x-enum-descriptions,
// x-enumDescriptions or x-enum-comments (a list, or a mapping from value
// names or values), else from lines of the description that list a value
// (* `queued` - Waiting.), which then leave the enum's description. An
// extension list whose length is not the enum's is a warning, not used.
//
// Models. An object schema with properties is a model where models are
// read (named schemas, webhook and callback payloads, and objects nested
// in them; nested ones named <Parent><Property>); elsewhere its properties
// are only searched for enums. Fields keep the JSON names of the schema,
// in order; allOf parts merge in order, then the schema's own properties
// (a property defined again replaces the earlier one in its place), and
// their required lists join. A field is optional unless required, and
// when nullable (nullable: true, x-nullable: true, a type list with
// "null", or a oneOf/anyOf with {type: null}). Field types are those the
// model reads: string, date, datetime (format date-time), boolean,
// integer, int32, int64, number, float, double; an enum field is a string
// linked to its enum; list[T] for arrays; a model's name; map[string]T,
// object and oneOf[A, B] / anyOf[A, B], which the model keeps as raw JSON
// (its comment quotes the type). A oneOf/anyOf of one schema and null is
// that schema, and an allOf of one schema without properties is that
// schema (the usual way to describe a $ref).
//
// Selection. Options.Select keeps the enums and models whose Go name, or
// the name of the named schema they sit in, matches a path.Match pattern,
// or whose pointer starts with a #/ pattern; a kept model keeps the enums
// its fields name and the models nested in it. Warnings about what is not
// kept are dropped; errors are always kept. A pattern that keeps nothing
// is a warning.
package openapi
