package main

import "fmt"

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	count := map[Shape]int{}
	for _, s := range []Shape{Rect{1, 2}, Rect{3, 4}, Rect{1, 2}} {
		count[s]++
	}
	fmt.Println(len(count), count[Rect{1, 2}], count[Rect{3, 4}])
}
