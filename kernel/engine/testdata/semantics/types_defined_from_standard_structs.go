package main

import (
	"fmt"
	"image"
	"image/color"
	"time"
)

// A type defined from a standard struct type has its fields, not its
// methods; the standard type keeps its own.
type Grid image.Point

type Area image.Rectangle

type Col color.RGBA

type Stamp time.Time

func (s Stamp) String() string { return time.Time(s).Format("2006-01-02") }

type Moment time.Time

type Event struct {
	At   time.Time
	Name string
}

type Pixel struct{ C color.RGBA }

func main() {
	t := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Println(Event{t, "launch"})
	fmt.Println(Stamp(t), []Stamp{Stamp(t)})
	fmt.Printf("%v|%T|%T\n", time.Time(Stamp(t)), Stamp(t), t)
	var any1 any = t
	fmt.Println(any1)

	g := Grid{2, 3}
	fmt.Println(g, image.Point(g))
	fmt.Printf("%v %+v %#v %T\n", g, g, g, g)
	p := image.Point(g)
	var s fmt.Stringer = p
	fmt.Println(s, p.Add(image.Pt(1, 1)))
	fmt.Println(Area(image.Rect(0, 0, 3, 4)), image.Rect(0, 0, 3, 4))

	c := Col{1, 2, 3, 255}
	var cc color.Color = color.RGBA(c)
	fmt.Printf("%T %v\n", cc, cc)
	fmt.Printf("%#v\n", Pixel{color.RGBA(c)})
	fmt.Printf("%+v\n", c)
	r, gg, b, a := cc.RGBA()
	fmt.Println(r, gg, b, a)
}
