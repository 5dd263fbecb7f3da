// slices.Max of each day's readings: the empty day panics at its call.
package main

import (
	"fmt"
	"slices"
)

func main() {
	days := [][]int{{3, 9, 4}, {7, 1}, {}}
	fmt.Println(slices.Max(days[0]), slices.Min(days[0]))
	fmt.Println(slices.Max(days[1]))
	for _, d := range days {
		fmt.Println(len(d))
	}
	fmt.Println(slices.Max(days[2]))
}
