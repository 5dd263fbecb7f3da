// After recovering a nil dereference, a deferred func dereferences nil
// again: Go's nil dereference is one value, so the crash says the
// recovered panic was raised again.
package main

import "fmt"

func main() {
	var p *int
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(*p)
	}()
	fmt.Println(*p)
}
