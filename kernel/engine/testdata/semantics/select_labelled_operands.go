package main

import "fmt"

type R struct{ values chan int }

func main() {
	r := R{values: make(chan int, 3)}
	r.values <- 1
	r.values <- 2
	close(r.values)
	rs := []R{r}
	total := 0
loop:
	for {
	sel:
		select {
		case v, ok := <-r.values:
			if !ok {
				break loop
			}
			if v == 1 {
				break sel
			}
			total += v
		}
	}
	fmt.Println("total", total)
	r2 := R{values: make(chan int, 1)}
	r2.values <- 5
	rs[0] = r2
	var v int
	var ok bool
outer:
	select {
	case v, ok = <-rs[0].values:
		if v > 3 {
			break outer
		}
		fmt.Println("small")
	}
	fmt.Println(v, ok)
	out := make(chan int, 1)
	vals := []int{7}
send:
	select {
	case out <- vals[0] * 2:
		break send
	}
	fmt.Println(<-out)
}
