package assist

import (
	"strings"
	"testing"
)

// TestInspect checks what inspection answers from the scope alone (no
// type view); answers from types are checked against a real session in
// kernel/engine/assist_test.go.
func TestInspect(t *testing.T) {
	s := newScope()
	tests := []struct {
		name   string
		code   string
		detail int
		has    []string
		not    []string
	}{
		{"stdlib func", "fmt.Print|ln(\"hi\")", 0,
			[]string{"func Println(a ...any) (n int, err error)", "Println formats using the default formats"}, []string{"return Fprintln"}},
		{"stdlib func at end of name", "fmt.Println|", 0, []string{"Println formats using the default formats"}, nil},
		{"stdlib func source", "fmt.Println|", 1, []string{"return Fprintln(os.Stdout, a...)"}, nil},
		{"call around the cursor", "fmt.Println(\"a\", |)", 0, []string{"Println formats using the default formats"}, nil},
		{"package", "fm|t.Println", 0, []string{`package fmt // import "fmt"`, "Package fmt implements formatted I/O"}, nil},
		{"session func", "x := jo|b(2, 3)", 0, []string{"func job(a, d int) int", "job squares a number in a worker."}, []string{"return a * d"}},
		{"session func source", "job|", 1, []string{"func job(a, d int) int", "return a * d"}, nil},
		{"variable", "sb|", 0, []string{"var sb strings.Builder", `value: hello`}, nil},
		{"session struct variable", "pt|", 0, []string{"var pt Point", `value: {1 2 "a"}`}, nil},
		{"session type", "Point|", 0, []string{"Point is a place on the grid."}, nil},
		{"session method by its type", "Point.Mo|ve", 0, []string{"func (p *Point) Move(dx int)", "Move shifts p right."}, nil},
		{"package variable", "import \"os\"\nos.Std|out", 0, []string{"Stdout", "value: "}, nil},
		{"const", "import \"math\"\nmath.P|i", 0, []string{"Pi", "3.14159"}, nil},
		{"builtin", "le|n(x)", 0, []string{"func len(v Type) int", "The len built-in function returns the length of v"}, nil},
		{"predeclared type", "var x erro|r", 0, []string{"type error interface", "Error() string"}, nil},
		{"mpkit", "mp.NewQue|ue()", 0, []string{"NewQueue"}, nil},
		{"no docs: reflect signature", "import \"example.com/nodocs\"\nnodocs.Do|", 0, []string{"func Do(int) string"}, nil},
		{"call around an unknown name", "fmt.Println(unkno|wn)", 0, []string{"Println formats"}, nil},
		{"after CJK", "s := \"你好\"; fmt.Println|(s)", 0, []string{"Println formats"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, cur := at(tt.code)
			data, found := Inspect(s, code, cur, tt.detail)
			if !found {
				t.Fatalf("not found")
			}
			text, _ := data["text/plain"].(string)
			for _, h := range tt.has {
				if !strings.Contains(text, h) {
					t.Errorf("text lacks %q:\n%s", h, text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(text, n) {
					t.Errorf("text has %q:\n%s", n, text)
				}
			}
			if md, _ := data["text/markdown"].(string); !strings.HasPrefix(md, "```go\n") {
				t.Errorf("markdown: %q", md)
			}
		})
	}
	for _, code := range []string{"zzz|", "x := 1 +| 2", "for| {}", "fmt.Nope|", "|"} {
		c, cur := at(code)
		if data, found := Inspect(s, c, cur, 0); found {
			t.Errorf("%q: found %v", code, data)
		}
	}
}

func TestDoc(t *testing.T) {
	s := newScope()
	tests := []struct {
		expr string
		has  []string
	}{
		{"fmt.Println", []string{"func Println(a ...any) (n int, err error)", "Println formats using the default formats", "return Fprintln"}},
		{"fmt.Println?", []string{"Println formats using the default formats"}},
		{"fmt", []string{"Package fmt implements formatted I/O", "func Println(a ...any) (n int, err error)", "type Stringer interface"}},
		{"strings.Builder", []string{"A Builder is used to efficiently build a string", "func (b *Builder) WriteString(s string) (int, error)"}},
		{"Point", []string{"type Point struct", "func (p *Point) Move(dx int)", "Move shifts p right."}},
		{"job", []string{"job squares a number in a worker.", "return a * d"}},
		{"sb", []string{"value: hello"}},
	}
	for _, tt := range tests {
		text, ok := Doc(s, tt.expr)
		if !ok {
			t.Errorf("Doc(%q): not found", tt.expr)
			continue
		}
		for _, h := range tt.has {
			if !strings.Contains(text, h) {
				t.Errorf("Doc(%q) lacks %q:\n%s", tt.expr, h, text)
			}
		}
	}
	if _, ok := Doc(s, "nope.Nothing"); ok {
		t.Errorf("Doc of an unknown name succeeded")
	}
}
