// slices.Delete out of range panics with the messages of the bounds
// check Go's does, s[i:j:len(s)].
package main

import (
	"fmt"
	"slices"
)

func del(s []int, i, j int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	fmt.Println(slices.Delete(s, i, j))
}

func main() {
	del([]int{1, 2, 3}, 1, 2)
	del([]int{1, 2}, 1, 5)
	del([]int{1, 2, 3}, 2, 1)
	del([]int{1, 2, 3}, -1, 2)
	del([]int{1, 2, 3}, 0, -2)
	del(make([]int, 2, 10), 0, 5)
}
