package main

import "fmt"

func merge(a, b <-chan int) []int {
	var out []int
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v*100)
		}
	}
	return out
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := range 3 {
			a <- i
		}
		close(a)
	}()
	go func() {
		b <- 7
		close(b)
	}()
	got := merge(a, b)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println(len(got), sum)
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("never", v)
	case nilCh <- 1:
		fmt.Println("never sent")
	default:
		fmt.Println("nil channels block; default runs")
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	fmt.Println(<-full, len(full))
}
