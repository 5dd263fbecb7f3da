// Dog and Cat have the same fields: held in an interface they still
// print with their own String methods and %T names each.
package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ Name string }
type Cat struct{ Name string }

func (d Dog) Sound() string  { return "woof" }
func (c Cat) Sound() string  { return "meow" }
func (d Dog) String() string { return "Dog(" + d.Name + ")" }
func (c Cat) String() string { return "Cat(" + c.Name + ")" }

func main() {
	zoo := []Animal{Dog{"rex"}, Cat{"tom"}}
	for _, a := range zoo {
		fmt.Println(a, a.Sound())
		fmt.Printf("%v %s %T\n", a, a, a)
	}
	var a Animal = Dog{"fido"}
	fmt.Println(a)
	fmt.Printf("%T %v\n", a, a)
	d := Dog{"x"}
	c := Cat{"y"}
	fmt.Println(d, c)
	fmt.Printf("%T %T\n", d, c)
}
