// The log-and-repanic idiom: a deferred call recovers, logs and panics
// again with the same value; the crash says "[recovered, repanicked]".
package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("log:", r)
			panic(r)
		}
	}()
	panic("boom")
}
