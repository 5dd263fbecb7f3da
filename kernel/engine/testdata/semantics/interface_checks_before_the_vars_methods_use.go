package main

import (
	"fmt"
	"strings"
)

// Package vars that make values interface values (the compile-time
// check var _ I = (*T)(nil), a registry of shapes) written before the
// vars the types' methods read.

type Getter interface{ Get() int }

type impl struct{}

func (*impl) Get() int { return answer }

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c Circle) Area() float64  { return scale * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("circle(%g)%s", c.R, suffix) }

var _ Getter = (*impl)(nil)

var shapes = []Shape{Circle{1}, Circle{2}}

var answer = 42
var scale = 3.0
var suffix = strings.Repeat("!", 2)

func main() {
	var g Getter = &impl{}
	fmt.Println(g.Get())
	for _, s := range shapes {
		fmt.Println(s, s.Area())
	}
}
