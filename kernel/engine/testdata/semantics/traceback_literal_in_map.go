package main

import "fmt"

func must(v int, err error) int {
	if err != nil {
		panic(err)
	}
	return v
}

func parse(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("empty input")
	}
	return len(s), nil
}

func main() {
	fmt.Println("start")
	handlers := map[string]func() int{
		"bad": func() int { return must(parse("")) },
	}
	fmt.Println(handlers["bad"]())
}
