package main

import (
	"errors"
	"fmt"
)

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

type MyError struct {
	When string
	What string
}

func (e *MyError) Error() string { return fmt.Sprintf("at %s, %s", e.When, e.What) }

func run() error { return &MyError{"noon", "it didn't work"} }

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprintf("cannot Sqrt negative number: %v", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for range 10 {
		z -= (z*z - x) / (2 * z)
	}
	return z, nil
}

func main() {
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	if err := run(); err != nil {
		fmt.Println(err)
		var me *MyError
		fmt.Println(errors.As(err, &me), me.When)
	}
	fmt.Println(Sqrt(2))
	fmt.Println(Sqrt(-2))
	fmt.Printf("%s|%v|%d\n", IPAddr{1, 2, 3, 4}, IPAddr{1, 2, 3, 4}, IPAddr{1, 2, 3, 4})
	fmt.Println([]IPAddr{{1, 1, 1, 1}})
}
