package main

import (
	"fmt"
)

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	p, ok := f.Precision()
	if !ok {
		p = 1
	}
	w, wok := f.Width()
	s := fmt.Sprintf("%.*f°C", p, float64(t))
	if wok && len(s) < w {
		if f.Flag('-') {
			s = s + fmt.Sprintf("%*s", w-len([]rune(s)), "")
		} else {
			s = fmt.Sprintf("%*s", w-len([]rune(s)), "") + s
		}
	}
	fmt.Fprint(f, s)
	if verb == 'v' && f.Flag('+') {
		fmt.Fprint(f, " (temp)")
	}
}

type Money int64

type Width int

type Plain int64

type SKU string

type Row struct {
	S SKU
	N int
}

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

func main() {
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	w := Width(6)
	fmt.Printf("[%*d] [%.*f] [%*v]\n", w, 42, Width(2), 3.14159, uint8(8), Money(5))
	fmt.Printf("[%8.2f] [%-6t] [%5d] [%x]\n", Plain(12345), Plain(1), Row{SKU("x"), 1}, Plain(255))
	fmt.Printf("%[2]d %[1]d %[2]d\n", 1, 2)
	fmt.Printf("%[1]*[2]d|\n", 5, 7)
	fmt.Printf("%U %#U %c %q\n", '⌘', '⌘', 0x1F600, 'x')
	fmt.Printf("%e %E %.3g %g %G\n", 123456.789, 0.000123, 123456.789, 1e21, 1e-7)
	fmt.Printf("%08.3f|%+d|% d|%x|%X|%o|%O|%b\n", -3.14159, 5, 5, 255, 255, 8, 8, 5)
	fmt.Printf("%6.2f|%-8s|%08b|%3c|\n", 2.0/3, "go", 5, 'A')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%x % x %X %q\n", "hi", "hi", []byte("hi"), []string{"a", "b"})
	fmt.Printf("%v|%6v|%-6v|%.2v\n", Temp(21.5), Temp(3), Temp(3), Temp(1.23456))
	fmt.Printf("%+v %s\n", Temp(-4), []Temp{1, 2})
	fmt.Printf("%v %d %s %08v\n", Money(1234), Money(1234), Money(5), Money(7))
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%.3s|%10.2s|\n", "abcdef", "xyz")
	fmt.Printf("%v %+v %#v\n", [2]bool{true}, struct{ A *int }{}, map[string]int{"z": 1, "a": 2})
	fmt.Printf("%#v %#v %#v %#v\n", Money(5), Temp(2), []Money{1}, map[Money]Temp{1: 2})
	fmt.Printf("%6.1f%%\n", 99.5)
	fmt.Printf("%x %X\n", 3.5, -1)
	fmt.Printf("%c|%5c|%-5c|\n", 65, 66, 67)
	fmt.Printf("%q %+q %#q\n", "héllo\n", "héllo", "back`tick")
}
