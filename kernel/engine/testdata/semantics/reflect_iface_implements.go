// Whether a type implements an interface the program declares, asked
// of reflect.
package main

import (
	"fmt"
	"reflect"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return "woof" }

func main() {
	animalType := reflect.TypeOf((*Animal)(nil)).Elem()
	d := Dog{"rex"}
	fmt.Println(animalType.Kind(), reflect.TypeOf(d).Implements(animalType), reflect.TypeOf(&d).Implements(animalType))
}
