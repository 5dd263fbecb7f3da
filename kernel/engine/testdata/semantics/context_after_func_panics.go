// A func context.AfterFunc runs when the context is cancelled panics:
// the cell ends with the panic, as Go ends the program.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan bool)
	context.AfterFunc(ctx, func() {
		fmt.Println("cleanup starts")
		var items []string
		fmt.Println(items[2])
		done <- true
	})
	cancel()
	<-done
}
