package main

import "fmt"

// A method with a pointer receiver may be called on a nil pointer, also
// through an interface. For a struct with fields it runs; for an empty
// struct type or a declared non-struct type, whose pointers go into
// interfaces in a box of the kernel's, the call meets nil first.

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string {
	if d == nil {
		return "a nil dog"
	}
	return d.name
}

type Cat struct{}

func (c *Cat) Speak() string { return "meow" }

func main() {
	var d *Dog
	var s Speaker = d
	fmt.Println(s == nil, s.Speak())
	var c *Cat
	s = c
	fmt.Println(s == nil, s.Speak())
}
