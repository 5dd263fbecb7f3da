package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// kernelResults are kernel_bench.py's records: per kernelspec name, one
// record per run.
type kernelResults map[string][]sample

// runKernels installs this checkout's kernel into a temporary prefix (as
// tests/conftest.py does), tries to install the other Go kernels, and runs
// bench/python/kernel_bench.py with JUPYTER_PATH pointing there. peers
// says, per other Go kernel, "measured" or why it was not.
func runKernels(o options, root, tmp string) (kernelResults, map[string]string, error) {
	peers := map[string]string{
		"gophernotes": "not installable here: it does not build with current Go without patching its go.mod",
	}
	prefix := filepath.Join(tmp, "prefix")
	fmt.Fprintln(os.Stderr, "bench: building the goteach kernel (go run ./install --prefix)")
	if _, err := command(root, nil, 20*time.Minute, "go", "run", "./install", "--prefix", prefix); err != nil {
		return nil, peers, fmt.Errorf("go run ./install --prefix: %w", err)
	}
	data := filepath.Join(prefix, "share", "jupyter")
	kernels := []string{"goteach", "goteach-unsupervised", "python3"}
	if o.quick {
		peers["gonb"] = "not attempted (-quick)"
	} else if err := installGonb(root, tmp, data); err != nil {
		peers["gonb"] = "not installable here: " + err.Error()
	} else {
		peers["gonb"] = "measured"
		kernels = append(kernels, "gonb")
	}

	env := os.Environ()
	jp := data
	if old := os.Getenv("JUPYTER_PATH"); old != "" {
		jp += string(os.PathListSeparator) + old
	}
	env = append(env, "JUPYTER_PATH="+jp)
	argv := []string{o.python, filepath.Join(root, "bench", "python", "kernel_bench.py"),
		"--kernels", strings.Join(kernels, ","), "--runs", strconv.Itoa(o.runs)}
	if o.quick {
		argv = append(argv, "--quick")
	}
	fmt.Fprintln(os.Stderr, "bench: driving the kernels through jupyter_client:", strings.Join(kernels, ", "))
	out, err := commandWith(tmp, env, 60*time.Minute, os.Stderr, argv...)
	if err != nil {
		return nil, peers, fmt.Errorf("kernel_bench.py: %w", err)
	}
	var kr kernelResults
	if err := json.Unmarshal(out, &kr); err != nil {
		return nil, peers, fmt.Errorf("kernel_bench.py printed no JSON: %q", truncate(string(out), 300))
	}
	return kr, peers, nil
}

// installGonb tries `go install github.com/janpfeifer/gonb@latest` (and
// goimports, which gonb runs) into a temporary GOBIN, and writes a
// kernelspec for it under data.
func installGonb(root, tmp, data string) error {
	gobin := filepath.Join(tmp, "gobin")
	env := append(os.Environ(), "GOBIN="+gobin)
	for _, pkg := range []string{"github.com/janpfeifer/gonb@latest", "golang.org/x/tools/cmd/goimports@latest"} {
		fmt.Fprintln(os.Stderr, "bench: go install", pkg)
		if _, err := command(tmp, env, 4*time.Minute, "go", "install", pkg); err != nil {
			return fmt.Errorf("go install %s: %s", pkg, firstLine(err.Error()))
		}
	}
	spec := map[string]any{
		"argv":         []string{filepath.Join(gobin, "gonb"), "--kernel", "{connection_file}"},
		"display_name": "Go (gonb)",
		"language":     "go",
		"env":          map[string]string{"PATH": gobin + string(os.PathListSeparator) + os.Getenv("PATH")},
	}
	dir := filepath.Join(data, "kernels", "gonb")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, _ := json.MarshalIndent(spec, "", "  ")
	return os.WriteFile(filepath.Join(dir, "kernel.json"), b, 0o644)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return truncate(s, 200)
}
