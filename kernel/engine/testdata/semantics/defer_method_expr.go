// Deferred calls of method expressions: the receiver and arguments are
// evaluated at the defer statement.
package main

import "fmt"

type T struct{ n int }

func (t T) Show(label string) { fmt.Println(label, t.n) }

func (t *T) Bump(k int) { t.n += k; fmt.Println("bumped", t.n) }

func f() {
	t := T{1}
	defer T.Show(t, "value")
	defer (*T).Bump(&t, 10)
	t.n = 2
	for i := range 2 {
		defer T.Show(T{i}, "loop")
	}
}

func main() {
	f()
	defer fmt.Println("ok")
	defer T.Show(T{7}, "main")
}
