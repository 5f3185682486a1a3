// Command docenum turns vendor documentation into typed Go enums.
//
// Usage:
//
//	docenum <command> [flags] [args]
//
// Commands:
//
//	extract   read a vendor document and write or update its YAML spec
//	generate  generate Go packages from the specs
//	explain   print the canonical call status of vendor values
//
// Run "docenum <command> -h" for a command's flags.
//
// Exit codes: 0 success (warnings may have been printed), 1 the input has
// errors (they are printed as file:line:col: message), 2 bad usage, 3 drift:
// "extract -check" found a spec out of date with its vendor document, or
// "generate -check" found generated code out of date with its specs.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
	exitDrift = 3
)

// command is one subcommand. Each lives in its own file and registers itself
// in commands.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands = map[string]command{}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: tests call it in-process.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "docenum: unknown command %q\n", args[0])
		usage(stderr)
		return exitUsage
	}
	return cmd.run(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: docenum <command> [flags] [args]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-9s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w, "\nRun 'docenum <command> -h' for a command's flags.")
}

// parseFlags parses a subcommand's flags. It returns -1 to go on, else the
// exit code: exitOK after -h (fs printed the usage), exitUsage for a bad
// flag (fs printed the error and the usage).
func parseFlags(fs *flag.FlagSet, args []string) int {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	default:
		return exitUsage
	}
}
