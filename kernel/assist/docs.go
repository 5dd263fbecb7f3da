package assist

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"go/build"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"unicode"

	"github.com/goteach/goteach/kernel/assist/internal/godoc"
)

// Where documentation comes from
//
// Standard library: parsed from GOROOT/src/<path> on first use and kept
// for the life of the process. GOROOT is runtime.GOROOT() (the GOROOT
// environment variable or the toolchain that built the kernel) when that
// directory holds sources, else the output of `go env GOROOT`.
//
// This module's packages (mpkit, kernel/display): parsed from the module
// source when it can be found, in this order:
//
//  1. the directory named by the GOTEACH_SRC environment variable;
//  2. the directory the kernel was built from (recorded in the binary
//     unless it was built with -trimpath), if it still holds this module;
//  3. the module cache, for a kernel installed with `go install …@version`.
//
// When none is found (the checkout was moved or deleted), a table built
// into the binary is used. It is generated from the same sources by
// `go generate ./kernel/assist` (see internal/gendocs) and checked by
// TestEmbeddedDocsCurrent.
//
// Other packages: looked up in the module cache through the versions
// recorded in the binary's build information.
//
// When no documentation is found, Inspect falls back to the signature
// that reflection gives.

//go:generate go run ./internal/gendocs -o moddocs.json

// modulePath is the import path of this module.
const modulePath = "github.com/goteach/goteach"

//go:embed moddocs.json
var embeddedDocs []byte

var docCache = struct {
	sync.Mutex
	m map[string]*docEntry
}{m: map[string]*docEntry{}}

type docEntry struct {
	once sync.Once
	pkg  *godoc.Package
}

// packageDoc returns the documentation of the package with import path
// path, or nil. The result is cached, including a miss.
func packageDoc(path string) *godoc.Package {
	docCache.Lock()
	e := docCache.m[path]
	if e == nil {
		e = &docEntry{}
		docCache.m[path] = e
	}
	docCache.Unlock()
	e.once.Do(func() { e.pkg = loadDoc(path) })
	return e.pkg
}

// warmDoc loads a package's documentation in the background, so that an
// inspection that usually follows a completion finds it ready.
func warmDoc(path string) {
	docCache.Lock()
	_, done := docCache.m[path]
	docCache.Unlock()
	if !done {
		warming.Add(1)
		go func() {
			defer warming.Done()
			packageDoc(path)
		}()
	}
}

// warming counts the loads warmDoc started.
var warming sync.WaitGroup

func loadDoc(path string) *godoc.Package {
	if path == "" || strings.Contains(path, "..") {
		return nil
	}
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH = runtime.GOOS, runtime.GOARCH
	if isStd(path) {
		root := goroot()
		if root == "" {
			return nil
		}
		p, _ := godoc.Load(filepath.Join(root, "src", filepath.FromSlash(path)), path, &ctx)
		return p
	}
	if path == modulePath || strings.HasPrefix(path, modulePath+"/") {
		if root := moduleRoot(); root != "" {
			dir := filepath.Join(root, filepath.FromSlash(strings.TrimPrefix(path, modulePath)))
			if p, err := godoc.Load(dir, path, &ctx); err == nil {
				return p
			}
		}
		return embeddedDoc(path)
	}
	if dir := depDir(path); dir != "" {
		p, _ := godoc.Load(dir, path, &ctx)
		return p
	}
	return nil
}

// isStd reports whether path names a standard library package (its first
// element has no dot).
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

var goroot = sync.OnceValue(func() string {
	//lint:ignore SA1019 the build-time GOROOT is the best match for the stdlib compiled in
	if r := runtime.GOROOT(); hasDir(filepath.Join(r, "src", "builtin")) {
		return r
	}
	if gocmd, err := exec.LookPath("go"); err == nil {
		out, err := exec.Command(gocmd, "env", "GOROOT").Output()
		if r := strings.TrimSpace(string(out)); err == nil && hasDir(filepath.Join(r, "src", "builtin")) {
			return r
		}
	}
	return ""
})

func hasDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// moduleRoot finds a directory holding this module's source, or "".
var moduleRoot = sync.OnceValue(func() string {
	if r := os.Getenv("GOTEACH_SRC"); r != "" && isModuleRoot(r) {
		return r
	}
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		// file is <root>/kernel/assist/docs.go at build time.
		if r := filepath.Dir(filepath.Dir(filepath.Dir(file))); isModuleRoot(r) {
			return r
		}
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		mods := append([]*debug.Module{&bi.Main}, bi.Deps...)
		for _, m := range mods {
			if m.Replace != nil {
				m = m.Replace
			}
			if m.Path == modulePath && m.Version != "" && m.Version != "(devel)" {
				if r := filepath.Join(modCache(), escapeModPath(m.Path)+"@"+m.Version); isModuleRoot(r) {
					return r
				}
			}
		}
	}
	return ""
})

func isModuleRoot(dir string) bool {
	b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" && strings.Trim(f[1], `"`) == modulePath {
			return true
		}
	}
	return false
}

// depDir finds the source directory of a non-standard package in the
// module cache, from the dependency versions recorded in the binary.
func depDir(path string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var best *debug.Module
	for _, m := range bi.Deps {
		if (path == m.Path || strings.HasPrefix(path, m.Path+"/")) && (best == nil || len(m.Path) > len(best.Path)) {
			best = m
		}
	}
	if best == nil {
		return ""
	}
	mod := best
	if mod.Replace != nil {
		mod = mod.Replace
	}
	rest := filepath.FromSlash(strings.TrimPrefix(path, best.Path))
	if filepath.IsAbs(mod.Path) || strings.HasPrefix(mod.Path, ".") {
		return filepath.Join(mod.Path, rest) // a local replacement
	}
	dir := filepath.Join(modCache(), escapeModPath(mod.Path)+"@"+mod.Version, rest)
	if !hasDir(dir) {
		return ""
	}
	return dir
}

func modCache() string {
	if c := os.Getenv("GOMODCACHE"); c != "" {
		return c
	}
	if gp := os.Getenv("GOPATH"); gp != "" {
		return filepath.Join(filepath.SplitList(gp)[0], "pkg", "mod")
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, "go", "pkg", "mod")
}

// escapeModPath applies the module cache's case encoding: an upper-case
// letter becomes '!' and its lower-case form.
func escapeModPath(p string) string {
	var b strings.Builder
	for _, r := range p {
		if unicode.IsUpper(r) {
			b.WriteByte('!')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return filepath.FromSlash(b.String())
}

var embeddedTable = sync.OnceValue(func() map[string]*godoc.Package {
	var t map[string]*godoc.Package
	if err := json.NewDecoder(bytes.NewReader(embeddedDocs)).Decode(&t); err != nil {
		return nil
	}
	return t
})

func embeddedDoc(path string) *godoc.Package {
	return embeddedTable()[path]
}
