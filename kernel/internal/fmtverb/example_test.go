package fmtverb_test

import (
	"fmt"

	"github.com/goteach/goteach/kernel/internal/fmtverb"
)

func ExampleParse() {
	format := "%-*s is %[3]T: %#v%%"
	for _, v := range fmtverb.Parse(format) {
		fmt.Printf("%c operand %d flags %q text %q\n", v.Verb, v.Arg, v.Flags, format[v.Start:v.End])
	}
	// Output:
	// s operand 1 flags "-" text "%-*s"
	// T operand 2 flags "" text "%[3]T"
	// v operand 3 flags "#" text "%#v"
}
