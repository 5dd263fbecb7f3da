// Values of a declared type with a String method held in any fields,
// maps and slices: text/template prints them with the method, and
// encoding/json encodes them as their underlying values, both ways.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/template"
)

type Status int

func (s Status) String() string { return [...]string{"todo", "done"}[s] }

type Task struct {
	Name   string
	Status Status
	Extra  any
}

func main() {
	tasks := []Task{{"a", 1, Status(0)}, {"b", 0, "x"}}
	t := template.Must(template.New("t").Parse("{{range .}}{{.Name}}: {{.Extra}}{{\"\\n\"}}{{end}}"))
	var sb strings.Builder
	if err := t.Execute(&sb, tasks); err != nil {
		fmt.Println(err)
	}
	fmt.Print(sb.String())
	b, _ := json.Marshal(tasks)
	fmt.Println(string(b))
	var back []Task
	fmt.Println(json.Unmarshal(b, &back), back[0].Name, back[0].Status, back[0].Extra)
	m := map[string]any{"s": Status(1), "list": []any{Status(0), 2}}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
}
