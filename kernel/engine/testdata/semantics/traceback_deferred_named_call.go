package main

import "fmt"

func cleanup(name string) {
	var p *int
	fmt.Println("cleanup", name)
	fmt.Println(*p)
}

func run() {
	defer cleanup("run")
	fmt.Println("running")
}

func main() {
	run()
}
