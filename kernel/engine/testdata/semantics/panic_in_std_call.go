// A panic raised inside the standard library: the traceback names the
// cell's call of it.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func banner(width int) string {
	return strings.Repeat("=", width)
}

func main() {
	fmt.Println(banner(5))
	scores := []int{3, 9, 4}
	fmt.Println(slices.Max(scores))
	fmt.Println(banner(-1))
}
