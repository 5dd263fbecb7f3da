package main

import (
	"fmt"
	"strings"
)

type resource struct{ name string }

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name}
}

func (r *resource) Close(log *[]string) { *log = append(*log, "close "+r.name) }

func process(names []string) (log []string) {
	for _, n := range names {
		r := open(n, &log)
		defer r.Close(&log)
	}
	log = append(log, "work")
	return log
}

func deferredReturn() (s string) {
	defer func() { s = strings.ToUpper(s) }()
	return "quiet"
}

func deferModifiesResult() (x int) {
	defer func() { x++ }()
	x = 10
	return
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	fmt.Println(deferredReturn(), deferModifiesResult())
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	defer fmt.Println()
}
