// html/template over cell types: fields, methods, escaping in text,
// attributes and URLs, associated templates and execution errors.
package main

import (
	"fmt"
	"html/template"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	note  string
}

func (i Item) Label() string { return strings.ToUpper(i.Name) + " <b>" }

type Page struct {
	Title string
	Items []Item
}

func main() {
	t := template.Must(template.New("p").Parse(`<h1>{{.Title}}</h1>
<ul>{{range .Items}}<li title="{{.Name}}">{{.Label}}: {{printf "%.2f" .Price}}</li>{{end}}</ul>
<a href="/search?q={{.Title}}">x</a>
`))
	var sb strings.Builder
	err := t.Execute(&sb, Page{Title: "Tom & Jerry's <shop>", Items: []Item{{"pen", 1.5, ""}, {"ink", 2, ""}}})
	fmt.Print(sb.String())
	fmt.Println(err)
	t2 := template.Must(template.New("q").Parse(`<p>{{.Missing}}</p>`))
	sb.Reset()
	err = t2.Execute(&sb, Item{Name: "x"})
	fmt.Printf("%q %v\n", sb.String(), err)
	t3 := template.Must(template.New("r").Parse(`{{define "row"}}<tr><td>{{.Name}}</td><td>{{.Label}}</td></tr>{{end}}<table>{{range .}}{{template "row" .}}{{end}}</table>`))
	sb.Reset()
	err = t3.ExecuteTemplate(&sb, "r", []Item{{"a&b", 1, ""}})
	fmt.Println(sb.String(), err)
	sb.Reset()
	t3.ExecuteTemplate(&sb, "row", Item{"<i>", 2, ""})
	fmt.Println(sb.String())
}
