// Command bench measures goteach side by side with Python: mpkit against
// Python's multiprocessing (compiled programs and notebook cells), and the
// goteach kernel against ipykernel (and other Go kernels when they can be
// installed), in the same run, repeated, and reports medians and ratios.
//
//	go run ./bench [-o results.json] [-runs N] [-quick]
//
// It prints a table (figure | goteach | Python or peer | ratio | target |
// met?) and writes the same, with every sample, as JSON to the -o path.
// See bench/README.md for what each figure means.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// options are the command line.
type options struct {
	out    string
	runs   int
	quick  bool
	python string
	skip   map[string]bool // parts to leave out: "compiled", "kernels", "notebooks", "frontend"
}

func main() {
	var o options
	var skip string
	flag.StringVar(&o.out, "o", "", "write the results as JSON to `FILE`")
	flag.IntVar(&o.runs, "runs", 0, "repeat every measurement `N` times (default 7, or 1 with -quick)")
	flag.BoolVar(&o.quick, "quick", false, "one run, fewer iterations: a smoke test of the benchmarks, not figures to quote")
	flag.StringVar(&o.python, "python", envOr("PYTHON", "python3"), "the Python `interpreter` to compare with (needs jupyter_client and ipykernel)")
	flag.StringVar(&skip, "skip", "", "comma-separated parts to leave out: compiled, kernels, notebooks, frontend")
	flag.Parse()
	if o.runs <= 0 {
		o.runs = 7
		if o.quick {
			o.runs = 1
		}
	}
	o.skip = map[string]bool{}
	for _, s := range strings.Split(skip, ",") {
		if s != "" {
			o.skip[s] = true
		}
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// report is what -o writes.
type report struct {
	Machine   map[string]string   `json:"machine"`
	Runs      int                 `json:"runs"`
	Quick     bool                `json:"quick"`
	Seconds   float64             `json:"seconds"`
	Rows      []row               `json:"rows"`
	Compiled  map[string][]sample `json:"compiled_samples"`
	Kernels   map[string][]sample `json:"kernel_samples"`
	Peers     map[string]string   `json:"peer_kernels"`
	Notebooks []notebookRun       `json:"notebooks,omitempty"`
	Errors    map[string][]string `json:"errors,omitempty"`
}

func run(o options) error {
	began := time.Now()
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "goteach-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	rep := report{Machine: machine(o.python), Runs: o.runs, Quick: o.quick, Errors: map[string][]string{}}
	rep.Machine["load_before"] = loadavg()

	var compiled results
	if !o.skip["compiled"] {
		compiled, err = runCompiled(o, root, tmp)
		if err != nil {
			return err
		}
	}
	var kernels kernelResults
	peers := map[string]string{}
	if !o.skip["kernels"] {
		kernels, peers, err = runKernels(o, root, tmp)
		if err != nil {
			// The compiled figures are still worth reporting.
			fmt.Fprintln(os.Stderr, "bench: kernels:", err)
			rep.Errors["kernels"] = []string{err.Error()}
		}
	}
	var notebooks []notebookRun
	if !o.skip["notebooks"] && !o.quick {
		notebooks, err = runNotebooks(o, root, tmp)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench: notebooks:", err)
			rep.Errors["notebooks"] = []string{err.Error()}
		}
	}
	rep.Machine["load_after"] = loadavg()
	rep.Rows = append(buildRows(compiled, kernels, peers, o.skip), notebookRows(notebooks)...)
	if !o.skip["frontend"] {
		rep.Rows = append(rep.Rows, frontendRows(o)...)
	}
	rep.Notebooks = notebooks
	rep.Compiled = compiled.samples
	for k, v := range compiled.errors {
		rep.Errors[k] = v
	}
	rep.Kernels = kernels
	rep.Peers = peers
	rep.Seconds = time.Since(began).Seconds()

	printTable(os.Stdout, rep)
	if o.out != "" {
		b, err := json.MarshalIndent(rep, "", " ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(o.out, append(b, '\n'), 0o644); err != nil {
			return err
		}
		fmt.Printf("\nwrote %s\n", o.out)
	}
	return nil
}

// moduleRoot is the directory of this module's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run from inside the goteach module (go run ./bench)")
	}
	return filepath.Dir(mod), nil
}

func machine(python string) map[string]string {
	m := map[string]string{
		"go":   runtime.Version(),
		"cpus": strconv.Itoa(runtime.NumCPU()),
		"os":   runtime.GOOS + "/" + runtime.GOARCH,
		"date": time.Now().UTC().Format(time.RFC3339),
		"cgo":  envOr("CGO_ENABLED", "default"),
	}
	if out, err := exec.Command(python, "-c", "import sys, jupyter_client, ipykernel; print(sys.version.split()[0], jupyter_client.__version__, ipykernel.__version__)").Output(); err == nil {
		f := strings.Fields(string(out))
		if len(f) == 3 {
			m["python"], m["jupyter_client"], m["ipykernel"] = f[0], f[1], f[2]
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		m["linux"] = strings.TrimSpace(string(b))
	}
	return m
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// command runs argv with a time limit and returns its standard output;
// an error carries the end of its standard error.
func command(dir string, env []string, limit time.Duration, argv ...string) ([]byte, error) {
	return commandWith(dir, env, limit, nil, argv...)
}

// commandWith is command that also copies to progress the lines of
// standard error that start with "kernel_bench:".
func commandWith(dir string, env []string, limit time.Duration, progress io.Writer, argv ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	if env != nil {
		cmd.Env = env
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if progress != nil {
		cmd.Stderr = io.MultiWriter(&stderr, &lineFilter{w: progress, prefix: "kernel_bench:"})
	}
	cmd.WaitDelay = 5 * time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		err = fmt.Errorf("timed out after %v", limit)
	}
	if err != nil {
		tail := strings.TrimSpace(stderr.String())
		if len(tail) > 600 {
			tail = "…" + tail[len(tail)-600:]
		}
		if tail != "" {
			err = fmt.Errorf("%w: %s", err, tail)
		}
	}
	return stdout.Bytes(), err
}

// lineFilter passes on the whole lines that start with prefix.
type lineFilter struct {
	w      io.Writer
	prefix string
	buf    []byte
}

func (f *lineFilter) Write(p []byte) (int, error) {
	f.buf = append(f.buf, p...)
	for {
		i := bytes.IndexByte(f.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := f.buf[:i+1]
		if bytes.HasPrefix(line, []byte(f.prefix)) {
			f.w.Write(line)
		}
		f.buf = f.buf[i+1:]
	}
}
