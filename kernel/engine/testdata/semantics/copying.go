package main

import "fmt"

type point struct{ X, Y int }

type shape struct {
	Name   string
	Points [2]point
	Tags   []string
}

func move(p point) point { p.X++; return p }

func movePtr(p *point) { p.X++ }

func main() {
	a := point{1, 2}
	b := a
	b.X = 10
	fmt.Println(a, b, a == point{1, 2})
	fmt.Println(move(a), a)
	movePtr(&a)
	fmt.Println(a)
	s1 := shape{"tri", [2]point{{0, 0}, {1, 1}}, []string{"x"}}
	s2 := s1
	s2.Points[0].X = 99
	s2.Tags[0] = "shared"
	fmt.Println(s1.Points[0].X, s2.Points[0].X, s1.Tags[0])
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2)
	sl := arr[:]
	sl[1] = 50
	fmt.Println(arr, len(sl), cap(sl))
	sl = append(sl, 4)
	sl[0] = -1
	fmt.Println(arr, sl)
	m := map[string]point{"a": {1, 1}}
	p := m["a"]
	p.X = 7
	fmt.Println(m["a"], p)
}
