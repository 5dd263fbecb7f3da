package main

import "fmt"

type Item struct {
	Name string
	Tags *[]string
}

func main() {
	items := []*Item{{"a", &[]string{"x"}}, {"b", nil}}
	for _, it := range items {
		if it == nil {
			continue
		}
		fmt.Println(it.Name)
		fmt.Println(len(*it.Tags))
	}
}
