package engine

import (
	"strings"
	"testing"
)

// TestGenericFuncsAcrossCells pins the specialisation of generic funcs
// declared in cells: later cells instantiate them with new type
// arguments, a redefinition is what every caller sees, and a panic in a
// copy names the generic's own line.
func TestGenericFuncsAcrossCells(t *testing.T) {
	s := newSession(t)
	s.run(`func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}`)
	s.expect(`Map([]int{1, 2}, func(i int) string { return strings.Repeat("*", i) })`, "[* **]")
	s.run(`type Celsius float64
func warm(cs []Celsius) []bool { return Map(cs, func(c Celsius) bool { return c > 20 }) }`)
	s.expect(`warm([]Celsius{10, 25})`, "[false true]")
	s.run(`func Sum[T ~int | ~float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}`)
	s.expect(`Sum(Celsius(1.5), 2)`, "3.5")
	s.expect(`Sum[int]()`, "0")
	// A redefinition reaches the funcs that called the old one.
	s.run(`func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		out = append(out, f(xs[i]))
	}
	return out
}`)
	s.expect(`warm([]Celsius{10, 25})`, "[true false]")
	// Running a declaring cell again changes nothing.
	s.run(`func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		out = append(out, f(xs[i]))
	}
	return out
}`)
	s.expect(`warm([]Celsius{30})`, "[true]")
	s.run(`func At[T any](xs []T, i int) T {
	return xs[i]
}`)
	ev, _ := s.fail(`At([]string{}, 2)`)
	tb := strings.Join(ev.Traceback, "\n")
	for _, want := range []string{"index out of range [2] with length 0", "In[12], line 2, in At[string]", "return xs[i]"} {
		if !strings.Contains(ev.Value+"\n"+tb, want) {
			t.Errorf("traceback lacks %q:\n%s: %s\n%s", want, ev.Name, ev.Value, tb)
		}
	}
}

// TestGenericTypesAcrossCells pins the specialisation of generic types:
// an instance is a declared type with copies of the methods, printed
// with the generic's name; a method added or a type redefined later
// reaches the instances that earlier cells declared.
func TestGenericTypesAcrossCells(t *testing.T) {
	s := newSession(t)
	s.run(`type Stack[T any] []T
func (s *Stack[T]) Push(v T) { *s = append(*s, v) }`)
	s.run(`var st Stack[[2]int]
st.Push([2]int{1, 2})`)
	s.expect(`fmt.Sprintf("%v %T", st, st)`, `"[[1 2]] main.Stack[[2]int]"`)
	s.run(`func (s Stack[T]) Top() T { return s[len(s)-1] }`)
	s.expect(`st.Top()`, "[1 2]")
	s.run(`type Box[T any] struct{ V T }
func (b Box[T]) String() string { return fmt.Sprint("box of ", b.V) }
func Wrap[T any](v T) Box[T] { return Box[T]{v} }`)
	s.expect(`fmt.Sprint(Wrap(3), " ", Wrap("x"))`, `"box of 3 box of x"`)
	s.run(`func (b Box[T]) String() string { return fmt.Sprint("<", b.V, ">") }`)
	s.expect(`fmt.Sprint(Wrap(3))`, `"<3>"`)
}
