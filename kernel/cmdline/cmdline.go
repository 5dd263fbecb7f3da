// Package cmdline is the grammar of goteach's command line. It is shared
// by the command (cmd/goteach) and by kernel/earlylisten, which reads the
// connection file's name before main runs; it imports only packages that
// Go initialises first, so that earlylisten's init stays early.
package cmdline

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Command is what a command line asks for.
type Command struct {
	// Name is "kernel", "version" or "help".
	Name string
	// ConnectionFile is the kernel's connection file.
	ConnectionFile string
}

// ErrUsage is the error of a command line that does not follow the
// grammar (the caller prints the usage).
var ErrUsage = errors.New("usage")

// Parse reads a command line (without the program name):
//
//	kernel -f FILE | kernel --connection-file FILE | kernel FILE
//	-f FILE ... (the same, without "kernel", as some launchers write it)
//	version | --version
//	help | -h | --help
func Parse(args []string) (Command, error) {
	name := ""
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	switch name {
	case "version", "help":
		return Command{Name: name}, nil
	case "kernel", "":
	default:
		return Command{}, fmt.Errorf("%w: unknown command %q", ErrUsage, name)
	}
	if name == "" && len(args) == 1 {
		switch args[0] {
		case "--version":
			return Command{Name: "version"}, nil
		case "-h", "--help":
			return Command{Name: "help"}, nil
		}
	}
	fs := flag.NewFlagSet("goteach kernel", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var path string
	fs.StringVar(&path, "f", "", "connection file written by the Jupyter server")
	fs.StringVar(&path, "connection-file", "", "same as -f")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return Command{Name: "help"}, nil
		}
		return Command{}, fmt.Errorf("%w: %v", ErrUsage, err)
	}
	if path == "" && fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	if path == "" || fs.NArg() > 1 {
		return Command{}, ErrUsage
	}
	return Command{Name: "kernel", ConnectionFile: path}, nil
}
