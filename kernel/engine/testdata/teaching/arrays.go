package main

import "fmt"

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))
	b := [5]int{1, 2, 3, 4, 5}
	fmt.Println("dcl:", b)
	c := [...]int{1, 2, 3}
	fmt.Println(c, len(c))
	d := [...]int{100, 3: 400, 500}
	fmt.Println("idx:", d)
	var twoD [2][3]int
	for i := range 2 {
		for j := range 3 {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)
	e := b
	e[0] = 99
	fmt.Println(b[0], e[0], b == e)
	p := &b
	p[1] = 77
	fmt.Println(b)
	for i, v := range c {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	fmt.Printf("%v %T %#v\n", twoD, twoD, c)
}
