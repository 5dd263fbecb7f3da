// A recovered run-time error panicked again by a deferred func names the
// line of that panic(r), and no frames below it: Go names the first
// panic's frames apart, below a frame of its runtime.
package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func safePop(s *Stack) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("pop failed:", r)
			panic(r)
		}
	}()
	return s.Pop()
}

func main() {
	s := &Stack{items: []int{1}}
	fmt.Println(safePop(s))
	fmt.Println(safePop(s))
}
