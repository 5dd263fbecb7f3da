package main

import "fmt"

// Variables declared with the name of a package constant, from its
// value (limit := limit + 1): the right side reads the constant.

const limit = 3
const name = "box"
const ratio = 2.5
const letter = 'a'

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

const top Level = 7

func allowed(n int) bool { return n <= limit }

func main() {
	limit := limit + 1
	name := name + "-local"
	ratio := ratio * 2
	letter := letter + 1
	top := top + 1
	fmt.Println(limit, name, ratio, letter, top)
	fmt.Printf("%T %T %T %T %T\n", limit, name, ratio, letter, top)
	fmt.Println(allowed(limit), allowed(3))
}
