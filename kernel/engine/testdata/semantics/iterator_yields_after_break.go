// An iterator that ignores yield's result and calls it again after the
// loop broke out: Go panics at the loop's for line, with the iterator's
// frame below it.
package main

import "fmt"

// countdown forgets to stop when yield returns false.
func countdown(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			yield(i)
		}
	}
}

func main() {
	for x := range countdown(3) {
		fmt.Println("got", x)
		if x == 2 {
			break
		}
	}
	fmt.Println("never printed")
}
