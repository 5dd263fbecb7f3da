// A deferred func recovers a panic, then fails a type assertion: Go
// prints the recovered panic, then the assertion's error as it says it
// (no "runtime error: " before "interface conversion").
package main

import "fmt"

func describe(v any) string {
	return fmt.Sprintf("%v is an int: %d", v, v.(int))
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var x any = 1.5
		fmt.Println(describe(7))
		fmt.Println(describe(x))
	}()
	fmt.Println("working")
	panic("first")
}
