package main

import (
	"fmt"
	"slices"
)

func main() {
	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)
	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0], s[1], s[2] = "a", "b", "c"
	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)
	c := make([]string, len(s))
	copy(c, s)
	fmt.Println("cpy:", c)
	l := s[2:5]
	fmt.Println("sl1:", l)
	l = s[:5]
	fmt.Println("sl2:", l)
	l = s[2:]
	fmt.Println("sl3:", l)
	t := []string{"g", "h", "i"}
	t2 := []string{"g", "h", "i"}
	if slices.Equal(t, t2) {
		fmt.Println("t == t2")
	}
	twoD := make([][]int, 3)
	for i := range 3 {
		twoD[i] = make([]int, i+1)
		for j := range i + 1 {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)
	u := []int{1, 2, 3, 4, 5}
	v := u[1:3]
	v = append(v, 99)
	fmt.Println(u, v, len(v), cap(v))
	w := u[1:3:3]
	w = append(w, 100)
	fmt.Println(u, w)
}
