// A deferred method that panics as its func returns: Go names the return
// statement in the func's frame (where its deferred calls run), between
// the method's frame and the caller's.
package main

import "fmt"

type Resource struct {
	name  string
	stats map[string]int
}

func (r *Resource) Close() {
	fmt.Println("closing", r.name)
	r.stats["closed"]++
}

func use(name string) int {
	r := &Resource{name: name}
	defer r.Close()
	fmt.Println("using", r.name)
	return len(name)
}

func main() {
	fmt.Println(use("db"))
}
