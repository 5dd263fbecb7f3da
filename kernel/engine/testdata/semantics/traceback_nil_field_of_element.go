// A field read through a nil pointer taken from a map entry is placed
// at that read, not at the func's header.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func total(byName map[string]*Account) int {
	return byName["ann"].Balance + byName["bob"].Balance
}

func main() {
	accounts := []*Account{{"ann", 10}, {"cy", 5}}
	byName := map[string]*Account{"ann": accounts[0]}
	fmt.Println(len(accounts), total(byName))
}
