package main

import (
	"errors"
	"fmt"
)

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty input")
	}
	return len(s), nil
}

func main() {
	fmt.Println(must(parse("abc")))
	handlers := map[string]func() int{
		"bad": func() int { return must(parse("")) },
	}
	fmt.Println(handlers["bad"]())
}
