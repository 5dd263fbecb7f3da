// A method of a pointer to an empty struct type, called through an
// interface on a nil pointer, that does not read its receiver.
package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{}

func (*Dog) Sound() string { return "woof" }

func main() {
	var d *Dog
	fmt.Println(d.Sound())
	var a Animal = d
	fmt.Println(a != nil)
	fmt.Println(a.Sound())
}
