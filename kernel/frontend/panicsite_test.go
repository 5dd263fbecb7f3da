package frontend

import "testing"

// TestPanicSite checks which operation a panic message is pinned to.
func TestPanicSite(t *testing.T) {
	cases := []struct {
		name, src, msg string
		line           int
	}{
		{"comma-ok assertions do not fail", "var a any = 1\nn, ok := a.(string)\nvar m, ok2 = a.(int)\n_ = a.(bool)", "interface conversion: interface {} is int, not bool", 4},
		{"a type switch does not fail", "var a any = 1\nswitch a.(type) {\n}\n_ = a.(bool)", "interface conversion: interface {} is int, not bool", 4},
		{"increment of a nil map's entry", "var m map[string]int\nx := 1\nm[\"k\"]++", "assignment to entry in nil map", 3},
		{"make with a negative length", "n := -1\nx := []int{}\ns := make([]int, n)", "runtime error: makeslice: len out of range", 3},
	}
	for _, c := range cases {
		if line, _ := PanicSite(c.src, false, c.msg, "", nil); line != c.line {
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
