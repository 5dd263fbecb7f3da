package main

import "fmt"

func cleanup(name string) {
	var p *int
	fmt.Println("cleanup", name)
	fmt.Println(*p)
}

func other() { fmt.Println("other") }

func run() {
	defer other()
	defer cleanup("run")
	fmt.Println("running")
}

func main() {
	run()
}
