// text/template ranges over fields, and data, whose elements and keys
// are of a declared non-struct type (a Stringer enum): each prints by
// its String method, and its methods can be called on it.
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }
func (s Suit) Red() bool      { return s == Hearts || s == Diamonds }

type Hand []Suit

type Table struct {
	Player string
	Suits  []Suit
	Hand   Hand
	Counts map[Suit]int
	Names  map[string]Suit
	Trump  [2]Suit
}

const page = `{{.Player}} holds {{range $i, $s := .Suits}}{{if $i}}, {{end}}{{$s}}{{if $s.Red}} (red){{end}}{{end}}
hand:{{range .Hand}} {{.}}{{end}} ({{len .Hand}} cards)
{{range $s, $n := .Counts}}{{$s}}={{$n}} {{end}}
{{range $name, $s := .Names}}{{$name}}:{{$s.String}} {{end}}
trump:{{range .Trump}} {{printf "%v/%d" . .}}{{end}}
{{range .Suits}}{{if eq . 1}}hearts! {{end}}{{end}}
`

func main() {
	t := template.Must(template.New("table").Parse(page))
	var sb strings.Builder
	err := t.Execute(&sb, Table{
		Player: "ann",
		Suits:  []Suit{Spades, Hearts, Clubs},
		Hand:   Hand{Diamonds, Diamonds, Spades},
		Counts: map[Suit]int{Clubs: 2, Spades: 1, Hearts: 3},
		Names:  map[string]Suit{"b": Clubs, "a": Hearts},
		Trump:  [2]Suit{Hearts, Clubs},
	})
	fmt.Print(sb.String())
	fmt.Println(err)

	// Fields of a struct type declared in main, ranged over.
	type seat struct {
		S Suit
		N int
	}
	sb.Reset()
	err = template.Must(template.New("seats").Parse("{{range .}}{{.S}}:{{.N}} {{end}}\n")).Execute(&sb, []seat{{Clubs, 2}, {Hearts, 1}})
	fmt.Print(sb.String(), err, "\n")

	// A slice and a map of Suits as the data itself.
	sb.Reset()
	list := template.Must(template.New("list").Parse("{{.}} {{range .}}[{{.}}]{{end}} {{index . 1}}\n"))
	err = list.Execute(&sb, []Suit{Diamonds, Spades})
	fmt.Print(sb.String(), err, "\n")
	sb.Reset()
	err = template.Must(template.New("map").Parse("{{range $k, $v := .}}{{$k}}{{$v}} {{end}}\n")).Execute(&sb, map[Suit]Suit{Clubs: Hearts, Spades: Diamonds})
	fmt.Print(sb.String(), err, "\n")
}
