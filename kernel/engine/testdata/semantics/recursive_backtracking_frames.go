// A backtracking search that calls itself from an if's condition and
// from a plain statement, recovering one panic on the way and failing
// for good deeper down: each recursive frame names its own call.
package main

import (
	"errors"
	"fmt"
)

var tries int

func place(cols []int, row int) bool {
	if row == len(cols) {
		return true
	}
	for c := 0; c < len(cols); c++ {
		if !safe(cols, row, c) {
			continue
		}
		cols[row] = c
		if row == 1 && c == 3 {
			recovered(cols, row)
			continue
		}
		if row == 2 {
			done := place(cols, row+1)
			if done {
				return true
			}
			continue
		}
		if place(cols, row+1) {
			return true
		}
	}
	tries++
	if tries == 9 {
		check(cols[:row], cols[row])
	}
	return false
}

func recovered(cols []int, row int) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	probe(cols, row+1)
}

func probe(cols []int, row int) {
	if row == 3 {
		panic(errors.New("probe went too deep"))
	}
	if row%2 == 0 {
		probe(cols, row+1)
	} else {
		probe(cols, row+2)
	}
	fmt.Println("never")
}

func check(prefix []int, last int) {
	fmt.Println("checking", prefix, last)
	_ = prefix[len(prefix)+last]
}

func safe(cols []int, row, c int) bool {
	for r := 0; r < row; r++ {
		d := cols[r] - c
		if d == 0 || d == row-r || d == r-row {
			return false
		}
	}
	return true
}

func main() {
	cols := make([]int, 6)
	fmt.Println(place(cols, 0), cols)
}
