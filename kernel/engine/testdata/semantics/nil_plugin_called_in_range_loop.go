// A nil func and a nil interface kept in a slice are called in a loop
// over it: Go names the call's line, not the loop's.
package main

import "fmt"

type Plugin interface{ Name() string }

type upper struct{}

func (upper) Name() string { return "upper" }

func runHooks(hooks []func(string) string, s string) string {
	for _, h := range hooks {
		s = h(s)
	}
	return s
}

func main() {
	hooks := []func(string) string{
		func(s string) string { return s + "!" },
	}
	fmt.Println(runHooks(hooks, "hi"))
	plugins := []Plugin{upper{}, nil}
	for _, p := range plugins {
		fmt.Println("plugin:", p.Name())
	}
}
