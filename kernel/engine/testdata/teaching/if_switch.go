package main

import (
	"fmt"
	"time"
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func whatAmI(i interface{}) string {
	switch t := i.(type) {
	case bool:
		return "bool"
	case int:
		return fmt.Sprintf("int %d", t)
	case string, []byte:
		return fmt.Sprintf("text %T", t)
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", t)
	}
}

func main() {
	if 7%2 == 0 {
		fmt.Println("7 is even")
	} else {
		fmt.Println("7 is odd")
	}
	if num := 9; num < 0 {
		fmt.Println(num, "is negative")
	} else if num < 10 {
		fmt.Println(num, "has 1 digit")
	} else {
		fmt.Println(num, "has multiple digits")
	}
	for _, n := range []int{-3, 0, 4, 42} {
		fmt.Println(n, classify(n))
	}
	day := time.Saturday
	switch day {
	case time.Saturday, time.Sunday:
		fmt.Println("weekend")
	default:
		fmt.Println("weekday")
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}
	fmt.Println(whatAmI(true), whatAmI(3), whatAmI("s"), whatAmI([]byte("b")), whatAmI(nil), whatAmI(2.5))
}
