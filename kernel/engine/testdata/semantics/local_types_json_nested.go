// Types a func declares, nested (a slice of one in another), through
// encoding/json: unexported fields stay out, names stay as declared.
package main

import (
	"encoding/json"
	"fmt"
)

func roundTrip() {
	type Item struct {
		Name string
		sku  string
		Qty  int `json:"qty,omitempty"`
	}
	type Order struct {
		ID    int
		Items []Item
		note  string
	}
	b, err := json.Marshal(Order{7, []Item{{"pen", "P1", 2}, {"ink", "I9", 0}}, "fragile"})
	fmt.Println(string(b), err)
	var back Order
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v\n", back, err)
}

func main() {
	roundTrip()
	type Point struct {
		X, Y int
		tag  string
	}
	type Path struct {
		Name   string
		Points []Point
	}
	b, _ := json.MarshalIndent(Path{"p", []Point{{1, 2, "a"}}}, "", " ")
	fmt.Println(string(b))
	var p Path
	json.Unmarshal(b, &p)
	fmt.Printf("%+v\n", p)
}
