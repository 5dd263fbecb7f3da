// A struct embeds instances of a generic type, by value and by pointer:
// the embedded field is selected and keyed by the generic's name.
package main

import "fmt"

type Container[T any] struct {
	Items []T
}

func (c *Container[T]) Add(v T) { c.Items = append(c.Items, v) }

type Labeled struct {
	Container[string]
	Color string
}

type Counted struct {
	*Container[int]
	N int
}

func main() {
	l := Labeled{Container: Container[string]{Items: []string{"a"}}, Color: "red"}
	l.Add("b")
	c := l.Container
	fmt.Println(len(l.Container.Items), c.Items, l)
	k := Counted{Container: &Container[int]{}}
	k.Add(3)
	k.Container.Add(4)
	fmt.Println(k.Items, k.N, *k.Container)
	fmt.Printf("%+v\n", l)
}
