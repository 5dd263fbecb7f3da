package main

import "fmt"

func drain(ch chan int) (seen []int) {
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return seen
			}
			seen = append(seen, v)
			continue
		}
	}
}

func firstPositive(ch chan int) int {
	found := 0
	for found == 0 {
		select {
		case v := <-ch:
			if v <= 0 {
				break
			}
			found = v
		default:
			return -1
		}
	}
	return found
}

func main() {
	ch := make(chan int, 10)
	for i := range 4 {
		ch <- i
	}
	close(ch)
	fmt.Println(drain(ch))

	ch2 := make(chan int, 5)
	for _, v := range []int{-1, 0, 7} {
		ch2 <- v
	}
	fmt.Println(firstPositive(ch2), firstPositive(ch2))

	words := make(chan string, 4)
	done := make(chan bool)
	go func() {
		for _, w := range []string{"a", "bb", "ccc"} {
			words <- w
		}
		close(done)
	}()
	<-done
	total := 0
loop:
	for {
		select {
		case w := <-words:
			if len(w) == 2 {
				continue loop
			}
			total += len(w)
		default:
			break loop
		}
	}
	fmt.Println("total", total)

	events := make(chan int, 6)
	for _, e := range []int{1, 2, 3, 4, 5, 6} {
		events <- e
	}
	close(events)
outer:
	for round := 0; round < 3; round++ {
		for {
			select {
			case e, ok := <-events:
				if !ok {
					break outer
				}
				if e%2 == 0 {
					fmt.Println("round", round, "even", e)
					continue outer
				}
				fmt.Println("round", round, "odd", e)
			}
		}
	}
	fmt.Println("end")

	sel := make(chan int, 1)
	sel <- 5
	n := 0
	func() {
	L:
		select {
		case v := <-sel:
			for i := 0; i < v; i++ {
				if i == 3 {
					break L
				}
				n += i
			}
			n = -100
		}
	}()
	fmt.Println("n", n)
}
