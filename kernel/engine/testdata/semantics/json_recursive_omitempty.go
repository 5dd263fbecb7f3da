// encoding/json omits the empty fields of a recursive type at every
// depth (omitempty, omitzero), and keeps the ones that are not empty.
package main

import (
	"encoding/json"
	"fmt"
)

type Node struct {
	Name   string  `json:"name"`
	Kids   []*Node `json:"kids,omitempty"`
	Tag    string  `json:"tag,omitempty"`
	Weight int     `json:"weight,omitzero"`
}

type Task struct {
	Title string          `json:"title"`
	Sub   []Task          `json:"sub,omitempty"`
	Deps  map[string]Task `json:"deps,omitempty"`
	Next  *Task           `json:"next,omitempty"`
	Keep  []Task          `json:"keep"`
}

func main() {
	tree := Node{Name: "root", Kids: []*Node{
		{Name: "a", Weight: 2, Kids: []*Node{{Name: "a1", Tag: "leaf"}}},
		{Name: "b"},
	}}
	b, _ := json.Marshal(tree)
	fmt.Println(string(b))

	t := Task{Title: "ship", Sub: []Task{{Title: "build", Keep: []Task{}}, {Title: "test", Next: &Task{Title: "fix"}}},
		Deps: map[string]Task{"plan": {Title: "plan"}}}
	b, err := json.MarshalIndent(t, "", " ")
	fmt.Println(string(b), err)

	var back Task
	err = json.Unmarshal(b, &back)
	fmt.Printf("%v %+v\n", err, back.Sub[1].Next)
}
