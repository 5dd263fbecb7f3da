package main

import "fmt"

// A loop body is a block of its own inside the loop's clause: it may
// declare the clause's variables again, whatever the loop ranges over.

func pairs(yield func(int, string) bool) {
	for i, s := range []string{"a", "b"} {
		if !yield(i, s) {
			return
		}
	}
}

func main() {
	for _, r := range "hello" {
		r := r + 'A' - 'a'
		fmt.Printf("%c", r)
	}
	fmt.Println()
	for i, r := range "héllo" {
		i, r := i*2, r+1
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	for i := range 3 {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
	arr := [2]int{5, 6}
	for i, v := range &arr {
		i, v := i+1, v+1
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, s := range pairs {
		s := s + "!"
		if i == 1 {
			break
		}
		fmt.Println(i, s)
	}
	var fs []func() int
	for _, v := range []int{1, 2} {
		fs = append(fs, func() int { return v })
		v := v * 10
		fs = append(fs, func() int { return v })
	}
	for i := 0; i < 2; i++ {
		fs = append(fs, func() int { return i })
		i := i + 50
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for k, v := range map[string]int{"a": 1} {
		k, v := k+"!", v+1
		fmt.Println(k, v)
	}
}
