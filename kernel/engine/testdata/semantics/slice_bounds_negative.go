// Slicing and indexing with a negative bound held in a variable: the
// message names the bound alone (no length or capacity), as Go does.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	str := "hello"
	arr := [4]int{}
	lo, hi, mx := -1, -2, -3
	two := 2
	try("a", func() { _ = s[:hi] })
	try("b", func() { _ = str[:hi] })
	try("c", func() { _ = arr[:hi] })
	try("d", func() { _ = s[lo:] })
	try("e", func() { _ = s[lo:two] })
	try("f", func() { _ = s[:two:mx] })
	try("g", func() { _ = s[:hi:two] })
	try("h", func() { _ = s[lo:two:two] })
	try("i", func() { _ = s[lo] })
	try("j", func() { _ = str[hi] })
	try("k", func() { _ = s[:9] })
	try("l", func() { _ = s[1:two:9] })
	try("m", func() { _ = str[lo:] })
}
