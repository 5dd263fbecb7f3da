// MarshalJSON and UnmarshalJSON methods that declare a type of the same
// fields without the methods and use it in an anonymous struct: embedded
// to add a field, or named.
package main

import (
	"encoding/json"
	"fmt"
)

type Circle struct {
	R float64 `json:"r"`
}

func (c Circle) MarshalJSON() ([]byte, error) {
	type plain Circle
	return json.Marshal(struct {
		Kind string `json:"kind"`
		plain
	}{"circle", plain(c)})
}

type Event struct {
	Name string `json:"name"`
	At   int    `json:"at"`
}

func (e *Event) UnmarshalJSON(b []byte) error {
	type raw Event
	var v struct {
		Data raw    `json:"data"`
		Note string `json:"note"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*e = Event(v.Data)
	e.Name += " (" + v.Note + ")"
	return nil
}

func describe() string {
	type point struct{ X, Y int }
	pair := struct {
		From, To point
	}{point{1, 2}, point{3, 4}}
	return fmt.Sprintf("%v %+v", pair, pair)
}

func main() {
	b, err := json.Marshal([]Circle{{1}, {2.5}})
	fmt.Println(string(b), err)
	var e Event
	err = json.Unmarshal([]byte(`{"data":{"name":"launch","at":9},"note":"late"}`), &e)
	fmt.Printf("%+v %v\n", e, err)
	fmt.Println(describe())
}
