// text/template calling methods on what fields and methods give: a
// field of a declared non-struct type ({{.Temp.F}}, {{.Names.First}},
// {{.Stock.Total}}), a method's result of such a type printed by its
// String method, a method promoted from an embedded one, a FuncMap
// func's result, and pointer methods of the elements a range reaches.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Celsius float64

func (c Celsius) F() float64     { return float64(c)*9/5 + 32 }
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Names []string

func (n Names) First() string { return n[0] }

type Stock map[string]int

func (s Stock) Total() int {
	t := 0
	for _, n := range s {
		t += n
	}
	return t
}

type Row struct {
	City  string
	Temp  Celsius
	Names Names
	Stock Stock
}

func (r Row) Double() Celsius { return r.Temp * 2 }

type Meters float64

func (m Meters) Feet() float64 { return float64(m) * 3.28084 }

type Reading struct {
	Meters
	At string
}

type Item struct{ Name string }

func (i *Item) Label() string { return "[" + i.Name + "]" }

const page = `{{.City}}: {{.Temp}} = {{.Temp.F}}°F, doubled {{.Double}} ({{.Double.F}}°F)
first {{.Names.First}} of {{len .Names}}, stock {{.Stock.Total}}
{{range .Names}}{{.}} {{end}}
`

func main() {
	t := template.Must(template.New("row").Parse(page))
	var sb strings.Builder
	err := t.Execute(&sb, Row{"Oslo", 4.5, Names{"ann", "bob"}, Stock{"pen": 2, "ink": 3}})
	fmt.Print(sb.String())
	fmt.Println(err)

	sb.Reset()
	items := template.Must(template.New("items").Parse(`{{range .}}{{.Label}} {{end}}`))
	err = items.Execute(&sb, []Item{{"pen"}, {"ink"}})
	fmt.Println(sb.String(), err)

	sb.Reset()
	err = template.Must(template.New("r").Parse(`{{.At}} {{.Feet}} {{.Meters.Feet}}`)).Execute(&sb, Reading{2, "noon"})
	fmt.Println(sb.String(), err)

	// A func of the template's FuncMap returning a Celsius.
	fm := template.FuncMap{
		"celsius": func(f float64) Celsius { return Celsius(f) },
		"upper":   strings.ToUpper,
	}
	sb.Reset()
	err = template.Must(template.New("f").Funcs(fm).Parse(`{{(celsius 3).F}} {{celsius 20}} {{upper "ok"}}`)).Execute(&sb, nil)
	fmt.Println(sb.String(), err)
}
