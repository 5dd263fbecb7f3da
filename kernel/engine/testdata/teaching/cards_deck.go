// A deck of cards: a named slice of structs sorted by sort.Interface,
// and named slice, map and array types of an enum with a String method,
// printed with the enum's names.
package main

import (
	"fmt"
	"sort"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
)

func (s Suit) String() string { return [...]string{"♠", "♥"}[s] }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string { return fmt.Sprintf("%d%v", c.Rank, c.Suit) }

type Deck []Card
type Hand []Suit
type Tally map[Suit]int
type Grid [2]Suit

func (d Deck) Len() int           { return len(d) }
func (d Deck) Less(i, j int) bool { return d[i].Rank < d[j].Rank }
func (d Deck) Swap(i, j int)      { d[i], d[j] = d[j], d[i] }

func main() {
	d := Deck{{3, Hearts}, {1, Spades}}
	sort.Sort(d)
	fmt.Println(d)
	h := Hand{Hearts, Spades}
	fmt.Println(h, len(h))
	fmt.Printf("%v %T %d\n", h, h, h)
	t := Tally{Hearts: 2}
	fmt.Println(t)
	g := Grid{Hearts, Hearts}
	fmt.Println(g)
	var x any = h
	fmt.Println(x)
	fmt.Printf("%#v\n", h)
}
