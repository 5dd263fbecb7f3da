// text/template prints a struct field of a declared type with a String
// method with it ({{.Status}}, {{.Owner.Role}}), while pipelines and
// comparisons see its value ({{.Status | printf "%d"}}, {{if eq .Status 1}}).
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Status int

func (s Status) String() string { return [...]string{"todo", "done"}[s] }

type Task struct {
	Name   string
	Status Status
	Owner  *Person
}

var lookups int

// Who is a method on the way to a printed field: a template calls it once.
func (t Task) Who() *Person { lookups++; return t.Owner }

type Person struct {
	Name string
	Role Status
}

func main() {
	tasks := []Task{{"a", 1, &Person{"ann", 0}}, {"b", 0, &Person{"bo", 1}}}
	t := template.Must(template.New("t").Parse(`{{range .}}{{.Name}}={{.Status}} {{.Status | printf "%d"}} {{if eq .Status 1}}finished{{end}} {{.Owner.Name}}/{{.Owner.Role}} {{.Who.Role}}
{{end}}`))
	var sb strings.Builder
	if err := t.Execute(&sb, tasks); err != nil {
		fmt.Println(err)
	}
	fmt.Print(sb.String())
	fmt.Println("lookups:", lookups)
}
