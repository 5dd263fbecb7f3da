package frontend

import (
	"strings"
	"testing"
)

// TestPanicSite checks which operation a panic message is pinned to.
func TestPanicSite(t *testing.T) {
	cases := []struct {
		name, src, msg string
		line           int
	}{
		{"comma-ok assertions do not fail", "var a any = 1\nn, ok := a.(string)\nvar m, ok2 = a.(int)\n_ = a.(bool)", "interface conversion: interface {} is int, not bool", 4},
		{"a type switch does not fail", "var a any = 1\nswitch a.(type) {\n}\n_ = a.(bool)", "interface conversion: interface {} is int, not bool", 4},
		{"increment of a nil map's entry", "var m map[string]int\nx := 1\nm[\"k\"]++", "assignment to entry in nil map", 3},
		{"a pointer method's call is no dereference", "var n *Node\nn.Height()\nx := n.Key", "runtime error: invalid memory address or nil pointer dereference", 3},
		{"a package's constant is no dereference", "var t *T\nif r <= unicode.MaxASCII {\n\tk := t.text\n}", "runtime error: invalid memory address or nil pointer dereference", 3},
		{"a variable named as a package is", "unicode := &T{}\nx := unicode.text\ns := shape()\ns.Area()", "runtime error: invalid memory address or nil pointer dereference", 2},
		{"a method call through a nil interface", "var s Shape\nfmt.Println(\"area\")\ns.Area()", "runtime error: invalid memory address or nil pointer dereference", 3},
		{"a method call through a nil interface after a pointer's", "vm := &VM{}\nvm.push(nil)\nvar o Object\nfmt.Println(o.Inspect())", "runtime error: invalid memory address or nil pointer dereference", 4},
		{"a compiled callee called by its name", "pos := func(n int) bool { return n > 0 }\npos(1)\nq.Div(a, b)", "", 3},
		{"a case's pointer type is no dereference", "switch x := v.(type) {\ncase *Node:\n\tfmt.Println(x.Name)\n}", "runtime error: invalid memory address or nil pointer dereference", 3},
		{"a channel's element type is no dereference", "ch := make(chan *Node, 1)\np := (*Node)(nil)\nq := v.(*Node)\nfmt.Println(p.Name)", "runtime error: invalid memory address or nil pointer dereference", 4},
		{"a loop's post statement runs after its body", "for n := l; ; n = n.Next {\n\tt += n.V\n}", "runtime error: invalid memory address or nil pointer dereference", 2},
		{"a negative shift count", "fmt.Println(n)\nx := 1 << n\ny >>= n", "runtime error: negative shift amount", 2},
		{"fields of addresses and values come first", "p := &T{}\nfmt.Println(p.Name)\nv := T{}\nv.Age = 1\nvar q *T\nfmt.Println(q.Name)", "runtime error: invalid memory address or nil pointer dereference", 6},
		{"a variable reassigned a call's result may be nil", "p := &T{}\nfmt.Println(p.Name)\np = find()\nfmt.Println(p.Age)", "runtime error: invalid memory address or nil pointer dereference", 2},
		{"a field of a map entry", "n := len(m)\nx := m[\"k\"].L", "runtime error: invalid memory address or nil pointer dereference", 2},
		{"a read a nil check guards comes after the others", "for _, w := range ws {\n\tn := t.Find(w)\n\tif n == nil {\n\t\tcontinue\n\t}\n\tfmt.Println(n.count)\n}\nfmt.Println(t.Find(\"zz\").count)", "runtime error: invalid memory address or nil pointer dereference", 8},
		{"a guarded read is a site again once reassigned", "if n == nil {\n\treturn\n}\nn = n.Next\nfmt.Println(n.Val)", "runtime error: invalid memory address or nil pointer dereference", 5},
		{"reads in a loop a condition guards", "for t != nil && t.V != v {\n\tt = t.Left\n}\nfmt.Println(t.V, m.V)", "runtime error: invalid memory address or nil pointer dereference", 4},
		{"a method called through an element taken out", "p := m[\"x\"]\nfmt.Println(p == nil)\np.Name()", "runtime error: invalid memory address or nil pointer dereference", 3},
		{"make with a negative length", "n := -1\nx := []int{}\ns := make([]int, n)", "runtime error: makeslice: len out of range", 3},
	}
	for _, c := range cases {
		callee := ""
		if c.msg == "" {
			callee = "math/big.(*Int).Div"
		}
		if line, _ := PanicSite(c.src, false, c.msg, callee, nil); line != c.line {
			t.Errorf("%s: line %d, want %d", c.name, line, c.line)
		}
	}
}

// TestPanicSiteOutside checks a frame that is the func itself: a site in a
// func literal it holds is another frame's.
func TestPanicSiteOutside(t *testing.T) {
	src := "func main() {\n\ttry(func() { panic(1) })\n\tvar m map[string]int\n\tpanic(m)\n}"
	if !FuncLitAt(src, true, 2, 6) || FuncLitAt(src, true, 2, 15) || FuncLitAt(src, true, 4, 2) {
		t.Error("FuncLitAt does not find the literal at line 2, column 6 alone")
	}
	if line, _ := PanicSite(src, true, "", "panic", nil); line != 2 {
		t.Errorf("PanicSite: line %d, want the first panic call, 2", line)
	}
	if line, _ := PanicSiteOutside(src, true, "", "panic", nil); line != 4 {
		t.Errorf("PanicSiteOutside: line %d, want 4", line)
	}
	if line, _ := PanicSiteOutside("f(func() { panic(1) })", false, "", "panic", nil); line != 1 {
		t.Errorf("PanicSiteOutside without a site outside literals: line %d, want 1", line)
	}
}

// TestRangeFuncSites checks the frames of a range-over-func loop: its
// body, called by the iterator, and the func, whose site is the loop.
func TestRangeFuncSites(t *testing.T) {
	orig := "func f(xs []int) {\n\tfor i := range Seq {\n\t\t_ = xs[i]\n\t}\n\t_ = xs[9]\n}"
	// As rangeFunc writes it, line for line.
	lowered := "func f(xs []int) {\n\t{ var __gt_rs1 int; var __gt_rd1 bool; _, _ = __gt_rs1, __gt_rd1; Seq(func(i int) bool { if __gt_rd1 { panic(__gt.RangeContinued()) }; \n" +
		"\t\t_ = xs[i]\n\t; return true }); __gt_rd1 = true }\n\t_ = xs[9]\n}"
	loops := RangeLoops(lowered, true)
	if len(loops) != 1 || loops[0] != 2 {
		t.Fatalf("RangeLoops: %v, want [2]\n%s", loops, lowered)
	}
	body := strings.Index(strings.Split(lowered, "\n")[2], "_ = xs")
	if loop, n := RangeBodyAt(lowered, true, 3, body+1); loop != 2 || n != 1 {
		t.Errorf("RangeBodyAt: %d, %d, want 2, 1", loop, n)
	}
	if loop, _ := RangeBodyAt(lowered, true, 5, 2); loop != 0 {
		t.Errorf("RangeBodyAt outside the body: %d, want 0", loop)
	}
	msg := "index out of range [9] with length 3"
	for _, src := range []string{orig, lowered} {
		if line, _ := PanicSiteIn(SiteScope{Loop: 2, Loops: loops}, src, true, msg, "", nil); line != 3 {
			t.Errorf("in the body: line %d, want 3\n%s", line, src)
		}
		if line, _ := PanicSiteIn(SiteScope{Outside: true, Loops: loops}, src, true, msg, "", nil); line != 5 {
			t.Errorf("outside the body: line %d, want 5\n%s", line, src)
		}
	}
	if line, _ := PanicSiteIn(SiteScope{Outside: true, Loops: loops}, orig, true, "", "Seq", nil); line != 2 {
		t.Errorf("the iterator's call: line %d, want the loop's, 2", line)
	}
}

// TestLitSites checks the frame of a func literal held in a variable:
// its site is in the literal, and its callers call it by the variable.
func TestLitSites(t *testing.T) {
	src := "func main() {\n\tget := func(xs []int) int { return xs[0] }\n\tvar check = func(n int) {\n\t\tpanic(n)\n\t}\n\tget(nil)\n\tcheck(1)\n\tpanic(2)\n}"
	line, n := LitAt(src, "", true, 4, 3)
	if line != 3 || n != 1 {
		t.Fatalf("LitAt: %d, %d, want 3, 1", line, n)
	}
	if name := LitName(src, true, line, n); name != "check" {
		t.Errorf("LitName: %q, want check", name)
	}
	if l, _ := PanicSiteIn(SiteScope{Lit: line, LitN: n}, src, true, "", "", nil); l != 4 {
		t.Errorf("in the literal: line %d, want 4", l)
	}
	if l, _ := PanicSiteIn(SiteScope{Outside: true}, src, true, "", "check", nil); l != 7 {
		t.Errorf("the call of the literal: line %d, want 7", l)
	}
	if line, _ := LitAt(src, "", true, 8, 2); line != 0 {
		t.Errorf("LitAt outside literals: %d, want 0", line)
	}
}
