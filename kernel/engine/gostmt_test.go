package engine

import (
	"strings"
	"testing"
)

// The funcs protectGo writes around a go statement have no frame in Go's
// traceback; a literal the cell wrote has.
func TestInGoWrapper(t *testing.T) {
	src := protectGo("func main() {\n\tgo show(xs[i])\n\tgo func() { work() }()\n\tgo (func(r *S) func() { return func() { r.Run() } }(s))()\n}", true)
	lines := strings.Split(src, "\n")
	at := func(line int, needle string) int {
		i := strings.Index(lines[line-1], needle)
		if i < 0 {
			t.Fatalf("%q not on line %d: %q", needle, line, lines[line-1])
		}
		return i + 1
	}
	for _, c := range []struct {
		line   int
		needle string
		want   bool
	}{
		{2, "xs[i]", true},                                       // the operands, evaluated for the statement
		{2, "{ " + hookAlias + "_g1", false},                     // the statement's own frame
		{2, hookAlias + ".GoStart()", false},                     // after the wrappers
		{3, "work()", false},                                     // the cell's literal
		{4, "r.Run()", true},                                     // a method value's forwarding literal
		{2, hookAlias + ".GoBegin(); " + hookAlias + "_f", true}, // the goroutine's func
	} {
		if got := inGoWrapper(src, c.line, at(c.line, c.needle)); got != c.want {
			t.Errorf("line %d at %q: got %v, want %v\n%s", c.line, c.needle, got, c.want, lines[c.line-1])
		}
	}
}
