// Fields holding instances of the program's generic container types
// (List[Cents], Dict[string, Cents]) whose elements have JSON and String
// methods: encoding/json and fmt call the elements' methods.
package main

import (
	"encoding/json"
	"fmt"
)

type Cents int

func (c Cents) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, int(c)/100, int(c)%100)), nil
}

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", int(c)/100, int(c)%100) }

type List[T any] []T

type Dict[K comparable, V any] map[K]V

type Pair[A, B any] struct {
	First  A
	Second B
}

type Invoice struct {
	Lines  List[Cents]         `json:"lines"`
	Totals Dict[string, Cents] `json:"totals"`
	Range  Pair[Cents, int]    `json:"range"`
	Notes  List[string]        `json:"notes,omitempty"`
}

func main() {
	inv := Invoice{
		Lines:  List[Cents]{250, 1999},
		Totals: Dict[string, Cents]{"net": 2249},
		Range:  Pair[Cents, int]{5, 2},
	}
	b, err := json.Marshal(inv)
	fmt.Println(string(b), err)
	fmt.Println(inv.Lines, inv.Totals["net"], inv.Range.First)
	fmt.Printf("%v\n", inv.Range)
	b, err = json.Marshal(List[Cents]{1, 2})
	fmt.Println(string(b), err)
}
