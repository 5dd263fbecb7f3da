package compiled_test

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/compiled"
	"github.com/goteach/goteach/kernel/engine"
)

// output records what a cell shows.
type output struct {
	mu   sync.Mutex
	text strings.Builder
	err  *kernel.ErrorValue
	res  string
}

func (o *output) Stream(name, text string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.text.WriteString(text)
}
func (o *output) Display(data, metadata, transient map[string]any, update bool) {}
func (o *output) Result(data, metadata map[string]any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.res, _ = data["text/plain"].(string)
}
func (o *output) Error(e kernel.ErrorValue)                          { o.err = &e }
func (o *output) ClearOutput(wait bool)                              {}
func (o *output) Input(prompt string, password bool) (string, error) { return "", nil }
func (o *output) Flush()                                             {}

func newSession(t *testing.T) (*engine.Engine, *compiled.Compiler) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds a Go plugin")
	}
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := compiled.New(eng, t.TempDir())
	return eng, c
}

func run(t *testing.T, eng *engine.Engine, code string) *output {
	t.Helper()
	o := &output{}
	eng.Execute(context.Background(), kernel.ExecuteRequest{Code: code}, o)
	return o
}

func TestCompileCallRedefine(t *testing.T) {
	eng, _ := newSession(t)
	o := run(t, eng, "%%compile\ntype point struct{ X, Y int }\n\nconst scale = 3\n\nfunc sum(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn s * scale\n}\n\nfunc mk(x int) point { return point{x, -x} }\n")
	if o.err != nil {
		t.Fatalf("%v\n%s", o.err.Traceback, o.text.String())
	}
	if !strings.Contains(o.text.String(), "compiled in") {
		t.Errorf("output %q lacks the compile time", o.text.String())
	}
	o = run(t, eng, "x := 10\nsum(x)")
	if o.err != nil || o.res != "135" {
		t.Fatalf("sum(10) = %q, err %v", o.res, o.err)
	}
	o = run(t, eng, "p := mk(4)\nfmt.Println(p.X, p.Y, scale)")
	if o.err != nil {
		t.Fatalf("%v", o.err.Traceback)
	}
	o = run(t, eng, "%%compile\nfunc sum(n int) int { return -n }\n")
	if o.err != nil {
		t.Fatalf("%v", o.err.Traceback)
	}
	o = run(t, eng, "sum(x)")
	if o.err != nil || o.res != "-10" {
		t.Fatalf("redefined sum(10) = %q, err %v", o.res, o.err)
	}
	o = run(t, eng, "mk(2).X")
	if o.err != nil || o.res != "2" {
		t.Fatalf("mk(2).X = %q, err %v", o.res, o.err)
	}
}

func TestInterpretedNameRefused(t *testing.T) {
	eng, _ := newSession(t)
	run(t, eng, "limit := 5\nfunc helper() int { return 1 }")
	o := run(t, eng, "%%compile\nfunc f() int {\n\treturn limit + helper()\n}\n")
	if o.err == nil {
		t.Fatal("no error")
	}
	if !strings.Contains(o.err.Value, "3:9: limit is a var of the interpreted session") || !strings.Contains(o.err.Value, "%%compile cell, or pass it") {
		t.Errorf("error %q", o.err.Value)
	}
	_ = os.Getpid
}
