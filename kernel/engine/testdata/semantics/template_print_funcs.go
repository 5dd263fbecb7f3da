// A template's print, printf and println print cell types as fmt does
// (by their String methods, also of a field), and an error about a
// missing field names the pointer type the template was given.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Status int

func (s Status) String() string {
	switch s {
	case 0:
		return "todo"
	case 1:
		return "doing"
	}
	return "done"
}

type Item struct {
	Title  string
	Status Status
	owner  string
}

type Board struct {
	Owner string
	Items []Item
}

func main() {
	var sb strings.Builder
	t := template.Must(template.New("s").Parse(`{{.}} {{printf "%q|%d" . .}} {{print . "!"}} {{println .}}`))
	t.Execute(&sb, Status(2))
	t = template.Must(template.New("i").Parse(`{{.}} {{printf "%v|%+v" . .}} {{printf "%-6s|" .Status}} {{.Status | printf "%v"}}` + "\n"))
	t.Execute(&sb, Item{"a", 1, "x"})
	t.Execute(&sb, &Item{"b", 2, "y"})
	fmt.Print(sb.String())
	board := &Board{"ann", []Item{{"c", 0, ""}, {"d", 1, ""}}}
	list := template.Must(template.New("l").Parse("{{range $i, $it := .Items}}{{$i}}: {{printf \"%s (%v)\" $it.Title $it.Status}}\n{{end}}"))
	sb.Reset()
	if err := list.Execute(&sb, board); err != nil {
		fmt.Println(err)
	}
	fmt.Print(sb.String())
	for _, src := range []string{"{{.Missing}}", "{{.Owner}} {{.Nope}}"} {
		e := template.Must(template.New("e").Parse(src))
		sb.Reset()
		fmt.Println(e.Execute(&sb, board))
		fmt.Println(e.Execute(&sb, *board))
	}
	sb.Reset()
	fmt.Println(template.Must(template.New("u").Parse("{{.owner}}")).Execute(&sb, Item{}))
}
