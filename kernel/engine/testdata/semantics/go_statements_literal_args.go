// go statements calling named funcs and methods with composite literals
// as arguments.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type P struct{ X int }

type Summer struct {
	mu    sync.Mutex
	total int
}

func (s *Summer) add(xs []int, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for _, x := range xs {
		sum += x
	}
	s.mu.Lock()
	s.total += sum
	s.mu.Unlock()
}

func show(v any, done chan string) { done <- fmt.Sprint(v) }

func sum(xs []int, c chan int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	c <- t
}

func main() {
	done := make(chan string)
	go show([]int{1, 2}, done)
	fmt.Println(<-done)
	go show(P{3}, done)
	fmt.Println(<-done)
	go show(map[string]int{"a": 1}, done)
	fmt.Println(<-done)

	c := make(chan int)
	go sum([]int{7, 2, 8}, c)
	go sum([]int{-9, 4, 0}, c)
	x, y := <-c, <-c
	r := []int{x, y}
	sort.Ints(r)
	fmt.Println(r)

	var s Summer
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go s.add([]int{i, i * 10}, &wg)
	}
	wg.Wait()
	fmt.Println(s.total)
}
