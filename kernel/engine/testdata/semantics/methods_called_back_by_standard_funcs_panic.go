// Standard funcs call a program's methods and funcs back (fmt.Fprintf a
// Write method, sort.Sort a Less method, strings.FieldsFunc a named
// func): when one panics, the caller's frame names the line of the
// standard call.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type counter struct{ seen map[byte]int }

func (c *counter) Write(p []byte) (int, error) {
	for _, b := range p {
		c.seen[b]++
	}
	return len(p), nil
}

type byLen []*string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(*s[i]) < len(*s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var separators = map[rune]bool{',': true, ';': true}

func isSep(r rune) bool { return separators[r] }

func fields(s string) []string {
	words := strings.FieldsFunc(s, isSep)
	return words
}

func sortNames(names []*string) {
	fmt.Println("sorting", len(names), "names")
	sort.Sort(byLen(names))
}

func report(c *counter, n int) {
	total := n * 2
	fmt.Println("total", total)
	fmt.Fprintf(c, "%d items\n", total)
}

func main() {
	fmt.Println(fields("a,b;c"))
	a, b := "ann", "bo"
	names := []*string{&a, &b}
	sortNames(names)
	fmt.Println(*names[0], *names[1])
	report(&counter{seen: map[byte]int{}}, 2)
	names = append(names, nil)
	sortNames(names)
}
