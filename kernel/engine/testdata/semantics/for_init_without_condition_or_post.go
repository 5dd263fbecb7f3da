// A for loop with an init statement but no condition or post statement
// keeps what its body does to the variable from one iteration to the
// next.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	head := &Node{1, &Node{2, &Node{3, nil}}}
	for cur := head; ; {
		fmt.Print(cur.Val, " ")
		if cur.Next == nil {
			break
		}
		cur = cur.Next
	}
	fmt.Println()
	var fs []func() int
	for i := 0; ; {
		fs = append(fs, func() int { return i })
		i++
		if i == 3 {
			break
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for i, j := 0, 10; ; {
		if i >= j {
			fmt.Println(i, j)
			break
		}
		i, j = i+2, j-1
		continue
	}
}
