package main

import (
	"fmt"
	"strings"
)

type Card struct {
	Rank int
	Suit rune
}

func (c Card) String() string { return fmt.Sprintf("%d%c", c.Rank, c.Suit) }

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Money int64

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", int64(m)/100, int64(m)%100)
	default:
		fmt.Fprintf(f, "%d", int64(m))
	}
}

type Secret string

func (Secret) GoString() string { return "Secret(***)" }

type ptrStringer struct{ n int }

func (p *ptrStringer) String() string { return fmt.Sprint("ptr#", p.n) }

func main() {
	c := Card{10, '♠'}
	fmt.Println(c, &c)
	fmt.Printf("%v %s %+v %d\n", c, c, c, c)
	h := Hand{{2, '♥'}, {11, '♦'}}
	fmt.Println(h, len(h))
	fmt.Printf("%v|%s|%#v\n", h, h, h[0])
	fmt.Println(Money(12345), []Money{5, 100})
	fmt.Printf("%v %d %s\n", Money(99), Money(99), Money(7))
	fmt.Printf("%v %#v\n", Secret("pw"), Secret("pw"))
	ps := ptrStringer{3}
	fmt.Println(ps, &ps)
	fmt.Println([]*ptrStringer{&ps}, []ptrStringer{ps})
	s := fmt.Sprint("x", 1, 2, "y")
	t := fmt.Sprintln("x", 1, 2, "y")
	fmt.Printf("%q %q\n", s, t)
	fmt.Println(fmt.Sprintf("%[2]d %[1]d %d", 10, 20))
	fmt.Println(fmt.Sprintf("%v", map[Card]bool{{1, 'a'}: true}))
}
