package main

import (
	"fmt"
	"image"
	"image/color"
	"time"
)

type Hex string

func (h Hex) String() string { return "#" + string(h) }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var c fmt.Stringer = Hex("f00")
	_, ok := c.(image.Point)
	fmt.Println(ok)
	try(func() { _ = c.(image.Point) })
	try(func() { _ = c.(time.Duration) })
	var col color.Color = color.Gray{7}
	try(func() { _ = col.(color.RGBA) })
	var s fmt.Stringer = image.Pt(1, 2)
	fmt.Println(s.(image.Point).X)
	p := c.(image.Rectangle)
	fmt.Println(p)
}
