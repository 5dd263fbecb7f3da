package main

import (
	"fmt"
	"strings"
	"text/template"
)

// A template's funcs taking and returning values of declared types:
// fields of the data, constants, other funcs' results and pipelines.

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Celsius float64

type Reading struct {
	Where string
	Temp  Celsius
	Alarm Level
}

func main() {
	funcs := template.FuncMap{
		"shout": func(l Level) string { return strings.ToUpper(l.String()) },
		"warm":  func(c Celsius) bool { return c > 20 },
		"level": func(n int) Level { return Level(n) },
		"next":  func(l Level) Level { return (l + 1) % 3 },
		"fahr":  func(c Celsius) float64 { return float64(c)*9/5 + 32 },
		"both":  func(l Level, c Celsius) string { return fmt.Sprintf("%v@%.1f", l, float64(c)) },
		"check": func(c Celsius) (string, error) {
			if c < -273.15 {
				return "", fmt.Errorf("below absolute zero: %v", float64(c))
			}
			return "ok", nil
		},
	}
	t := template.Must(template.New("r").Funcs(funcs).Parse(`{{range .}}{{.Where}}: {{shout .Alarm}} warm={{warm .Temp}} {{fahr .Temp}}F next={{next .Alarm}} {{both .Alarm .Temp}} {{check .Temp}}
{{end}}{{level 1}} {{shout (level 2)}} {{warm 25}} {{fahr 100}}
`))
	readings := []Reading{{"lab", 21.5, 0}, {"roof", -3, 2}}
	var b strings.Builder
	if err := t.Execute(&b, readings); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(b.String())

	bad := template.Must(template.New("bad").Funcs(funcs).Parse("{{check .Temp}}\n"))
	b.Reset()
	err := bad.Execute(&b, Reading{Temp: -300})
	fmt.Printf("%q %v\n", b.String(), err)
}
