package workerhost

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/goteach/goteach/kernel"
	"github.com/goteach/goteach/kernel/engine"
)

// out collects what a cell shows.
type out struct {
	mu   sync.Mutex
	text strings.Builder
	errs []kernel.ErrorValue
}

func (o *out) Stream(name, text string)                          { o.mu.Lock(); o.text.WriteString(text); o.mu.Unlock() }
func (o *out) Display(data, metadata, tr map[string]any, u bool) {}
func (o *out) Result(data, metadata map[string]any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if s, ok := data["text/plain"].(string); ok {
		o.text.WriteString(s + "\n")
	}
}
func (o *out) Error(e kernel.ErrorValue) { o.mu.Lock(); o.errs = append(o.errs, e); o.mu.Unlock() }
func (o *out) ClearOutput(wait bool)     {}
func (o *out) Input(p string, pw bool) (string, error) {
	return "", kernel.ErrStdinNotAllowed
}
func (o *out) Flush() {}

func run(t *testing.T, e kernel.Engine, code string) string {
	t.Helper()
	var o out
	res := e.Execute(context.Background(), kernel.ExecuteRequest{Code: code, StoreHistory: true}, &o)
	if res.Err != nil {
		t.Fatalf("cell failed: %s: %s\n%s", res.Err.Name, res.Err.Value, strings.Join(res.Err.Traceback, "\n"))
	}
	return o.text.String()
}

func TestReplicaFromShippedLog(t *testing.T) {
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	run(t, eng, `import "fmt"`)
	run(t, eng, "type T struct{A int; B string}\nvar base = 10\nfunc useT(t T) int { return t.A + base + len(t.B) }\nfmt.Println(useT(T{1, \"xy\"}))")
	b, _ := json.Marshal(eng.Decls())
	var decls []engine.Decl
	if err := json.Unmarshal(b, &decls); err != nil {
		t.Fatal(err)
	}
	for _, d := range decls {
		t.Logf("%s %s typed=%q src=%q", d.Kind, d.Name, d.Typed, d.Src)
	}
	rep, err := engine.NewReplica(engine.Options{Lean: true}, decls)
	if err != nil {
		t.Fatal(err)
	}
	f, err := rep.Eval("useT")
	if err != nil || !f.IsValid() {
		t.Fatal(err)
	}
}

func TestReplicaApplyGrowingLog(t *testing.T) {
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	run(t, eng, `import "fmt"`)
	rep, err := engine.NewReplica(engine.Options{Lean: true}, eng.Decls())
	if err != nil {
		t.Fatal(err)
	}
	run(t, eng, "type T struct{A int; B string}\nvar base = 10\nfunc useT(t T) int { return t.A + base + len(t.B) }\nfmt.Println(useT(T{1, \"xy\"}))")
	if err := rep.Apply(eng.Decls()); err != nil {
		t.Fatal(err)
	}
}

func TestReplicaKernelLikeCell(t *testing.T) {
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	run(t, eng, "import (\n\"fmt\"\nmp \"github.com/goteach/goteach/mpkit\"\n)")
	run(t, eng, "func sq(x int) int { return x*x }\nfmt.Println(sq(3))")
	rep, err := engine.NewReplica(engine.Options{Lean: true}, eng.Decls())
	if err != nil {
		t.Fatal(err)
	}
	run(t, eng, `type T struct{A int; B string}
var base = 10
func useT(t T) int { return t.A + base + len(t.B) }
q := mp.NewQueue()
func putT(q *mp.Queue, t T) { q.Put(useT(t)) }
base = 100
fmt.Println(q.Qsize())`)
	for _, d := range eng.Decls() {
		t.Logf("%s %s typed=%q src=%q", d.Kind, d.Name, d.Typed, d.Src)
	}
	b, _ := json.Marshal(eng.Decls())
	var decls []engine.Decl
	json.Unmarshal(b, &decls)
	if err := rep.Apply(decls); err != nil {
		t.Fatal(err)
	}
}

// A task func returning a declared non-struct type runs in the child as a
// wrapper returning it boxed, of the type the parent expects.
func TestTaskFuncBoxesDeclaredResults(t *testing.T) {
	eng, err := engine.New(engine.Options{})
	if err != nil {
		t.Fatal(err)
	}
	run(t, eng, `import "fmt"`)
	run(t, eng, "type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.1fC\", float64(c)) }\n"+
		"func double(c Celsius) (Celsius, error) { return 2 * c, nil }\nfunc plain(x int) int { return x }")
	rep, err := engine.NewReplica(engine.Options{Lean: true}, eng.Decls())
	if err != nil {
		t.Fatal(err)
	}
	fn, err := rep.TaskFunc("double")
	if err != nil {
		t.Fatal(err)
	}
	declared, err := eng.Eval("double")
	if err != nil {
		t.Fatal(err)
	}
	if want := engine.TaskType(eng.Decls(), "double", declared.Type()); fn.Type() != want {
		t.Fatalf("task func of type %v, the parent expects %v", fn.Type(), want)
	}
	out := fn.Call([]reflect.Value{reflect.ValueOf(2.0)})
	box := out[0].Elem()
	if box.Kind() != reflect.Struct || box.NumField() != 1 || box.Type().Field(0).Tag.Get("gt") != "box main.Celsius" || box.Field(0).Float() != 4 {
		t.Fatalf("result %#v, want Celsius(4) boxed", out[0].Interface())
	}
	plain, err := rep.TaskFunc("plain")
	if err != nil || plain.Type() != reflect.TypeOf(func(int) int { return 0 }) {
		t.Fatalf("plain: %v %v", plain, err)
	}
}
