// Slicing an array, a pointer to one or a string out of range names its
// length, a slice its capacity, with the bounds Go's message gives.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	p := &arr
	s := arr[:]
	str := "hello"
	i, j, k := 5, 2, 1
	try("arr high", func() { _ = arr[:i] })
	try("arr low", func() { _ = arr[i:] })
	try("arr inverted", func() { _ = arr[j:k] })
	try("arr 3", func() { _ = arr[1:2:i] })
	try("ptr high", func() { _ = p[1:i] })
	try("ptr 3", func() { _ = p[:j:i] })
	try("slice high", func() { _ = s[:i+1] })
	try("slice 3", func() { _ = s[k : j : i+3] })
	try("str inverted", func() { _ = str[i-1 : i-2] })
	try("str high", func() { _ = str[:len(str)+1] })
	try("neg", func() { _ = s[-k+0:] })
	try("ok", func() { fmt.Println(arr[k:j], p[:j], str[k:i]) })
}
