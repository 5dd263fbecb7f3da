package frontend

import (
	"fmt"
	"go/build"
	"go/importer"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
)

// Importer gives the type checker the packages cells may import.
//
// Standard-library packages are type-checked from the Go toolchain's own
// source (GOROOT), so their generic functions and types are known exactly
// as the compiler knows them. Every other package (the module's mpkit,
// display, chart, ...) is described from the interpreter's symbol tables,
// i.e. from reflection over the compiled package: what a cell can call is
// exactly what the interpreter can call. When GOROOT's source is not
// there, standard packages are described from the symbol tables too (then
// their generic functions are unknown).
//
// An Importer is safe for concurrent use; packages are loaded once.
type Importer struct {
	fset    *token.FileSet
	symbols map[string]map[string]reflect.Value // import path -> yaegi symbols

	mu    sync.Mutex
	src   types.ImporterFrom
	srcOK bool
	pkgs  map[string]*types.Package
	errs  map[string]error
	named map[reflect.Type]*types.Named // described from reflection
}

// NewImporter returns an importer over the interpreter's symbol tables,
// keyed as yaegi keys them ("path/name").
func NewImporter(symbols map[string]map[string]reflect.Value) *Importer {
	im := &Importer{
		fset:    token.NewFileSet(),
		symbols: map[string]map[string]reflect.Value{},
		pkgs:    map[string]*types.Package{"unsafe": types.Unsafe},
		errs:    map[string]error{},
		named:   map[reflect.Type]*types.Named{},
	}
	for k, v := range symbols {
		p := path.Dir(k)
		if old, ok := im.symbols[p]; ok {
			merged := map[string]reflect.Value{}
			for n, s := range old {
				merged[n] = s
			}
			for n, s := range v {
				merged[n] = s
			}
			v = merged
		}
		im.symbols[p] = v
	}
	if root := goroot(); root != "" {
		// The source importer reads build.Default; cgo files of the
		// standard library are not needed for types. (Set once: the
		// importers of other sessions read it meanwhile.)
		buildDefault.Do(func() {
			build.Default.GOROOT = root
			build.Default.CgoEnabled = false
		})
		im.src = importer.ForCompiler(im.fset, "source", nil).(types.ImporterFrom)
		im.srcOK = true
	}
	return im
}

// buildDefault sets build.Default for the source importer.
var buildDefault sync.Once

var gorootOnce struct {
	sync.Once
	dir string
}

// goroot finds the Go toolchain's root: the one this binary was built
// with when its source is still there, else the `go` command's.
func goroot() string {
	gorootOnce.Do(func() {
		//lint:ignore SA1019 the build's root, used only when its source is really there
		if d := runtime.GOROOT(); d != "" && hasStdSource(d) {
			gorootOnce.dir = d
			return
		}
		out, err := exec.Command("go", "env", "GOROOT").Output()
		if err == nil {
			if d := strings.TrimSpace(string(out)); hasStdSource(d) {
				gorootOnce.dir = d
			}
		}
	})
	return gorootOnce.dir
}

func hasStdSource(root string) bool {
	st, err := os.Stat(filepath.Join(root, "src", "fmt", "print.go"))
	return err == nil && !st.IsDir()
}

// AddPackage makes package p importable, described from syms (a
// package made while the session runs, such as a compiled cell's).
func (im *Importer) AddPackage(p string, syms map[string]reflect.Value) {
	im.mu.Lock()
	defer im.mu.Unlock()
	all := make(map[string]map[string]reflect.Value, len(im.symbols)+1)
	for k, v := range im.symbols {
		all[k] = v
	}
	all[p] = syms
	im.symbols = all
	delete(im.pkgs, p)
	delete(im.errs, p)
}

// HasSource reports whether the standard library's source was found:
// without it generic functions cannot be type-checked.
func (im *Importer) HasSource() bool { return im.srcOK }

// HasPackage reports whether cells can import path.
func (im *Importer) HasPackage(p string) bool {
	if _, ok := im.symbols[p]; ok {
		return true
	}
	return p == "unsafe"
}

// Import implements types.Importer.
func (im *Importer) Import(p string) (*types.Package, error) {
	return im.ImportFrom(p, "", 0)
}

// ImportFrom implements types.ImporterFrom.
func (im *Importer) ImportFrom(p, dir string, mode types.ImportMode) (*types.Package, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	return im.load(p)
}

// load imports p; im.mu is held.
func (im *Importer) load(p string) (*types.Package, error) {
	if pkg, ok := im.pkgs[p]; ok {
		return pkg, nil
	}
	if err, ok := im.errs[p]; ok {
		return nil, err
	}
	if !im.HasPackage(p) {
		err := fmt.Errorf("package %s is not available in the notebook", p)
		im.errs[p] = err
		return nil, err
	}
	var pkg *types.Package
	var err error
	if im.srcOK && isStd(p) {
		pkg, err = im.src.ImportFrom(p, "", 0)
		if err != nil {
			pkg, err = nil, nil
		}
	}
	if pkg == nil {
		pkg, err = im.fromSymbols(p)
	}
	if err != nil {
		im.errs[p] = err
		return nil, err
	}
	im.pkgs[p] = pkg
	return pkg, nil
}

// isStd reports whether p is a standard-library import path.
func isStd(p string) bool {
	first := p
	if i := strings.IndexByte(p, '/'); i >= 0 {
		first = p[:i]
	}
	return !strings.Contains(first, ".")
}

// Warm loads the packages in the background so that the first cells do
// not wait for them.
func (im *Importer) Warm(paths ...string) {
	go func() {
		for _, p := range paths {
			im.Import(p) //nolint:errcheck // a failure is reported when a cell imports it
		}
	}()
}
