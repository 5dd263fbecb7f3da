package main

import "fmt"

func findPair(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 5))
outer:
	for i, row := range grid {
		for _, v := range row {
			if v%2 == 0 {
				continue outer
			}
			if v > 6 {
				break outer
			}
			fmt.Println("row", i, "odd", v)
		}
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto ", i, " ")
		i++
		goto loop
	}
	fmt.Println()
sw:
	switch {
	case i == 3:
		for k := range 5 {
			if k == 2 {
				break sw
			}
			fmt.Println("k", k)
		}
		fmt.Println("not printed")
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
sel:
	for {
		select {
		case v, ok := <-ch:
			if !ok || v == 2 {
				break sel
			}
			fmt.Println("got", v)
		}
	}
	fmt.Println("done")
}
