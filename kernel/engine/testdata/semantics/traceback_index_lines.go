// An index out of range names, in its traceback, the index operation that
// failed among its func's several ones.
package main

import "fmt"

func pick(xs []int, names []string, i, j int) string {
	a := xs[i]
	b := names[j]
	return fmt.Sprint(a, b)
}

func main() {
	xs := []int{1, 2, 3}
	names := []string{"a", "b"}
	fmt.Println(pick(xs, names, 0, 1))
	fmt.Println(pick(xs, names, 2, 0))
	s := "hey"
	k := 1
	fmt.Println(s[k], xs[k])
	fmt.Println(pick(xs, names, 1, 2))
}
