// encoding/json refuses a value that points back to itself, with the
// type it went round through; the program goes on.
package main

import (
	"encoding/json"
	"fmt"
)

type Node struct {
	Name string `json:"name"`
	Next *Node  `json:"next,omitempty"`
}

type Person struct {
	Name    string
	private int
	Friends []*Person
}

func main() {
	a := &Node{Name: "a"}
	b := &Node{Name: "b", Next: a}
	out, err := json.Marshal(b)
	fmt.Println(string(out), err)
	a.Next = b
	out, err = json.Marshal(b)
	fmt.Printf("%q %v\n", out, err)

	ann := &Person{Name: "Ann", private: 1}
	bob := &Person{Name: "Bob", Friends: []*Person{ann}}
	out, err = json.MarshalIndent(bob, "", " ")
	fmt.Println(string(out), err)
	ann.Friends = append(ann.Friends, bob)
	_, err = json.Marshal(ann)
	fmt.Println(err)
}
