package main

import (
	"fmt"
	"strings"
	"text/template"
)

// Declared non-struct types held in the template's data as any: their
// truth in if and with, their values in eq and len, ranging over them,
// and printing them with their String methods.

type Flag bool
type Count int
type Lines []string
type Story map[string]string

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

const page = `{{if .done}}done{{else}}open{{end}} {{with .notes}}{{len .}} notes{{else}}no notes{{end}}
{{if eq .count 3}}three{{else}}not three{{end}} {{if gt .count 1}}many{{end}} {{if not .done}}todo{{end}}
{{range $i, $l := .lines}}{{$i}}:{{$l}} {{else}}no lines{{end}}
{{with .level}}level {{.}}{{end}} {{if and .done .count}}both{{else}}not both{{end}}
`

type Pricer interface{ Price() float64 }

type Discount struct{ Pct float64 }

func (d Discount) Price() float64 { return 1 - d.Pct/100 }

type Cart struct {
	Owner string
	Promo Pricer
}

func render(t *template.Template, data any) {
	var sb strings.Builder
	if err := t.Execute(&sb, data); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Print(sb.String())
}

func main() {
	t := template.Must(template.New("page").Parse(page))
	render(t, map[string]any{"done": Flag(false), "notes": Lines{}, "count": Count(3),
		"lines": Lines{"a", "b"}, "level": Level(2)})
	render(t, map[string]any{"done": Flag(true), "notes": Lines{"x"}, "count": Count(0),
		"lines": Lines(nil), "level": Level(0)})

	story := template.Must(template.New("s").Parse(`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{len .}}` + "\n"))
	render(story, Story{"intro": "hi", "end": "bye"})
	counter := template.Must(template.New("c").Parse(`{{if eq . 3}}three{{else}}{{.}}{{end}}` + "\n"))
	render(counter, Count(3))
	render(counter, Count(7))
	cart := template.Must(template.New("cart").Parse(`{{.Owner}}: {{if .Promo}}promo {{.Promo.Price}}{{else}}no promo{{end}} {{with .Promo}}with{{else}}without{{end}}` + "\n"))
	render(cart, Cart{Owner: "ann"})
	render(cart, Cart{Owner: "bob", Promo: Discount{25}})
	render(template.Must(template.New("e").Parse(`{{index . 5}}`)), Lines{"x"})
}
