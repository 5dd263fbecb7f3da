// A := at main's top level that declares a slice again while indexing
// and slicing the old one (popping a queue or a stack), which, cut over
// cells, is a cell's top-level statement.
package main

import (
	"fmt"
	"strings"
)

func main() {
	queue := []int{1, 2, 3}
	head, queue := queue[0], queue[1:]
	fmt.Println(head, queue)
	stack := []string{"a", "b", "c"}
	top, stack := stack[len(stack)-1], stack[:len(stack)-1]
	fmt.Println(top, stack)
	words := strings.Fields("go is fun")
	first, words := words[0], words[1:]
	fmt.Println(first, len(words), words)
	grid := [][]int{{1, 2}, {3, 4}}
	row, grid := grid[1][0], grid[:1]
	fmt.Println(row, grid)
}
