// Select cases whose send operand is an expression, and receives
// assigned to existing variables, elements and fields: operands are
// evaluated on entering the select, assignments when the case is
// chosen.
package main

import "fmt"

type Order struct{ ID int }

type Stats struct{ last int }

func price(n int) int { return n * 3 }

func main() {
	out := make(chan int, 1)
	orders := make(chan Order, 1)
	s := []int{5, 6}
	for i := 1; i <= 3; i++ {
		select {
		case out <- s[i%2]*100 + price(i):
		default:
			fmt.Println("full")
		}
		fmt.Println(<-out)
	}
	select {
	case orders <- Order{ID: len(s) * 10}:
	}
	fmt.Println(<-orders)

	in := make(chan int, 3)
	in <- 42
	in <- 7
	close(in)
	var x int
	res := make([]int, 2)
	var st Stats
	var ok bool
	select {
	case x = <-in:
	}
	select {
	case res[1] = <-in:
	}
	select {
	case st.last, ok = <-in:
	}
	fmt.Println(x, res, st, ok)
	done := make(chan bool) // never ready: each select sends
	n := 0
loop:
	for {
		select {
		case out <- n * n:
			n++
			fmt.Println("sent", <-out)
			if n == 3 {
				break loop
			}
		case <-done:
			fmt.Println("done first")
		}
	}
}
