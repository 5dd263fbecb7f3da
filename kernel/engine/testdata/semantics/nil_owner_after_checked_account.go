package main

import "fmt"

type Acct struct {
	Owner   *Person
	Balance int
}
type Person struct{ Name string }

func describe(a *Acct) string {
	if a == nil {
		return "none"
	}
	s := fmt.Sprint(a.Balance)
	return a.Owner.Name + " " + s
}

func main() {
	fmt.Println(describe(nil))
	fmt.Println(describe(&Acct{&Person{"ann"}, 3}))
	fmt.Println(describe(&Acct{Balance: 4}))
}
