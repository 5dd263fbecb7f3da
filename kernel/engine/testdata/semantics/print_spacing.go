// fmt.Print and Sprint space operands that are not strings: a value of
// a declared string type is a string to them.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type S string

type Token string

const (
	Plus  Token = "+"
	Minus Token = "-"
)

func (t Token) String() string { return "tok(" + string(t) + ")" }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	fmt.Print(S("x"), S("y"), "\n")
	fmt.Println(fmt.Sprint(S("a"), 1))
	fmt.Println(fmt.Sprint(Plus, Minus, 3, 4, Plus))
	fmt.Println(fmt.Sprint(Celsius(1), Celsius(2), "|", Celsius(3)))
	var b strings.Builder
	fmt.Fprint(&b, 1, S("b"), 2, 3)
	fmt.Println(b.String())
	fmt.Println(string(fmt.Append(nil, S("p"), S("q"), 5)))
	var anyv any = S("z")
	fmt.Println(fmt.Sprint(anyv, 7, anyv))
	l := log.New(os.Stdout, "", 0)
	var lb strings.Builder
	l.SetOutput(&lb)
	l.Print(Plus, 1, 2)
	fmt.Print(lb.String())
	fmt.Printf("%q %5s|%-4v|\n", S("q"), Plus, S("w"))
}
