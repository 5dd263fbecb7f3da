// A widget tree adds children through a variadic parameter of its own
// interface, then finds containers among them by type assertion.
package main

import (
	"fmt"
	"slices"
)

type Widget interface{ Name() string }

type Label struct{ text string }

func (l *Label) Name() string { return "label " + l.text }

type Container struct {
	name     string
	Children []Widget
}

func (c *Container) Name() string { return "container " + c.name }

func (c *Container) Add(w ...Widget) *Container {
	c.Children = append(c.Children, w...)
	return c
}

func (c *Container) Find(name string) *Container {
	if c.name == name {
		return c
	}
	for _, ch := range c.Children {
		if sub, ok := ch.(*Container); ok {
			if f := sub.Find(name); f != nil {
				return f
			}
		}
	}
	return nil
}

type Value struct{ v int }

func (v Value) Name() string { return fmt.Sprint("value ", v.v) }

func all(ws ...Widget) []Widget { return slices.Clone(ws) }

func main() {
	root := &Container{name: "root"}
	inner := &Container{name: "inner"}
	inner.Add(&Label{"a"})
	var w Widget = &Label{"b"}
	root.Add(inner, w, &Label{"c"}, Value{3})
	fmt.Println(root.Find("inner") != nil, root.Find("inner").Name())
	for _, ch := range root.Children {
		switch x := ch.(type) {
		case *Container:
			fmt.Println("container", x.name, len(x.Children))
		case *Label:
			fmt.Println("label", x.text)
		case Value:
			fmt.Println("value", x.v)
		}
	}
	ws := all(&Label{"x"}, Value{4})
	l, ok := ws[0].(*Label)
	v, ok2 := ws[1].(Value)
	fmt.Println(l.text, ok, v.v, ok2)
}
