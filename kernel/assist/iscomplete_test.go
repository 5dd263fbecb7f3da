package assist

import "testing"

func TestIsComplete(t *testing.T) {
	tests := []struct {
		code, status, indent string
	}{
		{`fmt.Println("hi")`, "complete", ""},
		{"x := 1", "complete", ""},
		{"func f() {}", "complete", ""},
		{`import "fmt"`, "complete", ""},
		{"import \"fmt\"\nfmt.Println(1)\nfunc g() int { return 1 }\nx := g()", "complete", ""},
		{"", "complete", ""},
		{"// just a comment", "complete", ""},
		{"func() { fmt.Println() }()", "complete", ""},
		{"func (p *Point) Move() {}", "complete", ""},
		{"x := `a\nb`", "complete", ""},
		{"%time\nx := 1", "complete", ""},
		{"1 + 2", "complete", ""},
		{"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1)\n}\n", "complete", ""},
		{"switch x := 2; x {\ncase 1:\n}", "complete", ""},
		{"if v, ok := m[k]; ok {\n}", "complete", ""},

		{"func f() {", "incomplete", "\t"},
		{"for i := 0; i < 3; i++ {", "incomplete", "\t"},
		{"x := []int{1,\n2,", "incomplete", "\t"},
		{"func f() {\n\tif x {", "incomplete", "\t\t"},
		{"func f() {\n\tif x {\n\t}", "incomplete", "\t"},
		{"fmt.Println(strings.Repeat(", "incomplete", "\t"},
		{"x := 1 +", "incomplete", "\t"},
		{"x :=", "incomplete", "\t"},
		{"s := `raw", "incomplete", ""},
		{"/* a comment", "incomplete", ""},
		{"type T struct {", "incomplete", "\t"},
		{"import (", "incomplete", "\t"},
		{"if x {\n} else", "incomplete", ""},

		{"x := )", "invalid", ""},
		{"func ) {", "invalid", ""},
		{"1 +* 2", "invalid", ""},
		{"x := 1 / 0", "invalid", ""},
		{`x := "a`, "invalid", ""},
		{"x := := {", "invalid", ""},
		{"fmt.Println(]", "invalid", ""},
		{"x := 1 #", "invalid", ""},
		{"x := ) `raw", "invalid", ""},
		{"package main main", "invalid", ""},
	}
	for _, tt := range tests {
		status, indent := IsComplete(tt.code)
		if status != tt.status || indent != tt.indent {
			t.Errorf("IsComplete(%q) = %q, %q; want %q, %q", tt.code, status, indent, tt.status, tt.indent)
		}
	}
}
