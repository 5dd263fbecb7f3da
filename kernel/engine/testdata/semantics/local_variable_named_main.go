// A variable of main named main: Go allows it inside a func. Cut over
// cells, main's statements are a cell's top level, where the name is
// refused with a message.
package main

import "fmt"

type Flow struct{ Steps []string }

func main() {
	main := &Flow{Steps: []string{"parse", "run"}}
	for i, s := range main.Steps {
		fmt.Println(i, s)
	}
}
