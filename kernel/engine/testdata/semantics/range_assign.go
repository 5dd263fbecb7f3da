package main

import "fmt"

type cursor struct{ at, val int }

func lastIndexOf(xs []string, want string) (i int) {
	i = -1
	var x string
	for i, x = range xs {
		if x == want {
			return i
		}
	}
	return -1
}

func main() {
	i := -1
	for i = range []int{10, 20, 30} {
	}
	fmt.Println("after the loop i =", i)

	var k string
	var v int
	for k, v = range map[string]int{"only": 1} {
	}
	fmt.Println(k, v)

	var c cursor
	for c.at, c.val = range [3]int{5, 6, 7} {
		if c.val == 6 {
			break
		}
	}
	fmt.Printf("%+v\n", c)

	arr := [4]int{1, 2, 3, 4}
	n := 0
	for n = range &arr {
	}
	fmt.Println(n)

	slots := make([]int, 3)
	j := 0
	for slots[j] = range []int{9, 9, 9} {
		j++
		if j == len(slots) {
			break
		}
	}
	fmt.Println(slots)

	var r rune
	var pos int
	for pos, r = range "añb" {
	}
	fmt.Println(pos, string(r))

	ch := make(chan string, 3)
	ch <- "x"
	ch <- "y"
	close(ch)
	var got string
	for got = range ch {
	}
	fmt.Println(got)

	count := 0
	for count = range 5 {
	}
	fmt.Println(count)

	fmt.Println(lastIndexOf([]string{"a", "b", "c"}, "b"), lastIndexOf(nil, "z"))
	var empty int = 42
	for empty = range []int{} {
	}
	fmt.Println(empty)
}
