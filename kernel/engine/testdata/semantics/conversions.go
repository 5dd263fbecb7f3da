package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint32 = math.MaxUint32
	u += 2
	fmt.Println(u)
	x := 1 << 62
	x *= 4
	fmt.Println(x)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f*100))
	big := 1e10
	fmt.Println(int32(int64(big)))
	fmt.Println(uint8(300%256), int16(-40000+65536))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	var r rune = 'é'
	fmt.Println(string(r), len(string(r)), []byte(string(r)))
	fmt.Println(math.MaxInt64, math.MinInt64)
	h := 0x10
	fmt.Printf("%d %x %o %b %08.3f %e\n", h, 255, 8, 5, math.Pi, 123456.789)
}
