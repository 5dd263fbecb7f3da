package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 5; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v%2 == 0 {
				continue loop
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("odd sum", sum)
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("never", v)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("nil channel never ready")
	}
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range matrix {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	// (The timeout is far beyond three ticks, however loaded the
	// machine: the output does not depend on timing.)
	timeout := time.After(10 * time.Second)
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	n := 0
	for n < 3 {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			fmt.Println("timed out")
			return
		}
	}
	fmt.Println("ticks", n)
}
