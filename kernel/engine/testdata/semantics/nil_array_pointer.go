// The length of a pointer to an array is its type's, nil or not, and a
// range over it by index reads no element.
package main

import "fmt"

type Board [3][3]byte

func count(b *Board) int {
	n := 0
	for i := range b {
		n += i
	}
	return n + len(b) + cap(b[0])
}

func main() {
	var p *[4]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println(len(p), cap(p))
	var b *Board
	fmt.Println(count(b), count(&Board{}))
	q := &[2]string{"a", "b"}
	for i, s := range q {
		fmt.Print(i, s, " ")
	}
	fmt.Println(len(q))
}
