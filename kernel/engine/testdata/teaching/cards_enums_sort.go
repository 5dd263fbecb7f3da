package main

import (
	"fmt"
	"sort"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Rank int

func (r Rank) String() string {
	switch r {
	case 1:
		return "A"
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	}
	return fmt.Sprint(int(r))
}

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return strings.Join(parts, " ")
}

type Status uint8

const (
	Todo Status = iota + 1
	Doing
	Done
)

var statusNames = map[Status]string{Todo: "todo", Doing: "doing", Done: "done"}

func (s Status) String() string { return statusNames[s] }

type Task struct {
	Title  string
	Status Status
	Tags   []string
}

func main() {
	suits := []Suit{Hearts, Spades}
	fmt.Println(suits, Clubs)
	fmt.Printf("%v %s %d %q\n", suits, suits, suits, suits)
	counts := map[Suit]int{Hearts: 2, Clubs: 1}
	fmt.Println(counts)
	h := Hand{{1, Spades}, {12, Hearts}, {7, Diamonds}}
	fmt.Println(h, len(h))
	fmt.Printf("%v|%+v|%s\n", h[0], h[1], h)
	sort.Slice(h, func(i, j int) bool { return h[i].Rank < h[j].Rank })
	fmt.Println(h)
	bySuit := map[Suit][]Rank{}
	for _, c := range h {
		bySuit[c.Suit] = append(bySuit[c.Suit], c.Rank)
	}
	fmt.Println(bySuit)
	tasks := []Task{{"write", Doing, nil}, {"test", Todo, []string{"ci"}}}
	fmt.Println(tasks)
	fmt.Printf("%+v\n", tasks[1])
	pt := &tasks[0]
	fmt.Printf("%v %+v\n", pt, *pt)
	grouped := map[Status][]Task{}
	for _, t := range tasks {
		grouped[t.Status] = append(grouped[t.Status], t)
	}
	fmt.Println(len(grouped), grouped[Todo])
	arr := [2]Status{Done, Todo}
	fmt.Println(arr, fmt.Sprint(Done), fmt.Sprintf("%x %v", Done, &arr))
	type pair struct {
		S Suit
		N int
	}
	fmt.Println([]pair{{Hearts, 1}}, struct{ S Suit }{Clubs})
}
