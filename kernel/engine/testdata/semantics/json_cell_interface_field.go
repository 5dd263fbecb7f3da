package main

// Decoding JSON into a struct with a field of an interface type the
// program declares: null leaves it nil, anything else is Go's type error
// naming the struct field, and the other fields are still decoded.

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return d.Name + " says woof" }

type Zoo struct {
	Name string
	Star Animal
	Size int
}

func main() {
	var z Zoo
	err := json.Unmarshal([]byte(`{"Name":"city","Star":{"Name":"rex"},"Size":3}`), &z)
	fmt.Println(err)
	fmt.Printf("%+v\n", z)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		fmt.Println(te.Field, te.Value)
	}

	z = Zoo{Star: Dog{"fido"}}
	err = json.Unmarshal([]byte(`{"Name":"park","Star":null}`), &z)
	fmt.Println(err, z.Name, z.Star == nil)

	err = json.Unmarshal([]byte(`{"Star":[1,2]}`), &z)
	fmt.Println(err)

	z.Star = Dog{"rex"}
	out, err := json.Marshal(z)
	fmt.Println(string(out), err, z.Star.Sound())
}
