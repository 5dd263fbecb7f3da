package main

// Elements and slices of calls' results of a type with a String method,
// printed, converted to arrays and put in an interface.

import "fmt"

type Card struct{ Rank int }

func (c Card) String() string { return fmt.Sprintf("card%d", c.Rank) }

func hand() []Card { return []Card{{1}, {2}, {3}} }

func main() {
	fmt.Println(hand()[1], hand()[0:2])
	fmt.Printf("%v %s\n", hand()[2], hand()[1:])
	a := [2]Card(hand()[1:])
	fmt.Println(a, [1]Card(hand()[:1]))
	var x any = hand()[0]
	fmt.Println(x)
}
