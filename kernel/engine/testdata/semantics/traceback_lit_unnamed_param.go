package main

import "fmt"

func main() {
	apply := func(f func(int) int, v int) int { return f(v) }
	var m map[string]int
	fmt.Println(apply(func(int) int {
		m["x"] = 1
		return 0
	}, 3))
}
