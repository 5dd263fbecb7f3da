package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
}

func (r Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func (r *Rect) Grow(d int) {
	r.Max.X += d
	r.Max.Y += d
}

type Named struct {
	Name string
	Tags []string
}

func main() {
	r := Rect{Point{0, 0}, Point{2, 3}}
	r2 := r
	r2.Grow(1)
	fmt.Println(r.Area(), r2.Area(), r == r2, r.Min == r2.Min)
	rs := []Rect{r, r2}
	for i := range rs {
		rs[i].Grow(10)
	}
	fmt.Println(rs[0].Max, r.Max)
	pr := &rs[1]
	pr.Grow(1)
	fmt.Println(rs[1].Max)
	m := map[Point]string{{1, 2}: "a"}
	m[Point{1, 2}] += "b"
	fmt.Println(m)
	n1 := Named{"x", []string{"a"}}
	n2 := n1
	n2.Tags[0] = "changed"
	n2.Name = "y"
	fmt.Println(n1, n2)
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 100
	fmt.Println(arr, arr2, arr == arr2)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v\n", anon, anon)
	ptrs := map[string]*Point{"p": {3, 4}}
	ptrs["p"].X = 30
	fmt.Println(*ptrs["p"])
	type pair struct{ a, b int }
	pairs := []pair{{1, 2}, {3, 4}}
	for _, p := range pairs {
		p.a = 99
	}
	fmt.Println(pairs)
}
