// Types defined from other named types (type Employee Person) are new
// types: they have the underlying type's fields, elements and promoted
// methods, but not the other type's own methods, and are not it to type
// switches, assertions, == or map keys.
package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"time"
)

type Suit int

func (s Suit) String() string { return [...]string{"S", "H", "D", "C"}[s] }

type Card struct{ N int }

func (c Card) String() string { return fmt.Sprintf("card %d", c.N) }

type Joker Card

type Hand []Suit
type Deck Hand

type Tally map[Suit]int
type Counts Tally

type Index map[string][]int
type Index2 Index

type Ch chan int
type Stream Ch

type Op func(int) int
type Op2 Op

type Day time.Weekday

type Person struct{ Name string }

func (p Person) Greet() string { return "hi " + p.Name }

type Employee Person

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Base struct{ Celsius }
type Derived Base

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }

type Alert struct {
	Msg   string `json:"msg"`
	Level Level  `json:"level"`
}
type Alert2 Alert

type List[T any] []T
type CList List[Celsius]

func kind(x any) string {
	switch x.(type) {
	case Card:
		return "card"
	case Joker:
		return "joker"
	case Person:
		return "person"
	case Employee:
		return "employee"
	}
	return "other"
}

func main() {
	j, c := Joker{9}, Card{9}
	fmt.Println(kind(j), kind(c), any(j) == any(c), j, c)
	_, isCard := any(j).(Card)
	_, isStringer := any(j).(fmt.Stringer)
	fmt.Println(isCard, isStringer, Card(j), Joker(c))

	p, e := Person{"ann"}, Employee{"ann"}
	seen := map[any]int{p: 1}
	seen[e]++
	fmt.Println(len(seen), kind(p), kind(e), kind(&e))
	_, greets := any(e).(interface{ Greet() string })
	fmt.Println(greets, Person(e).Greet())

	fmt.Println(Deck{0, 3}, Hand{1, 2}, Counts{2: 1}, Index2{"a": {1}})
	fmt.Printf("%v %+v %T\n", Derived{3}, Derived{4}, Derived{5})
	s := make(Stream, 1)
	s <- 4
	double := Op2(func(n int) int { return 2 * n })
	fmt.Println(<-s, double(21), len(s))

	_, dayStringer := any(Day(5)).(fmt.Stringer)
	fmt.Println(dayStringer, Day(5), time.Weekday(5))
	params := url.Values{"q": {"go"}}
	type Params url.Values
	pp := Params{"b": {"2"}, "a": {"1"}}
	keys := make([]string, 0, len(pp))
	for k := range pp {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(params.Get("q"), keys, len(pp))

	b, err := json.Marshal(Alert2{"disk", 2})
	fmt.Println(string(b), err)
	fmt.Println(CList{21.5, 19}, len(CList{1}))
}
