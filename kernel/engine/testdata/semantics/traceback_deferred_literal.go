package main

import "fmt"

func run() {
	defer func() {
		var p *int
		fmt.Println(*p)
	}()
	fmt.Println("running")
}

func main() {
	run()
}
