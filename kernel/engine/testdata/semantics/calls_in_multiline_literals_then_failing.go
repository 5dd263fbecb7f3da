// A table built by calls on lines of their own, then a call that fails:
// the traceback names the failing call's line.
package main

import "fmt"

type Row struct {
	Name  string
	Score int
}

func score(p *int, bonus int) int {
	return *p + bonus
}

func main() {
	base := 10
	rows := []Row{
		{"ann", score(&base, 1)},
		{"bob", score(&base, 2)},
	}
	fmt.Println(rows)
	var missing *int
	fmt.Println(score(missing, 3))
}
