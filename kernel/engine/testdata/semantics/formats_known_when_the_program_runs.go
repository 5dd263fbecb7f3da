// A format string known only when the program runs (a helper's
// parameter, passed on to fmt with its operands): %T names the declared
// types, as with a constant format.
package main

import (
	"fmt"
	"log"
	"strings"
)

type Integer struct{ Value int64 }

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func newError(format string, a ...any) string { return fmt.Sprintf(format, a...) }

func logf(format string, a ...any) { fmt.Printf(format+"\n", a...) }

type logger struct{ prefix string }

func (l logger) warnf(format string, args ...any) {
	var sb strings.Builder
	fmt.Fprintf(&sb, l.prefix+format+"\n", args...)
	fmt.Print(sb.String())
}

func main() {
	var o any = &Integer{1}
	fmt.Println(newError("got %T", o))
	fmt.Println(newError("%T %T %v %d", Integer{2}, 3, Level(1), Level(0)))
	logf("%v and %+v and %T", Integer{4}, &Integer{5}, Level(1))
	logger{"W: "}.warnf("%s %T %q %T", Level(0), Level(1), "x", &Integer{})
	f := "%d %s"
	fmt.Printf(f+"\n", 1)
	fmt.Printf(f+"\n", Integer{1}, 2, 3)
	s := fmt.Sprintf(f, Level(1), Level(1))
	fmt.Println(s)
	b := fmt.Appendf(nil, f, 7, "x")
	fmt.Println(string(b))
	var lb strings.Builder
	lg := log.New(&lb, "", 0)
	lg.Printf(f, 1, Level(1))
	fmt.Print(lb.String())
	n, err := fmt.Printf(f+"\n", 5, Level(0))
	fmt.Println(n, err)
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func init() {
	// Operands no verb takes, named by fmt's %!(EXTRA ...).
	fmt.Printf("%d\n", 1, Point{2, 3}, Level(1), nil)
	fmt.Println(newError("%v", Point{1, 2}, &Integer{3}))
	fmt.Println(fmt.Sprintf("none", Level(0)))
	// %T of operands spread from a slice.
	args := []any{Integer{2}, Level(1), 3}
	fmt.Printf("%T %T %T\n", args...)
}
