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
	var u uint = 3
	fmt.Println(u-4 > 0)
	big := 300
	fmt.Println(byte(big), int8(big), uint16(-1+big*0+65535+1))
	x := math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9))
	fmt.Println(float32(0.1), float64(float32(0.1)))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	n := 1 << 10
	fmt.Println(n>>3, n<<2, -n>>1, uint32(1)<<31)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int32(1)<<(sh-40))
	v16 := int16(math.MaxInt16)
	v16++
	fmt.Println(v16 < 0, v16)
	var mi int = math.MinInt64
	fmt.Println(mi/-1, -mi)
	h := 0xFF
	fmt.Println(h&0x0F, h|0x100, h^0xAA, h&^0x0F)
	a8, b8 := uint8(200), int8(-128)
	fmt.Println(a8+100, b8*-1, -b8)
	c := complex(3, 4)
	fmt.Println(real(c), imag(c), c*c)
	type Celsius float64
	type Fahrenheit float64
	cc := Celsius(100)
	ff := Fahrenheit(cc*9/5 + 32)
	fmt.Println(ff)
}
