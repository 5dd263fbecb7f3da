// A deferred call that panics does not stop the func's other deferred
// calls, and a later deferred recover gets the newest panic.
package main

import "fmt"

func nested() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer got: ", r)
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-panic of ", r))
		}
	}()
	panic("first")
}

func cleanupPanics() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
		}
	}()
	defer fmt.Println("closing the log")
	defer func() { panic("cleanup failed") }()
	fmt.Println("working")
	return nil
}

func chain() (out []string) {
	defer func() { out = append(out, fmt.Sprint("last: ", recover())) }()
	defer func() {
		r := recover()
		out = append(out, fmt.Sprint("middle: ", r))
		panic(fmt.Sprint(r, "+middle"))
	}()
	defer func() { out = append(out, "first runs") }()
	panic("boom")
}

func quiet() (n int) {
	defer func() { n++ }()
	defer func() { n *= 10 }()
	n = 4
	return n
}

func main() {
	fmt.Println(nested())
	fmt.Println(cleanupPanics())
	fmt.Println(chain())
	fmt.Println(quiet())
}
