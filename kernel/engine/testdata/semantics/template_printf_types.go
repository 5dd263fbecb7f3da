// printf in a template prints %T of the session's types by their
// declared names.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Item struct{ Qty int }

type Lvl int

func (l Lvl) String() string { return "L" + fmt.Sprint(int(l)) }

func main() {
	for _, src := range []string{`{{printf "%v" .}}`, `{{printf "%+v" .}}`, `{{printf "%#v" .}}`, `{{.}}`, `{{printf "%T" .Qty}}`, `{{print .}}`, `{{println .}}`} {
		var b strings.Builder
		template.Must(template.New("t").Parse(src)).Execute(&b, Item{4})
		fmt.Println(b.String())
	}
	for _, src := range []string{`{{.}}`, `{{printf "%v|%d|%T" . . .}}`, `{{print .}}`} {
		var b strings.Builder
		template.Must(template.New("t").Parse(src)).Execute(&b, Lvl(3))
		fmt.Println(b.String())
	}
	var b strings.Builder
	template.Must(template.New("t").Parse(`{{printf "%T" .}}`)).Execute(&b, []Item{{1}})
	fmt.Println(b.String())
	b.Reset()
	template.Must(template.New("t").Parse(`{{range .}}{{printf "%T" .}} {{end}}`)).Execute(&b, []Item{{1}})
	fmt.Println(b.String())
}
