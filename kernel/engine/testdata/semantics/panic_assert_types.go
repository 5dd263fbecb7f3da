package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Cat struct{ name string }

func (*Cat) Sound() string { return "meow" }

func main() {
	var a Animal = Dog{}
	d, ok := a.(Dog)
	fmt.Println(d, ok)
	_, ok = a.(*Cat)
	fmt.Println(ok)
	var x any = 42
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	a = &Cat{"tom"}
	c := a.(*Cat)
	fmt.Println(c.name)
	_ = a.(Dog)
}
