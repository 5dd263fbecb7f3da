package main

import "fmt"

func release(name string, xs []int) {
	fmt.Println("release", name, xs[len(xs)])
}

func logDone() { fmt.Println("done") }

func level3(xs []int) {
	defer logDone()
	defer release("l3", xs)
	fmt.Println("level3")
}

func level2(xs []int) {
	level3(xs)
}

func level1() {
	xs := []int{1, 2}
	level2(xs)
}

func main() {
	fmt.Println("start")
	level1()
}
