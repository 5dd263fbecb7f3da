// A template naming a field or method that a declared non-struct type
// does not have ({{.Foo}} of a Celsius) fails with text/template's
// error naming the type, and the template's other actions still run.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Temp struct {
	City string
	C    Celsius
}

type Tags []string

func (t Tags) Joined() string { return strings.Join(t, "+") }

func run(name, text string, data any) {
	t := template.Must(template.New(name).Parse(text))
	var sb strings.Builder
	err := t.Execute(&sb, data)
	fmt.Printf("%q %v\n", sb.String(), err)
}

func main() {
	run("ok", `{{.City}}: {{.C.F}}`, Temp{"Oslo", 20})
	run("data", `{{.Foo}}`, Celsius(3))
	run("with", `{{with .C}}{{.Kelvin}}{{end}}`, Temp{"Rome", 25})
	run("tags", `{{.Joined}} {{.Len}}`, Tags{"a", "b"})
	run("range", `{{range .}}[{{.}}]{{end}} {{.Missing}}`, Tags{"x"})
}
