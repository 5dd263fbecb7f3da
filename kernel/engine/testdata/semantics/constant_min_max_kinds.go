// min and max of constants are constants of the kind Go gives them: an
// untyped float when a float is among them, whatever the value.
package main

import "fmt"

const (
	low  = min(1, 2.0)
	high = max(3, 2.5, 1)
	tiny = min(10, 'a')
)

func main() {
	fmt.Printf("%v %T | %v %T | %v %T\n", low, low, high, high, tiny, tiny)
	var f float32 = low
	x := max(1, 2.0)
	n := min(7, 3, 5)
	fmt.Printf("%v %T %v %T %v %T\n", f, f, x, x, n, n)
	fmt.Println(low/4, high/2, tiny/3)
}
