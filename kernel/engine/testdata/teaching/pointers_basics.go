package main

import "fmt"

func zeroval(ival int) { ival = 0 }

func zeroptr(iptr *int) { *iptr = 0 }

type point struct{ x, y int }

func move(p *point, dx int) { p.x += dx }

func newInt(v int) *int { return &v }

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := point{1, 2}
	move(&p, 5)
	fmt.Println(p)
	pp := &p
	pp.y = 9
	fmt.Println(*pp, p.y)
	a, b := newInt(3), newInt(3)
	fmt.Println(*a == *b, a == b)
	var np *point
	fmt.Println(np == nil)
	q := new(point)
	q.x = 4
	fmt.Println(*q)
	fmt.Printf("%v %+v\n", q, q)
	pp2 := &pp
	(*pp2).x = 100
	fmt.Println(p.x)
	arr := [3]int{1, 2, 3}
	ap := &arr
	for i := range ap {
		ap[i] *= 10
	}
	fmt.Println(arr, len(ap))
}
