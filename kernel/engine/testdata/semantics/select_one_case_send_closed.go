// Go compiles a select with one case (and perhaps a default) as that
// case's send: a send on a closed channel there is named at the case.
package main

import "fmt"

func trySend(c chan int, v int) (sent bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("trySend:", r)
		}
	}()
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 1)
	fmt.Println(trySend(c, 1), trySend(c, 2))
	close(c)
	fmt.Println(trySend(c, 3))
	select {
	case c <- 4:
		fmt.Println("sent")
	}
}
