package main

import "fmt"

func main() {
	type Point struct{ X, Y int }
	var origin Point
	pts := []Point{{1, 2}, {3, 4}}
	var far Point
	for _, p := range pts {
		if p.X*p.X+p.Y*p.Y > far.X*far.X+far.Y*far.Y {
			far = p
		}
	}
	fmt.Println(origin, far, len(pts))
	type Celsius float64
	var c Celsius = 36.6
	fmt.Printf("%v %T\n", c, c)
}
