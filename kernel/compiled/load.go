package compiled

import (
	"fmt"
	"os"
	"path/filepath"
	"plugin"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"

	"github.com/goteach/goteach/kernel/compiled/checkpoint"
	"github.com/goteach/goteach/kernel/engine"
)

// loaded are the plugins this process has opened, by hash: a plugin
// stays loaded for the life of the process.
var loaded struct {
	sync.Mutex
	syms map[string]map[string]reflect.Value
}

// load opens the plugin so (built from the program with this hash) once
// per process and returns its exports as yaegi symbols.
func load(so, hash string) (map[string]reflect.Value, error) {
	loaded.Lock()
	defer loaded.Unlock()
	if s, ok := loaded.syms[hash]; ok {
		return s, nil
	}
	p, err := plugin.Open(so)
	if err != nil {
		msg := err.Error()
		if strings.Contains(msg, "different version of package") {
			return nil, fmt.Errorf("the kernel binary was built from other sources than the ones at hand (%s): reinstall the kernel (go run ./install)", msg)
		}
		return nil, fmt.Errorf("loading the compiled cell: %v", err)
	}
	sym, err := p.Lookup("GoteachExports")
	if err != nil {
		return nil, fmt.Errorf("the compiled cell has no export table: %v", err)
	}
	table, ok := sym.(*map[string]any)
	if !ok {
		return nil, fmt.Errorf("the compiled cell's export table is a %T", sym)
	}
	s := map[string]reflect.Value{}
	for k, v := range *table {
		if k == stopFlag {
			if f, ok := v.(*atomic.Int32); ok {
				checkpoint.Register(f)
			}
			continue
		}
		s[k] = reflect.ValueOf(v)
	}
	if loaded.syms == nil {
		loaded.syms = map[string]map[string]reflect.Value{}
	}
	loaded.syms[hash] = s
	return s, nil
}

// ChildSymbols are the compiled cells' packages a child process has
// loaded (see Prepare); pass it as the child's engine.Options.Symbols.
var ChildSymbols = interp.Exports{}

// Prepare loads, in a child process, the plugins of the compiled cells
// that decls import, from the directory the kernel names in
// GOTEACH_COMPILED_DIR, and adds them to ChildSymbols.
func Prepare(decls []engine.Decl) error {
	prefix := modulePath + "/" + packageDir + "/k"
	for _, d := range decls {
		if d.Kind != "import" || !strings.HasPrefix(d.Path, prefix) {
			continue
		}
		hash := strings.TrimPrefix(d.Path, prefix)
		key := d.Path + "/k" + hash
		if _, ok := ChildSymbols[key]; ok {
			continue
		}
		dir := os.Getenv(DirEnv)
		if dir == "" {
			return fmt.Errorf("the session uses a compiled cell, but %s is not set in this process", DirEnv)
		}
		s, err := load(filepath.Join(dir, "k"+hash+".so"), hash)
		if err != nil {
			return err
		}
		ChildSymbols[key] = s
	}
	return nil
}
