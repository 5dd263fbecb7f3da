package assist

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/goteach/goteach/kernel/assist/internal/godoc"
)

// TestEmbeddedDocsCurrent checks that the built-in documentation table
// matches the module's source. A stale table only matters when the kernel
// runs without its source, so this skips unless GOTEACH_STRICT_DOCS is
// set (as a release check should).
func TestEmbeddedDocsCurrent(t *testing.T) {
	root := moduleRoot()
	if root == "" {
		t.Skip("module source not found")
	}
	want, err := godoc.Table(root, godoc.ModulePackages, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, embeddedDocs) {
		msg := "moddocs.json is out of date: run go generate ./kernel/assist"
		if os.Getenv("GOTEACH_STRICT_DOCS") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}

// Without the module's source, mpkit's documentation comes from the
// embedded table.
func TestEmbeddedDocsFallback(t *testing.T) {
	warming.Wait()
	saved := moduleRoot
	moduleRoot = func() string { return "" }
	forget := func() {
		docCache.Lock()
		delete(docCache.m, mpPath)
		docCache.Unlock()
	}
	forget()
	t.Cleanup(func() { moduleRoot = saved; forget() })

	pd := packageDoc(mpPath)
	if pd == nil || pd.Name != "mpkit" || !strings.Contains(pd.Doc, "multiprocessing") {
		t.Fatalf("embedded mpkit docs: %+v", pd)
	}
	if sym := pd.Syms["NewQueue"]; sym == nil || !strings.HasPrefix(sym.Decl, "func NewQueue(") {
		t.Fatalf("NewQueue: %+v", sym)
	}
	data, found := Inspect(newScope(), "mp.NewQueue", 11, 0)
	if !found || !strings.Contains(data["text/plain"].(string), "func NewQueue(") {
		t.Fatalf("inspect from the table: %v", data)
	}
}

func TestGOROOTDocs(t *testing.T) {
	if goroot() == "" {
		t.Skip("no GOROOT sources")
	}
	pd := packageDoc("fmt")
	if pd == nil || pd.Syms["Println"] == nil {
		t.Fatal("fmt docs not loaded")
	}
	if packageDoc("fmt") != pd {
		t.Error("package docs are not cached")
	}
	if packageDoc("no/such/package") != nil {
		t.Error("docs for a package that does not exist")
	}
}
