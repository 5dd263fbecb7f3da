// Package oracle runs the references goteach's tests compare with: the
// machine's CPython for multiprocessing behaviour, the Go toolchain for Go
// semantics. It is for tests only.
package oracle

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// Python runs a Python program with the machine's CPython and returns what
// it printed; the test fails if CPython is missing or the program fails.
func Python(t testing.TB, program string) string {
	t.Helper()
	script := filepath.Join(t.TempDir(), "oracle.py")
	if err := os.WriteFile(script, []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("python3", script).Output()
	if err != nil {
		// (What Python said goes with the failure.)
		var stderr []byte
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = ee.Stderr
		}
		t.Fatalf("python3: %v\n%s", err, stderr)
	}
	return string(out)
}

// GoBuild builds a one-file Go program with the Go toolchain and returns
// the path of the executable; the test is skipped where Go is not
// installed.
func GoBuild(t testing.TB, src string) string {
	t.Helper()
	build := programBuild(t, src, "prog")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return filepath.Join(build.Dir, "prog")
}

// programBuild writes src as the one file of a module of its own in a
// temporary directory and returns the go build command that builds it
// into out there; the test is skipped where Go is not installed. The
// module is as `go mod init` makes it, so that the program gets the
// language version and GODEBUG defaults of the toolchain (as a student's
// module does), not GOPATH mode's older ones.
func programBuild(t testing.TB, src, out string) *exec.Cmd {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the Go toolchain is not installed")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "prog.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(GoMod()), 0o644); err != nil {
		t.Fatal(err)
	}
	build := exec.Command("go", "build", "-o", out, ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	return build
}

// GoBuildErrors builds a one-file Go program that does not compile and
// returns the compiler's errors as it prints them, without the file name
// (also where a message names a position, "declared at 5:13"):
// "9:10: duplicate case 1 in expression switch\n\t8:7: previous case"
// (an error's further lines folded into it). The test fails if the
// program builds, and is skipped where Go is not installed.
func GoBuildErrors(t testing.TB, src string) []string {
	t.Helper()
	out, err := programBuild(t, src, os.DevNull).CombinedOutput()
	if err == nil {
		t.Fatal("go build: the program compiles")
	}
	var errs []string
	for _, line := range strings.Split(string(out), "\n") {
		switch {
		case strings.HasPrefix(line, "./prog.go:"):
			errs = append(errs, strings.ReplaceAll(line, "./prog.go:", ""))
		case strings.HasPrefix(line, "\t") && len(errs) > 0:
			errs[len(errs)-1] += "\n\t" + strings.ReplaceAll(strings.TrimPrefix(line, "\t"), "./prog.go:", "")
		}
	}
	return errs
}

// GoMod is the go.mod of a one-file program built by GoBuild: a module of
// its own at the language version of the toolchain running the tests.
func GoMod() string {
	return "module prog\n\ngo " + strings.TrimPrefix(runtime.Version(), "go") + "\n"
}

// GoBuildInModule builds src as the main package at dir (a path relative
// to this module's root, which need not exist) so that it can import the
// module's own packages, and returns the path of the executable. The
// source is placed by a build overlay: nothing is written into the
// checkout.
func GoBuildInModule(t testing.TB, dir, src string) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the Go toolchain is not installed")
	}
	root, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || len(root) < 2 {
		t.Fatalf("go env GOMOD: %v", err)
	}
	modDir := filepath.Dir(string(root[:len(root)-1]))
	tmp := t.TempDir()
	file := filepath.Join(tmp, "main.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	overlay, err := json.Marshal(map[string]any{"Replace": map[string]string{filepath.Join(modDir, dir, "main.go"): file}})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "overlay.json"), overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(tmp, "prog")
	build := exec.Command("go", "build", "-overlay", filepath.Join(tmp, "overlay.json"), "-o", prog, "./"+filepath.ToSlash(dir))
	build.Dir = modDir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return prog
}
