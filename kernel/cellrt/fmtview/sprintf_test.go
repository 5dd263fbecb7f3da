package fmtview

import (
	"fmt"
	"testing"
)

// TestSprintfReadsFormatsAsFmt: for compiled values, Sprintf prints what
// fmt.Sprintf prints, whatever flags, widths and star operands come
// before a %T.
func TestSprintfReadsFormatsAsFmt(t *testing.T) {
	cases := []struct {
		format string
		args   []any
	}{
		{"%T", []any{1}},
		{"%d %T|%5T|%-8T|", []any{1, "x", 2.5, []int{1}}},
		{"%%T %T %%", []any{true}},
		{"%*d %T %.*f %T", []any{4, 7, uint8(1), 2, 3.14159, map[string]int{}}},
		{"%[2]T %[1]v", []any{1, "s"}},
		{"%T %T", []any{nil, struct{ A int }{1}}},
		{"%T", nil},
		{"%v %T é %T", []any{1, 'é', "é"}},
	}
	for _, c := range cases {
		if got, want := Sprintf(c.format, c.args...), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("Sprintf(%q, %v) = %q, fmt.Sprintf: %q", c.format, c.args, got, want)
		}
	}
}

// ExampleSprintf reads a format when it runs, as a template's printf
// does.
func ExampleSprintf() {
	format := "%-8T|%v"
	fmt.Println(Sprintf(format, 2.5, "x"))
	// Output: float64 |x
}
