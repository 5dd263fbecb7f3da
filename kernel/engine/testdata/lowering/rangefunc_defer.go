package main

import (
	"fmt"
	"iter"
	"slices"
)

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func open(names []string) iter.Seq[*Res] {
	return func(yield func(*Res) bool) {
		for _, n := range names {
			if !yield(&Res{n}) {
				return
			}
		}
	}
}

func useAll() {
	defer fmt.Println("first deferred")
	for r := range open([]string{"a", "b", "c"}) {
		defer r.Close()
		fmt.Println("use", r.name)
	}
	defer fmt.Println("last deferred")
	fmt.Println("end of useAll")
}

func nested() (n int) {
	defer func() { fmt.Println("n was", n) }()
	for i := range slices.Values([]int{1, 2}) {
		for j := range slices.Values([]int{10, 20}) {
			defer func() { n += i * j }()
			defer fmt.Println("deferred", i, j)
		}
	}
	return 1
}

func early() string {
	for r := range open([]string{"x", "y"}) {
		defer r.Close()
		if r.name == "x" {
			return "returned at " + r.name
		}
	}
	return "none"
}

func main() {
	useAll()
	fmt.Println(nested())
	fmt.Println(early())
	for i := range 2 {
		func() {
			for r := range open([]string{fmt.Sprint("loop", i)}) {
				defer r.Close()
			}
			fmt.Println("body", i)
		}()
	}
}
