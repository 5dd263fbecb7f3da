package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func largest(shapes ...Shape) (best Shape) {
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

type Finder interface{ Find(string) (int, error) }

func pick(ok bool) Finder { return nil }

func main() {
	fmt.Println(largest(Rect{1, 2}, Rect{3, 4}))
	fmt.Println(largest())
	fmt.Printf("%v %T\n", largest(), largest())
	fmt.Println(largest() == nil, pick(true) == nil)
	var sb strings.Builder
	fmt.Fprint(&sb, largest(), pick(false))
	fmt.Println(sb.String())
	fmt.Println(errors.New(fmt.Sprint(largest())))
}
