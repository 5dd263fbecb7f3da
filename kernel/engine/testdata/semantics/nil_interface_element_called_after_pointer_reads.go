// A slice of shapes with a hole in it (a nil interface): after the
// lesson reads fields through pointers, the method call on the nil
// element panics, and the panic names the line of that call.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s *Square) Area() float64 { return s.Side * s.Side }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	sq := &Square{Side: 2}
	fmt.Println("side", sq.Side)
	shapes := make([]Shape, 3)
	shapes[0] = sq
	shapes[2] = Circle{R: 1}
	for i, s := range shapes {
		fmt.Println(i, s)
	}
	fmt.Println(shapes[1].Area())
}
