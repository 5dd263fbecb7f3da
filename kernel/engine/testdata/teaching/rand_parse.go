package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
)

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Print(r.IntN(100), ",")
	fmt.Print(r.IntN(100))
	fmt.Println()
	fmt.Println(r.Float64())
	fmt.Println(r.Perm(5))
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
}
