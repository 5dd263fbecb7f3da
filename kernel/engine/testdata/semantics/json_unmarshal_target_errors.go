// The classic mistake of passing json.Unmarshal a value instead of a
// pointer: the error names the program's type as Go does, and is still
// a *json.InvalidUnmarshalError.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Animal struct {
	Name string `json:"name"`
	Legs int    `json:"legs"`
}

func main() {
	data := []byte(`{"name":"cat","legs":4}`)
	var a Animal
	err := json.Unmarshal(data, a)
	fmt.Println(err)
	var ie *json.InvalidUnmarshalError
	fmt.Println(errors.As(err, &ie))

	var missing *Animal
	fmt.Println(json.Unmarshal(data, missing))
	fmt.Println(json.Unmarshal(data, nil))

	fmt.Println(json.Unmarshal(data, &a), a.Name, a.Legs)
}
