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
		if line, _ := PanicSite(c.src, false, c.msg, ""); line != c.line {
			t.Errorf("%s: line %d, want %d", c.name, line, c.line)
		}
	}
}
