package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

func main() {
	var sb strings.Builder
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1.Execute(&sb, "some text")
	t1.Execute(&sb, 5)
	t1.Execute(&sb, []string{"Go", "Rust"})
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t2 := template.Must(template.New("t2").Funcs(funcs).Parse(
		`{{range $i, $it := .}}{{$i}}: {{upper $it.Name}} x{{$it.Qty}} = {{printf "%.2f" $it.Total}}
{{else}}none
{{end}}`))
	items := []Item{{"apple", 0.5, 4}, {"pear", 0.75, 2}}
	t2.Execute(&sb, items)
	t2.Execute(&sb, []Item{})
	t3 := template.Must(template.New("t3").Parse(`{{if .Ok}}yes{{else}}no{{end}} {{with .Name}}name={{.}}{{end}} {{len .List}}
`))
	t3.Execute(&sb, map[string]any{"Ok": true, "Name": "x", "List": []int{1, 2, 3}})
	t3.Execute(&sb, struct {
		Ok   bool
		Name string
		List []int
	}{false, "", nil})
	fmt.Print(sb.String())
	_, err = template.New("bad").Parse("{{.Name")
	fmt.Println(err)
	err = template.Must(template.New("e").Parse("{{.Missing}}")).Execute(&sb, Item{})
	fmt.Println(err)
}
