package engine

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/goteach/goteach/kernel"
)

func TestSplitCell(t *testing.T) {
	cell := `import "fmt"

// Double doubles.
func Double(x int) int { return 2 * x }

x := Double(3)
fmt.Println(x)

type P struct{ X, Y int }

func (p P) Sum() int { return p.X + p.Y }

const (
	A = iota
	B
)

func() { fmt.Println("iife") }()
for i := 0; i < 2; i++ { fmt.Println(i) }
if v := x; v > 0 { fmt.Println("pos") }
if _, ok := interface{}(x).(fmt.Stringer); !ok { fmt.Println("no") }
P{1, 2}.Sum()`
	pieces, err := splitCell(cell)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	names := map[pieceKind][]string{}
	for _, p := range pieces {
		kinds = append(kinds, [...]string{"import", "type", "const", "func", "var", "stmt", "expr"}[p.kind])
		names[p.kind] = append(names[p.kind], p.names...)
	}
	want := "import func var expr type func const expr stmt stmt stmt expr"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("kinds = %s\nwant    %s", got, want)
	}
	if got := strings.Join(names[pkFunc], ","); got != "Double,P.Sum" {
		t.Errorf("funcs = %s", got)
	}
	if got := strings.Join(names[pkConst], ","); got != "A,B" {
		t.Errorf("consts = %s", got)
	}
	if pieces[1].docStart == pieces[1].start {
		t.Errorf("doc comment of Double not attached")
	}

	s := newSession(t)
	r := s.run(cell)
	if r.stdout != "6\niife\n0\n1\npos\nno\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	if r.text() != "3" {
		t.Errorf("result = %q, want 3", r.text())
	}
	s.expect("B", "1")
}

func TestDeclarationsInAnyOrder(t *testing.T) {
	s := newSession(t)
	// main uses helpers declared below it; x uses a func declared after.
	r := s.run(`import "fmt"
func main() { fmt.Println("main:", helper()) }
x := later()
func helper() int { return x + 1 }
func later() int { return 41 }
fmt.Println("x =", x)`)
	if r.stdout != "x = 41\nmain: 42\n" {
		t.Errorf("stdout = %q", r.stdout)
	}
	// main does not run again on later cells.
	s.prints(`fmt.Println("next")`, "next\n")
	s.prints(`a, err := fmt.Println("t")
b, err := fmt.Println("uu")
fmt.Println(a, b, err)`, "t\nuu\n2 3 <nil>\n")
}

func TestResults(t *testing.T) {
	s := newSession(t)
	s.run(`import ("fmt"; "strconv"; "errors")`)
	s.expect(`[]int{0, 1, 4}`, "[0 1 4]")
	s.expect(`"hi"`, `"hi"`)
	s.expect(`fmt.Println("x")`, "")
	s.expect(`fmt.Printf("%d\n", 3)`, "")
	s.expect(`fmt.Sprint(42)`, `"42"`)
	s.expect(`strconv.Atoi("12")`, "12 <nil>")
	s.expect(`type T struct{ A int; B string }
T{1, "b"}`, "{A:1 B:b}")
	s.expect(`func nothing() {}
nothing()`, "")
	s.expect(`var e error
e`, "")
	s.expect(`errors.New("boom")`, "boom")
	s.expect(`type C float64
func (c C) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
C(21.5)`, "21.5°C")
	s.expect(`x := 3; x * x`, "9")
	// A value of a declared non-struct type held in an any (boxed).
	s.expect(`var held any = C(3)
held`, "3.0°C")
	s.expect(`[]any{C(1), 2, map[string]any{"c": C(2)}}`, "[1.0°C 2 map[c:2.0°C]]")
	// Silent cells show nothing.
	out := &fakeOutput{}
	s.e.Execute(context.Background(), kernelReq("1+1", true), out)
	if len(out.results) != 0 {
		t.Errorf("silent cell sent a result")
	}
}

func TestRichResults(t *testing.T) {
	s := newSession(t)
	r := s.run(`type Page struct{ Title string }
func (p Page) HTML() string { return "<h1>" + p.Title + "</h1>" }
Page{"hello"}`)
	if len(r.out.results) != 1 || r.out.results[0]["text/html"] != "<h1>hello</h1>" {
		t.Fatalf("results = %v", r.out.results)
	}
	r = s.run(`import "image"
image.NewRGBA(image.Rect(0, 0, 4, 3))`)
	if len(r.out.results) != 1 || r.out.results[0]["image/png"] == nil {
		t.Fatalf("image result = %v", r.out.results)
	}
	r = s.run(`type MD int
func (m MD) Markdown() string { return "**bold**" }
MD(1)`)
	if len(r.out.results) != 1 || r.out.results[0]["text/markdown"] != "**bold**" {
		t.Fatalf("markdown result = %v", r.out.results)
	}
}

func TestRedefineFunc(t *testing.T) {
	s := newSession(t)
	s.run(`func h() int { return 1 }`)
	s.run(`func callH() int { return h() }`)
	s.expect(`callH()`, "1")
	s.run(`func h() int { return 2 }`)
	s.expect(`callH()`, "2")
	// New signature, used in the same cell.
	s.expect(`func h() string { return "three" }
func callH() string { return h() + "!" }
callH()`, `"three!"`)
}

// TestRedefineFuncNewSignature redefines a func with a new signature
// while an earlier func still calls the old one, as a lesson does when
// job(n int) becomes job(name string, n int): the redefinition wins, the
// caller leaves the session with a note, and calling it says why.
func TestRedefineFuncNewSignature(t *testing.T) {
	s := newSession(t)
	s.run(`func job(n int) int { return n * n }`)
	s.run(`func runAll() int { return job(2) + job(3) }`)
	s.expect(`runAll()`, "13")
	r := s.run(`func job(name string, n int) string { return fmt.Sprint(name, n*n) }`)
	notes := strings.Join(r.out.streams, "")
	if !strings.Contains(notes, "func runAll (In[2]) no longer compiles") {
		t.Errorf("no note naming runAll: %q", notes)
	}
	s.expect(`job("w", 4)`, `"w16"`)
	ev, _ := s.fail(`runAll()`)
	if !strings.Contains(ev.Value, "undefined: runAll") || !strings.Contains(ev.Value, "In[2]") || !strings.Contains(ev.Value, "job") {
		t.Errorf("error %q should say where runAll was defined and what changed", ev.Value)
	}
	// Declaring it again against the new job brings it back.
	s.run(`func runAll() string { return job("a", 1) + job("b", 2) }`)
	s.expect(`runAll()`, `"a1b4"`)
}

func TestRedefineType(t *testing.T) {
	s := newSession(t)
	s.run(`type T struct{ A int }
func show(t T) int { return t.A }
t := T{7}
ts := []T{{1}, {2}}`)
	s.fail(`T{1, 2}.B`)
	s.run(`type T struct{ A, B int }`)
	s.expect(`T{1, 2}.B`, "2")
	s.expect(`t`, "{A:7 B:0}")
	s.expect(`ts`, "[{A:1 B:0} {A:2 B:0}]")
	s.expect(`show(T{5, 6})`, "5")
	// A redefinition that breaks older code wins, as in Python: the code
	// that no longer compiles leaves the session with a note, and a
	// later call of it says why it is gone.
	r := s.run(`type T struct{ B int }`)
	if notes := strings.Join(r.out.streams, ""); !strings.Contains(notes, "func show (In[1]) no longer compiles") {
		t.Errorf("no note about show: %q", notes)
	}
	ev, _ := s.fail(`show(T{5})`)
	if !strings.Contains(ev.Value, "undefined: show") || !strings.Contains(ev.Value, "removed from the session") {
		t.Errorf("error %q should say why show is gone", ev.Value)
	}
	s.expect(`T{2}.B`, "2")
}

func TestRedefineVar(t *testing.T) {
	s := newSession(t)
	s.run(`import "fmt"
x := 5
func show() string { return fmt.Sprint(x) }`)
	s.expect(`show()`, `"5"`)
	s.run(`x := 10`)
	s.expect(`show()`, `"10"`)
	s.run(`x = 11`)
	s.expect(`show()`, `"11"`)
	s.run(`x := "str"`)
	s.expect(`show()`, `"str"`)
	s.expect(`x`, `"str"`)
	// Re-running the same declaration resets the value.
	s.run(`counter := 0
func inc() { counter++ }`)
	s.run(`inc(); inc()`)
	s.expect(`counter`, "2")
	s.run(`counter := 0`)
	s.expect(`counter`, "0")
	s.run(`inc()`)
	s.expect(`counter`, "1")
	s.run(`var y int = 3`)
	s.run(`var y int = 3`)
	s.expect(`y`, "3")
}

func TestReimport(t *testing.T) {
	s := newSession(t)
	s.run(`import "strings"`)
	s.run(`import "strings"`)
	s.expect(`strings.ToUpper("a")`, `"A"`)
	s.run(`import str "strings"`)
	s.expect(`str.ToUpper("b") + strings.ToLower("C")`, `"Bc"`)
	s.run(`import (
	"fmt"
	"strings"
)
fmt.Sprint(strings.Repeat("x", 2))`)
	ev, _ := s.fail(`import "no/such/pkg"`)
	if !strings.Contains(ev.Value, "no/such/pkg") {
		t.Errorf("error = %q", ev.Value)
	}
	s.expect(`strings.Repeat("y", 2)`, `"yy"`)
}

func TestFailedCellLeavesSessionUntouched(t *testing.T) {
	s := newSession(t)
	s.run(`func m2() int { return 2 }
v := 1`)
	// A cell that declares, prints and then fails to compile.
	ev, r := s.fail(`import "fmt"
func useM() int { return m * 2 }
v := 100
fmt.Println("should not print")`)
	if ev.Name != ErrCompile || !strings.HasPrefix(ev.Value, "2:") || !strings.Contains(ev.Value, "undefined: m") {
		t.Errorf("error = %s %q", ev.Name, ev.Value)
	}
	if r.stdout != "" {
		t.Errorf("a cell that does not compile printed %q", r.stdout)
	}
	s.expect(`v`, "1")
	s.expect(`m2()`, "2")
	s.run(`var m = 4
func useM() int { return m * 2 }`)
	s.expect(`useM()`, "8")
	// A package used without its import is imported as goimports would.
	s.expect(`fmt.Sprint(1)`, `"1"`)
	// Statements that do not compile.
	s.fail(`v = "str"`)
	s.expect(`v + m2()`, "3")
	s.fail(`type Bad struct{ A undefinedType }`)
	s.run(`type Bad struct{ A int }`)
	s.expect(`Bad{3}.A`, "3")
}

func TestCompileErrorPosition(t *testing.T) {
	s := newSession(t)
	ev, _ := s.fail("a := 1\n\nb := a +\n  undefinedName\n")
	if ev.Value != "4:3: undefined: undefinedName" {
		t.Errorf("evalue = %q", ev.Value)
	}
	tb := strings.Join(ev.Traceback, "\n")
	if !strings.Contains(tb, "  undefinedName") || !strings.Contains(tb, "line 4") || !strings.Contains(tb, "^") {
		t.Errorf("traceback does not show the line:\n%s", tb)
	}
	ev, _ = s.fail("import \"fmt\"\nfunc f() {\n\tfmt.Println(nope)\n}")
	if ev.Value != "3:14: undefined: nope" {
		t.Errorf("evalue = %q", ev.Value)
	}
	ev, _ = s.fail("x := 1\ny := x +* 2")
	if !strings.HasPrefix(ev.Value, "2:") || ev.Name != ErrCompile {
		t.Errorf("syntax error = %s %q", ev.Name, ev.Value)
	}
	ev, _ = s.fail("\tfor i := 0; i < 3; i++ {\n\t\tundefinedThing++\n\t}")
	if ev.Value != "2:3: undefined: undefinedThing" {
		t.Errorf("evalue = %q", ev.Value)
	}
}

// A session variable named as a builtin the lowered code calls hides it
// from the next cells' code; the compile error says so. Inside a func the
// name is the cell's own business.
func TestSessionVarNamedAsBuiltin(t *testing.T) {
	s := newSession(t)
	s.run("len := 3")
	ev, _ := s.fail("xs := []int{1, 2, 3, 4}\ny := xs[len]")
	if ev.Name != ErrCompile || !strings.Contains(ev.Value, "the session's variable `len` hides Go's builtin `len`") {
		t.Errorf("error = %s %q", ev.Name, ev.Value)
	}
	s = newSession(t)
	s.run("func at(xs []int, i int) int {\n\tlen := i\n\treturn xs[len]\n}")
	s.expect("at([]int{5, 6}, 1)", "6")
}

func TestPanicTraceback(t *testing.T) {
	s := newSession(t)
	s.run(`func inner(n int) int {
	var a []int
	return a[n]
}
func outer() int { return inner(3) }`)
	ev, r := s.fail(`x := 1
y := outer() + x`)
	if ev.Name != ErrRuntime || !strings.Contains(ev.Value, "index out of range") {
		t.Errorf("ename %q evalue %q", ev.Name, ev.Value)
	}
	tb := strings.Join(ev.Traceback, "\n")
	for _, want := range []string{"In[1], line 3, in inner", "return a[n]", "In[1], line 5, in outer", "return inner(3)", "In[2], line 2", "y := outer() + x"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
	if r.stderr != "" {
		t.Errorf("stderr = %q", r.stderr)
	}
	ev, _ = s.fail(`import "fmt"
fmt.Println("before")
panic(fmt.Sprintf("boom %d", 7))`)
	if ev.Name != ErrPanic || ev.Value != "boom 7" {
		t.Errorf("ename %q evalue %q", ev.Name, ev.Value)
	}
	if tb := strings.Join(ev.Traceback, "\n"); !strings.Contains(tb, "In[3], line 3, in <cell>") {
		t.Errorf("traceback:\n%s", tb)
	}
	// A panic in the trailing expression names the expression.
	ev, _ = s.fail("var empty []int\nempty[3]")
	if tb := strings.Join(ev.Traceback, "\n"); !strings.Contains(tb, "In[4], line 2, in <cell>") || !strings.Contains(tb, "empty[3]") {
		t.Errorf("traceback of a trailing expression:\n%s", tb)
	}
	// A panic that is recovered is not an error.
	s.prints(`func safe() (err error) {
	defer func() {
		if r := recover(); r != nil { err = fmt.Errorf("recovered: %v", r) }
	}()
	panic("inner")
}
fmt.Println(safe())`, "recovered: inner\n")
	ev, _ = s.fail(`import "os"
os.Exit(3)`)
	if ev.Name != ErrExit {
		t.Errorf("os.Exit: %s %q", ev.Name, ev.Value)
	}
}

func TestInterrupt(t *testing.T) {
	s := newSession(t)
	s.run(`import "time"
kept := 42
ch := make(chan int)`)
	for _, code := range []string{
		"for {}",
		"time.Sleep(10 * time.Second)",
		"<-ch",
		"spins := 0\nfunc spin() { for { spins++ } }\nspin()",
		// (With a timer the deadlock check is off: select {} waits
		// until the interrupt.)
		"wake := time.NewTimer(time.Hour)\nselect {}\n_ = wake",
	} {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		start := time.Now()
		r := s.runWith(ctx, code, &fakeOutput{})
		took := time.Since(start)
		if r.res.Err == nil || r.res.Err.Name != ErrInterrupted {
			t.Fatalf("%q: error = %+v", code, r.res.Err)
		}
		// Left to run, these cells take 10 s or forever: far less means
		// the interrupt stopped them (how fast is for the benchmarks).
		if took >= 5*time.Second {
			t.Errorf("%q: the cell ran on after the interrupt (%v)", code, took)
		}
		s.expect("kept", "42")
	}
	s.expect("kept + 1", "43")
}

func TestDisplay(t *testing.T) {
	s := newSession(t)
	r := s.run(`import "github.com/goteach/goteach/kernel/display"
display.HTML("<b>x</b>")
display.Markdown("*y*")
h := display.NewHandle()
h.Text("0%")
h.Text("100%")
display.ClearOutput(true)
type Card struct{ N int }
func (c Card) HTML() string { return "<i>card</i>" }
display.Display(Card{1})`)
	o := r.out
	if len(o.displays) != 5 {
		t.Fatalf("displays = %+v", o.displays)
	}
	if o.displays[0].data["text/html"] != "<b>x</b>" || o.displays[1].data["text/markdown"] != "*y*" {
		t.Errorf("displays = %+v", o.displays)
	}
	if o.displays[2].update || !o.displays[3].update || o.displays[3].transient["display_id"] == nil ||
		o.displays[2].transient["display_id"] != o.displays[3].transient["display_id"] {
		t.Errorf("handle displays = %+v %+v", o.displays[2], o.displays[3])
	}
	if o.displays[4].data["text/html"] != "<i>card</i>" {
		t.Errorf("Display(Card) = %+v", o.displays[4].data)
	}
	if o.clears != 1 {
		t.Errorf("clears = %d", o.clears)
	}
}

func TestStdin(t *testing.T) {
	s := newSession(t)
	out := &fakeOutput{inputs: []string{"Ada", "3 4"}}
	r := s.runWith(context.Background(), `import ("bufio"; "fmt"; "os")
name, _ := bufio.NewReader(os.Stdin).ReadString('\n')
var a, b int
fmt.Scan(&a, &b)
fmt.Printf("%s%d\n", name, a+b)`, out)
	if r.res.Err != nil {
		t.Fatal(r.res.Err)
	}
	if r.stdout != "Ada\n7\n" || out.prompts != 2 {
		t.Errorf("stdout %q, prompts %d", r.stdout, out.prompts)
	}
	// Without input from the front end, standard input is empty, as
	// for go run < /dev/null.
	out = &fakeOutput{noInput: true}
	r = s.runWith(context.Background(), `var z int
_, err := fmt.Scan(&z)
fmt.Println(err == io.EOF)`, out)
	if r.res.Err != nil || r.stdout != "true\n" {
		t.Errorf("without stdin: err %v stdout %q", r.res.Err, r.stdout)
	}
	// ^D ends the input: a program reading to the end finishes, and
	// reads after it see the end too; the next cell reads again.
	out = &fakeOutput{inputs: []string{"to be", "or not", "^D", "never asked"}}
	r = s.runWith(context.Background(), `sc := bufio.NewScanner(os.Stdin)
lines := 0
for sc.Scan() {
	lines++
}
_, err2 := bufio.NewReader(os.Stdin).ReadString('\n')
fmt.Println(lines, sc.Err(), err2)`, out)
	if r.res.Err != nil || r.stdout != "2 <nil> EOF\n" || out.prompts != 3 {
		t.Errorf("ended by ^D: err %v stdout %q prompts %d", r.res.Err, r.stdout, out.prompts)
	}
	out = &fakeOutput{inputs: []string{"again"}}
	r = s.runWith(context.Background(), `line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
fmt.Print(line)`, out)
	if r.res.Err != nil || r.stdout != "again\n" {
		t.Errorf("after ^D in an earlier cell: err %v stdout %q", r.res.Err, r.stdout)
	}
}

func TestMagics(t *testing.T) {
	s := newSession(t)
	s.run(`x := 5
name := "go"`)
	r := s.run("%who")
	who := strings.Join(r.out.streams, "")
	if !strings.Contains(who, "x") || !strings.Contains(who, "int") || !strings.Contains(who, `"go"`) {
		t.Errorf("%%who = %q", who)
	}
	r = s.run("%%time\ny := x * 2")
	if !strings.Contains(strings.Join(r.out.streams, ""), "Wall time") {
		t.Errorf("%%%%time printed %q", r.out.streams)
	}
	s.expect("y", "10")
	r = s.run("%time x + 1")
	if r.text() != "6" || !strings.Contains(strings.Join(r.out.streams, ""), "Wall time") {
		t.Errorf("%%time: result %q streams %q", r.text(), r.out.streams)
	}
	r = s.run("%env GOTEACH_TEST_VAR=abc")
	r = s.run("%env GOTEACH_TEST_VAR")
	if !strings.Contains(strings.Join(r.out.streams, ""), "abc") {
		t.Errorf("%%env = %q", r.out.streams)
	}
	s.expect(`import "os"
os.Getenv("GOTEACH_TEST_VAR")`, `"abc"`)
	r = s.run("!echo shell-$((1+2))")
	if r.stdout != "shell-3\n" {
		t.Errorf("!echo printed %q", r.stdout)
	}
	r = s.run("%help")
	if !strings.Contains(strings.Join(r.out.streams, ""), "%who") {
		t.Errorf("%%help = %q", r.out.streams)
	}
	ev, _ := s.fail("%nosuchmagic")
	if ev.Name != ErrMagic {
		t.Errorf("unknown magic: %v", ev)
	}
	r = s.run("%reset")
	s.fail("x")
	// Help pages.
	r = s.run(`import "fmt"`)
	r = s.run("fmt.Println?")
	if len(r.res.Payload) != 1 || r.res.Payload[0]["source"] != "page" {
		t.Fatalf("payload = %v", r.res.Payload)
	}
	text := r.res.Payload[0]["data"].(map[string]any)["text/plain"].(string)
	if !strings.Contains(text, "Println") {
		t.Errorf("page = %q", text)
	}
	r = s.run("?fmt.Sprintf")
	if len(r.res.Payload) != 1 {
		t.Errorf("?fmt.Sprintf payload = %v", r.res.Payload)
	}
}

func TestScopeAndWorkerAPI(t *testing.T) {
	s := newSession(t)
	s.run(`import (
	"strings"
	"math/big"
)
type Job struct{ N int }
// limit is the most work.
const limit = 10
var total int
scale := 3
b := big.NewInt(5)
jobs := []*Job{{1}, {2}}
func work(j *Job) int { return helper(j.N) * scale }
func helper(n int) int { total += n; return n }
func unrelated() string { return strings.ToUpper("x") }`)
	decls := s.e.Decls()
	kinds := map[string]string{}
	typed := map[string]string{}
	for _, d := range decls {
		kinds[d.Name] = d.Kind
		typed[d.Name] = d.Typed
	}
	if kinds["strings"] != "import" || kinds["Job"] != "type" || kinds["limit"] != "const" || kinds["work"] != "func" || kinds["scale"] != "var" {
		t.Errorf("kinds = %v", kinds)
	}
	if typed["scale"] != "var scale int" || typed["b"] != "var b *big.Int" || typed["jobs"] != "var jobs []*Job" || typed["total"] != "var total int" {
		t.Errorf("typed = %v", typed)
	}
	vars, funcs := s.e.Reaches("work")
	if strings.Join(vars, ",") != "total,scale" || strings.Join(funcs, ",") != "work,helper" {
		t.Errorf("Reaches(work) = %v %v", vars, funcs)
	}
	sc := s.e.Scope()
	if sc.Imports()["big"] != "math/big" {
		t.Errorf("imports = %v", sc.Imports())
	}
	if v, ok := sc.Value("scale"); !ok || v.Int() != 3 {
		t.Errorf("Value(scale) = %v %v", v, ok)
	}
	foundDoc := false
	for _, d := range sc.Decls() {
		if d.Name == "limit" && strings.Contains(d.Doc, "most work") {
			foundDoc = true
		}
	}
	if !foundDoc {
		t.Errorf("doc of limit missing: %+v", sc.Decls())
	}
	if _, ok := sc.Symbols()["fmt/fmt"]["Println"]; !ok {
		t.Errorf("symbols lack fmt")
	}

	// A replica declares the same things and takes the values.
	rep, err := NewReplica(Options{}, decls)
	if err != nil {
		t.Fatal(err)
	}
	g := s.e.Globals()
	if w := rep.Set(map[string]reflect.Value{"scale": g["scale"], "jobs": g["jobs"]}); len(w) != 0 {
		t.Errorf("warnings %v", w)
	}
	f, err := rep.Eval("work")
	if err != nil {
		t.Fatal(err)
	}
	jobs := rep.Globals()["jobs"]
	out := f.Call([]reflect.Value{jobs.Index(1)})
	if out[0].Int() != 6 {
		t.Errorf("replica work(jobs[1]) = %v", out[0])
	}
	if rep.Globals()["total"].Int() != 2 {
		t.Errorf("replica total = %v", rep.Globals()["total"])
	}
	// The engine's own func values are callable too.
	ef, err := s.e.Eval("helper")
	if err != nil || ef.Call([]reflect.Value{reflect.ValueOf(4)})[0].Int() != 4 {
		t.Errorf("Eval(helper) = %v %v", ef, err)
	}
}

func kernelReq(code string, silent bool) kernel.ExecuteRequest {
	return kernel.ExecuteRequest{Code: code, Silent: silent, ExecutionCount: 1}
}

func TestLocalNamesAreNotGlobals(t *testing.T) {
	s := newSession(t)
	// Double's parameter x is not the global x the cell declares.
	s.expect("func Double(x int) int { return 2 * x }\nx := Double(3)\nx", "6")
	s.expect("const (\n\tA = iota\n\tB\n)\nfunc f() int { y := B; return y }\ny := f() + 1\ny", "2")
}

// A goroutine that panics while its cell runs ends the cell as it would
// end a Go program (the rest of the cell and its deferred calls do not
// run), with the goroutine's panic as the error; the session goes on.
func TestGoroutinePanicEndsTheCell(t *testing.T) {
	s := newSession(t)
	s.run(`import ("sync"; "fmt")
func worker(n int, wg *sync.WaitGroup) {
	if n == 2 {
		panic(fmt.Sprint("worker ", n, " failed"))
	}
	wg.Done()
}
results := make(chan int, 3)`)
	ev, r := s.fail(`defer fmt.Println("deferred")
var wg sync.WaitGroup
for i := 0; i < 3; i++ {
	wg.Add(1)
	go worker(i, &wg)
}
wg.Wait()
fmt.Println("after the workers")`)
	tb := strings.Join(ev.Traceback, "\n")
	if ev.Name != ErrPanic || ev.Value != "worker 2 failed" || !strings.Contains(tb, "in worker") || !strings.Contains(tb, "goroutine panicked") {
		t.Errorf("error %s: %q\n%s", ev.Name, ev.Value, tb)
	}
	if r.stdout != "" {
		t.Errorf("the cell went on: %q", r.stdout)
	}
	r = s.run(`go func(c chan int) { c <- 7 }(results)
<-results`)
	if r.text() != "7" {
		t.Errorf("result %q", r.text())
	}
	// Arguments are evaluated by the go statement, as in Go.
	s.prints(`func show(i int, done chan bool) { fmt.Println(i); done <- true }
done := make(chan bool)
for i := 0; i < 3; i++ {
	go show(i*10, done)
	<-done
}`, "0\n10\n20\n")
}

func TestImportModulePackages(t *testing.T) {
	s := newSession(t)
	s.expect(`import mp "github.com/goteach/goteach/mpkit"
mp.CPUCount() > 0`, "true")
	s.run(`import mp "github.com/goteach/goteach/mpkit"`)
	if s.e.Scope().Imports()["mp"] != "github.com/goteach/goteach/mpkit" {
		t.Errorf("imports = %v", s.e.Scope().Imports())
	}
	s.run(`q := mp.NewQueue()`)
	for _, d := range s.e.Decls() {
		if d.Name == "q" && d.Typed != "var q *mp.Queue" {
			t.Errorf("typed form of q = %q", d.Typed)
		}
	}
}

func TestAssistAndIsComplete(t *testing.T) {
	s := newSession(t)
	s.run(`import "strings"
counter := 1
func job(a, d int) int { return a + d }`)
	for code, want := range map[string]string{
		"x := 1":                     "complete",
		"func f() {":                 "incomplete",
		"%who":                       "complete",
		"fmt.Println?":               "complete",
		"x := )":                     "invalid",
		"for i := 0; i < 3; i++ {\n": "incomplete",
	} {
		if got, _ := s.e.IsComplete(code); got != want {
			t.Errorf("IsComplete(%q) = %s, want %s", code, got, want)
		}
	}
	c := s.e.Complete("strings.ToU", len("strings.ToU"))
	if len(c.Matches) == 0 || c.Matches[0] != "ToUpper" && c.Matches[0] != "strings.ToUpper" {
		t.Errorf("Complete = %+v", c)
	}
	c = s.e.Complete("cou", 3)
	found := false
	for _, m := range c.Matches {
		found = found || m == "counter"
	}
	if !found {
		t.Errorf("Complete(cou) = %+v", c)
	}
	if r := s.e.Inspect("job(1, 2)", 1, 0); !r.Found {
		t.Errorf("Inspect(job) not found")
	}

	// Offsets count code points (as the protocol does), also after text
	// that is not ASCII.
	code := "s := \"世界\"\nstrings.ToU"
	n := utf8.RuneCountInString(code)
	c = s.e.Complete(code, n)
	if c.CursorEnd != n || c.CursorStart != n-len("ToU") && c.CursorStart != n-len("strings.ToU") {
		t.Errorf("Complete after non-ASCII text: range [%d, %d), want end %d", c.CursorStart, c.CursorEnd, n)
	}
	code = "s := \"世界\"\njob(1, 2)"
	if r := s.e.Inspect(code, utf8.RuneCountInString(code)-len("(1, 2)"), 0); !r.Found {
		t.Errorf("Inspect(job) after non-ASCII text not found")
	}
}

// TestAssistFromTypeChecker pins completion and inspection answered by
// the front end's type check of the text being typed: members of values
// whose type only the checker knows (a generic call's result, a value
// received from a channel, a compiled type's pointer methods), and the
// type a local was inferred to have.
func TestAssistFromTypeChecker(t *testing.T) {
	s := newSession(t)
	s.run(`type Point struct{ X, Y int }
func (p *Point) Move(dx int) { p.X += dx }
type Named struct {
	Point
	Name string
}
var pts = map[string][]Named{}
func first[T any](xs []T) T { return xs[0] }`)
	want := []string{"Move", "Name", "Point", "X", "Y"}
	for _, code := range []string{
		"m := slices.Collect(maps.Values(pts))\nm[0][0].",
		"fmt.Println(first(pts[\"a\"]).",
		"for _, v := range pts {\n\tif len(v) > 0 {\n\t\tv[0].",
		"ch := make(chan Named)\n(<-ch).",
	} {
		if c := s.e.Complete(code, len(code)); !reflect.DeepEqual(c.Matches, want) {
			t.Errorf("Complete(%q) = %q, want %q", code, c.Matches, want)
		}
	}
	code := "var sb strings.Builder\nsb.Wri"
	if c := s.e.Complete(code, len(code)); !reflect.DeepEqual(c.Matches, []string{"Write", "WriteByte", "WriteRune", "WriteString"}) {
		t.Errorf("Complete(%q) = %q", code, c.Matches)
	}
	code = "x := max(3, 4.5)\nfmt.Println(x)"
	r := s.e.Inspect(code, len(code)-2, 0)
	if text, _ := r.Data["text/plain"].(string); !r.Found || !strings.HasPrefix(text, "var x float64") {
		t.Errorf("Inspect(x) = %v %q", r.Found, text)
	}
	code = "n := first(pts[\"a\"])\nn.Move(1)"
	r = s.e.Inspect(code, len(code)-4, 0)
	if text, _ := r.Data["text/plain"].(string); !r.Found || !strings.Contains(text, "Move(dx int)") {
		t.Errorf("Inspect(n.Move) = %v %q", r.Found, text)
	}
}

// TestFlagsRerun runs a cell declaring and parsing flags twice: a program
// run afresh declares its flags once, so the second run replaces them
// instead of panicking ("flag redefined"), and Parse reads the cell's
// own empty command line, not the kernel's.
func TestFlagsRerun(t *testing.T) {
	s := newSession(t)
	cell := `import "flag"
n := flag.Int("n", 3, "count")
flag.Parse()
fmt.Println(*n, flag.NArg(), len(os.Args))`
	for range 2 {
		r := s.run(cell)
		if got := r.stdout; got != "3 0 1\n" {
			t.Fatalf("output %q", got)
		}
	}
}
