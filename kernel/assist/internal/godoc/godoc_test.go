package godoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", `// Package shapes draws.
package shapes

// Pi is close enough.
const Pi = 3.14

// Shape is anything with an area.
type Shape interface {
	// Area returns the area.
	Area() float64
}

// Rect is a rectangle.
type Rect struct {
	W, H float64 // size
	name string
}

// NewRect makes a Rect.
func NewRect(w, h float64) *Rect { return &Rect{W: w, H: h} }

// Area returns W*H.
func (r *Rect) Area() float64 { return r.W * r.H }

func helper() {}
`)
	write("gen.go", "//go:build ignore\n\npackage main\n\nfunc main() {}\n")
	write("a_test.go", "package shapes\n\nfunc TestX() {}\n")

	p, err := Load(dir, "example.com/shapes", nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "shapes" || p.Doc != "Package shapes draws.\n" {
		t.Errorf("package %q doc %q", p.Name, p.Doc)
	}
	want := map[string][2]string{ // key -> kind, decl
		"Pi":         {"const", "const Pi = 3.14"},
		"Shape":      {"type", "type Shape interface {\n\t// Area returns the area.\n\tArea() float64\n}"},
		"Shape.Area": {"method", "func (Shape) Area() float64"},
		"Rect":       {"type", "type Rect struct {\n\tW, H float64 // size\n\t// contains filtered or unexported fields\n}"},
		"Rect.W":     {"field", "W float64"},
		"Rect.H":     {"field", "H float64"},
		"NewRect":    {"func", "func NewRect(w, h float64) *Rect"},
		"Rect.Area":  {"method", "func (r *Rect) Area() float64"},
	}
	for key, w := range want {
		s := p.Syms[key]
		if s == nil {
			t.Errorf("%s missing", key)
			continue
		}
		if s.Kind != w[0] || s.Decl != w[1] {
			t.Errorf("%s: %s %q, want %s %q", key, s.Kind, s.Decl, w[0], w[1])
		}
	}
	if len(p.Syms) != len(want) {
		t.Errorf("symbols %v", p.Keys())
	}
	if d := p.Syms["Rect.W"].Doc; d != "size\n" {
		t.Errorf("field doc %q", d)
	}
	if src := p.Syms["Rect.Area"].Source(); !strings.Contains(src, "return r.W * r.H") || !strings.HasPrefix(src, "// Area returns") {
		t.Errorf("source %q", src)
	}
	if got := strings.Join(p.Index, " "); got != "Pi Rect NewRect Shape" {
		t.Errorf("index %q", got)
	}
}
