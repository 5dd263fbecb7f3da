package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args []string
		want options
	}{
		{nil, options{loc: locUser, name: "goteach", displayName: "Go (goteach)"}},
		{[]string{"--user"}, options{loc: locUser, name: "goteach", displayName: "Go (goteach)"}},
		{[]string{"--prefix", "/p"}, options{loc: locPrefix, prefix: "/p", name: "goteach", displayName: "Go (goteach)"}},
		{[]string{"--prefix=rel/dir"}, options{loc: locPrefix, prefix: "rel/dir", name: "goteach", displayName: "Go (goteach)"}},
		{[]string{"-sys-prefix"}, options{loc: locSysPrefix, name: "goteach", displayName: "Go (goteach)"}},
		{[]string{"--name", "go-1.26_x", "--display-name", "Go 1.26"}, options{loc: locUser, name: "go-1.26_x", displayName: "Go 1.26"}},
		{[]string{"--uninstall", "--prefix", "/p"}, options{loc: locPrefix, prefix: "/p", name: "goteach", displayName: "Go (goteach)", uninstall: true}},
	}
	for _, tt := range tests {
		got, err := parseArgs(tt.args, io.Discard)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", tt.args, err)
			continue
		}
		if got != tt.want {
			t.Errorf("parseArgs(%q) = %+v, want %+v", tt.args, got, tt.want)
		}
	}
}

func TestParseArgsRejects(t *testing.T) {
	bad := [][]string{
		{"--user", "--prefix", "/p"},
		{"--user", "--sys-prefix"},
		{"--prefix", "/p", "--sys-prefix"},
		{"--prefix", ""},
		{"--prefix"},
		{"--name", "a/b"},
		{"--name", ""},
		{"--name", "../up"},
		{"--display-name", " "},
		{"--frobnicate"},
		{"extra"},
	}
	for _, args := range bad {
		if _, err := parseArgs(args, io.Discard); !errors.Is(err, errUsage) {
			t.Errorf("parseArgs(%q) = %v, want a usage error", args, err)
		}
	}
}

// testEnv returns an env whose home is home, with the given variables, a
// fake python3 sys.prefix and a build that writes a small script.
func testEnv(home string, vars map[string]string) env {
	return env{
		getenv:    func(k string) string { return vars[k] },
		home:      func() (string, error) { return home, nil },
		sysPrefix: func() (string, error) { return filepath.Join(home, "venv"), nil },
		build: func(out string) error {
			return os.WriteFile(out, []byte("#!/bin/sh\necho fake kernel\n"), 0o644)
		},
	}
}

func TestKernelsDir(t *testing.T) {
	home := t.TempDir()
	tests := []struct {
		name string
		args []string
		vars map[string]string
		want string
	}{
		{"user default", nil, nil, filepath.Join(home, ".local/share/jupyter/kernels")},
		{"user XDG", []string{"--user"}, map[string]string{"XDG_DATA_HOME": filepath.Join(home, "xdg")}, filepath.Join(home, "xdg/jupyter/kernels")},
		{"user JUPYTER_DATA_DIR wins", []string{"--user"}, map[string]string{"XDG_DATA_HOME": "/x", "JUPYTER_DATA_DIR": filepath.Join(home, "jd")}, filepath.Join(home, "jd/kernels")},
		{"prefix", []string{"--prefix", filepath.Join(home, "pfx")}, map[string]string{"JUPYTER_DATA_DIR": "/ignored"}, filepath.Join(home, "pfx/share/jupyter/kernels")},
		{"sys-prefix", []string{"--sys-prefix"}, nil, filepath.Join(home, "venv/share/jupyter/kernels")},
	}
	for _, tt := range tests {
		o, err := parseArgs(tt.args, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		got, err := kernelsDir(o, testEnv(home, tt.vars))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: kernelsDir = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestKernelsDirRelativePrefixIsMadeAbsolute(t *testing.T) {
	o, err := parseArgs([]string{"--prefix", "rel"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	got, err := kernelsDir(o, testEnv(t.TempDir(), nil))
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(got) {
		t.Errorf("kernelsDir = %s, want an absolute path (kernel.json's argv must not depend on the cwd)", got)
	}
}

func TestInstallWritesKernelspec(t *testing.T) {
	home := t.TempDir()
	prefix := filepath.Join(home, "pfx")
	var out bytes.Buffer
	if err := run([]string{"--prefix", prefix}, &out, io.Discard, testEnv(home, nil)); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(prefix, "share", "jupyter", "kernels", "goteach")
	if !strings.Contains(out.String(), dir) {
		t.Errorf("output does not say where it installed (%s):\n%s", dir, out.String())
	}

	raw, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec map[string]any
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatalf("kernel.json: %v", err)
	}
	bin := filepath.Join(dir, "goteach")
	want := map[string]any{
		"argv":           []any{bin, "kernel", "-f", "{connection_file}"},
		"display_name":   "Go (goteach)",
		"language":       "go",
		"interrupt_mode": "message",
		"metadata":       map[string]any{},
	}
	if g, w := mustJSON(t, spec), mustJSON(t, want); g != w {
		t.Errorf("kernel.json = %s, want %s", g, w)
	}
	fi, err := os.Stat(bin)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm()&0o111 == 0 {
		t.Errorf("binary mode %v is not executable", fi.Mode())
	}

	for _, size := range []int{32, 64} {
		name := filepath.Join(dir, fmt.Sprintf("logo-%dx%d.png", size, size))
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("%s is %dx%d", name, b.Dx(), b.Dy())
		}
	}
	svg, err := os.ReadFile(filepath.Join(dir, "logo-svg.svg"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name
		Width   string `xml:"width,attr"`
		ViewBox string `xml:"viewBox,attr"`
	}
	if err := xml.Unmarshal(svg, &doc); err != nil {
		t.Fatalf("logo-svg.svg: %v", err)
	}
	if doc.XMLName.Local != "svg" || doc.XMLName.Space != "http://www.w3.org/2000/svg" || doc.ViewBox != "0 0 64 64" {
		t.Errorf("logo-svg.svg root = %+v", doc)
	}

	leftovers, _ := filepath.Glob(filepath.Join(dir, "*.new"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestInstallNameAndDisplayName(t *testing.T) {
	home := t.TempDir()
	vars := map[string]string{"JUPYTER_DATA_DIR": filepath.Join(home, "data")}
	if err := run([]string{"--name", "go2", "--display-name", "Go 2"}, io.Discard, io.Discard, testEnv(home, vars)); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(home, "data", "kernels", "go2", "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec kernelSpec
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatal(err)
	}
	if spec.DisplayName != "Go 2" || spec.Argv[0] != filepath.Join(home, "data", "kernels", "go2", "goteach") {
		t.Errorf("kernel.json = %+v", spec)
	}
}

func TestReinstallReplacesBinary(t *testing.T) {
	home := t.TempDir()
	e := testEnv(home, nil)
	args := []string{"--prefix", filepath.Join(home, "pfx")}
	if err := run(args, io.Discard, io.Discard, e); err != nil {
		t.Fatal(err)
	}
	e.build = func(out string) error { return os.WriteFile(out, []byte("v2"), 0o644) }
	if err := run(args, io.Discard, io.Discard, e); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(home, "pfx/share/jupyter/kernels/goteach/goteach"))
	if err != nil || string(got) != "v2" {
		t.Errorf("binary after reinstall = %q, %v; want v2", got, err)
	}
}

func TestFailedBuildLeavesNoSpec(t *testing.T) {
	home := t.TempDir()
	e := testEnv(home, nil)
	e.build = func(out string) error {
		os.WriteFile(out, []byte("partial"), 0o644)
		return errors.New("compile error")
	}
	err := run([]string{"--prefix", filepath.Join(home, "pfx")}, io.Discard, io.Discard, e)
	if err == nil || !strings.Contains(err.Error(), "compile error") {
		t.Fatalf("run = %v, want the build error", err)
	}
	dir := filepath.Join(home, "pfx/share/jupyter/kernels/goteach")
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("after a failed build %s holds %d files, want none", dir, len(entries))
	}
}

func TestUninstall(t *testing.T) {
	home := t.TempDir()
	e := testEnv(home, nil)
	args := []string{"--prefix", filepath.Join(home, "pfx")}
	if err := run(args, io.Discard, io.Discard, e); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(append(args, "--uninstall"), &out, io.Discard, e); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(home, "pfx/share/jupyter/kernels/goteach")
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s still there after --uninstall (%v)", dir, err)
	}
	if !strings.Contains(out.String(), "Removed") {
		t.Errorf("uninstall output: %q", out.String())
	}

	// A second uninstall has nothing to do and is not an error.
	out.Reset()
	if err := run(append(args, "--uninstall"), &out, io.Discard, e); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "nothing to remove") {
		t.Errorf("second uninstall output: %q", out.String())
	}
}

func TestUninstallRefusesNonKernelspec(t *testing.T) {
	home := t.TempDir()
	dir := filepath.Join(home, "pfx/share/jupyter/kernels/goteach")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	keep := filepath.Join(dir, "precious.txt")
	if err := os.WriteFile(keep, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := run([]string{"--prefix", filepath.Join(home, "pfx"), "--uninstall"}, io.Discard, io.Discard, testEnv(home, nil))
	if err == nil {
		t.Error("uninstall of a directory without kernel.json succeeded")
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("uninstall removed an unrelated file: %v", err)
	}
}

// TestBuildPackage runs the real go command on a small module, the way the
// installer builds the kernel.
func TestBuildPackage(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	mod := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(mod, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/hello\n\ngo 1.21\n")
	write("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello from the build\") }\n")
	out := filepath.Join(t.TempDir(), "hello")
	if err := buildPackage(goCmd, mod, "example.com/hello", out); err != nil {
		t.Fatal(err)
	}
	got, err := exec.Command(out).Output()
	if err != nil || string(got) != "hello from the build\n" {
		t.Errorf("built program printed %q, %v", got, err)
	}
	if err := buildPackage(goCmd, mod, "example.com/hello/missing", out); err == nil {
		t.Error("building a missing package succeeded")
	}
}

func TestLogoImage(t *testing.T) {
	img := logoImage(64)
	// Corners are transparent (rounded), the centre of the square is blue,
	// the chevron's tip is white.
	if a := img.NRGBAAt(0, 0).A; a != 0 {
		t.Errorf("corner alpha = %d, want 0", a)
	}
	if c := img.NRGBAAt(8, 56); c != logoBlue {
		t.Errorf("square colour = %v, want %v", c, logoBlue)
	}
	if c := img.NRGBAAt(31, 32); c != logoWhite {
		t.Errorf("chevron colour = %v, want %v", c, logoWhite)
	}
	// The 32-pixel logo is the same picture, scaled.
	small := logoImage(32)
	if c := small.NRGBAAt(15, 16); c != logoWhite {
		t.Errorf("32px chevron colour = %v, want %v", c, logoWhite)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
