// The address of an array's composite literal printed directly, with
// a declared array type and without, and kept in a loop.
package main

import "fmt"

type Matrix [2]float64

type Board [3][3]rune

func (b *Board) Set(r, c int, x rune) { b[r][c] = x }

func main() {
	fmt.Println(&Matrix{})
	fmt.Println(&Matrix{1, 2}, &[2]int{3, 4})
	fmt.Printf("%v %+v\n", &Matrix{5}, &[1]string{"a"})
	var all []*Matrix
	for i := range 3 {
		all = append(all, &Matrix{float64(i), float64(i * i)})
	}
	for _, m := range all {
		fmt.Print(*m, " ")
	}
	fmt.Println()
	b := &Board{}
	b.Set(1, 1, 'x')
	fmt.Println(string(b[1][1]), len(b))
}
