package main

import "fmt"

type Point struct{ X, Y int }

type Line struct{ A, B Point }

type Tagged struct {
	Name string
	Tags [2]string
}

func main() {
	p1, p2 := Point{1, 2}, Point{1, 2}
	fmt.Println(p1 == p2, p1 != Point{2, 1})
	l1 := Line{p1, Point{3, 4}}
	l2 := l1
	l2.B.X = 30
	fmt.Println(l1 == l2, l1.B, l2.B)
	a := [3]Point{{1, 1}}
	b := a
	b[0].X = 9
	fmt.Println(a == b, a[0], b[0])
	t1 := Tagged{"x", [2]string{"a", "b"}}
	t2 := t1
	t2.Tags[1] = "c"
	fmt.Println(t1, t2, t1 == t2)
	var i1, i2 any = Point{1, 2}, Point{1, 2}
	fmt.Println(i1 == i2, i1 == any(p1))
	pp1, pp2 := &Point{1, 2}, &Point{1, 2}
	fmt.Println(pp1 == pp2, *pp1 == *pp2)
	m := map[Point]string{p1: "p1"}
	fmt.Println(m[Point{1, 2}])
	arr2 := [2][2]int{{1, 2}, {3, 4}}
	arr3 := arr2
	arr3[1][1] = 0
	fmt.Println(arr2, arr3, arr2 != arr3)
	s := struct {
		a int
		b string
	}{1, "x"}
	s2 := s
	s2.b = "y"
	fmt.Println(s, s2)
	var e1, e2 any = []int{1}, 5
	fmt.Println(e1 != e2)
}
