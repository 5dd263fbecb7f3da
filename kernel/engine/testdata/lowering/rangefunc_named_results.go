package main

import (
	"errors"
	"fmt"
	"iter"
)

func Seq(yield func(int, error) bool) {
	if !yield(1, nil) {
		return
	}
	yield(2, errors.New("bad"))
}

func first() (err error) {
	for _, err := range Seq {
		if err != nil {
			return err
		}
	}
	return nil
}

func count(xs iter.Seq[int]) (n int, err error) {
	defer func() { n *= 10 }()
	for x := range xs {
		n += x
		if x > 2 {
			err = fmt.Errorf("too big: %d", x)
			return
		}
	}
	return
}

func pairs() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := range 3 {
			for j := range 3 {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func find(target int) (i, j int, found bool) {
	for a, b := range pairs() {
		for n := range Seq {
			if a*b+n == target {
				return a, b, true
			}
		}
	}
	return
}

func main() {
	fmt.Println(first())
	fmt.Println(count(func(yield func(int) bool) {
		for _, v := range []int{1, 2, 3, 4} {
			if !yield(v) {
				return
			}
		}
	}))
	fmt.Println(find(5))
	fmt.Println(find(100))
}
