// A panic raised inside a compiled func a program calls is named at
// that call's line, not at the func's first line.
package main

import (
	"fmt"
	"text/template"
	"time"
)

func mk() {
	template.Must(template.New("x").Parse("ok"))
	fmt.Println("made")
	time.NewTicker(0)
}

func main() {
	template.Must(template.New("y").Parse("fine"))
	mk()
}
