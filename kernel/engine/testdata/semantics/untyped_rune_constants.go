// Untyped rune constants stay untyped: mixed with a float constant they
// make a float; a variable declared from one is a rune.
package main

import "fmt"

const (
	first = 'a'
	step  = 1.5
)

func main() {
	const b = 2.0
	const c = 'x'
	fmt.Printf("%T %v\n", c+b, (c+b)/7)
	fmt.Printf("%T %v %T\n", c, c, first+step)
	var r = c
	s := first + 2
	fmt.Printf("%T %c %T %c\n", r, r, s, s)
	letters := []rune{first, c}
	fmt.Println(string(letters), c-first, float64(c)/2)
	var f float64 = c
	fmt.Println(f, c*step)
}
