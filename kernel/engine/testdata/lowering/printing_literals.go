package main

import "fmt"

type point struct{ x, y int }

func main() {
	pet := struct {
		name   string
		legs   int
		owners []string
	}{"Rex", 4, []string{"ana"}}
	fmt.Printf("%v|%+v|%#v|%T\n", pet, pet, pet, pet)
	pair := struct {
		Label string
		at    point
	}{"origin", point{}}
	fmt.Printf("%+v %T\n", pair, pair)
	rows := []struct {
		id  int
		tag string
	}{{1, "a"}, {2, "b"}}
	fmt.Println(rows, len(rows))
	fmt.Printf("%+v\n", rows)
	empty := struct{}{}
	fmt.Printf("%v %T\n", empty, empty)
	tagged := struct {
		N int `json:"n"`
	}{3}
	fmt.Printf("%#v\n", tagged)
}
