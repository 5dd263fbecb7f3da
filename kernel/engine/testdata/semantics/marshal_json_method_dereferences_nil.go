package main

import (
	"encoding/json"
	"fmt"
	"strconv"
)

// A MarshalJSON method reading through a nil pointer: encoding/json
// recovers the run-time error and panics again with it, which Go names
// "[recovered, repanicked]".

type Money struct {
	Cents    int64
	Currency *string
}

func (m Money) MarshalJSON() ([]byte, error) {
	cur := *m.Currency
	return []byte(strconv.Quote(fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, cur))), nil
}

type Invoice struct {
	ID    int
	Total Money
}

func main() {
	eur := "EUR"
	b, err := json.Marshal(Invoice{1, Money{1250, &eur}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Invoice{2, Money{Cents: 99}})
	fmt.Println(string(b), err)
}
