package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string   `json:"name"`
	Age     int      `json:"age"`
	Email   string   `json:"email,omitempty"`
	Tags    []string `json:"tags"`
	Address *Address `json:"address,omitempty"`
	secret  string
}

func main() {
	p := Person{Name: "Ana", Age: 30, Tags: []string{"go", "py"}, Address: &Address{City: "Lisbon"}, secret: "x"}
	b, err := json.Marshal(p)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{"z": 1, "a": []int{1, 2}}, "", "  ")
	fmt.Println(string(b))
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bo","age":41,"tags":null,"address":{"city":"Oslo","zip":"0150"},"extra":true}`), &q)
	fmt.Println(err, q.Name, q.Age, q.Tags == nil, q.Address.City, q.Address.Zip)
	var anyv map[string]any
	json.Unmarshal([]byte(`{"n": 1.5, "list": [1, "two", null], "obj": {"k": false}}`), &anyv)
	fmt.Println(anyv["n"], anyv["list"], anyv["obj"])
	err = json.Unmarshal([]byte(`{"age": "old"}`), &q)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"name":"C"} {"name":"D"}`))
	for {
		var x Person
		if err := dec.Decode(&x); err != nil {
			break
		}
		fmt.Print(x.Name, " ")
	}
	fmt.Println()
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("p").Funcs(funcs).Parse(
		"{{.Name | upper}} is {{.Age}}{{if .Tags}} and likes{{range $i, $t := .Tags}}{{if $i}},{{end}} {{$t}}{{end}}{{end}}.\n"))
	t.Execute(os.Stdout, p)
	var sb strings.Builder
	template.Must(template.New("x").Parse(`{{range .}}<{{.}}>{{else}}empty{{end}}`)).Execute(&sb, []int{})
	fmt.Println(sb.String())
}
