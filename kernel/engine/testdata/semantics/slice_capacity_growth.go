// How a slice grows as it is appended to, printed as teaching material
// shows it: Go 1.26 gives the first append to an empty slice that stays
// in its func a 32-byte array, so the capacities start at 4 ints, 2
// strings, 32 bytes. A slice that is printed, returned or passed on
// grows from 1 as before.
package main

import "fmt"

type point struct{ X, Y int }

func growth() {
	var s []int
	last := -1
	for i := 0; i < 40; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Printf("len=%-3d cap=%d\n", len(s), cap(s))
			last = cap(s)
		}
	}
}

func kinds() {
	var words []string
	var flags []bool
	var pts []point
	var big []struct{ A, B, C, D, E int }
	for i := 0; i < 3; i++ {
		words = append(words, "w")
		flags = append(flags, true)
		pts = append(pts, point{i, i})
		big = append(big, struct{ A, B, C, D, E int }{})
		fmt.Println(cap(words), cap(flags), cap(pts), cap(big))
	}
	fmt.Println(pts[2].X, words[0], flags[1])
}

func rows() {
	for r := 0; r < 3; r++ {
		var row []int
		for c := 0; c <= r; c++ {
			row = append(row, c)
		}
		fmt.Println("row", r, len(row), cap(row))
	}
}

func printed() {
	var s []int
	for i := 0; i < 5; i++ {
		s = append(s, i)
		fmt.Println(len(s), cap(s), s)
	}
}

func resets() {
	s := make([]int, 0)
	s = append(s, 1, 2)
	fmt.Println("make:", len(s), cap(s))
	s = s[:0]
	s = append(s, 3)
	fmt.Println("resliced:", len(s), cap(s))
	s = nil
	s = append(s, 4)
	fmt.Println("nil again:", len(s), cap(s))
	var t []int
	t = append(t, 1, 2, 3, 4, 5)
	fmt.Println("five at once:", cap(t))
	u := []int{}
	for i := range 3 {
		u = append(u, i*i)
	}
	sum := 0
	for _, v := range u {
		sum += v
	}
	fmt.Println("sum:", sum, "cap:", cap(u), u[len(u)-1])
}

func main() {
	growth()
	kinds()
	rows()
	printed()
	resets()

	var caps []int
	var s []int
	for i := range 10 {
		s = append(s, i)
		caps = append(caps, cap(s))
	}
	fmt.Println(caps)
}
