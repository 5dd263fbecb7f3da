package compiled

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

// modulePath is the kernel's module; compiled cells are packages of it
// (under packageDir), so they build against exactly the kernel's sources
// and module versions.
const (
	modulePath = "github.com/goteach/goteach"
	packageDir = "goteach_compiled"
)

// toolchain is how compiled cells are built on this machine, or why they
// cannot be (then err says so and cells run interpreted).
type toolchain struct {
	goCmd string
	root  string   // the kernel's module source
	flags []string // the kernel's build flags that must match
	env   []string
	err   error
}

// findToolchain looks for the go command (GOTEACH_GO, else PATH, else
// the root the kernel was built from) and the kernel's source, and
// checks that they can build plugins this kernel loads.
func findToolchain() *toolchain {
	tc := &toolchain{}
	tc.goCmd, tc.err = goCommand()
	if tc.err != nil {
		return tc
	}
	tc.root, tc.err = sourceRoot()
	if tc.err != nil {
		return tc
	}
	tc.env = append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off", "CGO_ENABLED=1")
	out, err := exec.Command(tc.goCmd, "env", "GOVERSION").Output()
	if err != nil {
		tc.err = fmt.Errorf("%s env GOVERSION: %v", tc.goCmd, err)
		return tc
	}
	if v := strings.TrimSpace(string(out)); v != runtime.Version() {
		tc.err = fmt.Errorf("the go command (%s) is %s, but the kernel was built with %s: reinstall the kernel with this toolchain (go run ./install)", tc.goCmd, v, runtime.Version())
		return tc
	}
	tc.flags, tc.err = buildFlags()
	return tc
}

func goCommand() (string, error) {
	if g := os.Getenv("GOTEACH_GO"); g != "" {
		if _, err := os.Stat(g); err != nil {
			return "", fmt.Errorf("GOTEACH_GO=%s: no such go command", g)
		}
		return g, nil
	}
	if g, err := exec.LookPath("go"); err == nil {
		return g, nil
	}
	//lint:ignore SA1019 the root the kernel was built from, used when its go command is still there
	if root := runtime.GOROOT(); root != "" {
		g := filepath.Join(root, "bin", "go")
		if _, err := os.Stat(g); err == nil {
			return g, nil
		}
	}
	return "", errors.New("no Go toolchain: the go command is not on PATH (install Go, or set GOTEACH_GO to the go command)")
}

// sourceRoot is the directory of the kernel's module source: where this
// file was compiled from (GOTEACH_SOURCE overrides).
func sourceRoot() (string, error) {
	root := os.Getenv("GOTEACH_SOURCE")
	if root == "" {
		_, file, _, ok := runtime.Caller(0)
		if !ok || !filepath.IsAbs(file) {
			return "", errors.New("the kernel's source directory is unknown (built with -trimpath?): set GOTEACH_SOURCE to the goteach checkout")
		}
		root = filepath.Dir(filepath.Dir(filepath.Dir(file)))
	}
	mod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil || !bytes.Contains(mod, []byte("module "+modulePath+"\n")) {
		return "", fmt.Errorf("the kernel's source is not at %s any more (compiled cells build against it): reinstall the kernel from a goteach checkout, or set GOTEACH_SOURCE", root)
	}
	return root, nil
}

// buildFlags are the flags of the kernel's own build that a plugin must
// share for the kernel to load it.
func buildFlags() ([]string, error) {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil, errors.New("the kernel binary has no build information")
	}
	flags := []string{"-buildvcs=false"}
	for _, s := range bi.Settings {
		switch s.Key {
		case "CGO_ENABLED":
			if s.Value != "1" {
				return nil, errors.New("the kernel was built without cgo (CGO_ENABLED=0), and Go plugins need it: reinstall it with a C compiler present")
			}
		case "-trimpath", "-race", "-msan", "-asan":
			if s.Value == "true" {
				flags = append(flags, s.Key)
			}
		case "-tags", "-gcflags", "-asmflags":
			flags = append(flags, s.Key+"="+s.Value)
		}
	}
	return flags, nil
}

// build compiles p into dir/k<hash>.so and returns the file's path. The
// sources are written to dir and removed again.
func (tc *toolchain) build(ctx context.Context, dir string, p *program) (string, error) {
	so := filepath.Join(dir, "k"+p.hash+".so")
	src := filepath.Join(dir, "src-"+p.hash)
	if err := os.MkdirAll(src, 0o700); err != nil {
		return "", err
	}
	defer os.RemoveAll(src)
	pkgDir := filepath.Join(tc.root, packageDir, "k"+p.hash)
	overlay := map[string]map[string]string{"Replace": {}}
	for name, text := range p.files {
		if text == "" {
			continue
		}
		f := filepath.Join(src, name)
		if err := os.WriteFile(f, []byte(text), 0o600); err != nil {
			return "", err
		}
		overlay["Replace"][filepath.Join(pkgDir, name)] = f
	}
	ov, _ := json.Marshal(overlay)
	ovFile := filepath.Join(src, "overlay.json")
	if err := os.WriteFile(ovFile, ov, 0o600); err != nil {
		return "", err
	}
	args := append([]string{"build", "-buildmode=plugin", "-overlay", ovFile, "-o", so}, tc.flags...)
	args = append(args, "./"+packageDir+"/k"+p.hash)
	cmd := exec.CommandContext(ctx, tc.goCmd, args...)
	cmd.Dir = tc.root
	cmd.Env = tc.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		if errs := compileErrors(out.String()); len(errs) > 0 {
			return "", errs
		}
		return "", fmt.Errorf("go build: %v\n%s", err, strings.TrimSpace(out.String()))
	}
	return so, nil
}

// buildError is one message of the compiler, in a generated file.
type buildError struct {
	file      string // "cell.go", "prev.go"
	line, col int
	msg       string
}

// buildErrors are the compiler's messages.
type buildErrors []buildError

func (es buildErrors) Error() string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%s:%d:%d: %s\n", e.file, e.line, e.col, e.msg)
	}
	return b.String()
}

var errLine = regexp.MustCompile(`^(?:\S*/)?([a-z]+\.go):(\d+):(\d+): (.*)$`)

func compileErrors(out string) buildErrors {
	var es buildErrors
	for _, l := range strings.Split(out, "\n") {
		m := errLine.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		es = append(es, buildError{m[1], line, col, m[4]})
	}
	return es
}
