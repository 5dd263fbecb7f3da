// A text/template reaches the fields and methods a struct has from the
// struct it embeds ({{.ID}} and {{.Tag}} of a Product embedding Base),
// also two levels down and in a range.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Base struct {
	ID      int
	Created string
}

func (b Base) Tag() string { return fmt.Sprint("#", b.ID) }

type Item struct {
	Base
	Name string
}

type Product struct {
	Item
	Price float64
}

func (p Product) Label() string { return strings.ToUpper(p.Name) }

const page = `{{range .}}{{.Tag}} {{.ID}} {{.Name}} {{.Label}} {{printf "%.2f" .Price}} {{.Item.Created}}
{{end}}`

func main() {
	products := []Product{
		{Item{Base{1, "mon"}, "pen"}, 1.5},
		{Item{Base{2, "tue"}, "ink"}, 3},
	}
	var sb strings.Builder
	t := template.Must(template.New("page").Parse(page))
	if err := t.Execute(&sb, products); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(sb.String())
	sb.Reset()
	err := template.Must(template.New("bad").Parse("{{.Missing}}")).Execute(&sb, products[0])
	fmt.Println(err)
}
