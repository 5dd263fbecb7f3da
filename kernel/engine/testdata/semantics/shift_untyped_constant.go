package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	names := []string{"r", "w", "x"}
	for i := 0; i < 3; i++ {
		if p&(1<<i) != 0 {
			s += names[i]
		} else {
			s += "-"
		}
	}
	return s
}

func main() {
	var f uint8 = 5
	i := 2
	fmt.Println(f&(1<<i) != 0)
	var u uint16 = 1 << i
	fmt.Println(u, Read|Exec, Perm(7))
	var k int64 = 1
	k <<= i
	x := 1 << i
	fmt.Printf("%T %v %T %v\n", x, x, k, k)
	var fl = uint32(1) << (i + 30)
	fmt.Println(fl)
}
