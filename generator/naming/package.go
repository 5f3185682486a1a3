package naming

import (
	"errors"
	"fmt"
	"go/token"
	"strings"
)

// CheckPackage returns why s cannot name a generated package, or nil. It
// is the one rule for vendor names: the model checks specs with it and
// docenum extract checks -vendor and the names it derives from file names.
// A package name is also a directory name under the output directory and
// the name every importer refers to, so beyond Go's syntax the rule
// refuses names that break on some OS, that the go command treats
// specially, or that shadow what the generated code or Go itself declares.
func CheckPackage(s string) error {
	if err := checkSpelling(s); err != nil {
		return err
	}
	if why, ok := reservedPackages[s]; ok {
		return errors.New(why)
	}
	switch {
	case token.IsKeyword(s):
		return fmt.Errorf("%s is a Go keyword", s)
	case isWindowsDevice(s):
		return fmt.Errorf("%s is a device name on Windows, where the directory %s cannot be created", strings.ToUpper(s), s)
	case predeclared[s]:
		return fmt.Errorf("%s is predeclared in Go; importing the package would shadow it", s)
	}
	return nil
}

// checkSpelling keeps names to lower-case ASCII letters and digits: the
// form gofmt'd code expects and every file system spells alike.
func checkSpelling(s string) error {
	bad := s == "" || s[0] < 'a' || s[0] > 'z'
	for i := 0; i < len(s) && !bad; i++ {
		c := s[i]
		bad = (c < 'a' || c > 'z') && (c < '0' || c > '9')
	}
	if bad {
		return errors.New("use lower-case ASCII letters and digits, starting with a letter")
	}
	return nil
}

// isWindowsDevice reports whether s names a device on Windows in any case
// (CON, com1): no file or directory of that name can exist there.
func isWindowsDevice(s string) bool {
	s = strings.ToLower(s)
	switch s {
	case "con", "prn", "aux", "nul":
		return true
	}
	return len(s) == 4 && (s[:3] == "com" || s[:3] == "lpt") && s[3] >= '1' && s[3] <= '9'
}

// CanonicalPackage is the package name of the canonical call-status model
// (specs/callstatus.yaml), which every vendor package with a mapping
// imports. Only the canonical spec may take it.
const CanonicalPackage = "callstatus"

// ImportNames are the names under which generated code imports packages;
// a generated package of the same name would force its users to rename an
// import.
var ImportNames = map[string]string{
	CanonicalPackage: "the canonical call-status package",
	"driver":         "database/sql/driver",
	"errors":         "errors",
	"fmt":            "fmt",
	"json":           "encoding/json",
	"reflect":        "reflect",
	"sql":            "database/sql",
	"strconv":        "strconv",
	"time":           "time",
	"utf8":           "unicode/utf8",
}

// reservedPackages are the names that mean something to the go command,
// and the import names, with the reason each is refused.
var reservedPackages = func() map[string]string {
	m := map[string]string{
		"main":     "main is the package of a command, which cannot be imported",
		"internal": "the go command lets only code inside the parent of a directory named internal import it",
		"testdata": "the go command ignores directories named testdata",
		"vendor":   "the go command reserves directories named vendor for vendored modules and leaves them out of ./...",
	}
	for name, path := range ImportNames {
		m[name] = fmt.Sprintf("generated code imports %s as %s; a package of that name would clash with it", path, name)
	}
	return m
}()

// predeclared are Go's predeclared identifiers.
var predeclared = map[string]bool{
	"any": true, "bool": true, "byte": true, "comparable": true,
	"complex64": true, "complex128": true, "error": true, "float32": true,
	"float64": true, "int": true, "int8": true, "int16": true, "int32": true,
	"int64": true, "rune": true, "string": true, "uint": true, "uint8": true,
	"uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"true": true, "false": true, "iota": true, "nil": true,
	"append": true, "cap": true, "clear": true, "close": true, "complex": true,
	"copy": true, "delete": true, "imag": true, "len": true, "make": true,
	"max": true, "min": true, "new": true, "panic": true, "print": true,
	"println": true, "real": true, "recover": true,
}
