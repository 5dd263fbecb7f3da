package generic_test

import (
	"fmt"

	"github.com/goteach/goteach/kernel/cellrt/generic"
)

// What the front end makes of `slices.Max(xs)` in a cell.
func ExampleCall() {
	xs := []int{3, 9, 4}
	r := generic.Call("slices.Max", []any{(*[]int)(nil), (*int)(nil)}, xs)
	fmt.Println(r[0].(int))
	// Output: 9
}
