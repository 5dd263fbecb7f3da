// Constant strings converted to slices of declared byte and rune types,
// and channels of one direction made of a declared element type, written
// straight into fmt's operands: printed and measured as Go does.
package main

import "fmt"

type Nuc byte

type Glyph rune

type Seq []Nuc

type Level uint8

func main() {
	fmt.Println([]Nuc("AC"))
	fmt.Println(len([]Nuc("AC")), []Nuc("AC")[0], cap([]Nuc("GATTACA")))
	fmt.Println(Seq("AC"), len(Seq("ACG")))
	fmt.Print([]Glyph("hé"), "\n")
	s := fmt.Sprint([]Nuc("TT"), Seq("G"))
	fmt.Printf("%v %q %v\n", []Nuc("GA"), s, Seq("CT"))

	fmt.Printf("%T\n", make(chan<- Nuc))
	fmt.Printf("%T %v\n", make(<-chan Level), make(chan<- Level, 2) == nil)
	a := []Nuc("AC")
	b := append(a, 'G')
	c := append(a, 'T')
	fmt.Println(a, b, c)
}
