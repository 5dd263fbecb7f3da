// Variables, parameters and results named as Go's predeclared
// identifiers (len, cap, new, copy, min, max, string, error) work
// inside funcs: the notebook's own code around them still finds the
// builtins.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

func stats(xs []int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, v := range xs[1:] {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func last(s []string) string {
	len := len(s)
	if len == 0 {
		return ""
	}
	return s[len-1] + s[:len][0]
}

func push(head *Node, v int) *Node {
	new := &Node{Val: v}
	new.Next = head
	return new
}

func replace(s, old, new string) string {
	copy := strings.ReplaceAll(s, old, new)
	return copy[:3]
}

func grow(xs []int) []int {
	cap := cap(xs) * 2
	out := make([]int, len(xs), cap)
	copy(out, xs)
	return append(out, cap)
}

func check(string string, error error) (bool, string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	if error != nil {
		return false, string + ": " + error.Error()
	}
	var m map[bool]int
	m[true] = len(string)
	return true, string
}

func kinds(vs []any) []string {
	var out []string
	for _, v := range vs {
		switch int := v.(type) {
		case int:
			out = append(out, fmt.Sprint("int ", int+1))
		case string:
			out = append(out, "string "+int)
		default:
			out = append(out, fmt.Sprintf("%T", int))
		}
	}
	return out
}

func main() {
	fmt.Println(stats([]int{4, 9, 1, 7}))
	fmt.Println(last([]string{"a", "b", "c"}), last(nil) == "")
	var h *Node
	for i := range 3 {
		h = push(h, i)
	}
	for n := h; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	fmt.Println(replace("cat and cat", "cat", "dog"))
	g := grow([]int{1, 2})
	fmt.Println(g, len(g), cap(g))
	fmt.Println(check("x", errors.New("bad")))
	fmt.Println(check("key", nil))
	fmt.Println(kinds([]any{1, "s", 2.5}))
}
