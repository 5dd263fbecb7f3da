package main

import "fmt"

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func main() {
	var items []any
	for _, t := range []Tag{"go", "notebook"} {
		items = append(items, t)
	}
	_, isTag := items[1].(Tag)
	fmt.Println(len(items), isTag)
	fmt.Println(items...)
	fmt.Printf("%T\n", items[0])
}
