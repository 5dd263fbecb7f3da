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

type Person struct {
	Name string
	Role Status
}

func main() {
	tasks := []Task{{"a", 1, &Person{"ann", 0}}, {"b", 0, &Person{"bo", 1}}}
	t := template.Must(template.New("t").Parse(`{{range .}}{{.Name}}={{.Status}} {{.Status | printf "%d"}} {{if eq .Status 1}}finished{{end}} {{.Owner.Name}}/{{.Owner.Role}}
{{end}}`))
	var sb strings.Builder
	if err := t.Execute(&sb, tasks); err != nil {
		fmt.Println(err)
	}
	fmt.Print(sb.String())
}
