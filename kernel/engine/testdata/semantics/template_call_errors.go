// Errors of template funcs called with fields as operands name the
// template's own text.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Row struct {
	Vals []int
	Tags map[string]int
	Age  int
	Sub  *Row
}

func first(xs []int) int { return xs[0] }

func run(src string, data any) {
	t, err := template.New("t").Funcs(template.FuncMap{"first": first}).Parse(src)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%q %v\n", sb.String(), err)
}

func main() {
	run(`{{first .Vals}}`, Row{})
	run(`{{index .Vals 3}}`, Row{Vals: []int{1}})
	run(`{{len .Age}}`, Row{})
	run(`{{first .Sub.Vals}}`, Row{Sub: &Row{}})
	run(`{{with .Sub}}{{first .Vals}}{{end}}`, Row{Sub: &Row{}})
	run(`{{range $i, $r := .}}{{first $r.Vals}}{{end}}`, []Row{{Vals: []int{1}}, {}})
	run(`{{.Age}} {{first .Vals}}`, Row{Age: 3, Vals: []int{9}})
}
