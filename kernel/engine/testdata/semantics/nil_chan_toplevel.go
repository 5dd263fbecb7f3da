package main

import "fmt"

func main() {
	var done chan struct{}
	fmt.Println(done == nil)
	done = make(chan struct{})
	go func() { close(done) }()
	<-done
	var results chan<- int
	fmt.Println(results == nil, cap(results))
	fmt.Printf("%T %v\n", done, done == nil)
}
