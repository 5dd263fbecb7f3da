// text/template reaches values of a declared non-struct type (a Stringer
// enum) as elements, map keys and fields of a func's own struct type.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type row struct {
	C Color
	N int
}

type page struct {
	M map[Color]int
	S []Color
	C Color
}

func main() {
	var sb strings.Builder
	t2 := template.Must(template.New("t2").Parse("{{range .}}{{.C}}:{{.N}} {{end}}\n"))
	err := t2.Execute(&sb, []row{{1, 2}, {0, 1}})
	fmt.Print(sb.String(), err, "\n")
	sb.Reset()
	t3 := template.Must(template.New("t3").Parse("{{.C}} {{range .S}}{{.}} {{end}}{{range $k, $v := .M}}{{$k}}={{$v}} {{end}}\n"))
	err = t3.Execute(&sb, page{map[Color]int{0: 1}, []Color{1}, 1})
	fmt.Print(sb.String(), err, "\n")
	sb.Reset()
	err = template.Must(template.New("t4").Parse("{{.}}\n")).Execute(&sb, []Color{1, 0})
	fmt.Print(sb.String(), err, "\n")
	sb.Reset()
	type local struct {
		C Color
		N int
	}
	err = template.Must(template.New("t5").Parse("{{range .}}{{.C}}:{{.N}} {{end}}\n")).Execute(&sb, []local{{1, 2}, {0, 1}})
	fmt.Print(sb.String(), err, "\n")
}
