// Each run of a declaration declares a new variable: a select case's
// and a type switch clause's variable, a comma-ok declaration, an array
// declared with a literal (or whose address is taken), an if or switch
// statement's variable, each captured by a closure or a pointer in a
// loop, keep the value of their own run.
package main

import "fmt"

type Grid [3]string

func main() {
	ch := make(chan int, 4)
	var ps []*int
	for i := range 2 {
		ch <- i + 1
		select {
		case v := <-ch:
			ps = append(ps, &v)
		}
	}
	fmt.Println("select", *ps[0], *ps[1], ps[0] == ps[1])

	var workers []func() int
	for i := range 3 {
		ch <- i * 10
		select {
		case msg, ok := <-ch:
			workers = append(workers, func() int {
				if !ok {
					return -1
				}
				return msg
			})
		}
	}
	for _, w := range workers {
		fmt.Print(w(), " ")
	}
	fmt.Println()

	ps = nil
	for _, x := range []any{1, 2, "three"} {
		switch v := x.(type) {
		case int:
			ps = append(ps, &v)
		case string:
			defer func() { fmt.Println("deferred", v) }()
		}
	}
	fmt.Println("type switch", *ps[0], *ps[1])

	m := map[string]int{"a": 10, "b": 11}
	ps = nil
	for _, k := range []string{"a", "b"} {
		if v, ok := m[k]; ok {
			ps = append(ps, &v)
		}
	}
	fmt.Println("if comma-ok", *ps[0], *ps[1])

	ps = nil
	xs := []any{5, 6}
	for i := range 2 {
		v, ok := xs[i].(int)
		if ok {
			ps = append(ps, &v)
		}
	}
	fmt.Println("assert comma-ok", *ps[0], *ps[1])

	ps = nil
	ch <- 7
	ch <- 8
	for range 2 {
		v, ok := <-ch
		_ = ok
		ps = append(ps, &v)
	}
	fmt.Println("receive comma-ok", *ps[0], *ps[1])

	var rows [][]int
	var grids []*Grid
	for i := range 2 {
		a := [2]int{i, i * i}
		rows = append(rows, a[:])
		var g = Grid{fmt.Sprint("g", i)}
		grids = append(grids, &g)
	}
	fmt.Println("arrays", rows, *grids[0], *grids[1])

	var ptrs []*[2]int
	for i := range 3 {
		ptrs = append(ptrs, &[2]int{i, -i})
	}
	fmt.Println("array literal addresses", *ptrs[0], *ptrs[2])

	var fs []func() int
	for i := range 2 {
		switch v := i * 7; {
		case v >= 0:
			fs = append(fs, func() int { return v })
		}
	}
	fmt.Println("switch init", fs[0](), fs[1]())
}
