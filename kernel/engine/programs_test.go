package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/goteach/goteach/internal/oracle"
	"github.com/goteach/goteach/kernel"
)

// goRun is what the Go toolchain does with a program: the oracle.
type goRun struct {
	stdout, stderr string
	exit           int
	panicMsg       string // the text after "panic: " of the last panic, when it panicked
	panicLine      int    // the line of the innermost frame in the program
	panicFrames    []int  // the program lines of the crash's frames, innermost first
	// panicChain are the lines that name the panics recovered on the way
	// of the last ("A [recovered]", "B [recovered, repanicked]"), with
	// the last: the error's traceback shows them.
	panicChain []string
	// fatal is the message of a fatal error ("all goroutines are asleep
	// - deadlock!"), fatalStates the states of the goroutines Go lists.
	fatal       string
	fatalStates []string
	// lines are the program's lines, without their indentation: the
	// source a traceback shows under a frame is one of them.
	lines map[string]bool
}

// cellDeadline bounds a program's cell: one that never ends (a deadlock
// the engine missed) fails as interrupted instead of stopping the suite.
func cellDeadline(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// recoveredSuffixes mark a panic of a chain that a deferred call recovered.
var recoveredSuffixes = []string{" [recovered]", " [recovered, repanicked]"}

var goFrame = regexp.MustCompile(`(?m)^\t.*/prog\.go:(\d+)`)

// goState is a goroutine's state in Go's dump ("goroutine 18 [chan
// send]:") and in the kernel's report of a deadlock.
var goState = regexp.MustCompile(`(?m)^goroutine (?:\d+ )?(?:gp=\S+ m=\S+ (?:mp=\S+ )?)?\[([^\]]+)\]`)

// address is a pointer as fmt and the runtime print it: no two processes
// print the same one, so runs compare with addresses masked.
var address = regexp.MustCompile(`\b0x[0-9a-f]{6,}\b`)

func maskAddresses(s string) string { return address.ReplaceAllString(s, "0xADDR") }

// ansi matches the color escapes of a traceback.
var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

// runWithGo builds src with the Go toolchain in a temporary directory
// and runs it.
func runWithGo(t *testing.T, src string) goRun {
	t.Helper()
	prog := oracle.GoBuild(t, src)
	cmd := exec.Command(prog)
	cmd.Dir = filepath.Dir(prog)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := goRun{stdout: out.String(), stderr: errb.String(), lines: map[string]bool{}}
	for _, l := range strings.Split(src, "\n") {
		r.lines[strings.TrimSpace(l)] = true
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.exit = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running the program: %v", err)
	}
	if i := strings.Index(r.stderr, "fatal error: "); i >= 0 {
		// A deadlock: the message, and the goroutines' states.
		msg, _, _ := strings.Cut(r.stderr[i+len("fatal error: "):], "\n")
		r.fatal = msg
		for _, m := range goState.FindAllStringSubmatch(r.stderr[i:], -1) {
			r.fatalStates = append(r.fatalStates, m[1])
		}
		if strings.Contains(r.stderr[i:], "\nruntime.throw(") {
			// A throw lists the runtime's own goroutines too: only
			// the program's is the kernel's to name.
			r.fatalStates = r.fatalStates[:min(1, len(r.fatalStates))]
		}
		r.stderr = r.stderr[:i]
		return r
	}
	if i := strings.Index(r.stderr, "panic: "); i >= 0 {
		block, _, _ := strings.Cut(r.stderr[i:], "\n\n")
		for _, l := range strings.Split(block, "\n") {
			if v, ok := strings.CutPrefix(strings.TrimPrefix(l, "\t"), "panic: "); ok {
				r.panicChain = append(r.panicChain, v)
			} else if n := len(r.panicChain); n > 0 && strings.HasPrefix(l, "\t") {
				r.panicChain[n-1] += "\n" + l // a value's later line, after a tab
			}
		}
		last := r.panicChain[len(r.panicChain)-1]
		for _, s := range recoveredSuffixes {
			last = strings.TrimSuffix(last, s)
		}
		r.panicMsg = last
		if len(r.panicChain) == 1 && r.panicChain[0] == last {
			r.panicChain = nil // one panic: its message says it all
		}
		r.panicFrames = goFrames(r.stderr)
		if len(r.panicFrames) > 0 {
			r.panicLine = r.panicFrames[0]
		}
		r.stderr = r.stderr[:i]
	}
	return r
}

// goFrames returns the program lines of the panicking goroutine's
// frames in a Go traceback, innermost first; the line a goroutine was
// created at is not a frame. A panic raised by a deferred call while an
// earlier one unwound the stack has the earlier one's frames below a
// frame of the runtime's panic: the kernel names the frames of the panic
// that crashed only (the README says so), and so does this.
func goFrames(stderr string) []int {
	var lines []int
	created := false
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "panic(") {
			break
		}
		if strings.HasPrefix(l, "created by ") {
			created = true
			continue
		}
		if m := goFrame.FindStringSubmatch(l); m != nil && !created {
			n, _ := strconv.Atoi(m[1])
			lines = append(lines, n)
		}
		created = false
	}
	return lines
}

// cellFrame is the traceback's naming of a cell line.
// frameSource is the source line a traceback shows under a frame.
var frameSource = regexp.MustCompile(`(?m)^ *\d+ \| (.*)$`)

var cellFrame = regexp.MustCompile(`In\[(\d+)\], line (\d+),`)

// programCells cuts a program as a teacher would over cells: its
// imports, each declaration on its own (a declaration after those it
// uses, and after the methods of the types it uses), and main last, its
// body as top-level statements (main stays whole when its body returns
// or uses labels). It returns each cell and
// the program lines each cell spans.
func programCells(t *testing.T, src string) (cells []string, spans [][2]int) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "prog.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	type cut struct {
		start, end int
		defs, uses map[string]bool
		names      map[string]bool // uses not after a dot (i.dir is no use of type dir)
		recv       string          // a method's receiver type
		isFunc     bool            // a func or method declaration
		parts      []*cut          // declarations merged into this cell
	}
	var decls []*cut
	var mainCut *cut
	for _, d := range f.Decls {
		start := off(d.Pos())
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Doc != nil {
			start = off(fd.Doc.Pos())
		} else if gd, ok := d.(*ast.GenDecl); ok && gd.Doc != nil {
			start = off(gd.Doc.Pos())
		}
		c := &cut{start: start, end: off(d.End()), defs: map[string]bool{}, uses: map[string]bool{}, names: map[string]bool{}}
		fd, ok := d.(*ast.FuncDecl)
		if ok && fd.Name.Name == "main" && fd.Recv == nil {
			if !wholeMain(fd) {
				// The body's statements, from the line after the brace.
				c.start = off(fd.Body.Lbrace) + 1
				if src[c.start] == '\n' {
					c.start++
				}
				c.end = off(fd.Body.Rbrace)
			}
			mainCut = c
			continue
		}
		switch d := d.(type) {
		case *ast.FuncDecl:
			c.defs[d.Name.Name] = true
			c.isFunc = true
			if d.Recv != nil && len(d.Recv.List) > 0 {
				if r := recvTypeName(d.Recv.List[0].Type); r != "?" {
					c.defs[r+"."+d.Name.Name] = true
					c.recv = r
				}
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					c.defs[sp.Name.Name] = true
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						c.defs[n.Name] = true
					}
				}
			}
		}
		sels := map[*ast.Ident]bool{} // names after a dot: fields and methods
		ast.Inspect(d, func(n ast.Node) bool {
			if se, ok := n.(*ast.SelectorExpr); ok {
				sels[se.Sel] = true
			}
			if id, ok := n.(*ast.Ident); ok && !c.defs[id.Name] {
				c.uses[id.Name] = true
				if !sels[id] {
					c.names[id.Name] = true
				}
			}
			return true
		})
		decls = append(decls, c)
	}
	// A func using a type uses its methods too (a func handing a *T to
	// sort.Sort needs T's Len, Less and Swap), except the type's own
	// methods. (A var's initialiser does not: its place in the order
	// decides when it is initialised, which Go decides by the funcs and
	// methods it calls.)
	for _, c := range decls {
		if !c.isFunc {
			continue
		}
		for _, o := range decls {
			if o.recv != "" && o.recv != c.recv && c.names[o.recv] {
				for n := range o.defs {
					if strings.HasPrefix(n, o.recv+".") {
						c.uses[n] = true
					}
				}
			}
		}
	}
	// Declarations in source order, each after the ones it uses; those
	// that use each other (mutually recursive funcs or methods) share a
	// cell, as a teacher would write them.
	reaches := func(from, to *cut) bool {
		seen := map[*cut]bool{from: true}
		stack := []*cut{from}
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, o := range decls {
				if seen[o] {
					continue
				}
				for name := range o.defs {
					if c.uses[name] {
						if o == to {
							return true
						}
						seen[o] = true
						stack = append(stack, o)
						break
					}
				}
			}
		}
		return false
	}
	var merged []*cut
	into := map[*cut]*cut{}
	for _, c := range decls {
		if into[c] != nil {
			continue
		}
		for _, o := range decls {
			if o != c && into[o] == nil && reaches(c, o) && reaches(o, c) {
				into[o] = c
			}
		}
		merged = append(merged, c)
	}
	for _, c := range decls {
		if m := into[c]; m != nil {
			m.parts = append(m.parts, c)
			for n := range c.defs {
				m.defs[n] = true
			}
			for n := range c.uses {
				m.uses[n] = true
			}
		}
	}
	for _, c := range merged {
		for n := range c.defs {
			delete(c.uses, n)
		}
	}
	decls = merged
	done := map[*cut]bool{}
	var order []*cut
	for len(order) < len(decls) {
		var next *cut
		for _, c := range decls {
			if done[c] {
				continue
			}
			ready := true
			for _, o := range decls {
				if o == c || done[o] {
					continue
				}
				for name := range o.defs {
					if c.uses[name] {
						ready = false
					}
				}
			}
			if ready {
				next = c
				break
			}
		}
		if next == nil {
			for _, c := range decls {
				if !done[c] {
					next = c
					break
				}
			}
		}
		done[next] = true
		order = append(order, next)
	}
	if mainCut != nil {
		order = append(order, mainCut)
	}
	for _, c := range order {
		text := src[c.start:c.end]
		first := 1 + strings.Count(src[:c.start], "\n")
		last := first + strings.Count(text, "\n")
		if len(c.parts) > 0 {
			// The cell runs from the first part to the last, with the
			// declarations between them that are not its own blanked,
			// so that its lines keep the program's numbers.
			end := c.end
			for _, pt := range c.parts {
				end = max(end, pt.end)
			}
			own := append([]*cut{c}, c.parts...)
			b := []byte(src[c.start:end])
			for i := range b {
				in := false
				for _, pt := range own {
					if c.start+i >= pt.start && c.start+i < pt.end {
						in = true
					}
				}
				if !in && b[i] != '\n' {
					b[i] = ' '
				}
			}
			text = string(b)
			last = first + strings.Count(text, "\n")
		}
		cells = append(cells, text)
		spans = append(spans, [2]int{first, last})
	}
	return cells, spans
}

// wholeMain reports whether main's body cannot be cell statements.
func wholeMain(fd *ast.FuncDecl) bool {
	whole := false
	for _, st := range fd.Body.List {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt, *ast.LabeledStmt:
				whole = true
			case *ast.BranchStmt:
				if n.Tok == token.GOTO {
					whole = true
				}
			}
			return !whole
		})
	}
	return whole
}

// TestProgramsMatchGo runs each program of testdata/lowering and
// testdata/semantics through the engine, as one cell and cut over cells
// as a teacher would, and compares what it prints and how it fails with
// the same program built by the Go toolchain.
func TestProgramsMatchGo(t *testing.T) {
	files, _ := filepath.Glob("testdata/lowering/*.go")
	for _, dir := range []string{"semantics", "teaching"} {
		more, _ := filepath.Glob("testdata/" + dir + "/*.go")
		files = append(files, more...)
	}
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	known := knownDifferences(t)
	for _, f := range files {
		name := filepath.Base(filepath.Dir(f)) + "/" + filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			defer lockTypes(t, string(src))()
			want := runWithGo(t, string(src))
			t.Run("one cell", func(t *testing.T) {
				s := newSession(t)
				r := s.runWith(cellDeadline(t), string(src), &fakeOutput{})
				check(t, known, name+" one cell", r.res.Err, compareRun(want, r.stdout, r.stderr, r.res.Err, oneCell))
			})
			t.Run("cells", func(t *testing.T) {
				cells, spans := programCells(t, string(src))
				s := newSession(t)
				var stdout, stderr strings.Builder
				for i, c := range cells {
					r := s.runWith(cellDeadline(t), c, &fakeOutput{})
					stdout.WriteString(r.stdout)
					stderr.WriteString(r.stderr)
					if r.res.Err != nil || i == len(cells)-1 {
						check(t, known, name+" cells", r.res.Err, compareRun(want, stdout.String(), stderr.String(), r.res.Err, inCells(spans)))
						return
					}
				}
			})
		})
	}
}

// oneCell places a program line in a program run as one cell.
func oneCell(line int) (int, int) { return 1, line }

// inCells places a program line in a program cut over cells spanning
// spans (programCells).
func inCells(spans [][2]int) func(int) (int, int) {
	return func(line int) (int, int) {
		for j, sp := range spans {
			if sp[0] <= line && line <= sp[1] {
				return j + 1, line - sp[0] + 1
			}
		}
		return 0, line
	}
}

// compareRun compares one run through the engine with the toolchain's;
// the program's lines start at line start of cell In[count]. It returns
// the differences.
func compareRun(want goRun, stdout, stderr string, ev *kernel.ErrorValue, at func(progLine int) (count, line int)) []string {
	var diffs []string
	stdout, stderr = maskAddresses(stdout), maskAddresses(stderr)
	want.stdout, want.stderr, want.panicMsg = maskAddresses(want.stdout), maskAddresses(want.stderr), maskAddresses(want.panicMsg)
	want.stdout, want.stderr = logLines(want.stdout, at), logLines(want.stderr, at)
	if ev != nil {
		masked := *ev
		masked.Value = maskAddresses(ev.Value)
		ev = &masked
	}
	if stdout != want.stdout {
		diffs = append(diffs, fmt.Sprintf("stdout\n got %q\nwant %q", stdout, want.stdout))
	}
	if stderr != want.stderr {
		diffs = append(diffs, fmt.Sprintf("stderr\n got %q\nwant %q", stderr, want.stderr))
	}
	switch {
	case want.fatal != "":
		// The kernel names the goroutines' states as Go does: the
		// program's goroutine first, the others in any order.
		if ev == nil || ev.Name != "fatal error" || ev.Value != want.fatal {
			return append(diffs, fmt.Sprintf("error %+v, the program: fatal error: %s", ev, want.fatal))
		}
		var got []string
		for _, m := range goState.FindAllStringSubmatch(ansi.ReplaceAllString(strings.Join(ev.Traceback, "\n"), ""), -1) {
			got = append(got, m[1])
		}
		if len(got) == 0 || len(want.fatalStates) == 0 || got[0] != want.fatalStates[0] {
			return append(diffs, fmt.Sprintf("goroutine states %q, Go's %q", got, want.fatalStates))
		}
		rest, wantRest := slices.Sorted(slices.Values(got[1:])), slices.Sorted(slices.Values(want.fatalStates[1:]))
		if !slices.Equal(rest, wantRest) {
			diffs = append(diffs, fmt.Sprintf("goroutine states %q, Go's %q", got, want.fatalStates))
		}
	case want.panicMsg != "":
		if ev == nil {
			return append(diffs, fmt.Sprintf("the cell succeeded; the program panicked with %q", want.panicMsg))
		}
		// Go prints some run-time errors without their "runtime error: "
		// prefix (assignment to entry in nil map, send on closed channel).
		if ev.Value == "" || (want.panicMsg != ev.Value && want.panicMsg != "runtime error: "+ev.Value) {
			diffs = append(diffs, fmt.Sprintf("error %s: %q, the program: %q", ev.Name, ev.Value, want.panicMsg))
		}
		tb := strings.Join(ev.Traceback, "\n")
		plain := ansi.ReplaceAllString(tb, "")
		for _, l := range want.panicChain {
			if !strings.Contains(plain, "panic: "+maskAddresses(l)) {
				diffs = append(diffs, fmt.Sprintf("traceback does not say %q, as Go does:\n%s", "panic: "+l, tb))
			}
		}
		// The traceback names the cell lines of Go's frames, in order.
		var wantAt, got []string
		for _, l := range want.panicFrames {
			count, line := at(l)
			wantAt = append(wantAt, fmt.Sprintf("In[%d] line %d", count, line))
		}
		for _, m := range cellFrame.FindAllStringSubmatch(plain, -1) {
			got = append(got, "In["+m[1]+"] line "+m[2])
		}
		if !slices.Equal(got, wantAt) {
			diffs = append(diffs, fmt.Sprintf("traceback names %v, Go's frames %v:\n%s", got, wantAt, tb))
		}
		// A frame shows the program's own source, never lowered code.
		for _, m := range frameSource.FindAllStringSubmatch(plain, -1) {
			if text := strings.TrimSpace(m[1]); want.lines != nil && !want.lines[text] {
				diffs = append(diffs, fmt.Sprintf("traceback shows %q, not a line of the program:\n%s", text, tb))
			}
		}
	case want.exit != 0:
		if ev == nil || ev.Value != "exit status "+strconv.Itoa(want.exit) {
			diffs = append(diffs, fmt.Sprintf("error %+v, want exit status %d", ev, want.exit))
		}
	case ev != nil:
		diffs = append(diffs, fmt.Sprintf("cell failed: %s: %s\n%s", ev.Name, ev.Value, strings.Join(ev.Traceback, "\n")))
	}
	return diffs
}

// logFile is the program's file and line as log names a caller
// (log.Lshortfile, log.Llongfile): "prog.go:16: ".
var logFile = regexp.MustCompile(`(?:[^\s:]*/)?prog\.go:(\d+): `)

// logLines names the program's lines in the program's log output as the
// kernel names them: by cell ("In[1]:16: ").
func logLines(s string, at func(progLine int) (count, line int)) string {
	return logFile.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.Atoi(logFile.FindStringSubmatch(m)[1])
		count, line := at(n)
		return fmt.Sprintf("In[%d]:%d: ", count, line)
	})
}

// knownDifferences are the program runs that still differ from Go, each
// with the reason (testdata/known-differences.txt): a listed run must
// still differ, so the list only shrinks.
func knownDifferences(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("testdata/known-differences.txt")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// "kernel" entries are tests/test_go_conformance.py's (through a
		// real Jupyter client).
		key, why, _ := strings.Cut(line, ": ")
		known[key] = why
	}
	return known
}

// check reports diffs unless the run is a known difference. A difference
// listed as "refused: ..." must be a cell the notebook refuses to
// compile, ev its error, not one that runs to another output.
func check(t *testing.T, known map[string]string, key string, ev *kernel.ErrorValue, diffs []string) {
	t.Helper()
	why, listed := known[key]
	switch {
	case listed && len(diffs) == 0:
		t.Errorf("%s now runs as Go does: remove it from testdata/known-differences.txt", key)
	case listed && strings.HasPrefix(why, "refused:") && (ev == nil || ev.Name != ErrCompile):
		t.Errorf("%s is listed as refused, but the cell was not refused (error %+v): %s", key, ev, diffs[0])
	case listed:
		t.Logf("known difference (%s): %s", why, diffs[0])
	default:
		for _, d := range diffs {
			t.Error(d)
		}
	}
}

// typeLocks serialise the programs that declare a type of the same name
// or a struct type of the same fields: the registry that makes the
// session's types print as Go prints them is the process's (a kernel has
// one session), and two sessions of this test run at once.
var typeLocks sync.Map // key -> *sync.Mutex

// lockTypes locks the keys of the types src declares and returns the
// unlocking func.
func lockTypes(t *testing.T, src string) func() {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "prog.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	structKey := func(st *ast.StructType) {
		var b strings.Builder
		printer.Fprint(&b, token.NewFileSet(), st)
		keys["struct "+strings.Join(strings.Fields(b.String()), " ")] = true
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			keys["type "+n.Name.Name] = true
		case *ast.StructType:
			structKey(n)
		}
		return true
	})
	sorted := slices.Sorted(maps.Keys(keys))
	var held []*sync.Mutex
	for _, k := range sorted {
		m, _ := typeLocks.LoadOrStore(k, &sync.Mutex{})
		held = append(held, m.(*sync.Mutex))
	}
	for _, m := range held {
		m.Lock()
	}
	return func() {
		for i := len(held) - 1; i >= 0; i-- {
			held[i].Unlock()
		}
	}
}

// TestAssertionsFindLaterTypes: a notebook declares an interface and a
// func that asserts to it (a type switch, x.(I)) before the types it
// will meet, in cells of their own. The cells' output is the program's,
// run by the Go toolchain.
func TestAssertionsFindLaterTypes(t *testing.T) {
	cells := []string{
		"type Sizer interface{ Len() int }\n\nfunc describe(v any) string {\n\tswitch s := v.(type) {\n\tcase Sizer:\n\t\treturn fmt.Sprintf(\"sized: %d\", s.Len())\n\t}\n\tif s, ok := v.(Sizer); ok {\n\t\treturn fmt.Sprint(\"ok \", s.Len())\n\t}\n\treturn \"other\"\n}\n",
		"type Bag struct{ n int }\n\nfunc (b *Bag) Len() int { return b.n }\n",
		"type Word string\n\nfunc (w Word) Len() int { return len(w) }\n",
	}
	body := "fmt.Println(describe(&Bag{3}), describe(Word(\"hey\")), describe(Bag{1}), describe(4))\nvar sz Sizer = &Bag{5}\nfmt.Println(describe(sz))\n"
	prog := "package main\n\nimport \"fmt\"\n\n" + strings.Join(cells, "\n") + "\nfunc main() {\n" + body + "}\n"
	want := runWithGo(t, prog)
	s := newSession(t)
	for _, c := range append([]string{"import \"fmt\""}, cells...) {
		if r := s.runWith(cellDeadline(t), c, &fakeOutput{}); r.res.Err != nil {
			t.Fatalf("%s: %v", c, r.res.Err)
		}
	}
	r := s.runWith(cellDeadline(t), body, &fakeOutput{})
	if r.res.Err != nil || r.stdout != want.stdout {
		t.Errorf("got %q (%v), Go printed %q", r.stdout, r.res.Err, want.stdout)
	}
}
