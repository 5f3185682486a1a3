// Package crosscheck holds the tests that hold the generated mapping code
// to package mapping, the one definition of the canonical mapping: for
// every value of every vendor enum, Canonical must give the record the
// mapping tables give; for every (state, detail) pair of every resolver,
// the generated resolver must give what Tables.Resolve gives; and every
// <Enum>For must list what Tables.Reverse lists. The package has no code
// of its own and is not generated; when a spec gains an enum or a
// resolver, add it to the registries in registry_test.go.
package crosscheck
