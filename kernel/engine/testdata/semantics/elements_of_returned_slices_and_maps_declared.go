// Variables declared from elements of slices and maps that calls
// returned: in cells, main's statements declare the notebook's
// variables, which the interpreter typed only by running the call.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func wordCounts(text string) map[string]int {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[strings.ToLower(w)]++
	}
	return counts
}

func main() {
	line := "The quick brown fox jumps over the lazy dog"
	words := strings.Fields(line)
	first := words[0]
	last := words[len(words)-1]
	fmt.Println(first, last, len(words))

	counts := wordCounts(line)
	the := counts["the"]
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	top := keys[0]
	fmt.Println(the, top, keys[len(keys)-1])

	parts := strings.SplitN("key=value=more", "=", 2)
	key, value := parts[0], parts[1]
	fmt.Println(key, value)

	env := os.Environ()
	some := len(env[0]) > 0
	fmt.Println(some)
	grid := [][]int{{1, 2}, {3, 4}}
	rows := grid[1:]
	corner := rows[0][1]
	fmt.Println(corner)
	missing := words[len(words)]
	fmt.Println(missing)
}
