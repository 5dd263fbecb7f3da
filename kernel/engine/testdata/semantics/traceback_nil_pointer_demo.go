// The classic nil pointer lesson in one func: fields read through
// pointers that hold &T{…} and through a struct value come first, the
// nil pointer's field read fails on its own line.
package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	alice := &Person{Name: "Alice", Age: 30}
	fmt.Println(alice.Name, alice.Age)
	bob := Person{Name: "Bob"}
	fmt.Println(bob.Name)
	ptr := &bob
	ptr.Age = 41
	fmt.Println(bob.Age)
	var nobody *Person
	fmt.Println("nobody is nil:", nobody == nil)
	fmt.Println(nobody.Name)
}
