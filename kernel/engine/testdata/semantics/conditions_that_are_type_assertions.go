// Conditions that are type assertions (if cfg["debug"].(bool), a tagless
// switch's case, a for loop's condition) take their branch by the
// asserted value, and one that fails panics there.
package main

import "fmt"

type Flag bool

type Object interface{ Type() string }

type Boolean struct{ Value bool }

func (b *Boolean) Type() string { return "BOOLEAN" }

func truthy(o Object) string {
	if o.(*Boolean).Value {
		return "truthy"
	}
	return "falsy"
}

func main() {
	cfg := map[string]any{"debug": false, "verbose": true, "name": "demo", "strict": Flag(false)}
	if cfg["debug"].(bool) {
		fmt.Println("debug on")
	} else {
		fmt.Println("debug off")
	}
	if cfg["strict"].(Flag) {
		fmt.Println("strict on")
	} else {
		fmt.Println("strict off")
	}
	switch {
	case cfg["debug"].(bool):
		fmt.Println("case debug")
	case cfg["verbose"].(bool):
		fmt.Println("case verbose")
	}
	var running any = false
	n := 0
	for running.(bool) {
		n++
		break
	}
	fmt.Println("loops:", n)
	fmt.Println(truthy(&Boolean{false}), truthy(&Boolean{true}))
	if !cfg["debug"].(bool) && cfg["verbose"].(bool) {
		fmt.Println("quietly verbose")
	}
	fmt.Println(enabled(cfg, "verbose"))
	fmt.Println(enabled(cfg, "name"))
}

func enabled(cfg map[string]any, key string) string {
	if cfg[key].(bool) {
		return key + " enabled"
	}
	return key + " disabled"
}
