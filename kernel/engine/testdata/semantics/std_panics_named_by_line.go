// A standard func that panics on a bad argument, called on several lines
// of a func: the traceback names the line of the call that failed.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

func banner(title string, width int) string {
	pad := (width - len(title)) / 2
	line := strings.Repeat("=", width)
	return line + "\n" + strings.Repeat(" ", pad) + title + "\n" + line
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	for i := range 2 {
		go func() {
			defer wg.Done()
			_ = i
		}()
	}
	wg.Wait()

	xs := []int{1, 2, 3, 4, 5}
	xs = slices.Delete(xs, 0, 1)
	xs = slices.Insert(xs, 1, 9)
	fmt.Println(xs)

	fmt.Println(banner("Go", 10))
	fmt.Println(strings.Repeat("-", 3))
	fmt.Println(banner("a long title", 4))
}
