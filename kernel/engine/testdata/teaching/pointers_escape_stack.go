package main

import "fmt"

type user struct {
	name  string
	email string
}

func increment(inc int) {
	inc++
	fmt.Println("inc:\tValue Of[", inc, "]")
}

func incrementPtr(inc *int) {
	*inc++
	fmt.Println("inc:\tValue Of[", *inc, "]")
}

func createUserV1() user {
	u := user{name: "Bill", email: "bill@ardanlabs.com"}
	println("V1", u.name)
	return u
}

func createUserV2() *user {
	u := user{name: "Bill", email: "bill@ardanlabs.com"}
	println("V2", u.name)
	return &u
}

const size = 1024

func stackCopy(s *string, c int, a [size]int) {
	c++
	if c == 10 {
		return
	}
	stackCopy(s, c, a)
}

func main() {
	count := 10
	fmt.Println("count:\tValue Of[", count, "]")
	increment(count)
	fmt.Println("count:\tValue Of[", count, "]")
	incrementPtr(&count)
	fmt.Println("count:\tValue Of[", count, "]")

	u1 := createUserV1()
	u2 := createUserV2()
	println("u1", u1.name, "u2", u2.name)

	s := "HELLO"
	stackCopy(&s, 0, [size]int{})
	fmt.Println(s)
}
