// Custom JSON methods that declare a plain copy of their type (no
// methods, so no recursion), as JSON lessons write them.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Shape struct {
	Kind string  `json:"kind"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
}

func (s *Shape) UnmarshalJSON(b []byte) error {
	type plain Shape
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p.Kind == "" {
		p.Kind = "rect"
	}
	p.Kind = strings.ToUpper(p.Kind)
	*s = Shape(p)
	return nil
}

func main() {
	var shapes []Shape
	err := json.Unmarshal([]byte(`[{"w":2,"h":3},{"kind":"square","w":4,"h":4}]`), &shapes)
	fmt.Println(err, shapes)
	type plain Shape
	p := plain{"tri", 1, 2}
	p.H = 5
	fmt.Printf("%v %+v\n", p, p)
	out, err := json.Marshal(p)
	fmt.Println(string(out), err)
}
