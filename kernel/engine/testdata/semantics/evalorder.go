package main

import "fmt"

type counter struct{ n int }

func (c counter) get() int { return c.n }

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	// Method values bind their receiver when evaluated.
	c := counter{1}
	f := c.get
	c.n = 2
	fmt.Println(f(), c.get())

	// Function values are evaluated before the arguments.
	g := func(a, b int) int { return a + b }
	h := g
	fmt.Println(h(note("a", 1), note("b", 2)), trace)

	// Multiple assignment: the right side first, then left to right.
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)

	// go statement arguments are evaluated at the go statement.
	done := make(chan int)
	x := 10
	go func(v int) { done <- v }(x)
	x = 20
	fmt.Println(<-done, x)

	// Range over an array copies it; over a slice it does not.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice", v)
		}
	}

	// Deleting from a map while ranging: deleted entries are not visited.
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))
}
