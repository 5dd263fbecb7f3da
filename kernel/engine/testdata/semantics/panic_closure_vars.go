// Panics in func literals held in variables: Go names the line in the
// literal, then the call of the variable that ran it (not another call
// of a literal), then the literal's call where it is called in place.
package main

import "fmt"

func main() {
	get := func(xs []int, i int) int { return xs[i] }
	check := func(n int) {
		if n > 2 {
			panic(fmt.Sprint("too big: ", n))
		}
	}
	fmt.Println(get([]int{1, 2}, 1))
	total := func(xs []int) (t int) {
		for _, x := range xs {
			check(x)
			t += 100 / x
		}
		return
	}
	fmt.Println(total([]int{1, 2}))
	fmt.Println(func() int {
		return total([]int{1, 3})
	}())
}
