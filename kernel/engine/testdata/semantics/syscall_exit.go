// syscall.Exit ends the program at once, as os.Exit does: no deferred
// call runs, and the exit status is the one given.
package main

import (
	"fmt"
	"syscall"
)

func main() {
	defer fmt.Println("never")
	fmt.Println("bye")
	syscall.Exit(4)
}
