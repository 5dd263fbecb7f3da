// A failed type assertion in main's own statements, recovered by a
// deferred call of main: the message names the operand's interface.
package main

import "fmt"

type Swimmer interface{ Swim() string }

type Duck struct{}

func (Duck) Swim() string { return "duck" }

type Fish struct{ name string }

func (f *Fish) Swim() string { return f.name }

func try(s Swimmer) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	_ = s.(*Fish)
	return nil
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(try(&Fish{"nemo"}), try(Duck{}))
	var s Swimmer = Duck{}
	_ = s.(*Duck)
}
