package engine

import (
	"fmt"
	"testing"
)

func TestRedefineMethodKindAndGenerics(t *testing.T) {
	s := newSession(t)
	s.run(`type P struct{ X int }
func (p P) Get() int { return p.X }
func use(p P) int { return p.Get() }`)
	s.expect(`use(P{3})`, "3")
	s.run(`func (p P) Get() int { return p.X * 10 }`)
	s.expect(`use(P{3})`, "30")
	s.expect(`P{4}.Get()`, "40")
	s.run("// just a comment\n")
	s.run("")
	s.expect(`func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs { out = append(out, f(x)) }
	return out
}
Map([]int{1, 2}, func(i int) int { return i * i })`, "[1 4]")
	s.run(`f := 3`)
	s.run(`func f() int { return 9 }`)
	s.expect(`f()`, "9")
	// A const used by a func is replaced everywhere.
	s.run(`const N = 2
func twiceN() int { return 2 * N }`)
	s.run(`const N = 5`)
	s.expect(`twiceN()`, "10")
}

// BenchmarkTrivialCell measures a cell that evaluates 1+1.
func BenchmarkTrivialCell(b *testing.B) {
	s := newSession(b)
	for i := 0; i < b.N; i++ {
		s.run("1+1")
	}
}

// BenchmarkStatementCell measures a cell with a loop calling fmt.
func BenchmarkStatementCell(b *testing.B) {
	s := newSession(b)
	s.run(`import "fmt"`)
	for i := 0; i < b.N; i++ {
		s.run(`for i := 0; i < 3; i++ { _ = fmt.Sprint(i) }`)
	}
}

// BenchmarkRebuild measures a redefinition that rebuilds a session of 50
// funcs, 20 vars and a few types.
func BenchmarkRebuild(b *testing.B) {
	s := newSession(b)
	s.run(`import ("fmt"; "strings")
type T struct{ A, B int }
func h() int { return 1 }`)
	for i := 0; i < 50; i++ {
		s.run(fmt.Sprintf("func g%d(a, b int) int { return a + b + h() }", i))
	}
	for i := 0; i < 20; i++ {
		s.run(fmt.Sprintf("v%d := T{%d, 2}", i, i))
	}
	s.run(`func callH() int { return h() + len(strings.Repeat("x", 2)) }`)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.run(fmt.Sprintf("func h() int { return %d }", i%2))
	}
	b.StopTimer()
	n, last := s.e.Rebuilds()
	b.ReportMetric(float64(last.Microseconds()), "µs-last-rebuild")
	_ = n
}

func TestRangeOverInt(t *testing.T) {
	s := newSession(t)
	s.run(`import "fmt"`)
	s.prints("n := 2\nfor i := range 3 {\n\tn += i\n}\nfmt.Println(n)", "5\n")
	s.prints("for range n { fmt.Print(\"x\") }", "xxxxx")
}
