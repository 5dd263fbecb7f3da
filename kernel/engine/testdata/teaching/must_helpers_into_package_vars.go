// The must helper of generic lessons storing standard values into
// package-level vars: regexp, time and math/big values made through a
// generic func.
package main

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func id[T any](v T) T { return v }

var (
	emailRe *regexp.Regexp
	timeout time.Duration
	total   *big.Int
	sb      *strings.Builder
	memo    = map[int]*big.Int{}
)

func fib(n int) *big.Int {
	if n < 2 {
		return big.NewInt(int64(n))
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := id(new(big.Int).Add(fib(n-1), fib(n-2)))
	memo[n] = v
	return v
}

func main() {
	emailRe = must(regexp.Compile(`^[a-z]+@[a-z]+\.[a-z]+$`))
	timeout = must(time.ParseDuration("1m30s"))
	total = id(big.NewInt(0))
	sb = id(&strings.Builder{})
	for _, s := range []string{"ann@example.com", "not-an-email"} {
		fmt.Fprintf(sb, "%s=%v ", s, emailRe.MatchString(s))
	}
	fmt.Println(sb.String())
	fmt.Println(timeout, timeout.Seconds())
	x := id(fib(90))
	total = x
	fmt.Println(total, len(memo))
	timeout = must(time.ParseDuration("soon"))
	fmt.Println("not reached", timeout)
}
