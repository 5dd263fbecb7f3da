package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	fmt.Println(factorial(30))
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	var q, m big.Int
	q.DivMod(a, b, &m)
	fmt.Println(q.String(), m.String())
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Sign(), len(a.String()))
	p := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	fmt.Println(p, p.BitLen())
	fmt.Printf("%x %d\n", p, big.NewInt(-42))
	fmt.Println(big.NewInt(97).ProbablyPrime(20), big.NewInt(91).ProbablyPrime(20))
	g := new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36))
	fmt.Println(g)
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	f := new(big.Float).SetPrec(100)
	f.SetInt64(1)
	f.Quo(f, big.NewFloat(3))
	fmt.Println(f.Text('g', 25))
	fib := []*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 2; i <= 100; i++ {
		fib = append(fib, new(big.Int).Add(fib[i-1], fib[i-2]))
	}
	fmt.Println(fib[100])
}
