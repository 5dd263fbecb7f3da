// Elements of an array reached through a pointer: their addresses
// (&p[i], &(*p)[i], &b[r][c] in a method of an array type), read and
// written, and vars of a block that refer to earlier ones of the same
// block (p = &z).
package main

import "fmt"

type Board [3][3]int

func (b *Board) Cell(r, c int) *int { return &b[r][c] }

type Z struct{}

var (
	z  = Z{}
	pz = &z
	n  = 4
	pn = &n
)

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	q := &p[2]
	*q = 30
	fmt.Println(arr, *q)
	r := &(*p)[0]
	*r = -1
	w := p[1]
	fmt.Println(arr, w, len(p))
	s := []byte("abcdefgh")
	ap := (*[8]byte)(s)
	fmt.Println(&ap[0] == &s[0], ap[1])
	var b Board
	*b.Cell(1, 1) = 5
	bp := &b
	corner := &bp[2][2]
	*corner = 9
	fmt.Println(b)
	for i := range p {
		x := &p[i]
		*x *= 2
	}
	fmt.Println(arr)
	*pn++
	fmt.Println(*pz, n, *pn)
}
