package main

import "fmt"

// A received value lands where the program puts it, and the variable it
// initialises can be changed afterwards.

type S struct{ x int }

type job struct {
	id   int
	done bool
}

var g int

func named(c chan int) (x int)       { x = <-c; return }
func namedReturn(c chan int) (x int) { x = <-c; return x }
func direct(c chan int) int          { return <-c }
func blankOk(c chan int) (x int)     { x, _ = <-c; return }
func selected(c chan int) (x int) {
	select {
	case x = <-c:
	}
	return
}
func throughPointer(c chan int) int { p := new(int); *p = <-c; return *p }
func intoField(c chan int) int      { s := S{}; s.x = <-c; return s.x }
func intoPointerField(c chan int) int {
	s := &S{}
	s.x = <-c
	return s.x
}
func changed(c chan int) int { v := <-c; v++; return v }
func addressed(c chan int) int {
	v := <-c
	p := &v
	*p *= 2
	return v
}
func assignedLater(c chan int) int {
	var v int
	v = <-c
	v = v + 100
	return v
}
func captured(c chan int) int {
	v := <-c
	func() { v = -v }()
	return v
}
func inDefer(c chan int) (x int) {
	defer func() { x = <-c }()
	return 1
}

func pair(c chan int) (int, bool) { return <-c, true }

func main() {
	c := make(chan int, 1)
	funcs := []func(chan int) int{named, namedReturn, direct, blankOk, selected,
		throughPointer, intoField, intoPointerField, changed, addressed, assignedLater, captured, inDefer}
	for i, f := range funcs {
		c <- 10 + i
		fmt.Println(i, f(c))
	}
	c <- 3
	fmt.Println(pair(c))

	jobs := make(chan job, 2)
	jobs <- job{id: 1}
	j := <-jobs
	j.done = true
	fmt.Printf("%+v\n", j)

	words := make(chan string, 1)
	words <- "go"
	w := <-words
	w += "pher"
	fmt.Println(w)

	c <- 5
	g = <-c
	fmt.Println(g)
	var p S
	c <- 6
	p.x = <-c
	fmt.Println(p)
	c <- 7
	x, ok := <-c
	fmt.Println(x, ok)
	close(c)
	x, ok = <-c
	fmt.Println(x, ok)
}
