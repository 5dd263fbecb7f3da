// A Write method with a nil map, called back by fmt.Fprintln: the
// traceback names the Write line and the Fprintln line.
package main

import "fmt"

type tally struct{ counts map[string]int }

func (t *tally) Write(p []byte) (int, error) {
	t.counts[string(p)]++
	return len(p), nil
}

func log(t *tally, msg string) {
	prefix := "log: "
	fmt.Println("logging", msg)
	fmt.Fprintln(t, prefix+msg)
}

func main() {
	log(&tally{counts: map[string]int{}}, "first")
	log(&tally{}, "second")
}
