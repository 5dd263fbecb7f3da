// A func time.AfterFunc runs panics: Go ends the program with the
// panic; the notebook ends the cell the same way, and goes on.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	counts := map[string]int{"a": 1}
	time.AfterFunc(time.Millisecond, func() {
		var m map[string]int
		for k, v := range counts {
			m[k] = v
		}
		done <- true
	})
	fmt.Println("waiting")
	<-done
	fmt.Println("never")
}
