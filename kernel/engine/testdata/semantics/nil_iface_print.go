// Printing nil values of a program interface, alone and in a slice.
package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var sh Shape
	fmt.Println(sh)
	fmt.Printf("%v %T %+v\n", sh, sh, sh)
	shapes := []Shape{nil}
	fmt.Println(shapes, shapes[0] == nil)
}
