// text/template prints a pointer field as what it points to, and a
// value whose pointer has the String method by that method where the
// value is addressable (a field of a struct reached through a pointer,
// an element of a ranged slice), as Go's text/template does.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Person struct{ Name string }

type Count int

type Addr struct{ City string }

func (a *Addr) String() string { return "Addr:" + a.City }

type Row struct {
	Owner *Person
	Hits  *Count
	Home  Addr
}

func main() {
	c := Count(4)
	var sb strings.Builder
	t := template.Must(template.New("t").Parse("{{.Owner}} {{.Hits}} {{.Home}}\n"))
	err := t.Execute(&sb, &Row{&Person{"ann"}, &c, Addr{"Oslo"}})
	fmt.Print(sb.String(), err, "\n")
	sb.Reset()
	err = t.Execute(&sb, Row{&Person{"bob"}, &c, Addr{"Rome"}})
	fmt.Print(sb.String(), err, "\n")
	sb.Reset()
	err = template.Must(template.New("s").Parse("{{range .}}{{.}} {{.City}}; {{end}}\n")).Execute(&sb, []Addr{{"Lima"}, {"Kyiv"}})
	fmt.Print(sb.String(), err, "\n")
}
