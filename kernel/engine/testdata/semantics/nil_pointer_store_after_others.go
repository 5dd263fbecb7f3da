// Pointers lesson: stores through live pointers, then one through nil.
package main

import "fmt"

func main() {
	a := new(int)
	var b *int
	*a = 1
	c := a
	*c += 2
	fmt.Println(*a, *c, b == nil)
	*b = 2
	fmt.Println("never")
}
