package main

import "fmt"

// A goroutine's func literal panics after some work: the traceback
// names the panic's line, in one cell and in the cell holding main's
// statements.

func main() {
	results := make(chan int)
	go func() {
		total := 0
		for i := range 4 {
			total += i
		}
		fmt.Println("worker summed", total)
		panic(fmt.Sprintf("worker failed after %d", total))
	}()
	fmt.Println(<-results)
}
