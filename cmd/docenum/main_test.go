package main

import (
	"bytes"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
)

// runDocenum calls run in-process, as main does.
func runDocenum(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRunWithoutArgumentsPrintsUsage(t *testing.T) {
	code, stdout, stderr := runDocenum()
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "usage: docenum <command>")
	assert.Contains(t, stderr, "generate")
}

func TestRunHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help", "help"} {
		code, _, stderr := runDocenum(arg)
		assert.Equal(t, exitOK, code, arg)
		assert.Contains(t, stderr, "usage: docenum <command>", arg)
	}
}

func TestRunUnknownCommand(t *testing.T) {
	code, _, stderr := runDocenum("frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, `docenum: unknown command "frobnicate"`)
	assert.Contains(t, stderr, "usage: docenum <command>")
}

// Every command answers -h with its own usage and exit code 0, and is
// listed in the top-level usage.
func TestEveryCommandHasHelp(t *testing.T) {
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	assert.Contains(t, names, "generate")
	_, _, top := runDocenum("-h")
	for _, name := range names {
		code, _, stderr := runDocenum(name, "-h")
		assert.Equal(t, exitOK, code, name)
		assert.Contains(t, stderr, "usage: docenum "+name, name)
		assert.Contains(t, top, name+" ", "top-level usage lists %s", name)
	}
}
