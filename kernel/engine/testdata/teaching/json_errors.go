// Decoding JSON that does not fit the program's types: the errors name
// the types as Go does, and errors.As finds the json error types.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Point struct{ X, Y int }

type Route struct {
	Name  string  `json:"name"`
	Stops []Point `json:"stops"`
}

func main() {
	var p Point
	err := json.Unmarshal([]byte(`[1]`), &p)
	fmt.Println(err)
	var ps []Point
	fmt.Println(json.Unmarshal([]byte(`{"a":1}`), &ps))
	fmt.Println(json.Unmarshal([]byte(`[{"X":"s"}]`), &ps))
	var r Route
	err = json.Unmarshal([]byte(`{"name":"loop","stops":[{"X":1,"Y":2},{"X":3,"Y":true}]}`), &r)
	fmt.Println(err)
	var te *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &te), te.Field, te.Value)
	err = json.Unmarshal([]byte(`{"name":`), &r)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se))
	fmt.Println(r.Name, r.Stops)
}
