// A recursive func calling itself from two return statements and an if
// statement's init: each recursive frame names its own call when the
// memo, a nil map, is written deep down.
package main

import "fmt"

var memo map[int]int

func steps(n int) int {
	if n == 1 {
		return 0
	}
	if n == 5 {
		memo[n] = 5
	}
	if n%2 == 0 {
		return steps(n/2) + 1
	}
	return steps(3*n+1) + 1
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	if d := depth(n - 1); d > 2 {
		return d
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(6))
	fmt.Println(steps(8))
	fmt.Println(steps(6))
}
