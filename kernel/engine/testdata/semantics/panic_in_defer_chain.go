package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work() {
	defer cleanup("first")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			panic(fmt.Sprintf("%v again", r))
		}
	}()
	defer cleanup("second")
	panic("fail")
}

func main() {
	defer fmt.Println("main deferred runs before the crash")
	work()
}
