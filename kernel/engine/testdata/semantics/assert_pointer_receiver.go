package main

import "fmt"

type Mover interface{ Move(dx int) }

type Named interface{ Name() string }

type Robot struct {
	name string
	x    int
}

func (r *Robot) Move(dx int) { r.x += dx }
func (r Robot) Name() string { return r.name }

func tryMove(v any) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	m := v.(Mover)
	m.Move(1)
	fmt.Println("moved")
}

func main() {
	r := Robot{name: "r2"}
	var n Named = r
	_, ok := n.(Mover)
	fmt.Println("value is a Mover:", ok)
	var np Named = &r
	m, ok := np.(Mover)
	fmt.Println("pointer is a Mover:", ok)
	m.Move(5)
	fmt.Println(r.x)
	var things []any = []any{r, &r, 3}
	for _, t := range things {
		_, isMover := t.(Mover)
		_, isNamed := t.(Named)
		fmt.Println(isMover, isNamed)
	}
	tryMove(&r)
	tryMove(r)
	fmt.Println(r.x)
}
