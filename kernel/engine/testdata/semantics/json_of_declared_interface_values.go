// Shapes held in the program's own interface are encoded by their
// dynamic values, one by one and inside a custom MarshalJSON.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Shape interface{ Kind() string }

type Circle struct {
	R float64 `json:"r"`
}

func (c Circle) Kind() string { return "circle" }

type Rect struct {
	W, H float64
}

func (r *Rect) Kind() string { return "rect" }

type Drawing struct {
	Name   string
	Shapes []Shape
}

func (d Drawing) MarshalJSON() ([]byte, error) {
	var parts []json.RawMessage
	for _, s := range d.Shapes {
		b, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		tagged, _ := json.Marshal(map[string]any{"kind": s.Kind(), "shape": json.RawMessage(b)})
		parts = append(parts, tagged)
	}
	return json.Marshal(map[string]any{"name": d.Name, "shapes": parts})
}

func main() {
	var s Shape = Circle{1}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	s = &Rect{2, 3}
	b, _ = json.MarshalIndent(s, "", " ")
	fmt.Println(string(b))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, sh := range []Shape{Circle{4}, &Rect{5, 6}} {
		if err := enc.Encode(sh); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Print(buf.String())
	d := Drawing{"house", []Shape{&Rect{4, 3}, Circle{0.5}}}
	out, err := json.Marshal(d)
	fmt.Println(string(out), err)
	var none Shape
	b, err = json.Marshal(none)
	fmt.Println(string(b), err)
}
