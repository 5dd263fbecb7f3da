package main

import (
	"errors"
	"fmt"
)

// A return of several values whose later values are computed (p + 1,
// len(s) * 2) after a value of an interface type.

type Shape interface{ Area() float64 }

type Square float64

func (s Square) Area() float64 { return float64(s * s) }

type Grid struct{ W, H int }

func (g Grid) Area() float64 { return float64(g.W * g.H) }

func biggest(sides []float64) (Shape, int) {
	best := 0
	for i, s := range sides {
		if s > sides[best] {
			best = i
		}
	}
	return Square(sides[best]), best + 1
}

func parse(s string) (Shape, int, error) {
	if s == "" {
		return nil, 0, errors.New("empty")
	}
	return Grid{len(s), 2}, len(s) * 2, nil
}

func pass(x Shape, n int) (Shape, int, string) { return x, n - 1, fmt.Sprint(n) + "!" }

func pick[T any](v T, n int) (T, int) { return v, n * 3 }

func main() {
	fmt.Println(biggest([]float64{1, 3, 2}))
	fmt.Println(parse("abc"))
	fmt.Println(parse(""))
	fmt.Println(pass(Square(2), 5))
	fmt.Println(pick[Shape](Grid{1, 1}, 4))
	s, n := biggest([]float64{4})
	fmt.Println(s.Area(), n)
}
