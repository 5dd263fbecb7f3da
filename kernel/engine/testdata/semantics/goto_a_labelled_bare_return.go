// A search helper jumps out of nested loops to a label on its bare
// return, as grid puzzles written with goto do.
package main

import "fmt"

func find(grid [][]int, want int) (r, c int) {
	r, c = -1, -1
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				r, c = i, j
				goto done
			}
		}
	}
	fmt.Println(want, "not found")
done:
	return
}

func sign(n int) (i int) {
	if n > 5 {
		goto done
	}
	i = -1
done:
	return
}

func report(n int) {
	if n < 0 {
		goto out
	}
	fmt.Println("report", n)
out:
	return
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 9))
	fmt.Println(sign(1), sign(9))
	report(3)
	report(-1)
}
