package engine

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestRestoreDeclaresTheLogOfAnotherSession hands the declaration log of
// one session, as the decls hook reports it and as it travels (JSON), to
// a fresh one: imports, types, consts, funcs and methods are back, vars
// are declared at their zero values, and the session goes on from there.
func TestRestoreDeclaresTheLogOfAnotherSession(t *testing.T) {
	old := newSession(t)
	var reported []Decl
	old.e.SetDeclsHook(func(ds []Decl) { reported = ds })
	old.run("import \"strings\"\ntype point struct{ X, Y int }\nfunc (p point) Sum() int { return p.X + p.Y }\nconst greeting = \"hi\"\ncount := 7\nfunc shout() string { return strings.ToUpper(greeting) }")
	if len(reported) == 0 {
		t.Fatal("the decls hook was not called")
	}
	b, err := json.Marshal(reported)
	if err != nil {
		t.Fatal(err)
	}
	var decls []Decl
	if err := json.Unmarshal(b, &decls); err != nil {
		t.Fatal(err)
	}

	s := newSession(t)
	if err := s.e.Restore(decls); err != nil {
		t.Fatal(err)
	}
	r := s.run(`fmt.Println(shout(), point{1, 2}.Sum(), count)`)
	if r.stdout != "HI 3 0\n" {
		t.Errorf("after restore: %q, want %q", r.stdout, "HI 3 0\n")
	}
	zeroed, dropped := RestoredVars(decls)
	if strings.Join(zeroed, ",") != "count" || len(dropped) != 0 {
		t.Errorf("RestoredVars = %v, %v", zeroed, dropped)
	}
}

// TestRedefinedMethodIsTheOneCalled: a method given a new body in a later
// cell is the one later cells call, as in Go after the edit.
func TestRedefinedMethodIsTheOneCalled(t *testing.T) {
	s := newSession(t)
	s.run("type point struct{ X, Y int }\nfunc (p point) Sum() int { return p.X + p.Y }")
	if r := s.run(`fmt.Println(point{1, 2}.Sum())`); r.stdout != "3\n" {
		t.Fatalf("first definition: %q", r.stdout)
	}
	s.run("func (p point) Sum() int { return 10 * (p.X + p.Y) }")
	if r := s.run(`fmt.Println(point{1, 2}.Sum())`); r.stdout != "30\n" {
		t.Errorf("redefined method: %q, want %q", r.stdout, "30\n")
	}
	s.run("func (p *point) Scale(k int) { p.X *= k; p.Y *= k }")
	s.run("func (p *point) Scale(k int) { p.X *= k + 1; p.Y *= k + 1 }")
	if r := s.run("q := point{1, 2}\nq.Scale(1)\nfmt.Println(q)"); r.stdout != "{2 4}\n" {
		t.Errorf("redefined pointer method: %q, want %q", r.stdout, "{2 4}\n")
	}
}

// TestDeferredMethodCallsInLaterCells: a method call deferred at the top
// level of a cell names its receiver's type in the generated code; in a
// later cell that type's package must be named as the cell's code can.
func TestDeferredMethodCallsInLaterCells(t *testing.T) {
	s := newSession(t)
	s.run("var b1 strings.Builder\nb1.WriteString(\"one\")\ndefer b1.Reset()")
	r := s.run("var b2 strings.Builder\nb2.WriteString(\"two\")\ndefer b2.Reset()\nfmt.Println(b1.Len(), b2.Len())")
	if r.stdout != "0 3\n" {
		t.Errorf("second cell printed %q, want %q", r.stdout, "0 3\n")
	}
	if r := s.run("fmt.Println(b2.Len())"); r.stdout != "0\n" {
		t.Errorf("the deferred Reset did not run at the end of its cell: %q", r.stdout)
	}
}

// TestRedefinedRecoveringMethodIsTheOneDeferred: a func that defers a
// method calls the method's latest body, whether that body recovers (it
// is deferred as its twin) or not, as the program with that body does
// under go run.
func TestRedefinedRecoveringMethodIsTheOneDeferred(t *testing.T) {
	const typ = "type guard struct{ name string }\n"
	const user = "func one() { g := &guard{\"one\"}; defer g.catch(); defer fmt.Println(\"deferred\"); panic(\"boom\") }\n"
	bodies := []string{
		"func (g *guard) catch() {\n\tif r := recover(); r != nil {\n\t\tfmt.Println(g.name, \"recovered:\", r)\n\t}\n}\n",
		"func (g *guard) catch() { fmt.Println(\"plain\", g.name) }\n",
		"func (g *guard) catch() {\n\tfmt.Println(\"again\", g.name, recover())\n\tpanic(\"rethrown\")\n}\n",
		"func (g *guard) catch() { fmt.Println(\"quiet\", g.name, recover() != nil) }\n",
	}
	s := newSession(t)
	s.run(typ + bodies[0])
	s.run(user)
	for i, body := range bodies {
		if i > 0 {
			s.run(body)
		}
		want := runWithGo(t, "package main\n\nimport \"fmt\"\n\n"+typ+body+user+"func main() { one() }\n")
		r := s.runWith(cellDeadline(t), "one()", &fakeOutput{})
		if r.stdout != want.stdout {
			t.Errorf("with body %d: stdout %q, go run printed %q", i, r.stdout, want.stdout)
		}
		if failed := r.res.Err != nil; failed != (want.exit != 0) {
			t.Errorf("with body %d: cell failed %v, go run's exit status %d", i, failed, want.exit)
		}
	}
}

// TestMethodDeclaredLaterRecoversThroughAnInterface: a func that defers
// an interface's method, declared before the type whose method
// recovers, recovers through it as the whole program does under go run.
func TestMethodDeclaredLaterRecoversThroughAnInterface(t *testing.T) {
	cells := []string{
		"type catcher interface{ catch() }\nfunc run(c catcher) { defer c.catch(); defer fmt.Println(\"unwinding\"); panic(\"boom\") }\n",
		"type guard struct{ name string }\nfunc (g *guard) catch() { fmt.Println(g.name, \"recovered:\", recover()) }\n",
	}
	const call = "run(&guard{\"late\"})"
	want := runWithGo(t, "package main\n\nimport \"fmt\"\n\n"+strings.Join(cells, "")+"func main() { "+call+" }\n")
	s := newSession(t)
	for _, c := range cells {
		s.run(c)
	}
	if r := s.run(call); r.stdout != want.stdout {
		t.Errorf("stdout %q, go run printed %q", r.stdout, want.stdout)
	}
}
