package main

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint = 3
	fmt.Println(u-4 > 0)
	x := 255
	fmt.Println(byte(x+1), int8(x), uint16(x*300))
	f := 3.99
	fmt.Println(int(f), int(-f), math.Round(f), math.Trunc(-f), math.Floor(-f))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(1<<10, 0x1F, 0o17, 0b101, 1_000_000)
	fmt.Printf("%d %5d|%-5d|%05d %x %X %o %b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%f %.2f %8.3f|%-8.2f|%e %g %G\n", math.Pi, math.Pi, math.Pi, math.Pi, 123456.789, 1e21, 1e-7)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%c %U %q %x % x\n", 'G', '⌘', 'x', "hi", "hi")
	fmt.Printf("%s|%10s|%-10s|%q\n", "go", "go", "go", "go\n")
	fmt.Printf("%v %d %s\n", Monday, Monday, Tuesday)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatFloat(1.5, 'f', 3, 64), strconv.Quote("a\tb"))
	n, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(n, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), []byte(s)[:3], []rune(s)[1])
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	bad := string([]byte{0xff, 'a'})
	for i, r := range bad {
		fmt.Print(i, r, " ")
	}
	fmt.Println(utf8.ValidString(bad))
	fmt.Println(string(rune(65)), strconv.Itoa(65), fmt.Sprint(65))
	var c complex128 = complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.Sqrt(-1))
	fmt.Println(0.1+0.2, float32(0.1), 1e100)
}
