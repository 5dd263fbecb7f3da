// A panic of a sequence iter.Pull runs is raised by the next (or stop)
// call that waited for it, where the caller can recover it.
package main

import (
	"fmt"
	"iter"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if i == 2 {
				panic(fmt.Sprintf("bad value %d", i))
			}
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(5))
	defer stop()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for {
			v, ok := next()
			if !ok {
				break
			}
			fmt.Println(v)
		}
	}()
	v, ok := next()
	fmt.Println(v, ok)
	n2, stop2 := iter.Pull2(func(yield func(string, int) bool) {
		yield("a", 1)
		panic("pair")
	})
	k, x, ok := n2()
	fmt.Println(k, x, ok)
	func() {
		defer func() { fmt.Println("stop saw:", recover()) }()
		stop2()
	}()
}
