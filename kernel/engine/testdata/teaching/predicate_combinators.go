// Predicates as a func type with methods that combine them.
package main

import "fmt"

type Pred func(int) bool

func (p Pred) And(q Pred) Pred { return func(x int) bool { return p(x) && q(x) } }
func (p Pred) Or(q Pred) Pred  { return func(x int) bool { return p(x) || q(x) } }
func (p Pred) Not() Pred       { return func(x int) bool { return !p(x) } }

func filter(xs []int, p Pred) []int {
	var out []int
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	even := Pred(func(x int) bool { return x%2 == 0 })
	big := Pred(func(x int) bool { return x > 5 })
	f := even.And(big.Not())
	for i := range 8 {
		if f(i) {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	xs := []int{1, 2, 3, 6, 7, 8, 9}
	fmt.Println(filter(xs, even.Or(big)), filter(xs, big.And(even).Not()))
}
