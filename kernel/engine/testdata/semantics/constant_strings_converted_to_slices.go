// A constant string converted to a byte or rune slice gets the capacity
// of its length, so two appends to it do not share an array, and
// slicing past it panics with that capacity.
package main

import "fmt"

type Bytes []byte

const greeting = "héllo"

func main() {
	a := []byte("HD")
	y := append(a, 'c')
	z := append(a, 'd')
	fmt.Println(len(a), cap(a), string(y), string(z))
	r := []rune(greeting)
	fmt.Println(len(r), cap(r), len([]byte(greeting)), cap([]byte(greeting)))
	n := Bytes("named")
	fmt.Printf("%T %d %d\n", n, len(n), cap(n))
	long := []byte("a constant string that is longer than thirty-two bytes")
	fmt.Println(len(long), cap(long))
	fmt.Println(a[:4])
}
