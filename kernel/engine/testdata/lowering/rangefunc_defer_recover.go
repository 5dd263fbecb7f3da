package main

import (
	"fmt"
	"slices"
)

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for x := range slices.Values([]int{1, 0}) {
		defer fmt.Println("deferred for", x)
		fmt.Println(10 / x)
	}
	return nil
}

func main() {
	defer fmt.Println("main done")
	for x := range slices.Values([]string{"p", "q"}) {
		defer fmt.Println("main deferred", x)
	}
	fmt.Println(safe())
	fmt.Println("end of main")
}
