// An array index out of range after an earlier loop that indexed the
// same array: the traceback names the failing index.
package main

import "fmt"

func main() {
	var arr [3]int
	for i := range arr {
		arr[i] = i
	}
	idx := 3
	fmt.Println(arr[idx-1])
	fmt.Println(arr[idx])
}
