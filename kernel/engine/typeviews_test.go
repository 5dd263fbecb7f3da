package engine

import "testing"

// The session's types print, encode and template as compiled Go's, over
// cells: a generic type's instances with their String method, a Format
// method, JSON methods of a named int inside a struct, and a template
// calling a method.
func TestCellTypesAsCompiledGo(t *testing.T) {
	s := newSession(t)
	s.run(`import ("encoding/json"; "fmt"; "strings"; "text/template")`)
	s.run(`type Pair[K comparable, V any] struct { Key K; Val V }`)
	s.run(`func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }`)
	if got := s.run(`p := Pair[string, int]{"a", 1}
fmt.Printf("%v %T %v\n", p, p, []Pair[int, bool]{{1, true}})`).stdout; got != "a=1 main.Pair[string,int] [1=true]\n" {
		t.Errorf("generic: %q", got)
	}
	s.run(`type Money int64
func (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "$%d", int64(m)) }`)
	if got := s.run(`fmt.Println(Money(5), []Money{1, 2})`).stdout; got != "$5 [$1 $2]\n" {
		t.Errorf("Format: %q", got)
	}
	s.run(`type Level int
func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal([]string{"low", "high"}[l]) }
type Alert struct { L Level ` + "`json:\"level\"`" + `; note string }
func (a Alert) Shout(s string) string { return s + "!" }`)
	if got := s.run(`b, err := json.Marshal(Alert{1, "x"})
fmt.Println(string(b), err)`).stdout; got != `{"level":"high"} <nil>`+"\n" {
		t.Errorf("json: %q", got)
	}
	if got := s.run(`var sb strings.Builder
template.Must(template.New("t").Parse("{{.Shout \"hi\"}} {{.L}}\n")).Execute(&sb, Alert{})
fmt.Print(sb.String())`).stdout; got != "hi! 0\n" {
		t.Errorf("template: %q", got)
	}
}

// A cell that redefines a type with a MarshalJSON method: encoding/json
// uses it from then on (the encoder's types derived from the old
// definition are dropped).
func TestJSONAfterRedefinition(t *testing.T) {
	s := newSession(t)
	s.run(`import ("encoding/json"; "fmt")`)
	s.run(`type Status int`)
	s.run(`type Account struct { Name string; Status Status }`)
	marshal := "b, _ := json.Marshal(Account{\"ann\", 1})\nfmt.Println(string(b))"
	if got := s.run(marshal).stdout; got != `{"Name":"ann","Status":1}`+"\n" {
		t.Errorf("before: %q", got)
	}
	s.run(`func (s Status) MarshalJSON() ([]byte, error) { return []byte(` + "`\"on\"`" + `), nil }`)
	if got := s.run(marshal).stdout; got != `{"Name":"ann","Status":"on"}`+"\n" {
		t.Errorf("after the method: %q", got)
	}
}

// A failed type assertion names the session's types and the operand's
// interface type as Go does.
func TestFailedAssertionNames(t *testing.T) {
	s := newSession(t)
	s.run(`type Animal interface{ Sound() string }
type Dog struct{}
func (Dog) Sound() string { return "woof" }
type Cat struct{ name string }
func (*Cat) Sound() string { return "meow" }`)
	ev, _ := s.fail(`var a Animal = &Cat{"tom"}
_ = a.(Dog)`)
	if want := "interface conversion: main.Animal is *main.Cat, not main.Dog"; ev.Value != want {
		t.Errorf("got %q, want %q", ev.Value, want)
	}
	ev, _ = s.fail(`var x any = &Cat{}
_ = x.(Dog)`)
	// Two operand types assert to main.Dog now: the interpreter's
	// "interface {}" stays, which is right for this one.
	if want := "interface conversion: interface {} is *main.Cat, not main.Dog"; ev.Value != want {
		t.Errorf("got %q, want %q", ev.Value, want)
	}
}
