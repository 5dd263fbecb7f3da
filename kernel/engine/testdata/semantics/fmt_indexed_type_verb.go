package main

import "fmt"

type Celsius float64

type P struct{ X int }

func main() {
	c := Celsius(3)
	fmt.Printf("%[1]v %[1]T %[1]g\n", c)
	fmt.Printf("%v %T %[1]v\n", P{1}, P{2})
	fmt.Printf("%*d|%-*s|%T\n", 5, 42, 4, "ab", c)
	fmt.Printf("%[2]T %[1]T\n", c, P{})
}

type Err struct{ Code int }

func (e Err) Error() string { return fmt.Sprint("code ", e.Code) }

func init() {
	var a any = Celsius(5)
	fmt.Printf("%[1]v (%[1]T) %-14[1]T|\n", a)
	s := fmt.Sprintf("%[2]d %[1]q %[1]T %[2]T", "x", 7)
	fmt.Println(s)
	err := fmt.Errorf("wrapped %[1]T: %[1]w", Err{3})
	fmt.Println(err, err.(interface{ Unwrap() error }).Unwrap())
	var e error = Err{4}
	fmt.Printf("%[1]v %[1]T %[1]T\n", e)
	fmt.Printf("%v %[1]T %v\n", P{7}, c0)
}

var c0 = Celsius(9)
