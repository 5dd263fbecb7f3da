package main

// Failed assertions to pointers of an empty struct type and of a
// non-struct type name them as Go does, recovered or not.

import "fmt"

type Dog struct{}

func (Dog) Sound() string { return "woof" }

type Celsius float64

type Sounder interface{ Sound() string }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	var a any = Dog{}
	var c any = Celsius(3)
	var s Sounder = Dog{}
	fmt.Println(s.Sound())
	try(func() { _ = a.(*Dog) })
	try(func() { _ = c.(*Celsius) })
	if _, ok := a.(*Dog); !ok {
		fmt.Println("a holds no *Dog")
	}
	p := &Dog{}
	a = p
	fmt.Printf("%T %v\n", a, a.(*Dog) == p)
	_ = c.(*Celsius)
	fmt.Println("unreached")
}
