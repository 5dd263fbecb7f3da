package main

import (
	"context"
	"fmt"
)

type ID int

func kind(x any) string {
	switch x.(type) {
	case []int:
		return "[]int"
	case []ID:
		return "[]ID"
	case map[string]ID:
		return "map[string]ID"
	}
	return "other"
}

func main() {
	ids := []ID{1, 2}
	fmt.Println(kind(ids), kind([]int{3}), kind(map[string]ID{"a": 1}))
	fmt.Printf("%T %v\n", any(ids), ids)

	// A type declared inside a func.
	type key string
	ctx := context.WithValue(context.Background(), key("user"), "bob")
	fmt.Println(ctx.Value(key("user")), ctx.Value("user"))
	type local int
	var x any = local(3)
	_, isInt := x.(int)
	fmt.Printf("%T %v\n", x, isInt)
}
