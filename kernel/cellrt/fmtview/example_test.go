package fmtview_test

import (
	"fmt"

	"github.com/goteach/goteach/kernel/cellrt/fmtview"
)

// A []ID of type ID int is a []int to the interpreter; in its box it is
// named as Go names it, and only an assertion to its own type opens it.
func ExampleCompositeBox() {
	ids := []int{1, 2}
	v := fmtview.CompositeBox("[]main.ID", "[]T:main.ID", ids)
	fmt.Println(fmtview.TypeNameOf(v))
	inner, ok := fmtview.CompositeOpen(v, "[]main.ID")
	fmt.Println(inner, ok)
	_, ok = fmtview.CompositeOpen(v, "[]int")
	fmt.Println(ok)
	// Output:
	// []main.ID
	// [1 2] true
	// false
}
