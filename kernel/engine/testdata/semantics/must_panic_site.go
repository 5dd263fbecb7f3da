// A Must func of the standard library that panics on a bad pattern is
// named at the call that ran, after others of the same func that did
// not panic.
package main

import (
	"fmt"
	"regexp"
	"text/template"
)

func patterns(srcs []string) []*regexp.Regexp {
	first := regexp.MustCompile(`^\w+$`)
	out := []*regexp.Regexp{first}
	t := template.Must(template.New("t").Parse("{{.}}"))
	fmt.Println(t.Name())
	for _, s := range srcs {
		out = append(out, regexp.MustCompile(s))
	}
	return out
}

func main() {
	rs := patterns([]string{`a+b`, `[0-9]{2}`})
	fmt.Println(len(rs), rs[1].MatchString("aab"))
	patterns([]string{`(unclosed`})
}
