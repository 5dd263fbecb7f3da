// Command install builds the goteach kernel and installs it as a Jupyter
// kernelspec, the way `python -m ipykernel install` does for Python.
//
// Usage, from the repository:
//
//	go run ./install [--user | --prefix DIR | --sys-prefix] [--name NAME]
//	                 [--display-name TEXT] [--uninstall]
//
// The kernelspec directory KERNELS/NAME receives kernel.json, the logos and
// the kernel binary itself (KERNELS/NAME/goteach), so removing the directory
// (--uninstall, or `jupyter kernelspec uninstall NAME`) removes everything.
//
// KERNELS is, by flag:
//
//	--user        $JUPYTER_DATA_DIR/kernels, else $XDG_DATA_HOME/jupyter/kernels,
//	              else ~/.local/share/jupyter/kernels (the default)
//	--prefix DIR  DIR/share/jupyter/kernels
//	--sys-prefix  PREFIX/share/jupyter/kernels, PREFIX being python3's sys.prefix
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

const (
	defaultName        = "goteach"
	defaultDisplayName = "Go (goteach)"
	binaryName         = "goteach"
	kernelPackage      = "github.com/goteach/goteach/cmd/goteach"
)

// location says which kernels directory the user chose.
type location int

const (
	locUser location = iota
	locPrefix
	locSysPrefix
)

// options are the parsed command line.
type options struct {
	loc         location
	prefix      string // for locPrefix
	name        string
	displayName string
	uninstall   bool
}

// env is what the installer reads from the machine; tests replace it.
type env struct {
	getenv func(string) string
	// home returns the user's home directory.
	home func() (string, error)
	// sysPrefix returns python3's sys.prefix.
	sysPrefix func() (string, error)
	// build compiles the kernel binary to out.
	build func(out string) error
}

var validName = regexp.MustCompile(`^[A-Za-z0-9._-]+$`)

// errUsage marks a command-line mistake (exit status 2).
var errUsage = errors.New("usage")

func parseArgs(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	fs.SetOutput(stderr)
	user := fs.Bool("user", false, "install for the current user (the default): $JUPYTER_DATA_DIR/kernels or ~/.local/share/jupyter/kernels")
	prefix := fs.String("prefix", "", "install into `DIR`/share/jupyter/kernels")
	sysPrefix := fs.Bool("sys-prefix", false, "install into python3's sys.prefix/share/jupyter/kernels (a virtualenv or conda env)")
	name := fs.String("name", defaultName, "kernelspec `NAME` (its directory name: letters, digits, '-', '.', '_')")
	displayName := fs.String("display-name", defaultDisplayName, "name shown in Jupyter's launcher and kernel menu")
	uninstall := fs.Bool("uninstall", false, "remove the kernelspec (and its binary) from the chosen place instead")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./install [--user | --prefix DIR | --sys-prefix] [--name NAME] [--display-name TEXT] [--uninstall]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return options{}, err
		}
		return options{}, fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return options{}, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}

	prefixSet := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "prefix" {
			prefixSet = true
		}
	})
	chosen := 0
	for _, b := range []bool{*user, prefixSet, *sysPrefix} {
		if b {
			chosen++
		}
	}
	if chosen > 1 {
		return options{}, fmt.Errorf("%w: choose one of --user, --prefix and --sys-prefix", errUsage)
	}
	o := options{loc: locUser, name: *name, displayName: *displayName, uninstall: *uninstall}
	switch {
	case prefixSet:
		if *prefix == "" {
			return options{}, fmt.Errorf("%w: --prefix needs a directory", errUsage)
		}
		o.loc, o.prefix = locPrefix, *prefix
	case *sysPrefix:
		o.loc = locSysPrefix
	}
	if !validName.MatchString(o.name) {
		return options{}, fmt.Errorf("%w: kernel name %q may only have letters, digits, '-', '.' and '_'", errUsage, o.name)
	}
	if strings.TrimSpace(o.displayName) == "" {
		return options{}, fmt.Errorf("%w: --display-name is empty", errUsage)
	}
	return o, nil
}

// kernelsDir is the directory that holds kernelspecs for the chosen location.
func kernelsDir(o options, e env) (string, error) {
	var data string
	switch o.loc {
	case locPrefix:
		data = filepath.Join(o.prefix, "share", "jupyter")
	case locSysPrefix:
		p, err := e.sysPrefix()
		if err != nil {
			return "", fmt.Errorf("--sys-prefix: %v", err)
		}
		data = filepath.Join(p, "share", "jupyter")
	default:
		data = userDataDir(e)
		if data == "" {
			h, err := e.home()
			if err != nil {
				return "", fmt.Errorf("--user: no home directory: %v", err)
			}
			data = filepath.Join(h, ".local", "share", "jupyter")
		}
	}
	return filepath.Abs(filepath.Join(data, "kernels"))
}

// userDataDir follows jupyter_core's jupyter_data_dir on Linux, except for
// the home fallback, which kernelsDir handles.
func userDataDir(e env) string {
	if d := e.getenv("JUPYTER_DATA_DIR"); d != "" {
		return d
	}
	if x := e.getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "jupyter")
	}
	return ""
}

func run(args []string, stdout, stderr io.Writer, e env) error {
	o, err := parseArgs(args, stderr)
	if err != nil {
		return err
	}
	kernels, err := kernelsDir(o, e)
	if err != nil {
		return err
	}
	dir := filepath.Join(kernels, o.name)
	if o.uninstall {
		removed, err := uninstall(dir)
		if err != nil {
			return err
		}
		if removed {
			fmt.Fprintf(stdout, "Removed kernelspec %s from %s\n", o.name, dir)
		} else {
			fmt.Fprintf(stdout, "No kernelspec %s in %s: nothing to remove\n", o.name, kernels)
		}
		return nil
	}
	bin, err := install(dir, o.displayName, e.build)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Installed kernelspec %s in %s\n", o.name, dir)
	fmt.Fprintf(stdout, "Kernel binary: %s\n", bin)
	if o.loc == locPrefix {
		fmt.Fprintf(stdout, "Jupyter looks there when %s is in JUPYTER_PATH\n", filepath.Dir(kernels))
	}
	return nil
}

// goBuild compiles the kernel with the go command that is on PATH (the one
// `go run` was started with, normally), in the current directory, which
// must be inside the goteach module.
func goBuild(out string) error {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		if root := os.Getenv("GOROOT"); root != "" {
			goCmd = filepath.Join(root, "bin", "go")
		} else {
			return fmt.Errorf("cannot find the go command: %v", err)
		}
	}
	return buildPackage(goCmd, "", kernelPackage, out)
}

// buildPackage runs `go build -o out pkg` in dir ("" for the current
// directory), passing the compiler's messages through to stderr.
func buildPackage(goCmd, dir, pkg, out string) error {
	cmd := exec.Command(goCmd, "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s failed (%v); the go command's messages are above", pkg, err)
	}
	return nil
}

func pythonSysPrefix() (string, error) {
	out, err := exec.Command("python3", "-c", "import sys; print(sys.prefix)").Output()
	if err != nil {
		return "", fmt.Errorf("python3 -c 'import sys; print(sys.prefix)': %v", err)
	}
	p := strings.TrimSpace(string(out))
	if p == "" {
		return "", errors.New("python3 printed an empty sys.prefix")
	}
	return p, nil
}

func main() {
	e := env{
		getenv:    os.Getenv,
		home:      os.UserHomeDir,
		sysPrefix: pythonSysPrefix,
		build:     goBuild,
	}
	err := run(os.Args[1:], os.Stdout, os.Stderr, e)
	switch {
	case err == nil:
	case errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "install:", strings.TrimPrefix(err.Error(), "usage: "))
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "install:", err)
		os.Exit(1)
	}
}
