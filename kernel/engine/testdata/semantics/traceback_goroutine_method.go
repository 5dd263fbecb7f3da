// A goroutine started with a method call (go w.Run(done)) that panics
// names the method's frame only, as Go's traceback does.
package main

import "fmt"

type Worker struct {
	id   int
	jobs []int
}

func (w *Worker) Run(done chan<- int) {
	sum := 0
	for i := 0; i <= len(w.jobs); i++ {
		sum += w.jobs[i]
	}
	done <- sum
}

func main() {
	w := &Worker{id: 1, jobs: []int{3, 4}}
	fmt.Println("starting worker", w.id)
	done := make(chan int)
	go w.Run(done)
	fmt.Println(<-done)
}
