// A goto in a select's clause back to a label before the select, or on
// it, jumps there as Go does: a retry written with goto.
package main

import "fmt"

func retry() {
	n := 0
	ch := make(chan int, 1)
again:
	ch <- n
	select {
	case v := <-ch:
		fmt.Println("attempt", v)
		n++
		if n < 3 {
			goto again
		}
	}
	fmt.Println("done", n)
}

func fill() {
	out := make(chan int, 2)
	sent := 0
send:
	select {
	case out <- sent:
		sent++
		goto send
	default:
		fmt.Println("full")
	}
	fmt.Println("sent", sent, len(out))
}

func drain(ch chan int) {
	n := 0
loop:
	if n < 5 {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed after", n)
				return
			}
			for i := 0; i < v; i++ {
				n++
				if n%2 == 0 {
					goto loop
				}
			}
			fmt.Println("value", v, n)
			goto loop
		}
	}
	fmt.Println("gave up at", n)
}

func main() {
	retry()
	fill()
	ch := make(chan int, 4)
	ch <- 1
	ch <- 3
	close(ch)
	drain(ch)
}
